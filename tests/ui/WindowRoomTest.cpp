// The window on an event with a room server under Xvfb: the chat panel beside the video, a
// message typed and sent by keyboard reaching another client, the connection badge, and an
// attendee's play/pause explained instead of fighting the room's playback; an organizer's
// announcement over the video of a 150-room event at 1.5x text in en/ja/es.
#include "media/Player.h"
#include "support/LargeEvent.h"
#include "support/RoomTestSupport.h"
#include "support/TestClip.h"
#include "support/WindowItems.h"
#include "ui/AppSettings.h"
#include "ui/EventSource.h"
#include "ui/GuideController.h"
#include "ui/LanguageController.h"
#include "ui/PlayerController.h"
#include "ui/RoomController.h"
#include "ui/Theme.h"
#include "ui/VideoView.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>

namespace {

using namespace omk::room::test;

QString roomEvent() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-room");
    QDir().mkpath(dir);
    const QString clip =
        omk::ui::test::encodeClip(dir + QStringLiteral("/main.mp4"),
                                  QStringLiteral("testsrc2=size=512x256:rate=25:duration=20"));
    auto written = omk::ui::writeDemoEvent(dir, clip, QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(written.has_value());
    return written ? *written : QString();
}

class WindowRoom : public RoomTest {};

TEST_F(WindowRoom, ChatBesideTheVideoByKeyboardAndPlaybackFollowsTheRoom) {
    config.sendBurst = 1000;
    start();
    QQmlApplicationEngine engine;
    engine.setInitialProperties(
        {{QStringLiteral("source"), QString()},
         {QStringLiteral("eventSource"), roomEvent()},
         {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)}});
    engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    auto* player = window->property("playerController").value<omk::ui::PlayerController*>();
    ASSERT_NE(room, nullptr);
    ASSERT_TRUE(window->property("chatPanelVisible").toBool());
    EXPECT_EQ(room->room(), kRoom);  // the first channel's room
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->state() == QLatin1String("connected"); }, 5000))
        << room->statusText().toStdString();
    EXPECT_FALSE(room->canModerate());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window, 5000));

    // Another viewer in the same room.
    auto other = guest(QStringLiteral("grace"));
    ASSERT_TRUE(other->connection->sendChat(QStringLiteral("welcome to the stream!")));

    // Enter opens the input; typing and Enter sends; Esc returns to the video.
    QTest::keyClick(window, Qt::Key_Return);
    QTest::qWait(50);
    for (const char c : std::string("hello from the window")) QTest::keyClick(window, c);
    auto* panel = window->property("chatPanel").value<QObject*>();
    ASSERT_NE(panel, nullptr);
    auto* input = panel->property("inputField").value<QObject*>();
    ASSERT_NE(input, nullptr);
    EXPECT_EQ(input->property("text").toString(), QStringLiteral("hello from the window"));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < other->chat->rowCount(); ++i)
                if (other->chat->row(i).text == QLatin1String("hello from the window") &&
                    !other->chat->row(i).pending)
                    return true;
            return false;
        },
        5000));
    // Typing into the chat is not taken for the player's keys ("f", " " …).
    EXPECT_NE(window->visibility(), QWindow::FullScreen);
    QTest::keyClick(window, Qt::Key_Escape);

    // C hides and shows the panel.
    QTest::keyClick(window, Qt::Key_C);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->property("chatPanelVisible").toBool(); }, 2000));
    QTest::keyClick(window, Qt::Key_C);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window->property("chatPanelVisible").toBool(); }, 2000));

    // The schedule opens beside the chat, never under it: its last column stays reachable.
    QTest::keyClick(window, Qt::Key_S);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window->property("scheduleVisible").toBool(); }, 2000));
    auto* chatItem = window->property("chatPanel").value<QQuickItem*>();
    using omk::ui::test::findNamed;
    QQuickItem* schedule = findNamed(window->contentItem(), QStringLiteral("scheduleView"));
    ASSERT_NE(chatItem, nullptr);
    ASSERT_NE(schedule, nullptr);
    const double scheduleRight = schedule->mapToScene(QPointF(schedule->width(), 0)).x();
    const double chatLeft = chatItem->mapToScene(QPointF(0, 0)).x();
    EXPECT_LE(scheduleRight, chatLeft + 0.5);
    EXPECT_GT(schedule->width(), 200);
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->property("scheduleVisible").toBool(); }, 2000));

    // The chat collapses by its own button to a Chat button in the bar, which brings it back.
    auto click = [&](const char* name) {
        QQuickItem* item = findNamed(window->contentItem(), QLatin1String(name));
        ASSERT_NE(item, nullptr) << name;
        ASSERT_TRUE(item->isVisible()) << name;
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    };
    click("hideChatButton");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !window->property("chatPanelVisible").toBool(); }, 2000));
    click("showChatButton");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window->property("chatPanelVisible").toBool(); }, 2000));

    // A moderator takes the room's playback: the window follows, and Space explains itself.
    auto mod = moderatorClient();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player->player() && player->player()->isLoaded(); }, 10000));
    ASSERT_TRUE(mod->moderator->setPlayback(player->source(), 5000, 1.0, false));
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->following(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !std::isnan(room->syncErrorMs()); }, 5000));
    // The seek to the room's position lands paused and plays at the room's instant.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player->paused(); }, 5000));
    QTest::keyClick(window, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->property("notice").toString().contains("moderator"); }, 2000));
    QTest::qWait(300);
    EXPECT_FALSE(player->paused());

    QTest::qWait(500);
    omk::ui::test::saveShot(window->grabWindow(), QStringLiteral(OMNIKAST_TEST_TMP "/ui-room"),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES), QStringLiteral("chat.png"));
}

