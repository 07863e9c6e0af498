// EventController following a Dreamkast event live over real sockets on loopback: the catalog
// and dreamkast-weaver from FakeDreamkastHttp, OnAirChannel from FakeDreamkastCable (test
// doubles: Dreamkast's Rails + MySQL + Redis and weaver cannot run here).
#include "FakeDreamkastCable.h"
#include "FakeDreamkastHttp.h"
#include "TestLoop.h"
#include "catalog/Importer.h"
#include "ui/EventController.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimeZone>

using namespace omk;
using namespace omk::ui;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

const QString kOnAirId = QStringLiteral(R"({"channel":"OnAirChannel","eventAbbr":"cndt2026"})");
const QString kStreamA = QStringLiteral("https://live.example/a/index.m3u8");

void setUpApp() {
    ensureApp();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnikastCableTest"));
}

QJsonObject talk(int id, int track, const QString& title, const QJsonValue& videoId = {}) {
    return QJsonObject{{"id", id},
                       {"trackId", track},
                       {"videoPlatform", "ivs"},
                       {"videoId", videoId},
                       {"title", title},
                       {"abstract", ""},
                       {"speakers", QJsonArray{}},
                       {"startTime", "2026-03-10T11:00:00.000+09:00"},
                       {"endTime", "2026-03-10T11:40:00.000+09:00"},
                       {"onAir", true}};
}

// The doubles and a controller watching the event at 10:05 Tokyo time on its first day.
struct LiveEvent {
    FakeDreamkastCable cable;
    FakeDreamkastHttp http;
    EventController ec;

    explicit LiveEvent(bool start = true) {
        cable.setPingInterval(100);
        http.serveFixture(cable.url().toString(), http.weaverUrl());
        ec.setDesktopNotifications(false);
        ec.setViewerZone(QTimeZone("Asia/Tokyo"));
        ec.setClockOverride(QDateTime(QDate(2026, 3, 10), QTime(10, 5), QTimeZone("Asia/Tokyo")));
        cable::CableClient::Options o;
        o.reconnectBase = 20ms;
        o.reconnectMax = 200ms;
        ec.onAirFollower()->client()->setOptions(o);
        ec.viewerCountPoller()->setInterval(100ms);
        if (start) ec.setSource(http.catalogUrl());
    }
    bool subscribed() {
        return waitFor(
            [&] { return ec.loaded() && ec.onAirFollower()->client()->isConfirmed(kOnAirId); });
    }
    QVariant row(int r, ChannelListModel::Role role) {
        return ec.channels()->data(ec.channels()->index(r), role);
    }
};

}  // namespace

TEST(OnAirFollow, ABroadcastMovesNowPlayingOnItsChannelAndTheWatchedStreamFollows) {
    setUpApp();
    LiveEvent live;
    ASSERT_TRUE(live.subscribed());
    EventController& ec = live.ec;
    EXPECT_EQ(live.cable.subscribes, QStringList{kOnAirId});
    EXPECT_EQ(ec.liveStatus(), QStringLiteral("connected"));
    // Before any broadcast the clock decides.
    ASSERT_EQ(ec.currentChannel(), 0);
    EXPECT_EQ(ec.nowPlaying(), QStringLiteral("やんごとなき発表"));
    EXPECT_EQ(ec.streamUrl(), kStreamA);

    // Track A (id 1) runs its 11:00 talk early, on another stream.
    QSignalSpy streams(&ec, &EventController::streamChanged);
    const QString streamA2 = QStringLiteral("https://live.example/a2/index.m3u8");
    live.cable.broadcast(kOnAirId, QJsonObject{{"1", talk(2, 1, "めちゃすごい発表", streamA2)}});
    ASSERT_TRUE(waitFor([&] { return ec.nowPlaying() == QStringLiteral("めちゃすごい発表"); }));
    EXPECT_EQ(ec.streamUrl(), streamA2);
    EXPECT_GE(streams.count(), 1);
    EXPECT_TRUE(live.row(0, ChannelListModel::LiveRole).toBool());
    EXPECT_EQ(live.row(1, ChannelListModel::NowTitleRole).toString(), QString());
    EXPECT_FALSE(live.row(1, ChannelListModel::LiveRole).toBool());

    // On air moves to Track B: A has nothing on air and its own stream back.
    live.cable.broadcast(kOnAirId, QJsonObject{{"2", talk(3, 2, "Day two on Track B")}});
    ASSERT_TRUE(waitFor([&] {
        return live.row(1, ChannelListModel::NowTitleRole).toString() ==
               QStringLiteral("Day two on Track B");
    }));
    EXPECT_TRUE(live.row(1, ChannelListModel::LiveRole).toBool());
    EXPECT_EQ(ec.nowPlaying(), QString());
    EXPECT_FALSE(live.row(0, ChannelListModel::LiveRole).toBool());
    EXPECT_EQ(ec.streamUrl(), kStreamA);

    // Watching Track B (no stream in the catalog): the on-air talk's stream is played.
    ec.selectChannel(1);
    EXPECT_EQ(ec.streamUrl(), QString());
    const QString streamB = QStringLiteral("https://live.example/b/index.m3u8");
    live.cable.broadcast(kOnAirId, QJsonObject{{"2", talk(3, 2, "Day two on Track B", streamB)}});
    ASSERT_TRUE(waitFor([&] { return ec.streamUrl() == streamB; }));
    EXPECT_EQ(ec.nowPlaying(), QStringLiteral("Day two on Track B"));
    EXPECT_EQ(ec.streamProjection(), QStringLiteral("flat"));

    // A talk the catalog does not know yet still shows under the title the broadcast gives.
    live.cable.broadcast(kOnAirId, QJsonObject{{"2", talk(999, 2, "Surprise keynote")}});
    ASSERT_TRUE(waitFor([&] { return ec.nowPlaying() == QStringLiteral("Surprise keynote"); }));
}

