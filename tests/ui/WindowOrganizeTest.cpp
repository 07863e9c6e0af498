// The Organize view under Xvfb, on a 150-room event served by a real server: an admin opens it
// with Ctrl+Shift+O, puts sessions on air with N and takes them off with Delete (another viewer
// receives each switch), sends an announcement with Ctrl+Enter (the banner shows), and reads the
// audit log; adds, renames, moves and removes a channel and sets its stream by keyboard (the
// window's own tabs and another viewer follow); closes a room, makes it signed-in only, sets its
// slow mode and grants and revokes a moderator by keyboard (a guest in that room is refused, and
// a guest's window says why at its chat input); re-imports the event's frab schedule, served over
// loopback HTTP and changed under the server, after a preview (a schedule changed again since the
// preview is refused, and previewed again); an attendee is not offered the view. Screenshots go
// to docs/images when OMNIKAST_UPDATE_DOCS_IMAGES=1.
#include "support/HttpTestServer.h"
#include "support/LargeEvent.h"
#include "support/RoomTestSupport.h"
#include "support/TestClip.h"
#include "support/WindowItems.h"
#include "ui/AppSettings.h"
#include "ui/EventController.h"
#include "ui/OrganizeController.h"
#include "ui/RoomController.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <string>

namespace {

using namespace omk::room::test;
using omk::ui::test::findNamed;

QString organizeDir() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-organize");
    QDir().mkpath(dir);
    return dir;
}

class WindowOrganize : public RoomTest {
protected:
    void SetUp() override {
        RoomTest::SetUp();
        const QString clip =
            omk::ui::test::encodeClip(organizeDir() + QStringLiteral("/room.mp4"),
                                      QStringLiteral("testsrc2=size=512x256:rate=25:duration=4"));
        config.catalog =
            omk::ui::test::writeLargeEvent(organizeDir() + QStringLiteral("/big-150.json"), 150,
                                           2000, QUrl::fromLocalFile(clip).toString());
        start();
    }
    QString adminToken() const {
        return adminToken(QStringLiteral("u_programme"), QStringLiteral("Programme Team"));
    }
    static QString adminToken(const QString& id, const QString& name) {
        return *omk::server::Jwt(omk::server::test::kSecret)
                    .sign(omk::server::TokenClaims{id, name, omk::protocol::Role::Admin,
                                                   QStringLiteral("*"), 0,
                                                   QDateTime::currentSecsSinceEpoch() + 600});
    }
    static void type(QQuickWindow* window, const std::string& text) {
        for (const char c : text) QTest::keyClick(window, c);
    }
    // Ctrl+Shift+O, then the view's tab `tab` (0: On air); the panel, or null.
    static QObject* openOrganize(QQuickWindow* window, int tab) {
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        auto* panel = window->findChild<QObject*>(QStringLiteral("organizePanel"));
        if (!panel || !QTest::qWaitFor([&] { return panel->property("opened").toBool(); }, 3000))
            return nullptr;
        QMetaObject::invokeMethod(panel, "showTab", Q_ARG(QVariant, tab));
        return panel;
    }
    // Whether the panel's item of this objectName has the keyboard focus.
    static bool focusedIn(QObject* panel, const char* name) {
        QQuickItem* item =
            findNamed(panel->property("contentItem").value<QQuickItem*>(), QLatin1String(name));
        return item && item->hasActiveFocus();
    }
    // The window on the server's own catalog, signed in with `token` (empty: a guest).
    QQuickWindow* open(QQmlApplicationEngine& engine, const QString& token) {
        engine.setInitialProperties(
            {{QStringLiteral("source"), QString()},
             {QStringLiteral("eventSource"),
              QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(port)},
             {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)},
             {QStringLiteral("roomToken"), token}});
        engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        if (engine.rootObjects().isEmpty()) return nullptr;
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        if (!window) return nullptr;
        window->resize(1280, 720);
        if (!QTest::qWaitForWindowExposed(window)) return nullptr;
        window->requestActivate();
        (void)QTest::qWaitForWindowActive(window, 5000);
        auto* room = window->property("roomController").value<omk::ui::RoomController*>();
        auto* event = window->property("eventController").value<omk::ui::EventController*>();
        if (!room || !event) return nullptr;
        if (!QTest::qWaitFor([&] { return event->loaded(); }, 15000)) return nullptr;
        if (!QTest::qWaitFor([&] { return room->state() == QLatin1String("connected"); }, 10000))
            return nullptr;
        return window;
    }
};

