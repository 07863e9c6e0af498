// The window on an event with a room server under Xvfb: the chat panel beside the video, a
// message typed and sent by keyboard reaching another client, the connection badge, and an
// attendee's play/pause explained instead of fighting the room's playback.
#include "media/Player.h"
#include "support/RoomTestSupport.h"
#include "support/TestClip.h"
#include "support/WindowItems.h"
#include "ui/EventSource.h"
#include "ui/PlayerController.h"
#include "ui/RoomController.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cmath>
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

}  // namespace
