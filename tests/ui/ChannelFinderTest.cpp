// The channel finder's logic without a window: the filter (substring of the room or the talk on
// now, ignoring case and accents; live now; starred), the order (rooms with a stream first, then
// the schedule's), starred rooms remembered per event, and what the no-stream panel reads from
// EventController (the room's name, what is next, the event's web page, only when it is one).
// Runs in ui_event_tests (its main() sets the viewer's zone to Berlin).
#include "catalog/Importer.h"
#include "ui/ChannelFilterModel.h"
#include "ui/ChannelListModel.h"
#include "ui/EventController.h"
#include "ui/StarredChannels.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace omk;
using namespace omk::ui;

namespace {

QDateTime at(const char* text) {
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// Four rooms; the first and third have no stream. At 10:15 JST each has a session on.
const char* kRooms = R"({
  "omnikast_catalog": 1,
  "event": {"id": "finder-test", "title": "Finder Test", "time_zone": "Asia/Tokyo",
            "url": "https://finder.example/live"},
  "channels": [
    {"id": "zh", "name": "Saal Zürich", "streams": []},
    {"id": "ja", "name": "会議室 国際交流センター", "streams": [
      {"url": "https://live.example/ja.m3u8", "protocol": "hls"}]},
    {"id": "es", "name": "Sala de Conferencias", "streams": []},
    {"id": "ws", "name": "Workshop-Raum", "streams": [
      {"url": "https://live.example/ws.m3u8", "protocol": "hls"}]}
  ],
  "sessions": [
    {"id": "a", "title": "Kubernetes im Betrieb", "channel": "zh",
     "start": "2026-07-03T10:00:00+09:00", "duration": "01:00"},
    {"id": "b", "title": "分散システム入門", "channel": "ja",
     "start": "2026-07-03T10:00:00+09:00", "duration": "01:00"},
    {"id": "b2", "title": "次のトーク", "channel": "ja",
     "start": "2026-07-03T11:00:00+09:00", "duration": "01:00"},
    {"id": "c", "title": "Vídeo en 360°", "channel": "es",
     "start": "2026-07-03T10:00:00+09:00", "duration": "01:00"},
    {"id": "d", "title": "Build a viewer", "channel": "ws",
     "start": "2026-07-03T10:00:00+09:00", "duration": "01:00"}
  ]
})";

std::shared_ptr<const catalog::Catalog> rooms() {
    auto c = catalog::importCatalog(kRooms, QStringLiteral("rooms.json"));
    EXPECT_TRUE(c.has_value()) << (c ? "" : c.error().message.toStdString());
    return std::make_shared<const catalog::Catalog>(c ? *c : catalog::Catalog{});
}

QStringList ids(const ChannelFilterModel& m) {
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.index(i, 0).data(ChannelListModel::ChannelIdRole).toString();
    return out;
}

}  // namespace

TEST(ChannelFilterModel, RoomsWithAStreamFirstThenTheSchedulesOrder) {
    ChannelListModel channels;
    channels.setCatalog(rooms(), at("2026-07-03T10:15:00+09:00"), QTimeZone("Europe/Berlin"));
    ChannelFilterModel m;
    m.setChannels(&channels);
    EXPECT_EQ(ids(m), (QStringList{"ja", "ws", "zh", "es"}));
    EXPECT_EQ(m.count(), 4);
    // Rows map back to the channel index selectChannel takes.
    EXPECT_EQ(m.channelIndex(0), 1);
    EXPECT_EQ(m.channelIndex(2), 0);
    EXPECT_EQ(m.channelIndex(4), -1);
    EXPECT_EQ(m.channelIndex(-1), -1);
}

TEST(ChannelFilterModel, FindsBySubstringOfTheRoomOrTheTalkIgnoringCaseAndAccents) {
    ChannelListModel channels;
    channels.setCatalog(rooms(), at("2026-07-03T10:15:00+09:00"), QTimeZone("Europe/Berlin"));
    ChannelFilterModel m;
    m.setChannels(&channels);
    QSignalSpy counted(&m, &ChannelFilterModel::countChanged);
    m.setQuery(QStringLiteral("zurich"));
    EXPECT_EQ(ids(m), QStringList{"zh"});
    EXPECT_GE(counted.count(), 1);
    m.setQuery(QStringLiteral("  SAAL  "));  // surrounding spaces do not count
    EXPECT_EQ(ids(m), QStringList{"zh"});
    m.setQuery(QStringLiteral("国際"));
    EXPECT_EQ(ids(m), QStringList{"ja"});
    m.setQuery(QStringLiteral("video en"));  // the talk on now, without its accent
    EXPECT_EQ(ids(m), QStringList{"es"});
    m.setQuery(QStringLiteral("no such room"));
    EXPECT_EQ(m.count(), 0);
    m.setQuery(QString());
    EXPECT_EQ(m.count(), 4);
    EXPECT_EQ(ChannelFilterModel::foldForSearch(QStringLiteral("Ünïcödé")),
              QStringLiteral("unicode"));
    // Japanese voicing marks belong to the letter: バス is not ハス, パス is not バス.
    const QString bus = ChannelFilterModel::foldForSearch(QStringLiteral("バス"));
    EXPECT_FALSE(ChannelFilterModel::foldForSearch(QStringLiteral("ハス会議室")).contains(bus));
    EXPECT_FALSE(ChannelFilterModel::foldForSearch(QStringLiteral("パス会議室")).contains(bus));
    EXPECT_TRUE(ChannelFilterModel::foldForSearch(QStringLiteral("バス会議室")).contains(bus));
}