TEST_F(WindowOrganize, AnAdminSwitchesOnAirByKeyboardAnnouncesAndReadsTheAuditLog) {
    // Another organizer changed a channel before this one came: the audit log has two people.
    ASSERT_EQ(omk::server::test::httpBearer(
                  port, "PATCH", QStringLiteral("/admin/channels/room-149"),
                  adminToken(QStringLiteral("u_stage"), QStringLiteral("Stage Manager")),
                  R"({"description": "Overflow for the main hall"})")
                  .status,
              200);
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine, adminToken());
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    EXPECT_TRUE(room->eventAdmin());
    QQuickItem* button = findNamed(window->contentItem(), QStringLiteral("organizeButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    auto watcher = client(QStringLiteral("watcher"));
    // A troll in the window's room, banned by a moderator of that room.
    auto troll = std::make_unique<omk::server::test::WsClient>(port);
    const QString trollId = omk::server::test::str(
        troll->hello(QStringLiteral("Troll")).value(QStringLiteral("user")).toObject(), "id");
    troll->join(room->room());
    ASSERT_EQ(
        omk::server::test::str(
            troll->chat(room->room(), QStringLiteral("c1"), QStringLiteral("buy now")), "type"),
        QStringLiteral("ack"));
    {
        omk::server::test::WsClient mod(port);
        const QString modToken =
            *omk::server::Jwt(omk::server::test::kSecret)
                 .sign(omk::server::TokenClaims{QStringLiteral("u_mod"), QStringLiteral("Mod"),
                                                omk::protocol::Role::Moderator, room->room(), 0,
                                                QDateTime::currentSecsSinceEpoch() + 600});
        mod.helloToken(modToken);
        mod.join(room->room());
        ASSERT_EQ(
            omk::server::test::str(
                mod.sendEvent(room->room(), QStringLiteral("b1"), omk::protocol::EventType::ModBan,
                              {{QStringLiteral("user"), trollId},
                               {QStringLiteral("reason"), QStringLiteral("spam")}}),
                "type"),
            QStringLiteral("ack"));
    }

    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* panel = window->findChild<QObject*>(QStringLiteral("organizePanel"));
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->property("opened").toBool(); }, 3000));
    auto* board = panel->property("board").value<QQuickItem*>();
    ASSERT_NE(board, nullptr);
    EXPECT_TRUE(board->hasActiveFocus());
    EXPECT_EQ(board->property("count").toInt(), 150);
    auto* organize = window->findChild<omk::ui::OrganizeController*>();
    ASSERT_NE(organize, nullptr);
    auto* model = organize->onAir();
    const auto onAirAt = [&](int row) {
        return model->data(model->index(row), omk::ui::OnAirBoardModel::OnAirSessionRole)
            .toString();
    };
    const auto nextAt = [&](int row) { return model->nextSession(row); };
    // Nothing on air yet: N puts on air the session that has not ended, then Enter the one
    // after it. (The generated event's order depends on the hour: the test asks the board.)
    EXPECT_EQ(onAirAt(0), QString());
    const QString first = nextAt(0);
    ASSERT_FALSE(first.isEmpty());
    QTest::keyClick(window, Qt::Key_N);
    ASSERT_TRUE(QTest::qWaitFor([&] { return onAirAt(0) == first; }, 5000))
        << organize->message().toStdString();
    // (The first onair a viewer gets is the whole board, after its welcome.)
    const auto seen = watcher->next(
        [](const QJsonObject& o) {
            return o.value(QStringLiteral("type")) == QLatin1String("onair") &&
                   o.value(QStringLiteral("channels"))
                       .toObject()
                       .contains(QStringLiteral("room-0"));
        },
        3000);
    EXPECT_EQ(seen.value(QStringLiteral("channels"))
                  .toObject()
                  .value(QStringLiteral("room-0"))
                  .toObject()
                  .value(QStringLiteral("session"))
                  .toString(),
              first);
    EXPECT_FALSE(organize->messageIsError());
    const QString second = nextAt(0);
    QTest::keyClick(window, Qt::Key_Return);
    if (second.isEmpty()) {  // near midnight the first is the day's last
        ASSERT_TRUE(QTest::qWaitFor([&] { return organize->messageIsError(); }, 2000));
        EXPECT_EQ(onAirAt(0), first);
    } else {
        ASSERT_TRUE(QTest::qWaitFor([&] { return onAirAt(0) == second; }, 5000))
            << organize->message().toStdString();
    }
    const QString onAirFirstRoom = onAirAt(0);
    const int switchesInFirstRoom = second.isEmpty() ? 1 : 2;
    // Down to the second room, N, and the first room's stays.
    QTest::keyClick(window, Qt::Key_Down);
    const QString secondRoom = nextAt(1);
    ASSERT_FALSE(secondRoom.isEmpty());
    QTest::keyClick(window, Qt::Key_N);
    ASSERT_TRUE(QTest::qWaitFor([&] { return onAirAt(1) == secondRoom; }, 5000));
    EXPECT_EQ(onAirAt(0), onAirFirstRoom);
    // The window's own tabs follow, as every viewer's do.
    QTest::qWait(300);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-on-air.png"));
    // Delete: nothing on air on the second room.
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return onAirAt(1).isEmpty(); }, 5000));
    EXPECT_TRUE(organize->message().contains(QStringLiteral("Nothing on air")))
        << organize->message().toStdString();

    // Announce: the tab, the text, Ctrl+Enter; the banner shows in this window too.
    const auto clickTab = [&](const char* name) {
        QQuickItem* tab = findNamed(window->contentItem(), QLatin1String(name));
        if (!tab)
            tab =
                findNamed(panel->property("contentItem").value<QQuickItem*>(), QLatin1String(name));
        ASSERT_NE(tab, nullptr) << name;
        const QPointF c = tab->mapToScene(QPointF(tab->width() / 2, tab->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, c.toPoint());
    };
    clickTab("organizeTabAnnounce");
    auto* field = panel->property("announcementField").value<QQuickItem*>();
    ASSERT_NE(field, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return field->hasActiveFocus(); }, 2000));
    for (const char c : std::string("Room changes after lunch")) QTest::keyClick(window, c);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return room->announcement() == QLatin1String("Room changes after lunch"); }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(field->property("text").toString(), QString()) << "cleared once sent";
    EXPECT_EQ(watcher->nextOfType(QStringLiteral("announcement"), 3000)
                  .value(QStringLiteral("by"))
                  .toString(),
              QStringLiteral("Programme Team"));

    // Bans: a moderator banned a troll in this room; the admin lifts it with Delete.
    clickTab("organizeTabBans");
    auto* bans = organize->bans();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bans->rowCount() == 1; }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(bans->who(0), QStringLiteral("Troll"));
    QTest::qWait(300);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-bans.png"));
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return bans->rowCount() == 0; }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(omk::server::test::str(
                  troll->chat(room->room(), QStringLiteral("c2"), QStringLiteral("sorry")), "type"),
              QStringLiteral("ack"));

    // The audit log: newest first, the lift, the announcement, then the switches.
    clickTab("organizeTabAudit");
    auto* audit = organize->audit();
    const int switches = switchesInFirstRoom + 2;
    ASSERT_TRUE(QTest::qWaitFor([&] { return audit->rowCount() >= 2 + switches; }, 5000))
        << audit->rowCount() << " " << organize->message().toStdString();
    EXPECT_EQ(audit->action(0), QStringLiteral("ban.lift"));
    EXPECT_EQ(audit->action(1), QStringLiteral("announcement.post"));
    for (int i = 2; i <= switches + 1; ++i)
        EXPECT_EQ(audit->action(i), QStringLiteral("onair.switch")) << i;
    const int all = audit->rowCount();
    EXPECT_EQ(audit->action(all - 1), QStringLiteral("channel.change"));
    EXPECT_EQ(audit->actorId(all - 1), QStringLiteral("u_stage"));
    // Enter on an entry shows only its person's changes; "By:" offers everyone seen.
    auto* auditList =
        findNamed(panel->property("contentItem").value<QQuickItem*>(), QStringLiteral("auditList"));
    ASSERT_NE(auditList, nullptr);
    auditList->forceActiveFocus();
    auditList->setProperty("currentIndex", 0);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return audit->rowCount() == all - 1; }, 5000))
        << audit->rowCount() << " " << organize->message().toStdString();
    for (int i = 0; i < audit->rowCount(); ++i)
        EXPECT_EQ(audit->actorId(i), QStringLiteral("u_programme")) << i;
    QStringList people;
    for (const QVariant& a : audit->actors())
        people << a.toMap().value(QStringLiteral("text")).toString();
    EXPECT_EQ(people, (QStringList{QStringLiteral("Everyone"), QStringLiteral("Programme Team"),
                                   QStringLiteral("Stage Manager")}));
    auto* byBox = findNamed(panel->property("contentItem").value<QQuickItem*>(),
                            QStringLiteral("auditActorFilter"));
    ASSERT_NE(byBox, nullptr);
    EXPECT_EQ(byBox->property("currentIndex").toInt(), 1) << "the box says whose";
    byBox->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_Down);
    ASSERT_TRUE(QTest::qWaitFor([&] { return audit->rowCount() == 1; }, 5000))
        << audit->rowCount() << " " << organize->message().toStdString();
    EXPECT_EQ(audit->actorId(0), QStringLiteral("u_stage"));
    byBox->setProperty("currentIndex", 0);  // everyone again, for the picture
    QMetaObject::invokeMethod(byBox, "activated", Q_ARG(int, 0));
    ASSERT_TRUE(QTest::qWaitFor([&] { return audit->rowCount() == all; }, 5000));
    QTest::qWait(300);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-audit.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !panel->property("visible").toBool(); }, 2000));
}