// "Look where the guide looks" between two real windows: a moderator guides, the other window's
// badge says so, its Follow button turns its view with the guide's (smoothly, settling), and the
// guide stopping takes the badge away. How long the follower took is printed, not asserted
// (bench/ measures it).
TEST_F(WindowRoom, AViewerFollowsTheGuidesViewFromAnotherWindow) {
    start();
    const QString event = roomEvent();
    auto open = [&](QQmlApplicationEngine& engine, const QString& token) {
        QVariantMap initial{
            {QStringLiteral("source"), QString()},
            {QStringLiteral("eventSource"), event},
            {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)}};
        if (!token.isEmpty()) initial.insert(QStringLiteral("roomToken"), token);
        engine.setInitialProperties(initial);
        engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        return engine.rootObjects().isEmpty()
                   ? nullptr
                   : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    };
    QQmlApplicationEngine guideEngine, followerEngine;
    QQuickWindow* guideWindow = open(guideEngine, moderatorToken());
    QQuickWindow* followerWindow = open(followerEngine, {});
    ASSERT_NE(guideWindow, nullptr);
    ASSERT_NE(followerWindow, nullptr);
    auto* guide = guideWindow->property("guideController").value<omk::ui::GuideController*>();
    auto* follower = followerWindow->property("guideController").value<omk::ui::GuideController*>();
    ASSERT_NE(guide, nullptr);
    ASSERT_NE(follower, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guide->canGuide() && follower->available(); }, 8000));
    EXPECT_FALSE(follower->canGuide()) << "a guest does not guide";
    QQuickItem* badge =
        omk::ui::test::findNamed(followerWindow->contentItem(), QStringLiteral("guideBadge"));
    ASSERT_NE(badge, nullptr);
    EXPECT_FALSE(badge->isVisible());

    auto* guideView = guideWindow->property("view").value<omk::ui::VideoView*>();
    auto* followerView = followerWindow->property("view").value<omk::ui::VideoView*>();
    guide->setGuiding(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return follower->guideActive(); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return badge->isVisible(); }, 3000));
    QQuickItem* text = omk::ui::test::findNamed(badge, QStringLiteral("guideText"));
    EXPECT_EQ(text->property("text").toString(), QStringLiteral("Mod is guiding the view"));

    // Follow, by the badge's button.
    QQuickItem* button = omk::ui::test::findNamed(badge, QStringLiteral("guideButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(followerWindow));
    const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
    QTest::mouseClick(followerWindow, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    ASSERT_TRUE(QTest::qWaitFor([&] { return follower->following(); }, 3000));
    EXPECT_EQ(text->property("text").toString(), QStringLiteral("Following Mod's view"));

    // The guide turns right and looks up; the follower turns the same way.
    QElapsedTimer turned;
    turned.start();
    guideView->setYaw(100);
    guideView->setPitch(25);
    guideView->setFov(70);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::abs(followerView->yaw() - 100) < 0.5 &&
                   std::abs(followerView->pitch() - 25) < 0.5 &&
                   std::abs(followerView->fov() - 70) < 0.5;
        },
        5000))
        << followerView->yaw() << " " << followerView->pitch() << " " << followerView->fov();
    std::printf("guide to follower, settled: %lld ms (smoothing %d ms)\n",
                static_cast<long long>(turned.elapsed()), omk::ui::GuideController::kSmoothingMs);
    omk::ui::test::saveShot(
        followerWindow->grabWindow(), QStringLiteral(OMNIKAST_TEST_TMP "/ui-room"),
        QStringLiteral(OMNIKAST_DOCS_IMAGES), QStringLiteral("guide-follow.png"));

    // Stop following: the guide's next turn leaves this view where it is.
    QTest::mouseClick(followerWindow, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !follower->following(); }, 3000));
    guideView->setYaw(-60);
    ASSERT_TRUE(QTest::qWaitFor([&] { return std::abs(follower->guideYaw() + 60) < 0.01; }, 5000))
        << "the guide's turn reached the follower's window";
    QTest::qWait(omk::ui::GuideController::kSmoothingMs + 200);
    EXPECT_LT(std::abs(followerView->yaw() - 100), 0.5) << "not following: the view stays";

    // The guide stops: the badge goes.
    guide->setGuiding(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !follower->guideActive(); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !badge->isVisible(); }, 3000));
}

