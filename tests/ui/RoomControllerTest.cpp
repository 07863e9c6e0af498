// The viewer's room (RoomController) against a real omnikast-server on loopback: chat both
// ways, what an attendee may not do, slow-mode feedback, the remembered guest identity, and
// playback that follows a moderator across two real players decoding a real clip, and a live HLS
// stream that two players joined at different moments present at the same instant.
#include "media/Player.h"
#include "server/Jwt.h"
#include "support/LiveHls.h"
#include "support/RoomTestSupport.h"
#include "support/TestClip.h"
#include "ui/EventController.h"
#include "ui/PlayerController.h"
#include "ui/PlayerSync.h"
#include "ui/RoomController.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace omk::ui {
namespace {

using omk::room::test::kRoom;
using omk::room::test::moderatorToken;

QString clip(const QString& name, const char* pattern) {
    return omk::ui::test::encodeClip(
        omk::server::test::tempRoot() + u'/' + name,
        QStringLiteral("%1=size=256x128:rate=25:duration=20").arg(QLatin1String(pattern)),
        {"-g", "25"});
}

// Test double for the render thread: takes due frames as VideoView's renderer would, so the
// player's clock runs and seeks complete without a window.
class FrameSink {
public:
    explicit FrameSink(PlayerController* p) : m_player(p) {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto pl = m_player->player()) pl->takeFrameForPresentation();
        });
        m_timer.start(5);
    }

private:
    PlayerController* m_player;
    QTimer m_timer;
};

class RoomControllerTest : public omk::room::test::RoomTest {
protected:
    void SetUp() override {
        RoomTest::SetUp();
        omk::room::test::settingsPerTest("room-controller-test");
        start();
    }
    QString wsUrl() const { return QStringLiteral("ws://127.0.0.1:%1/ws").arg(port); }

    std::unique_ptr<RoomController> controller(const QString& name, const QString& token = {},
                                               PlayerController* player = nullptr,
                                               const QString& channel = kRoom) {
        auto c = std::make_unique<RoomController>();
        c->setGuestName(name);
        c->setToken(token);
        c->setPlayer(player);
        c->setServerUrl(wsUrl());
        c->setRoom(channel);
        EXPECT_TRUE(QTest::qWaitFor([&] { return c->state() == QLatin1String("connected"); }, 5000))
            << name.toStdString() << ": " << c->statusText().toStdString();
        return c;
    }
    static int findText(const room::ChatModel* chat, const QString& text) {
        for (int i = 0; i < chat->rowCount(); ++i)
            if (chat->row(i).text == text && !chat->row(i).pending) return i;
        return -1;
    }
};

TEST_F(RoomControllerTest, ChatFlowsBothWaysWithLinksAndMentions) {
    auto alice = controller(QStringLiteral("alice"));
    auto bob = controller(QStringLiteral("bob"));
    EXPECT_EQ(bob->statusText(), QStringLiteral("Connected"));
    const QString text = QStringLiteral("hi @bob see https://example.org/a?x=1&y=2.");
    ASSERT_TRUE(alice->send(text));
    ASSERT_TRUE(QTest::qWaitFor([&] { return findText(bob->chat(), text) >= 0; }, 5000));
    const int row = findText(bob->chat(), text);
    EXPECT_EQ(bob->chat()->row(row).author.name, QStringLiteral("alice"));
    EXPECT_TRUE(
        bob->chat()->data(bob->chat()->index(row), room::ChatModel::MentionsMeRole).toBool());

    const QString rich = bob->richText(text);
    EXPECT_TRUE(rich.contains(QStringLiteral(
        "<a href=\"https://example.org/a?x=1&amp;y=2\">https://example.org/a?x=1&amp;y=2</a>.")))
        << rich.toStdString();
    EXPECT_TRUE(rich.contains(QStringLiteral("<b><font color=\"#ffcc4d\">@bob</font></b>")));
    EXPECT_EQ(bob->richText(QStringLiteral("<script>")), QStringLiteral("&lt;script&gt;"));

    // A reply names the message it answers.
    const qint64 seq = bob->chat()->row(row).seq;
    ASSERT_TRUE(bob->send(QStringLiteral("hello alice"), seq));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return findText(alice->chat(), QStringLiteral("hello alice")) >= 0; }, 5000));
    EXPECT_EQ(alice->chat()->row(findText(alice->chat(), QStringLiteral("hello alice"))).replyTo,
              seq);

    // Who is here: both names, offered for @completion.
    ASSERT_TRUE(QTest::qWaitFor([&] { return alice->viewerCount() == 2; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return alice->completeMention(QStringLiteral("B")) == QStringList{"bob"}; }, 5000));
    EXPECT_FALSE(alice->send(QStringLiteral("   ")));
}