TEST_F(WindowOrganize, AnAdminAddsRenamesMovesAndRemovesAChannelByKeyboardAndEveryViewerSeesIt) {
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine, adminToken());
    ASSERT_NE(window, nullptr);
    auto* event = window->property("eventController").value<omk::ui::EventController*>();
    auto* organize = window->findChild<omk::ui::OrganizeController*>();
    ASSERT_NE(organize, nullptr);
    auto watcher = client(QStringLiteral("watcher"));
    const auto channelIds = [&] {
        QStringList ids;
        for (const auto& c : event->catalog()->channels) ids << c.id;
        return ids;
    };

    QObject* panel = openOrganize(window, 1);
    ASSERT_NE(panel, nullptr);
    auto* list = panel->property("channelList").value<QQuickItem*>();
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->hasActiveFocus(); }, 2000));
    auto* model = organize->channels()->model();
    EXPECT_EQ(model->rowCount(), 150);
    const auto contentItem = [&] { return panel->property("contentItem").value<QQuickItem*>(); };
    const auto focused = [&](const char* name) { return focusedIn(panel, name); };
    const auto type = [&](const std::string& text) { WindowOrganize::type(window, text); };

    // Add: Shift+Tab from the list reaches the name field (the Add button waits for a name);
    // Enter adds the channel at the end, and the list makes it current once the server's change
    // came back.
    QTest::keyClick(window, Qt::Key_Backtab, Qt::ShiftModifier);
    ASSERT_TRUE(focused("newChannelField"));
    type("Overflow Hall");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 151; }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(channelIds().last(), QStringLiteral("overflow-hall")) << "the window's tabs follow";
    // (The first catalog.changed a viewer gets, after its welcome, names no changes.)
    const QJsonObject told = watcher->next(
        [](const QJsonObject& o) {
            return o.value(QStringLiteral("type")) == QLatin1String("catalog.changed") &&
                   !o.value(QStringLiteral("changes")).toObject().isEmpty();
        },
        3000);
    EXPECT_EQ(told.value(QStringLiteral("changes"))
                  .toObject()
                  .value(QStringLiteral("channels"))
                  .toObject()
                  .value(QStringLiteral("added"))
                  .toArray(),
              QJsonArray{QStringLiteral("overflow-hall")});
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return list->property("currentIndex").toInt() == 150; }, 2000));
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();

    // Ctrl+Up: one place earlier in every viewer's tabs; the list follows it.
    list->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_Up, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return channelIds().indexOf("overflow-hall") == 149; }, 5000))
        << organize->message().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return list->property("currentIndex").toInt() == 149; }, 2000));

    // Enter edits: a new name, Enter; Tab to the stream address, Enter.
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(focused("channelNameField"));
    type("Overflow Hall (Level 2)");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return event->catalog()->channels.at(149).name ==
                   QLatin1String("Overflow Hall (Level 2)");
        },
        5000))
        << organize->message().toStdString();
    ASSERT_TRUE(list->hasActiveFocus());
    // Tab from the name: the stream box ("Add the main stream", the channel has none), then its
    // address.
    QTest::keyClick(window, Qt::Key_F2);
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamBox"));
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamUrlField"));
    type("https://cdn.example/overflow/live.m3u8");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto& streams = event->catalog()->channels.at(149).streams;
            return streams.size() == 1 &&
                   streams.first().url == QLatin1String("https://cdn.example/overflow/live.m3u8") &&
                   streams.first().protocol == QLatin1String("hls");
        },
        5000))
        << organize->message().toStdString();
    // A fallback: ↓ in the stream box picks "Add a fallback stream"; its address, a flat picture
    // (↓ four times in the projection box), Japanese, a label; Enter adds it.
    QQuickItem* streamBox = findNamed(contentItem(), QStringLiteral("streamBox"));
    ASSERT_NE(streamBox, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return streamBox->property("count").toInt() == 2; }, 2000));
    streamBox->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_Down);
    EXPECT_EQ(streamBox->property("currentIndex").toInt(), 1);
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamUrlField"));
    EXPECT_TRUE(findNamed(contentItem(), QStringLiteral("streamUrlField"))
                    ->property("text")
                    .toString()
                    .isEmpty())
        << "a new stream starts empty";
    type("srt://backup.example:9000");
    QTest::keyClick(window, Qt::Key_Tab);  // Test
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamProjectionBox"));
    for (int i = 0; i < 4; ++i) QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamStereoBox"));
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamLanguageField"));
    type("ja");
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("streamLabelField"));
    type("Japanese");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return event->catalog()->channels.at(149).streams.size() == 2; }, 5000))
        << organize->message().toStdString();
    {
        const omk::catalog::Stream fallback = event->catalog()->channels.at(149).streams.at(1);
        EXPECT_EQ(fallback.url, QStringLiteral("srt://backup.example:9000"));
        EXPECT_EQ(fallback.protocol, QStringLiteral("srt"));
        EXPECT_EQ(fallback.projection, omk::Projection::Flat);
        EXPECT_EQ(fallback.language, QStringLiteral("ja"));
        EXPECT_EQ(fallback.label, QStringLiteral("Japanese"));
        EXPECT_EQ(event->catalog()->channels.at(149).streams.at(0).url,
                  QStringLiteral("https://cdn.example/overflow/live.m3u8"));
    }
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();
    // A bad language is refused with the reason, and nothing is sent.
    findNamed(contentItem(), QStringLiteral("streamLanguageField"))->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type("japanese!");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return organize->messageIsError(); }, 2000));
    EXPECT_TRUE(organize->message().contains(QStringLiteral("pt-BR")))
        << organize->message().toStdString();
    EXPECT_EQ(event->catalog()->channels.at(149).streams.at(1).language, QStringLiteral("ja"));

    // H hides the channel from attendees: the window's tabs lose it, the Organize list keeps it.
    const int tabs = event->channels()->rowCount();
    list->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_H);
    ASSERT_TRUE(QTest::qWaitFor([&] { return event->channels()->rowCount() == tabs - 1; }, 5000))
        << organize->message().toStdString();
    EXPECT_TRUE(event->fullCatalog()->channels.at(149).hidden);
    EXPECT_EQ(event->catalog()->channels.size(), qsizetype(150));
    EXPECT_EQ(model->rowCount(), 151);
    EXPECT_TRUE(model->hidden(149));
    // Renamed while hidden: attendees see nothing new, the Organize list does.
    QTest::keyClick(window, Qt::Key_F2);
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type("Overflow Hall (closed)");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model->name(149) == QLatin1String("Overflow Hall (closed)"); }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(event->channels()->rowCount(), tabs - 1);
    // H again: back in every tab strip.
    list->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_H);
    ASSERT_TRUE(QTest::qWaitFor([&] { return event->channels()->rowCount() == tabs; }, 5000))
        << organize->message().toStdString();
    EXPECT_FALSE(model->hidden(149));
    // Another channel and back: its main stream is shown first.
    list->setProperty("currentIndex", 148);
    list->setProperty("currentIndex", 149);
    EXPECT_EQ(streamBox->property("currentIndex").toInt(), 0);

    // Test: an address that plays says what it is; one that does not says why. (The check is
    // `omnikast check`, run as a process of its own.)
    auto* test = organize->streamTest();
    test->setProgram(QStringLiteral(OMNIKAST_BINARY));
    QQuickItem* urlField = findNamed(contentItem(), QStringLiteral("streamUrlField"));
    ASSERT_NE(urlField, nullptr);
    const auto testAddress = [&](const QString& url) {
        urlField->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        type(url.toStdString());
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
        EXPECT_TRUE(test->running());
        return QTest::qWaitFor([&] { return !test->running(); }, 30000);
    };
    const QString clip =
        QUrl::fromLocalFile(organizeDir() + QStringLiteral("/room.mp4")).toString();
    ASSERT_TRUE(testAddress(QStringLiteral("/nowhere/no-such-talk.mp4")));
    EXPECT_FALSE(test->passed());
    EXPECT_TRUE(test->summary().startsWith(QStringLiteral("Does not play")))
        << test->summary().toStdString();
    ASSERT_TRUE(testAddress(clip));
    EXPECT_TRUE(test->passed()) << test->summary().toStdString();
    EXPECT_TRUE(test->summary().contains(QStringLiteral("512×256 h264")))
        << test->summary().toStdString();
    QQuickItem* result = findNamed(contentItem(), QStringLiteral("streamTestResult"));
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->isVisible());
    // Esc: the saved address again, and no result of another address beside it.
    QTest::keyClick(window, Qt::Key_Escape);
    ASSERT_TRUE(list->hasActiveFocus());
    EXPECT_EQ(urlField->property("text").toString(),
              QStringLiteral("https://cdn.example/overflow/live.m3u8"));
    EXPECT_FALSE(result->isVisible());
    urlField->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type(clip.toStdString());
    QTest::qWait(300);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-channels.png"));
    QTest::keyClick(window, Qt::Key_Escape);

    // A channel with sessions stays: Delete says why, with nothing to confirm.
    list->forceActiveFocus();
    list->setProperty("currentIndex", 0);
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return organize->messageIsError(); }, 2000));
    EXPECT_TRUE(organize->message().contains(QStringLiteral("13 sessions")))
        << organize->message().toStdString();
    auto* dialog = window->findChild<QObject*>(QStringLiteral("removeChannelDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->property("visible").toBool());
    EXPECT_EQ(model->rowCount(), 151);
    // Without: Delete asks, Remove has the focus, Enter removes.
    list->setProperty("currentIndex", 149);
    QTest::keyClick(window, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 2000));
    EXPECT_EQ(window->activeFocusItem()->objectName(), QStringLiteral("removeChannelConfirm"));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 150; }, 5000))
        << organize->message().toStdString();
    EXPECT_FALSE(channelIds().contains(QStringLiteral("overflow-hall")));
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();

    // At 1.5× text in this 1280×720 window the list and the fields sit side by side, so the list
    // keeps rows to pick from; a field tabbed to below the fold scrolls into view.
    omk::ui::AppSettings::instance()->setTextScale(1.5);
    QTest::qWait(300);
    auto* scroll = findNamed(contentItem(), QStringLiteral("channelEditorScroll"));
    ASSERT_NE(scroll, nullptr);
    EXPECT_GE(scroll->mapToScene({0, 0}).x(), list->mapToScene({0, 0}).x() + list->width())
        << "the fields beside the list";
    list->forceActiveFocus();
    list->setProperty("currentIndex", 0);
    auto* row = list->property("currentItem").value<QQuickItem*>();
    ASSERT_NE(row, nullptr);
    EXPECT_GE(list->height(), 5 * row->height())
        << "list " << list->height() << " px, a row " << row->height() << " px";
    auto* label = findNamed(contentItem(), QStringLiteral("streamLabelField"));
    ASSERT_NE(label, nullptr);
    label->forceActiveFocus();
    QTest::qWait(100);
    const double top = label->mapToItem(scroll, {0, 0}).y();
    EXPECT_GE(top, 0);
    EXPECT_LE(top + label->height(), scroll->height() + 1) << "scrolled into view";
    QTest::qWait(200);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-channels-large-text.png"));
    QTest::keyClick(window, Qt::Key_Escape);
    omk::ui::AppSettings::instance()->setTextScale(1.0);
}