TEST(ChannelFilterModel, LiveNowAndStarredFilters) {
    ChannelListModel channels;
    channels.setCatalog(rooms(), at("2026-07-03T10:15:00+09:00"), QTimeZone("Europe/Berlin"));
    ChannelFilterModel m;
    m.setChannels(&channels);
    // Live: a session on now and a stream to watch it on.
    m.setLiveOnly(true);
    EXPECT_EQ(ids(m), (QStringList{"ja", "ws"}));
    m.setLiveOnly(false);
    m.setStarredOnly(true);
    EXPECT_EQ(m.count(), 0);
    channels.setStarred({QStringLiteral("es"), QStringLiteral("gone")});
    EXPECT_EQ(ids(m), QStringList{"es"});
    // Combined with a search.
    m.setQuery(QStringLiteral("zürich"));
    EXPECT_EQ(m.count(), 0);
}

TEST(StarredChannels, RememberedPerEventAndShownInTheChannelList) {
    auto c = rooms();
    {
        StarredChannels stars;
        stars.setCatalog(c);
        for (const QString& id : stars.ids()) stars.setStarred(id, false);
        QSignalSpy changed(&stars, &StarredChannels::changed);
        stars.toggle(QStringLiteral("ws"));
        stars.toggle(QString());  // no id: nothing
        EXPECT_EQ(changed.count(), 1);
        EXPECT_TRUE(stars.isStarred(QStringLiteral("ws")));
    }
    StarredChannels again;
    again.setCatalog(c);
    EXPECT_EQ(again.ids(), QStringList{"ws"});
    // Another event keeps its own stars.
    auto other = std::make_shared<catalog::Catalog>(*c);
    other->event.id = QStringLiteral("another-event");
    StarredChannels elsewhere;
    elsewhere.setCatalog(other);
    EXPECT_FALSE(elsewhere.isStarred(QStringLiteral("ws")));
    again.toggle(QStringLiteral("ws"));
    EXPECT_TRUE(again.ids().isEmpty());
}

TEST(EventController, StarsNamesTheRoomAndItsNextTalkAndOffersOnlyAWebPage) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/event-ui");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/finder-rooms.json");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kRooms);
    }
    EventController ec;
    ec.setClockOverride(at("2026-07-03T10:15:00+09:00"));
    ec.setSource(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ec.loaded(); }, 5000))
        << ec.errorString().toStdString();
    EXPECT_EQ(ec.webUrl(), QStringLiteral("https://finder.example/live"));
    ec.selectChannel(1);
    EXPECT_EQ(ec.currentChannelName(), QStringLiteral("会議室 国際交流センター"));
    EXPECT_EQ(ec.nowPlaying(), QStringLiteral("分散システム入門"));
    // 11:00 in Tokyo is 04:00 in Berlin.
    EXPECT_EQ(ec.nextTitle(), QStringLiteral("次のトーク"));
    EXPECT_EQ(ec.nextStart(), QStringLiteral("04:00"));
    ec.selectChannel(0);
    EXPECT_TRUE(ec.streamUrl().isEmpty());
    EXPECT_EQ(ec.currentChannelName(), QStringLiteral("Saal Zürich"));
    EXPECT_TRUE(ec.nextTitle().isEmpty());

    // A star set through the controller shows in its channel list.
    ec.starredChannels()->setStarred(QStringLiteral("zh"), true);
    EXPECT_TRUE(ec.channels()->index(0).data(ChannelListModel::StarredRole).toBool());
    EXPECT_EQ(ec.channels()->get(0).value(QStringLiteral("starred")).toBool(), true);
    EXPECT_TRUE(ec.channels()->get(99).isEmpty());
    ec.starredChannels()->setStarred(QStringLiteral("zh"), false);

    // Anything but an http(s) page is not offered as a link.
    QByteArray bad(kRooms);
    bad.replace("https://finder.example/live", "javascript:alert(1)");
    const QString badPath = dir + QStringLiteral("/finder-rooms-bad-url.json");
    {
        QFile f(badPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bad);
    }
    EventController ec2;
    ec2.setSource(badPath);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ec2.loaded(); }, 5000));
    EXPECT_TRUE(ec2.webUrl().isEmpty());
}