// frab and Pretalx name rooms as people write them: the chat of channel "Saal 1" works (its room
// has an id of its own, protocol/ChannelRoom), and two viewers of it meet there.
TEST_F(RoomControllerTest, AChannelNamedWithASpaceHasAWorkingChat) {
    const QString channel = QStringLiteral("Saal 1");
    auto alice = controller(QStringLiteral("alice"), {}, nullptr, channel);
    auto bob = controller(QStringLiteral("bob"), {}, nullptr, channel);
    ASSERT_TRUE(alice->send(QStringLiteral("hello from Saal 1")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return findText(bob->chat(), QStringLiteral("hello from Saal 1")) >= 0; }, 5000));
    EXPECT_EQ(alice->room(), channel);
}

TEST_F(RoomControllerTest, AnAttendeeCannotModerateAndAModeratorCan) {
    auto attendee = controller(QStringLiteral("carol"));
    auto mod = controller(QStringLiteral("ignored"), moderatorToken());
    EXPECT_FALSE(attendee->canModerate());
    EXPECT_TRUE(mod->canModerate());

    ASSERT_TRUE(attendee->send(QStringLiteral("spam")));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return findText(mod->chat(), QStringLiteral("spam")) >= 0; }, 5000));
    const qint64 seq = mod->chat()->row(findText(mod->chat(), QStringLiteral("spam"))).seq;

    // Refused in the client, before anything is sent.
    EXPECT_FALSE(attendee->moderation()->deleteMessage(seq));
    EXPECT_FALSE(attendee->errorString().isEmpty());
    EXPECT_FALSE(attendee->moderation()->setSlowMode(10));
    EXPECT_FALSE(attendee->togglePauseForAll());

    ASSERT_TRUE(mod->moderation()->deleteMessage(seq));
    ASSERT_TRUE(mod->moderation()->announce(QStringLiteral("Talks resume at 14:00")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const int i = findText(attendee->chat(), QStringLiteral("spam"));
            return i >= 0 && attendee->chat()->row(i).deleted;
        },
        5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return attendee->pinned() == QStringLiteral("Talks resume at 14:00"); }, 5000));
}

TEST_F(RoomControllerTest, SlowModeIsExplainedAtTheInput) {
    config.sendBurst = 10;
    auto mod = controller(QStringLiteral("m"), moderatorToken());
    auto dave = controller(QStringLiteral("dave"));
    ASSERT_TRUE(mod->moderation()->setSlowMode(30));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dave->slowModeSeconds() == 30; }, 5000));
    ASSERT_TRUE(dave->send(QStringLiteral("one")));
    ASSERT_TRUE(dave->send(QStringLiteral("two")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dave->inputHint().startsWith(QStringLiteral("Slow mode")); }, 5000))
        << dave->inputHint().toStdString();
    // The refused message is kept and shown as unsent, not lost.
    EXPECT_GE(dave->pendingCount(), 1);
}