TEST_F(WindowOrganize, AnAdminFindsASessionAmongThousandsAndEditsCancelsAndRemovesItByKeyboard) {
    // The event has a speaker and topics (from its schedule, as a real congress has).
    for (const auto& [path, body] :
         {std::pair{"/admin/speakers", R"({"id": "grace", "name": "Grace Hopper"})"},
          std::pair{"/admin/topics", R"({"id": "video", "name": "Video"})"},
          std::pair{"/admin/topics", R"({"id": "networks", "name": "Networks"})"}})
        ASSERT_EQ(omk::server::test::httpBearer(port, "POST", QLatin1String(path), adminToken(),
                                                QByteArray(body))
                      .status,
                  201)
            << path;
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine, adminToken());
    ASSERT_NE(window, nullptr);
    auto* event = window->property("eventController").value<omk::ui::EventController*>();
    auto* organize = window->findChild<omk::ui::OrganizeController*>();
    ASSERT_NE(organize, nullptr);
    const auto session = [&](const QString& id) -> const omk::catalog::Session* {
        for (const auto& s : event->catalog()->sessions)
            if (s.id == id) return &s;
        return nullptr;
    };
    const auto type = [&](const std::string& text) { WindowOrganize::type(window, text); };
    const QString id = QStringLiteral("s-41-2");
    ASSERT_NE(session(id), nullptr);
    const QString otherTitle = event->catalog()->sessions.first().title;
    const QDateTime wasStart = session(id)->start;

    QObject* panel = openOrganize(window, 2);
    ASSERT_NE(panel, nullptr);
    const auto focused = [&](const char* name) { return focusedIn(panel, name); };
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused("sessionFilter"); }, 2000));
    auto* model = organize->sessions()->model();
    EXPECT_EQ(model->total(), 1950);  // 13 per room
    EXPECT_EQ(model->rowCount(), 1950);

    // Typing finds it; ↓ into the list, Enter edits: a title, an hour later, 45 minutes.
    type("s-41-2");
    ASSERT_EQ(model->rowCount(), 1);
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(focused("sessionTitleField"));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type("Keynote: the whole congress in 360");
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("sessionStartField"));
    // (Times are typed to the minute.)
    QDateTime later = wasStart.addSecs(3600);
    later.setTime(QTime(later.time().hour(), later.time().minute()));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type(later.toTimeZone(event->catalog()->event.timeZone)
             .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
             .toStdString());
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("sessionLengthField"));
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type("0:45");
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto* s = session(id);
            return s && s->title == QLatin1String("Keynote: the whole congress in 360") &&
                   s->start == later && s->duration == std::chrono::minutes(45);
        },
        5000))
        << organize->message().toStdString();
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();
    EXPECT_EQ(event->catalog()->sessions.first().title, otherTitle) << "only the one found";
    ASSERT_TRUE(focused("sessionList"));

    // Ctrl+D cancels it: struck through in every viewer's schedule; again brings it back.
    QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session(id) && session(id)->cancelled; }, 5000))
        << organize->message().toStdString();
    QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session(id) && !session(id)->cancelled; }, 5000))
        << organize->message().toStdString();

    // A bad time is explained, and nothing is sent.
    QTest::keyClick(window, Qt::Key_Return);
    QTest::keyClick(window, Qt::Key_Tab);
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type("tonight");
    QTest::keyClick(window, Qt::Key_Return);
    EXPECT_TRUE(organize->messageIsError());
    EXPECT_TRUE(organize->message().contains(QStringLiteral("year-month-day")))
        << organize->message().toStdString();
    EXPECT_EQ(session(id)->start, later);

    // Speakers by name: "grace hopper" is the event's Grace Hopper (any case), "Radia Perlman"
    // is new and becomes a speaker first; ↓ in the topic box picks the first topic.
    QTest::keyClick(window, Qt::Key_Return);
    for (int i = 0; i < 4; ++i) QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("sessionSpeakersField"));
    type("grace hopper, Radia Perlman");
    QTest::keyClick(window, Qt::Key_Tab);
    ASSERT_TRUE(focused("sessionTopicBox"));
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return session(id) && session(id)->speakerIds.size() == 2; }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(session(id)->speakerIds,
              (QStringList{QStringLiteral("grace"), QStringLiteral("radia-perlman")}));
    ASSERT_NE(event->catalog()->speaker(QStringLiteral("radia-perlman")), nullptr);
    EXPECT_EQ(event->catalog()->speaker(QStringLiteral("radia-perlman"))->name,
              QStringLiteral("Radia Perlman"));
    EXPECT_FALSE(session(id)->topicId.isEmpty());
    EXPECT_EQ(session(id)->title, QStringLiteral("Keynote: the whole congress in 360"))
        << "only what changed";
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();
    // Found by a speaker's name too.
    QQuickItem* filter = findNamed(panel->property("contentItem").value<QQuickItem*>(),
                                   QStringLiteral("sessionFilter"));
    ASSERT_NE(filter, nullptr);
    filter->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    type("perlman");
    ASSERT_EQ(model->rowCount(), 1);
    QTest::keyClick(window, Qt::Key_Down);
    ASSERT_TRUE(focused("sessionList"));
    QTest::qWait(300);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-sessions.png"));

    // Moved to another channel (the box), then removed: Delete asks, Enter removes.
    organize->sessions()->save(id, session(id)->title,
                               model->fields(0)[QStringLiteral("start")].toString(),
                               QStringLiteral("0:45"), QStringLiteral("room-7"),
                               model->fields(0)[QStringLiteral("speakers")].toString(),
                               model->fields(0)[QStringLiteral("topic")].toString());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return session(id) && session(id)->channelId == QLatin1String("room-7"); }, 5000))
        << organize->message().toStdString();
    panel->property("sessionList").value<QQuickItem*>()->forceActiveFocus();
    QTest::keyClick(window, Qt::Key_Delete);
    auto* dialog = window->findChild<QObject*>(QStringLiteral("removeSessionDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 2000));
    QTest::keyClick(window, Qt::Key_Return);
    // Gone from the server and from the organizer's list; attendees who planned to watch it
    // see it cancelled (a schedule update keeps what it no longer lists, struck through).
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->total() == 1949; }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(model->rowCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return session(id) && session(id)->cancelled; }, 5000));
    EXPECT_FALSE(omk::server::test::httpGet(port, QStringLiteral("/catalog.json"))
                     .body.contains("\"s-41-2\""));
}