TEST(OnAirFollow, AMalformedBroadcastIsAnErrorAndTheLastGoodStateStays) {
    setUpApp();
    LiveEvent live;
    ASSERT_TRUE(live.subscribed());
    EventController& ec = live.ec;
    live.cable.broadcast(kOnAirId, QJsonObject{{"1", talk(2, 1, "めちゃすごい発表")}});
    ASSERT_TRUE(waitFor([&] { return ec.nowPlaying() == QStringLiteral("めちゃすごい発表"); }));

    QSignalSpy errors(&ec, &EventController::errorOccurred);
    live.cable.broadcast(kOnAirId, QJsonObject{{"1", "garbage"}});
    ASSERT_TRUE(waitFor([&] { return errors.count() == 1; }));
    EXPECT_THAT(errors.first().at(0).toString().toStdString(),
                HasSubstr("OnAirChannel broadcast: message[\"1\"]"));
    EXPECT_THAT(ec.liveError().toStdString(), HasSubstr("expected an object"));
    // Filed under the wrong track, as dreamkast-ui also refuses.
    live.cable.broadcast(kOnAirId, QJsonObject{{"1", talk(3, 2, "Day two on Track B")}});
    live.cable.broadcast(kOnAirId, QJsonArray{1, 2});
    live.cable.sendRaw("{\"identifier\":");
    ASSERT_TRUE(waitFor([&] { return errors.count() == 4; }));
    EXPECT_THAT(errors.at(1).at(0).toString().toStdString(), HasSubstr("says track 2"));
    EXPECT_EQ(ec.nowPlaying(), QStringLiteral("めちゃすごい発表"));
    EXPECT_TRUE(live.row(0, ChannelListModel::LiveRole).toBool());
    EXPECT_EQ(live.cable.connections, 1);  // bad data is no reason to drop the link
}

TEST(OnAirFollow, TheServerDroppingTheSocketIsFollowedByANewSubscription) {
    setUpApp();
    LiveEvent live;
    ASSERT_TRUE(live.subscribed());
    live.cable.dropAll();
    ASSERT_TRUE(waitFor([&] { return live.cable.subscribes.size() == 2; }));
    ASSERT_TRUE(waitFor([&] { return live.ec.liveStatus() == QStringLiteral("connected"); }));
    EXPECT_EQ(live.cable.connections, 2);
    EXPECT_EQ(live.cable.subscribes, (QStringList{kOnAirId, kOnAirId}));
    // Broadcasts reach the new subscription.
    live.cable.broadcast(kOnAirId, QJsonObject{{"1", talk(2, 1, "めちゃすごい発表")}});
    ASSERT_TRUE(
        waitFor([&] { return live.ec.nowPlaying() == QStringLiteral("めちゃすごい発表"); }));
}

TEST(OnAirFollow, ARejectedSubscriptionIsVisible) {
    setUpApp();
    LiveEvent live(false);
    live.cable.rejectSubscriptions = true;
    QSignalSpy errors(&live.ec, &EventController::errorOccurred);
    live.ec.setSource(live.http.catalogUrl());
    ASSERT_TRUE(waitFor([&] { return !live.ec.liveError().isEmpty(); }));
    EXPECT_THAT(live.ec.liveError().toStdString(), HasSubstr("refused the subscription"));
    EXPECT_GE(errors.count(), 1);
    EXPECT_EQ(live.cable.subscribes, QStringList{kOnAirId});
    // The clock keeps deciding now/next.
    EXPECT_EQ(live.ec.nowPlaying(), QStringLiteral("やんごとなき発表"));
}