// A message sent while the server was away, to a room the organizers closed meanwhile: the
// server refuses it for good when it is resent, and its text comes back for the input (with the
// reason), so nothing typed is lost.
TEST_F(RoomControllerTest, AMessageQueuedBeforeTheRoomClosedComesBackToTheInput) {
    auto dave = controller(QStringLiteral("dave"));
    QSignalSpy returned(dave.get(), &RoomController::chatReturned);
    server.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dave->state() != QLatin1String("connected"); }, 5000));
    ASSERT_TRUE(dave->send(QStringLiteral("see you after the break")));
    EXPECT_EQ(dave->pendingCount(), 1);
    const QString closed = omk::server::test::tempRoot() + QStringLiteral("/closed-room.json");
    QFile f(closed);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"omnikast_catalog": 1, "event": {"title": "Closed", "time_zone": "UTC"},
      "channels": [{"id": "main", "name": "Main", "room": {"closed": true}}]})");
    f.close();
    config.catalog = closed;
    restartSamePort();
    ASSERT_TRUE(QTest::qWaitFor([&] { return returned.count() == 1; }, 10000))
        << dave->inputHint().toStdString();
    EXPECT_EQ(returned.at(0).at(0).toString(), QStringLiteral("see you after the break"));
    EXPECT_EQ(dave->pendingCount(), 0);
    EXPECT_TRUE(dave->inputHint().startsWith(QStringLiteral("The organizers closed")))
        << dave->inputHint().toStdString();
    EXPECT_TRUE(dave->inputHint().endsWith(QStringLiteral("Your message is back in the input.")))
        << dave->inputHint().toStdString();
}

TEST_F(RoomControllerTest, AGuestKeepsItsIdentityAcrossRestarts) {
    QString firstId;
    {
        auto erin = controller(QStringLiteral("erin"));
        firstId = erin->connection()->userId();
        ASSERT_FALSE(firstId.isEmpty());
    }
    auto again = std::make_unique<RoomController>();
    EXPECT_EQ(again->guestName(), QStringLiteral("erin"));  // remembered
    again->setServerUrl(wsUrl());
    again->setRoom(kRoom);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return again->state() == QLatin1String("connected"); }, 5000));
    EXPECT_EQ(again->connection()->userId(), firstId);
}

TEST_F(RoomControllerTest, ABadServerUrlIsAnErrorNotACrash) {
    RoomController c;
    QSignalSpy errors(&c, &RoomController::errorOccurred);
    c.setServerUrl(QStringLiteral("http://nope"));
    c.setRoom(kRoom);
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.count() == 1; }, 2000));
    EXPECT_TRUE(c.errorString().contains(QStringLiteral("ws://")));
    EXPECT_FALSE(c.active());
    EXPECT_FALSE(c.send(QStringLiteral("hello")));
}

TEST_F(RoomControllerTest, PlaybackFollowsTheModeratorAcrossTwoRealPlayers) {
    const QString main = clip(QStringLiteral("room-main.mp4"), "testsrc2");
    const QString other = clip(QStringLiteral("room-other.mp4"), "smptebars");
    PlayerController modPlayer, viewerPlayer;
    FrameSink modSink(&modPlayer), viewerSink(&viewerPlayer);
    modPlayer.setSource(main);
    viewerPlayer.setSource(main);
    auto mod = controller(QStringLiteral("m"), moderatorToken(), &modPlayer);
    auto viewer = controller(QStringLiteral("frank"), {}, &viewerPlayer);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return modPlayer.player()->isLoaded() && viewerPlayer.player()->isLoaded(); },
        10000));
    EXPECT_FALSE(viewer->following());  // nobody has set the room's playback yet

    // The moderator seeks everyone to 8 s, playing.
    ASSERT_TRUE(mod->seekForAll(8.0));
    auto expected = [&] {
        return viewer->connection()->playback().expectedPosition(
            viewer->connection()->serverNowMs());
    };
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            // A seek lands paused and plays at the room's instant: wait for that too.
            return viewer->following() && !std::isnan(viewer->syncErrorMs()) &&
                   !viewerPlayer.player()->isPaused() &&
                   std::abs(viewerPlayer.player()->clockPosition() - expected()) < 0.1;
        },
        10000))
        << "viewer at " << viewerPlayer.player()->clockPosition() << " s, room at " << expected();
    EXPECT_GE(viewerPlayer.player()->clockPosition(), 8.0);
    EXPECT_FALSE(viewerPlayer.player()->isPaused());

    // Pause for all: the viewer pauses at the room's frame.
    ASSERT_TRUE(mod->togglePauseForAll());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return viewerPlayer.player()->isPaused() && viewer->connection()->playback().paused &&
                   std::abs(viewerPlayer.player()->clockPosition() -
                            viewer->connection()->playback().position) < 0.05;
        },
        10000));

    // Switching the room's media asks the viewer to open it.
    ASSERT_TRUE(mod->playMediaForAll(other));
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->mediaOverride() == other; }, 5000));
}