TEST_F(WindowOrganize, AnAdminSetsARoomsRulesAndModeratorsByKeyboardAndAGuestsInputSaysWhy) {
    const QString roomId = QStringLiteral("room-0");
    {
        QQmlApplicationEngine engine;
        QQuickWindow* window = open(engine, adminToken());
        ASSERT_NE(window, nullptr);
        auto* event = window->property("eventController").value<omk::ui::EventController*>();
        auto* organize = window->findChild<omk::ui::OrganizeController*>();
        ASSERT_NE(organize, nullptr);
        const auto rules = [&] { return event->catalog()->channel(roomId)->room; };
        auto guest = std::make_unique<omk::server::test::WsClient>(port);
        guest->hello(QStringLiteral("Visitor"));
        guest->join(roomId);
        const auto guestSends = [&](const char* cid) {
            const auto r = guest->chat(roomId, QLatin1String(cid), QStringLiteral("hello"));
            return r.value(QStringLiteral("type")).toString() == QLatin1String("ack")
                       ? QStringLiteral("ack")
                       : r.value(QStringLiteral("code")).toString();
        };

        QObject* panel = openOrganize(window, 3);
        ASSERT_NE(panel, nullptr);
        auto* list = panel->property("roomList").value<QQuickItem*>();
        ASSERT_NE(list, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return list->hasActiveFocus(); }, 2000));
        EXPECT_EQ(organize->channels()->model()->channelId(list->property("currentIndex").toInt()),
                  roomId);

        // C closes the room: the guest reads but may not write.
        QTest::keyClick(window, Qt::Key_C);
        ASSERT_TRUE(QTest::qWaitFor([&] { return rules().closed; }, 5000))
            << organize->message().toStdString();
        EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();
        EXPECT_EQ(guestSends("1"), QStringLiteral("room_closed"));
        // G: signed-in people only; S opens the slow-mode choices, ↓ and Enter take 5 s.
        QTest::keyClick(window, Qt::Key_G);
        ASSERT_TRUE(QTest::qWaitFor([&] { return rules().signedInOnly; }, 5000))
            << organize->message().toStdString();
        QTest::keyClick(window, Qt::Key_S);
        QQuickItem* slowBox = findNamed(panel->property("contentItem").value<QQuickItem*>(),
                                        QStringLiteral("roomSlowModeBox"));
        ASSERT_NE(slowBox, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return slowBox->hasActiveFocus(); }, 2000));
        auto* choices = slowBox->property("popup").value<QObject*>();
        ASSERT_NE(choices, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return choices->property("opened").toBool(); }, 2000));
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return rules().slowModeSeconds == 5; }, 5000))
            << organize->message().toStdString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return list->hasActiveFocus(); }, 2000));
        // Open again: now a guest is refused for not being signed in.
        QTest::keyClick(window, Qt::Key_C);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !rules().closed; }, 5000))
            << organize->message().toStdString();
        EXPECT_EQ(guestSends("2"), QStringLiteral("sign_in_required"));

        // A moderator by e-mail address: typed, Enter; listed once the server said so.
        auto* moderators = organize->rooms()->moderators();
        QQuickItem* email = findNamed(panel->property("contentItem").value<QQuickItem*>(),
                                      QStringLiteral("moderatorEmailField"));
        ASSERT_NE(email, nullptr);
        email->forceActiveFocus();
        type(window, "mo@example.org");
        QTest::keyClick(window, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return moderators->rowOf(QStringLiteral("mo@example.org"), roomId) >= 0; }, 5000))
            << organize->message().toStdString();
        EXPECT_TRUE(email->property("text").toString().isEmpty());
        const auto holdsRole = [&] {
            auto holders = server->accounts().roleHolders();
            for (const auto& h : *holders)
                if (h.email == QLatin1String("mo@example.org") && h.room == roomId &&
                    h.role == omk::protocol::Role::Moderator)
                    return true;
            return false;
        };
        EXPECT_TRUE(holdsRole());
        omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                                QStringLiteral(OMNIKAST_DOCS_IMAGES),
                                QStringLiteral("organize-rooms.png"));
        // Delete in the list asks; Revoke has the focus; Enter revokes.
        QQuickItem* modList = findNamed(panel->property("contentItem").value<QQuickItem*>(),
                                        QStringLiteral("moderatorList"));
        ASSERT_NE(modList, nullptr);
        modList->forceActiveFocus();
        modList->setProperty("currentIndex",
                             moderators->rowOf(QStringLiteral("mo@example.org"), roomId));
        QTest::keyClick(window, Qt::Key_Delete);
        auto* dialog = window->findChild<QObject*>(QStringLiteral("revokeModeratorDialog"));
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 2000));
        EXPECT_EQ(window->activeFocusItem()->objectName(),
                  QStringLiteral("revokeModeratorConfirm"));
        QTest::keyClick(window, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return moderators->rowOf(QStringLiteral("mo@example.org"), roomId) < 0; }, 5000))
            << organize->message().toStdString();
        EXPECT_FALSE(holdsRole());
    }

    // A guest's window: the input says why before anything is typed, and Enter says it again.
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine, QString());
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    ASSERT_EQ(room->room(), roomId);
    EXPECT_TRUE(room->readOnlyReason().contains(QStringLiteral("signed-in")))
        << room->readOnlyReason().toStdString();
    const auto patch = [&](const char* body) {
        return omk::server::test::httpBearer(port, "PATCH",
                                             QStringLiteral("/admin/channels/") + roomId,
                                             adminToken(), QByteArray(body))
            .status;
    };
    ASSERT_EQ(patch(R"({"room": {"closed": true}})"), 200);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return room->readOnlyReason().contains(QStringLiteral("closed")); }, 3000))
        << room->readOnlyReason().toStdString();
    QQuickItem* input = findNamed(window->contentItem(), QStringLiteral("chatInput"));
    ASSERT_NE(input, nullptr);
    EXPECT_EQ(input->property("placeholderText").toString(), room->readOnlyReason());
    input->forceActiveFocus();
    type(window, "anyone there?");
    QTest::keyClick(window, Qt::Key_Return);
    EXPECT_EQ(room->inputHint(), room->readOnlyReason());
    EXPECT_EQ(input->property("text").toString(), QStringLiteral("anyone there?"))
        << "what was typed stays";
    ASSERT_EQ(patch(R"({"room": null})"), 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->readOnlyReason().isEmpty(); }, 3000));
}