// A moderator's window: a message's menu times its author out for the length chosen, not a
// fixed five minutes.
TEST_F(WindowRoom, AModeratorTimesAnAuthorOutForTheLengthChosenInTheMessagesMenu) {
    start();
    QQmlApplicationEngine engine;
    engine.setInitialProperties(
        {{QStringLiteral("source"), QString()},
         {QStringLiteral("eventSource"), roomEvent()},
         {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)},
         {QStringLiteral("roomToken"), moderatorToken()}});
    engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->canModerate(); }, 5000));
    auto troll = guest(QStringLiteral("Troll"));
    ASSERT_TRUE(troll->connection->sendChat(QStringLiteral("spam")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->chat()->rowCount() == 1; }, 5000));

    // The message's menu (Menu on the message), then "Time out Troll…", then a length.
    QQuickItem* input =
        omk::ui::test::findNamed(window->contentItem(), QStringLiteral("chatInput"));
    ASSERT_NE(input, nullptr);
    input->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_Up);
    QTest::keyClick(window, Qt::Key_Menu);
    // Menus show in the window's overlay: look through every item on screen.
    std::function<QQuickItem*(QQuickItem*, const QString&)> find = [&](QQuickItem* item,
                                                                       const QString& text) {
        if (QByteArray(item->metaObject()->className()).contains("MenuItem") &&
            item->property("text").toString() == text && item->isVisible())
            return item;
        for (QQuickItem* child : item->childItems())
            if (QQuickItem* found = find(child, text)) return found;
        return static_cast<QQuickItem*>(nullptr);
    };
    const auto menuItem = [&](const QString& text) {
        QQuickItem* root = window->contentItem();
        while (root->parentItem()) root = root->parentItem();
        return find(root, text);
    };
    QQuickItem* timeOut = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (timeOut = menuItem(QStringLiteral("Time out Troll…"))) != nullptr; }, 3000));
    QMetaObject::invokeMethod(timeOut, "triggered");
    QQuickItem* quarter = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (quarter = menuItem(QStringLiteral("For 15 minutes"))) != nullptr; }, 3000));
    QMetaObject::invokeMethod(quarter, "triggered");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto sanctions =
                server->rooms().find(kRoom)->sanctions(QDateTime::currentMSecsSinceEpoch());
            return sanctions.size() == 1 && !sanctions.first().ban;
        },
        5000));
    const auto timeout =
        server->rooms().find(kRoom)->sanctions(QDateTime::currentMSecsSinceEpoch()).first();
    EXPECT_NEAR(double(timeout.untilMs - timeout.sinceMs), 15 * 60 * 1000.0, 2000.0);
    EXPECT_EQ(timeout.user, troll->connection->userId());
}