// Live: no seeking. The two players join the stream at different moments; once the moderator
// puts the room on it, its client anchors the room in the stream's own timestamps and both
// present the same instant.
TEST_F(RoomControllerTest, ALiveStreamJoinedAtDifferentMomentsPlaysTheSameInstant) {
    using namespace omk::media::testing;
    const QString dir = makeHls(QStringLiteral("room-live-hls"), 60);
    ASSERT_FALSE(dir.isEmpty());
    const LivePlaylist live(dir, 4, std::chrono::milliseconds(1000), 6);
    omk::test::HttpTestServer http(
        hlsOrigin([&](const QString& path) { return live.serve(path); }));
    ASSERT_TRUE(http.ok());
    const QString url = http.url(QStringLiteral("live.m3u8"));

    PlayerController modPlayer, viewerPlayer;
    FrameSink modSink(&modPlayer), viewerSink(&viewerPlayer);
    modPlayer.setSource(url);
    auto mod = controller(QStringLiteral("m"), moderatorToken(), &modPlayer);
    ASSERT_TRUE(QTest::qWaitFor([&] { return modPlayer.player()->isLoaded(); }, 15000));
    ASSERT_TRUE(modPlayer.player()->isLive());
    // Two segments later: this one starts from a later playlist.
    QTest::qWait(2000);
    viewerPlayer.setSource(url);
    auto viewer = controller(QStringLiteral("frank"), {}, &viewerPlayer);
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewerPlayer.player()->isLoaded(); }, 15000));

    ASSERT_TRUE(mod->playMediaForAll(url));
    // The moderator's client anchors the room: a position in the stream's timestamps.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return viewer->connection()->playback().position > 0; }, 10000));
    auto expected = [&] {
        return viewer->connection()->playback().expectedPosition(
            viewer->connection()->serverNowMs());
    };
    auto inStep = [&](PlayerController& p) {
        const auto player = p.player();
        return !player->isPaused() && !player->isSeeking() &&
               std::abs(player->streamClock() - expected()) < 0.05;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return inStep(modPlayer) && inStep(viewerPlayer); }, 20000))
        << "moderator at " << modPlayer.player()->streamClock() << ", viewer at "
        << viewerPlayer.player()->streamClock() << ", room at " << expected();
    // Still together a few segments on: no drift, no hunting.
    QTest::qWait(2000);
    EXPECT_TRUE(inStep(modPlayer));
    EXPECT_TRUE(inStep(viewerPlayer));
    EXPECT_LT(std::abs(modPlayer.player()->streamClock() - viewerPlayer.player()->streamClock()),
              0.05);
}