// A frab export of a one-day event in two rooms (frab names a room's channel by its name: one
// word, so it is a room id too): `second` is the second talk's title; `extra`, when given, the
// title of one more talk.
QByteArray frabSchedule(const char* second, const char* extra = nullptr) {
    const auto talk = [](int id, const char* room, const char* time, const char* title) {
        return QStringLiteral(
                   "<event guid=\"aaaaaaaa-0000-4000-8000-00000000000%1\" id=\"%1\">"
                   "<date>2031-05-10T%2:00+02:00</date><start>%2</start>"
                   "<duration>00:45</duration><room>%3</room><title>%4</title>"
                   "<type>lecture</type><language>en</language>"
                   "<persons><person id=\"10%1\">Speaker %1</person></persons><links/></event>")
            .arg(id)
            .arg(QLatin1String(time), QLatin1String(room), QLatin1String(title));
    };
    QString kuppel = talk(1, "Kuppel", "10:00", "Opening") + talk(2, "Kuppel", "11:00", second);
    if (extra) kuppel += talk(4, "Kuppel", "12:00", extra);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<schedule>"
               "<generator name=\"frab\" version=\"1.0\"/><version>1.0</version>"
               "<conference><acronym>importcon31</acronym><title>Import Con 2031</title>"
               "<start>2031-05-10</start><end>2031-05-10</end><days>1</days>"
               "<timeslot_duration>00:15</timeslot_duration>"
               "<time_zone_name>Europe/Berlin</time_zone_name></conference>"
               "<day index=\"1\" date=\"2031-05-10\" start=\"2031-05-10T04:00:00+02:00\" "
               "end=\"2031-05-11T03:59:00+02:00\">"
               "<room name=\"Kuppel\">%1</room><room name=\"Foyer\">%2</room></day></schedule>\n")
        .arg(kuppel, talk(3, "Foyer", "10:00", "Workshop"))
        .toUtf8();
}