TEST(ViewerCounts, WeaverCountsReachTheChannelTabs) {
    setUpApp();
    LiveEvent live(false);
    live.http.viewerCounts = QJsonArray{QJsonObject{{"trackName", "Track A"}, {"count", 42}}};
    live.ec.setSource(live.http.catalogUrl());
    ASSERT_TRUE(
        waitFor([&] { return live.row(0, ChannelListModel::ViewerCountRole).toInt() == 42; }));
    EXPECT_EQ(live.row(1, ChannelListModel::ViewerCountRole).toInt(), -1);  // unknown: no badge
    EXPECT_EQ(live.http.lastQuery.value("variables").toObject().value("confName").toString(),
              QStringLiteral("cndt2026"));
    EXPECT_THAT(live.http.lastQuery.value("query").toString().toStdString(),
                HasSubstr("viewerCount(confName: $confName)"));

    live.http.viewerCounts = QJsonArray{QJsonObject{{"trackName", "Track A"}, {"count", 40}},
                                        QJsonObject{{"trackName", "Track B"}, {"count", 7}}};
    ASSERT_TRUE(
        waitFor([&] { return live.row(1, ChannelListModel::ViewerCountRole).toInt() == 7; }));
    EXPECT_EQ(live.row(0, ChannelListModel::ViewerCountRole).toInt(), 40);

    // A broken reply makes the counts unknown again, and says so once.
    QSignalSpy errors(&live.ec, &EventController::errorOccurred);
    live.http.viewerCounts = QJsonArray{QJsonObject{{"trackName", "Track A"}, {"count", "many"}}};
    ASSERT_TRUE(
        waitFor([&] { return live.row(0, ChannelListModel::ViewerCountRole).toInt() == -1; }));
    ASSERT_TRUE(waitFor([&] { return errors.count() >= 1; }));
    EXPECT_THAT(errors.first().at(0).toString().toStdString(), HasSubstr("count"));
}

TEST(LiveEndpoints, WhereTheCableIs) {
    catalog::Catalog c;
    c.format = catalog::Format::Dreamkast;
    EXPECT_EQ(EventController::cableUrlFor(c, "https://event.cloudnativedays.jp/cndt2026.json"),
              QUrl("wss://event.cloudnativedays.jp/cable"));
    EXPECT_EQ(EventController::cableUrlFor(c, "http://127.0.0.1:8080/api/event.json"),
              QUrl("ws://127.0.0.1:8080/cable"));
    EXPECT_TRUE(EventController::cableUrlFor(c, "/home/me/cndt.json").isEmpty());
    c.live.cableUrl = "wss://cable.example/cable";
    EXPECT_EQ(EventController::cableUrlFor(c, "/home/me/cndt.json"),
              QUrl("wss://cable.example/cable"));
    c.format = catalog::Format::FrabJson;
    EXPECT_TRUE(EventController::cableUrlFor(c, "https://pretalx.example/x.json").isEmpty());
}

TEST(LiveEndpoints, ALocalFileNamingNoServerIsNotFollowed) {
    setUpApp();
    EventController ec;
    ec.setDesktopNotifications(false);
    ec.setSource(QStringLiteral(OMNIKAST_CATALOG_DATA "/cndt-tokyo.dreamkast.json"));
    ASSERT_TRUE(ec.loaded());
    EXPECT_FALSE(ec.onAirFollower()->following());
    EXPECT_FALSE(ec.viewerCountPoller()->running());
    EXPECT_EQ(ec.liveStatus(), QString());
}

TEST(IcsExport, WritesTheChosenFileAndReportsAnUnwritablePath) {
    setUpApp();
    EventController ec;
    ec.setDesktopNotifications(false);
    ec.setSource(QStringLiteral(OMNIKAST_CATALOG_DATA "/cndt-tokyo.dreamkast.json"));
    ASSERT_TRUE(ec.loaded());
    EXPECT_EQ(ec.icsSuggestedFile().fileName(), QStringLiteral("cndt2026-my-schedule.ics"));
    EXPECT_TRUE(ec.icsSuggestedFile().isLocalFile());
    ec.myschedule()->setStarred(QStringLiteral("1"), true);

    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ics-export");
    QDir().mkpath(dir);
    const QUrl file = QUrl::fromLocalFile(dir + QStringLiteral("/mine.ics"));
    EXPECT_EQ(ec.exportIcs(file), file.toLocalFile());
    EXPECT_FALSE(ec.icsExportFailed());
    EXPECT_THAT(ec.icsExportStatus().toStdString(), HasSubstr("mine.ics"));
    QFile written(file.toLocalFile());
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll().count("BEGIN:VEVENT"), 1);

    QSignalSpy errors(&ec, &EventController::errorOccurred);
    EXPECT_EQ(ec.exportIcs(QUrl::fromLocalFile("/nonexistent-dir/x.ics")), QString());
    EXPECT_TRUE(ec.icsExportFailed());
    EXPECT_THAT(ec.icsExportStatus().toStdString(), HasSubstr("/nonexistent-dir/x.ics"));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_TRUE(ec.errorString().isEmpty());  // the event itself is fine
    auto direct = ec.myschedule()->writeIcs(QStringLiteral("/nonexistent-dir/y.ics"), {});
    ASSERT_FALSE(direct);
    EXPECT_THAT(direct.error().message.toStdString(), HasSubstr("/nonexistent-dir/y.ics"));
    ec.myschedule()->setStarred(QStringLiteral("1"), false);
}