// An organizer changes the catalog, then switches a talk on air, while a viewer watches: it gets
// the new channel, the channel it watches plays its new address, and its "now" is the on-air
// talk, without reopening anything or leaving the room (catalog.changed → a conditional fetch of
// /catalog.json → the schedule updated in place; onair → the channel list's on-air state).
// One viewer per process: viewers keep their catalog's ETag in the user's cache, which two
// viewers in one test process would share (CatalogAdminTest has two on the wire).
TEST_F(RoomControllerTest, AViewerFollowsAnOrganizersCatalogChangeAndOnAirSwitch) {
    server.reset();
    config.catalog =
        QStringLiteral(OMNIKAST_SOURCE_DIR "/tests/catalog/data/stage360.catalog.json");
    start();
    const QString catalogUrl = QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(port);
    struct Viewer {
        std::unique_ptr<EventController> event = std::make_unique<EventController>();
        std::unique_ptr<RoomController> room;
    };
    std::vector<Viewer> viewers(1);
    int n = 0;
    for (Viewer& v : viewers) {
        v.event->setDesktopNotifications(false);
        v.event->setSource(catalogUrl);
        ASSERT_TRUE(QTest::qWaitFor([&] { return v.event->loaded(); }, 10000))
            << v.event->errorString().toStdString();
        ASSERT_EQ(v.event->streamUrl(),
                  QStringLiteral("https://live.stage360.example/main/360.m3u8"));
        v.room = std::make_unique<RoomController>();
        v.room->setEvent(v.event.get());
        v.room->setGuestName(QStringLiteral("viewer%1").arg(++n));
        v.room->setServerUrl(wsUrl());
        v.room->setRoom(kRoom);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return v.room->state() == QLatin1String("connected"); }, 5000));
    }
    const int channelsBefore = viewers[0].event->channels()->rowCount();

    server::TokenClaims claims{QStringLiteral("u_organizer"),
                               QStringLiteral("Organizer"),
                               protocol::Role::Admin,
                               QStringLiteral("*"),
                               0,
                               QDateTime::currentSecsSinceEpoch() + 600};
    const QString admin = *server::Jwt(server::test::kSecret).sign(claims);
    const auto current =
        server::test::httpBearer(port, "GET", QStringLiteral("/admin/catalog"), admin);
    ASSERT_EQ(current.status, 200);
    QByteArray changed = current.body;
    changed.replace("https://live.stage360.example/main/360.m3u8",
                    "https://backup.stage360.example/main/360.m3u8");
    changed.replace(R"("id": "dome",)",
                    R"("id": "annex", "name": "Annex", "streams": []}, {"id": "dome",)");
    ASSERT_TRUE(changed.contains("annex"));
    std::vector<std::unique_ptr<QSignalSpy>> updates;
    for (Viewer& v : viewers)
        updates.push_back(
            std::make_unique<QSignalSpy>(v.event.get(), &EventController::scheduleUpdated));
    QElapsedTimer t;
    t.start();
    const auto put = server::test::httpBearer(port, "PUT", QStringLiteral("/admin/catalog"), admin,
                                              changed, current.etag);
    ASSERT_EQ(put.status, 200) << put.body.data();
    // The message itself arrives within a second (CatalogAdminTest, on the wire); here the
    // fetch, spread over 0.4 s, and the update in place follow. The budget allows for a loaded
    // machine; the time it took is printed.
    for (Viewer& v : viewers) {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return v.event->channels()->rowCount() == channelsBefore + 1; }, 5000))
            << "no new channel after " << t.elapsed() << " ms";
        EXPECT_EQ(v.event->streamUrl(),
                  QStringLiteral("https://backup.stage360.example/main/360.m3u8"));
        EXPECT_EQ(v.room->state(), QStringLiteral("connected")) << "still in the room";
    }
    for (const auto& spy : updates) EXPECT_EQ(spy->count(), 1);
    std::printf("the viewer updated %lld ms after the organizer's PUT\n",
                static_cast<long long>(t.elapsed()));

    // The organizer puts the opening set on air: the channel's "now" says so (by the clock,
    // nothing of July's festival is on now).
    EXPECT_TRUE(viewers[0].event->nowPlaying().isEmpty());
    const auto switched =
        server::test::httpBearer(port, "POST", QStringLiteral("/admin/channels/main/on-air"), admin,
                                 QByteArrayLiteral(R"({"session":"s1"})"));
    ASSERT_EQ(switched.status, 200) << switched.body.data();
    for (Viewer& v : viewers)
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return v.event->nowPlaying() == QLatin1String("Opening Set"); }, 2000))
            << v.event->nowPlaying().toStdString();

    // An announcement for the channel being watched: the banner's text, until dismissed.
    ASSERT_EQ(server::test::httpBearer(port, "POST", QStringLiteral("/admin/announcements"), admin,
                                       QByteArrayLiteral(R"({"text":"Doors close at 18:00",
                                                             "channel":"main"})"))
                  .status,
              200);
    for (Viewer& v : viewers) {
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return v.room->announcement() == QLatin1String("Doors close at 18:00"); }, 2000));
        EXPECT_EQ(v.room->announcementChannel(), QStringLiteral("main"));
        EXPECT_EQ(v.room->announcementBy(), QStringLiteral("Organizer"));
        v.room->dismissAnnouncement();
        EXPECT_TRUE(v.room->announcement().isEmpty());
    }
    // The server runs on this thread: let a fetch still under way (one asked again when a change
    // came in mid-fetch) be answered before the viewer waits for it on its way out.
    QTest::qWait(EventController::kCatalogFetchSpreadMs + 600);
}

}  // namespace
}  // namespace omk::ui