// The server's catalog is a frab export; the same export is its schedule address, served over
// loopback HTTP with an ETag, and the test changes it under the server. No automatic checks.
class WindowOrganizeImport : public WindowOrganize {
protected:
    void SetUp() override {
        RoomTest::SetUp();
        ASSERT_TRUE(schedule.ok());
        const QByteArray first = frabSchedule("Second talk");
        serve(first, "\"v1\"");
        const QString file = organizeDir() + QStringLiteral("/import-schedule.xml");
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(first), first.size());
        f.close();
        config.catalog = file;
        config.scheduleUrl = scheduleUrl();
        config.schedulePollMinutes = 0;
        start();
    }
    QString scheduleUrl() const { return schedule.url(QStringLiteral("schedule.xml")); }
    // From now on the schedule is body, with this ETag (a request that names it gets 304).
    void serve(const QByteArray& body, const QByteArray& etag) {
        schedule.setHandler(
            [body, etag](const omk::test::HttpRequest& request) -> omk::test::HttpResponse {
                if (request.path != QLatin1String("/schedule.xml"))
                    return omk::test::HttpResponse::notFound();
                if (request.header("If-None-Match") == etag)
                    return omk::test::HttpResponse::withStatus(304, {}, {}, {{"ETag", etag}});
                return omk::test::HttpResponse::ok(body, "application/xml", {{"ETag", etag}});
            });
    }

    omk::test::HttpTestServer schedule;
};