// Whether `inner` lies inside `outer` on screen, give or take half a pixel.
bool inside(QQuickItem* inner, QQuickItem* outer) {
    const QRectF a = inner->mapRectToScene(QRectF(0, 0, inner->width(), inner->height()));
    const QRectF b = outer->mapRectToScene(QRectF(0, 0, outer->width(), outer->height()));
    return b.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a);
}

// What organizers write, in the three languages of the interface: long enough to wrap.
const char* announcementText(const char* lang) {
    if (QByteArray(lang) == "ja")
        return "停電のため、基調講演は14時30分から会議室 2 国際交流センターに移ります。配信は"
               "チャンネル1のまま続き、質問はこのルームのチャットで受け付けます。";
    if (QByteArray(lang) == "es")
        return "Por un corte de luz, la conferencia inaugural pasa a la Sala 3 de Conferencias "
               "Internacionales a las 14:30. La emisión sigue en el canal 1 y las preguntas se "
               "reciben en el chat de la sala.";
    return "Because of a power cut the keynote moves to Sala 3 de Conferencias Internacionales at "
           "14:30. The stream stays on channel 1 and questions go to this room's chat.";
}

TEST_F(WindowRoom, AnAnnouncementShowsOverTheVideoOfALargeEventAtLargeTextInEveryLanguage) {
    start();
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-room");
    QDir().mkpath(dir);
    const QString clip =
        omk::ui::test::encodeClip(dir + QStringLiteral("/room.mp4"),
                                  QStringLiteral("testsrc2=size=512x256:rate=25:duration=4"));
    const QString event = omk::ui::test::writeLargeEvent(
        dir + QStringLiteral("/big-150.json"), 150, 2000, QUrl::fromLocalFile(clip).toString());
    const QString admin = *omk::server::Jwt(omk::server::test::kSecret)
                               .sign(omk::server::TokenClaims{
                                   QStringLiteral("u_organizer"), QStringLiteral("Programme Team"),
                                   omk::protocol::Role::Admin, QStringLiteral("*"), 0,
                                   QDateTime::currentSecsSinceEpoch() + 600});
    omk::ui::LanguageController language;
    // The language and the text size are remembered settings: put back even when a check fails.
    struct Restore {
        omk::ui::LanguageController& language;
        QString before;
        ~Restore() {
            omk::ui::AppSettings::instance()->setTextScale(1.0);
            language.setLanguage(before);
        }
    } restore{language, language.language()};
    for (const char* lang : {"en", "ja", "es"}) {
        SCOPED_TRACE(lang);
        language.setLanguage(QString::fromLatin1(lang));
        QQmlApplicationEngine engine;
        engine.setInitialProperties(
            {{QStringLiteral("source"), QString()},
             {QStringLiteral("eventSource"), event},
             {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)}});
        engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        ASSERT_FALSE(engine.rootObjects().isEmpty());
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        ASSERT_NE(window, nullptr);
        auto* room = window->property("roomController").value<omk::ui::RoomController*>();
        ASSERT_NE(room, nullptr);
        window->resize(1280, 720);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        window->requestActivate();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window, 5000));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return room->state() == QLatin1String("connected"); }, 10000))
            << room->statusText().toStdString();
        auto* theme =
            engine.singletonInstance<omk::ui::Theme*>(qmlTypeId("Omnikast", 1, 0, "Theme"));
        ASSERT_NE(theme, nullptr);
        // Ctrl+= five times: text at 1.5x, as someone who needs it would set it.
        for (int i = 0; i < 5; ++i) QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);
        EXPECT_DOUBLE_EQ(theme->textScale(), 1.5);

        using omk::ui::test::findNamed;
        QQuickItem* banner = findNamed(window->contentItem(), QStringLiteral("announcementBanner"));
        ASSERT_NE(banner, nullptr);
        EXPECT_FALSE(banner->isVisible());
        const QByteArray text = announcementText(lang);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)}})
                .toJson(QJsonDocument::Compact);
        const auto posted = omk::server::test::httpBearer(
            port, "POST", QStringLiteral("/admin/announcements"), admin, body);
        ASSERT_EQ(posted.status, 200) << posted.body.data();
        ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 5000));
        QTest::qWait(300);  // layouts settle on the next polish
        EXPECT_EQ(room->announcementBy(), QStringLiteral("Programme Team"));

        // Over the video, under the tabs, clear of the chat; the long text wraps inside it and
        // the button stays whole.
        QQuickItem* video = findNamed(window->contentItem(), QStringLiteral("videoView"));
        auto* chat = window->property("chatPanel").value<QQuickItem*>();
        QQuickItem* tabs = findNamed(window->contentItem(), QStringLiteral("eventBar"));
        QQuickItem* label = findNamed(banner, QStringLiteral("announcementText"));
        QQuickItem* title = findNamed(banner, QStringLiteral("announcementTitle"));
        QQuickItem* dismiss = findNamed(banner, QStringLiteral("announcementDismiss"));
        ASSERT_TRUE(video && chat && tabs && label && title && dismiss);
        EXPECT_TRUE(inside(banner, video));
        EXPECT_LE(banner->mapToScene(QPointF(banner->width(), 0)).x(),
                  chat->mapToScene(QPointF(0, 0)).x() + 0.5);
        EXPECT_GE(banner->mapToScene(QPointF(0, 0)).y(),
                  tabs->mapToScene(QPointF(0, tabs->height())).y());
        EXPECT_EQ(label->property("text").toString(), QString::fromUtf8(text));
        EXPECT_GT(label->property("lineCount").toInt(), 1) << "a long text wraps";
        EXPECT_TRUE(inside(label, banner));
        EXPECT_TRUE(inside(title, banner));
        EXPECT_EQ(title->property("truncated").toBool(), false) << "the title is not cut";
        EXPECT_TRUE(inside(dismiss, banner));
        // Around it at 1.5x: the bar's boxes say their whole closed text ("Projection: auto"),
        // the chat's empty line wraps inside the panel.
        for (const char* name : {"projectionBox", "stereoBox", "languageMenu"}) {
            QQuickItem* box = findNamed(window->contentItem(), QLatin1String(name));
            ASSERT_NE(box, nullptr) << name;
            QFont font = box->property("font").value<QFont>();
            const double textWidth =
                QFontMetricsF(font).horizontalAdvance(box->property("displayText").toString());
            const auto* content = box->property("contentItem").value<QQuickItem*>();
            ASSERT_NE(content, nullptr) << name;
            EXPECT_GE(content->width() + 0.5, textWidth)
                << name << ": " << box->property("displayText").toString().toStdString();
        }
        QQuickItem* empty = findNamed(chat, QStringLiteral("chatEmptyText"));
        ASSERT_NE(empty, nullptr);
        EXPECT_TRUE(inside(empty, chat));
        omk::ui::test::saveShot(window->grabWindow(), dir, QStringLiteral(OMNIKAST_DOCS_IMAGES),
                                QStringLiteral("announcement-%1.png").arg(lang));

        // Dismiss, by a click; the text size goes back for the next window.
        const QPointF centre =
            dismiss->mapToScene(QPointF(dismiss->width() / 2, dismiss->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        EXPECT_TRUE(QTest::qWaitFor([&] { return !banner->isVisible(); }, 2000));
        QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
        EXPECT_DOUBLE_EQ(theme->textScale(), 1.0);
    }
}

}  // namespace