TEST_F(WindowOrganizeImport, AnAdminPreviewsTheChangedScheduleAndImportsItByKeyboard) {
    using Preview = omk::ui::ImportPreviewModel;
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine, adminToken());
    ASSERT_NE(window, nullptr);
    auto* event = window->property("eventController").value<omk::ui::EventController*>();
    auto* organize = window->findChild<omk::ui::OrganizeController*>();
    ASSERT_NE(organize, nullptr);
    auto* importer = organize->scheduleImport();
    auto* changes = importer->changes();
    const auto titled = [&](const char* title) {
        for (const auto& session : event->catalog()->sessions)
            if (session.title == QLatin1String(title)) return true;
        return false;
    };
    const auto served = [&](const char* text) {
        return omk::server::test::httpGet(port, QStringLiteral("/catalog.json"))
            .body.contains(QByteArray(text));
    };
    const auto firstRowIn = [&](Preview::Section section) {
        for (int row = 0; row < changes->rowCount(); ++row)
            if (changes->section(row) == section) return row;
        return -1;
    };
    ASSERT_TRUE(titled("Second talk"));

    // The schedule changes under the server: the second talk retitled, one talk more.
    serve(frabSchedule("Second talk, retitled", "Lightning talks"), "\"v2\"");

    // Sessions, ↓ into the list, I: the dialog, with the server's address and how it checks it.
    QObject* panel = openOrganize(window, 2);
    ASSERT_NE(panel, nullptr);
    const auto focused = [&](const char* name) { return focusedIn(panel, name); };
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused("sessionFilter"); }, 2000));
    QTest::keyClick(window, Qt::Key_Down);
    ASSERT_TRUE(focused("sessionList"));
    QTest::keyClick(window, Qt::Key_I);
    auto* dialog = window->findChild<QObject*>(QStringLiteral("importDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, 2000));
    auto* urlField = dialog->property("urlField").value<QQuickItem*>();
    ASSERT_NE(urlField, nullptr);
    EXPECT_TRUE(urlField->hasActiveFocus());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return urlField->property("text").toString() == scheduleUrl(); }, 5000))
        << organize->message().toStdString();
    EXPECT_EQ(importer->statusText(), QStringLiteral("Not checked automatically."));
    QQuickItem* footer = dialog->property("footer").value<QQuickItem*>();
    ASSERT_NE(footer, nullptr);
    QQuickItem* applyButton = findNamed(footer, QStringLiteral("importApplyButton"));
    ASSERT_NE(applyButton, nullptr);
    EXPECT_FALSE(applyButton->isEnabled()) << "nothing previewed yet";

    // Enter: the preview, grouped — one new session and one changed, in words; nothing is
    // imported yet.
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return importer->previewed(); }, 10000))
        << organize->message().toStdString();
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();
    EXPECT_EQ(changes->rowsIn(Preview::NewSessions), 1);
    EXPECT_EQ(changes->rowsIn(Preview::ChangedSessions), 1);
    EXPECT_EQ(changes->rowsIn(Preview::RemovedSessions), 0);
    const int added = firstRowIn(Preview::NewSessions);
    ASSERT_GE(added, 0);
    EXPECT_EQ(changes->title(added), QStringLiteral("Lightning talks"));
    EXPECT_TRUE(changes->detail(added).endsWith(QStringLiteral("Kuppel")))
        << changes->detail(added).toStdString();
    const int retitled = firstRowIn(Preview::ChangedSessions);
    ASSERT_GE(retitled, 0);
    EXPECT_EQ(changes->title(retitled), QStringLiteral("Second talk, retitled"));
    EXPECT_TRUE(changes->detail(retitled).startsWith(QStringLiteral("Changed: title")))
        << changes->detail(retitled).toStdString();
    EXPECT_EQ(changes->data(changes->index(added), Preview::SectionRole).toString(),
              QStringLiteral("New sessions (1)"));
    auto* list = dialog->property("changeList").value<QQuickItem*>();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->property("count").toInt(), changes->rowCount());
    EXPECT_TRUE(applyButton->isEnabled());
    EXPECT_TRUE(urlField->hasActiveFocus());
    EXPECT_TRUE(titled("Second talk")) << "a preview changes nothing";
    EXPECT_FALSE(served("Lightning talks"));
    QTest::qWait(300);
    omk::ui::test::saveShot(window->grabWindow(), organizeDir(),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("organize-import.png"));

    // The schedule changes again before Ctrl+Enter: refused, and the line says to preview again.
    serve(frabSchedule("Second talk, retitled", "Lightning talks, with pizza"), "\"v3\"");
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return organize->messageIsError(); }, 10000))
        << organize->message().toStdString();
    EXPECT_TRUE(organize->message().contains(QStringLiteral("preview again")))
        << organize->message().toStdString();
    EXPECT_FALSE(importer->canApply());
    EXPECT_FALSE(applyButton->isEnabled());
    EXPECT_TRUE(dialog->property("opened").toBool());
    EXPECT_FALSE(served("Lightning talks"));

    // Enter previews again, Ctrl+Enter imports: the dialog closes, the line says which version,
    // and the window's own catalog follows (catalog.changed), as every viewer's does.
    ASSERT_TRUE(urlField->hasActiveFocus());
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return importer->canApply(); }, 10000))
        << organize->message().toStdString();
    ASSERT_EQ(changes->rowsIn(Preview::NewSessions), 1);
    EXPECT_EQ(changes->title(firstRowIn(Preview::NewSessions)),
              QStringLiteral("Lightning talks, with pizza"));
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, 10000))
        << organize->message().toStdString();
    EXPECT_FALSE(organize->messageIsError()) << organize->message().toStdString();
    EXPECT_TRUE(organize->message().startsWith(QStringLiteral("Imported: version")))
        << organize->message().toStdString();
    EXPECT_TRUE(served("Second talk, retitled"));
    EXPECT_TRUE(served("Lightning talks, with pizza"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return titled("Second talk, retitled") && titled("Lightning talks, with pizza"); },
        5000));
    EXPECT_EQ(organize->sessions()->model()->total(), 4);
    EXPECT_TRUE(QTest::qWaitFor([&] { return focused("sessionList"); }, 2000));
}

TEST_F(WindowOrganize, OnlyAnAdminOfTheWholeEventIsOfferedTheViewAndTheKeySaysWhy) {
    const auto signed_ = [](omk::protocol::Role role, const char* room) {
        return *omk::server::Jwt(omk::server::test::kSecret)
                    .sign(omk::server::TokenClaims{
                        QStringLiteral("u_helper"), QStringLiteral("Helper"), role,
                        QLatin1String(room), 0, QDateTime::currentSecsSinceEpoch() + 600});
    };
    const QList<std::pair<const char*, QString>> who{
        {"a guest", QString()},
        {"a moderator of the event", signed_(omk::protocol::Role::Moderator, "*")},
        {"an admin of one room", signed_(omk::protocol::Role::Admin, "room-0")}};
    for (const auto& [what, token] : who) {
        SCOPED_TRACE(what);
        QQmlApplicationEngine engine;
        QQuickWindow* window = open(engine, token);
        ASSERT_NE(window, nullptr);
        auto* room = window->property("roomController").value<omk::ui::RoomController*>();
        EXPECT_FALSE(room->eventAdmin());
        QQuickItem* button = findNamed(window->contentItem(), QStringLiteral("organizeButton"));
        ASSERT_NE(button, nullptr);
        EXPECT_FALSE(button->isVisible());
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return window->property("notice").toString().contains(QStringLiteral("admins"));
            },
            2000));
        auto* panel = window->findChild<QObject*>(QStringLiteral("organizePanel"));
        ASSERT_NE(panel, nullptr);
        EXPECT_FALSE(panel->property("opened").toBool());
        // Nor are its lists built: 1,950 sessions are not formatted for a view never shown.
        auto* organize = window->findChild<omk::ui::OrganizeController*>();
        ASSERT_NE(organize, nullptr);
        EXPECT_EQ(organize->sessions()->model()->total(), 0);
        EXPECT_EQ(organize->channels()->model()->rowCount(), 0);
    }
}

}  // namespace