namespace {

// The watch-party box and the guide's badge at real size: a 150-room event, a guide with a long
// name, text at 1.5x, in en, ja and es. Both stay inside the window and beside the chat, their
// buttons whole. Screenshots: build/tests/ui/tmp/ui-room/party-guide-LANG.png.
class WindowRoomLarge : public RoomTest {};

TEST_F(WindowRoomLarge, ThePartyBoxAndTheGuideBadgeFitALargeEventAtLargeTextInEveryLanguage) {
    start();
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-room");
    QDir().mkpath(dir);
    const QString clip =
        omk::ui::test::encodeClip(dir + QStringLiteral("/room-guide.mp4"),
                                  QStringLiteral("testsrc2=size=512x256:rate=25:duration=4"));
    const QString event =
        omk::ui::test::writeLargeEvent(dir + QStringLiteral("/big-150-guide.json"), 150, 2000,
                                       QUrl::fromLocalFile(clip).toString());
    const QString guideToken =
        *omk::server::Jwt(omk::server::test::kSecret)
             .sign(omk::server::TokenClaims{
                 QStringLiteral("u_guide"),
                 QStringLiteral("Dr. Maximiliana Guadalupe Fernández-Ortega"),
                 omk::protocol::Role::Admin, QStringLiteral("*"), 0,
                 QDateTime::currentSecsSinceEpoch() + 600});
    omk::ui::LanguageController language;
    struct Restore {
        omk::ui::LanguageController& language;
        QString before;
        ~Restore() {
            omk::ui::AppSettings::instance()->setTextScale(1.0);
            language.setLanguage(before);
        }
    } restore{language, language.language()};
    for (const char* lang : {"en", "ja", "es"}) {
        SCOPED_TRACE(lang);
        language.setLanguage(QString::fromLatin1(lang));
        QQmlApplicationEngine engine;
        engine.setInitialProperties(
            {{QStringLiteral("source"), QString()},
             {QStringLiteral("eventSource"), event},
             {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)}});
        engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        ASSERT_FALSE(engine.rootObjects().isEmpty());
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        ASSERT_NE(window, nullptr);
        auto* room = window->property("roomController").value<omk::ui::RoomController*>();
        auto* follower = window->property("guideController").value<omk::ui::GuideController*>();
        window->resize(1280, 720);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        window->requestActivate();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window, 5000));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return room->state() == QLatin1String("connected"); }, 10000));
        for (int i = 0; i < 5; ++i) QTest::keyClick(window, Qt::Key_Equal, Qt::ControlModifier);

        // A guide in the window's room.
        auto cfg = omk::room::test::fastConfig(port);
        cfg.room = room->room();
        cfg.token = guideToken;
        auto guide = omk::room::test::makeClient(cfg);
        ASSERT_TRUE(guide->waitConnected());
        ASSERT_TRUE(QTest::qWaitFor([&] { return guide->connection->canRelayViews(); }, 5000));
        ASSERT_TRUE(guide->connection->sendGuideView(true, 30, 5, 80));
        ASSERT_TRUE(QTest::qWaitFor([&] { return follower->guideActive(); }, 5000));

        using omk::ui::test::findNamed;
        QQuickItem* badge = findNamed(window->contentItem(), QStringLiteral("guideBadge"));
        QQuickItem* video = findNamed(window->contentItem(), QStringLiteral("videoView"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return badge->isVisible(); }, 3000));
        const QRectF badgeBox = badge->mapRectToScene(badge->boundingRect());
        const QRectF videoBox = video->mapRectToScene(video->boundingRect());
        EXPECT_GE(badgeBox.left(), videoBox.left()) << "the badge stays over the video";
        EXPECT_LE(badgeBox.right(), videoBox.right() + 0.5) << "not under the chat";
        QQuickItem* follow = findNamed(badge, QStringLiteral("guideButton"));
        const QRectF followBox = follow->mapRectToScene(follow->boundingRect());
        EXPECT_LE(followBox.right(), badgeBox.right()) << "the Follow button is whole";

        // The party box, opened from the bar: signed out, so Sign in and Join by a link.
        QQuickItem* partyButton = findNamed(window->contentItem(), QStringLiteral("partyButton"));
        ASSERT_NE(partyButton, nullptr);
        ASSERT_TRUE(partyButton->isVisible());
        const QPointF at =
            partyButton->mapToScene(QPointF(partyButton->width() / 2, partyButton->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QQuickItem* join = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                join = findNamed(window->contentItem(), QStringLiteral("partyJoin"));
                return join && join->isVisible();
            },
            3000));
        const QRectF joinBox = join->mapRectToScene(join->boundingRect());
        EXPECT_LE(joinBox.right(), window->width()) << "the Join button is whole";
        EXPECT_GE(joinBox.left(), 0);
        QTest::qWait(300);
        omk::ui::test::saveShot(window->grabWindow(), dir, QStringLiteral(OMNIKAST_DOCS_IMAGES),
                                QStringLiteral("party-guide-%1.png").arg(QLatin1String(lang)));
        QTest::keyClick(window, Qt::Key_Escape);
        omk::ui::AppSettings::instance()->setTextScale(1.0);
    }
}

}  // namespace
