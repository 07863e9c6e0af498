// The event UI's logic without a window: channel tabs, the schedule grid and its filters, my
// schedule (stars, .ics, reminders), per-channel view direction, and event-vs-media sniffing.
// main() sets TZ=Europe/Berlin, so "the viewer's zone" is Berlin while the test event is in Tokyo.
#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"
#include "catalog/ScheduleTime.h"
#include "support/HttpTestServer.h"
#include "ui/ChannelListModel.h"
#include "ui/DateLabels.h"
#include "ui/EventController.h"
#include "ui/EventSource.h"
#include "ui/IcsWriter.h"
#include "ui/MyScheduleStore.h"
#include "ui/ScheduleModel.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <ctime>

using namespace omk;
using namespace omk::ui;
using omk::test::HttpRequest;
using omk::test::HttpResponse;
using omk::test::HttpTestServer;

namespace {

QString tmpDir() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/event-ui");
    QDir().mkpath(dir);
    return dir;
}

QString writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = tmpDir() + u'/' + name;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QDateTime iso(const char* text) {
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// A Tokyo event: two channels (the second without a stream), sessions 09:00 and 10:00 JST on
// the first, one on the second; titles and abstracts with characters .ics must escape.
const char* kTokyo = R"({
  "omnikast_catalog": 1,
  "event": {"id": "tokyo-test", "title": "Tokyo Test", "time_zone": "Asia/Tokyo"},
  "channels": [
    {"id": "a", "name": "Track A", "streams": [
      {"url": "https://live.example/a.m3u8", "protocol": "hls", "projection": "equirect",
       "stereo": "top-bottom"}]},
    {"id": "b", "name": "Track B", "streams": []},
    {"id": "c", "name": "Track C", "streams": [
      {"url": "https://live.example/c.m3u8", "protocol": "hls", "projection": "flat"}]}
  ],
  "topics": [{"id": "k8s", "name": "Kubernetes"}, {"id": "obs", "name": "Observability"}],
  "speakers": [{"id": "sp", "name": "Hanako Yamada", "avatar": "https://x.example/h.png"}],
  "sessions": [
    {"id": "s1", "title": "Opening, keynote; day 1", "channel": "a", "topic": "k8s",
     "language": "ja", "type": "keynote", "start": "2026-07-03T09:00:00+09:00",
     "duration": "01:00", "speakers": ["sp"],
     "abstract": "Line one\nLine two, with comma; and semicolon. Ünïcödé text that is long enough to need folding at seventy-five octets, certainly."},
    {"id": "s2", "title": "Observability deep dive", "channel": "a", "topic": "obs",
     "language": "en", "type": "talk", "start": "2026-07-03T10:00:00+09:00",
     "duration": "01:00", "url": "https://x.example/s2"},
    {"id": "s3", "title": "Hallway", "channel": "b", "start": "2026-07-03T09:30:00+09:00",
     "duration": "00:30"}
  ]
})";

std::shared_ptr<const catalog::Catalog> tokyo() {
    auto c = catalog::importCatalog(kTokyo, QStringLiteral("tokyo.json"));
    EXPECT_TRUE(c.has_value()) << (c ? "" : c.error().message.toStdString());
    return std::make_shared<const catalog::Catalog>(c ? *c : catalog::Catalog{});
}

QVariant roleOf(const QAbstractItemModel& m, int row, const char* role) {
    const QHash<int, QByteArray> names = m.roleNames();
    return m.data(m.index(row, 0), names.key(role));
}

}  // namespace

TEST(ChannelListModel, NowNextInTheViewersZoneAndLive) {
    ChannelListModel m;
    const QTimeZone berlin("Europe/Berlin");
    m.setCatalog(tokyo(), iso("2026-07-03T09:30:00+09:00"), berlin);
    ASSERT_EQ(m.rowCount(), 3);
    EXPECT_EQ(roleOf(m, 0, "name").toString(), "Track A");
    EXPECT_EQ(roleOf(m, 0, "nowTitle").toString(), "Opening, keynote; day 1");
    EXPECT_EQ(roleOf(m, 0, "nextTitle").toString(), "Observability deep dive");
    // 10:00 in Tokyo (UTC+9) is 03:00 in Berlin (CEST, UTC+2).
    EXPECT_EQ(roleOf(m, 0, "nextStart").toString(), "03:00");
    EXPECT_TRUE(roleOf(m, 0, "live").toBool());
    EXPECT_TRUE(roleOf(m, 0, "hasStream").toBool());
    EXPECT_EQ(roleOf(m, 0, "viewerCount").toInt(), -1);
    // On air but nothing to watch: not live.
    EXPECT_EQ(roleOf(m, 1, "nowTitle").toString(), "Hallway");
    EXPECT_FALSE(roleOf(m, 1, "live").toBool());
    EXPECT_FALSE(roleOf(m, 1, "hasStream").toBool());

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.refresh(iso("2026-07-03T10:30:00+09:00"));
    EXPECT_EQ(roleOf(m, 0, "nowTitle").toString(), "Observability deep dive");
    EXPECT_EQ(roleOf(m, 0, "nextTitle").toString(), "");
    EXPECT_EQ(changed.count(), 2);  // tracks A and B changed; C had nothing either time
}

TEST(ScheduleModel, DaysRoomsAndFiltersOnPretalx) {
    auto c = catalog::importCatalogFile(
        QStringLiteral(OMNIKAST_CATALOG_DATA "/pretalx-democon.schedule.json"));
    ASSERT_TRUE(c.has_value());
    ScheduleModel m;
    m.setCatalog(std::make_shared<const catalog::Catalog>(*c), QTimeZone::utc());
    EXPECT_EQ(m.days().size(), 3);
    EXPECT_EQ(m.rooms(), (QStringList{"Gray Room", "Tan Room"}));
    EXPECT_EQ(m.topics(), (QStringList{"Horizontal", "Phased"}));
    EXPECT_EQ(m.types(), (QStringList{"Talk", "Workshop"}));
    EXPECT_EQ(m.languages(), (QStringList{"en"}));
    m.setDayIndex(0);
    EXPECT_EQ(m.rowCount(), 12);
    EXPECT_EQ(m.gridStart().time().minute(), 0);
    EXPECT_GT(m.gridMinutes(), 0);
    for (int r = 0; r < m.rowCount(); ++r) {
        EXPECT_EQ(roleOf(m, r, "day").toInt(), 0);
        EXPECT_GE(roleOf(m, r, "offsetMinutes").toDouble(), 0.0);
        EXPECT_LE(
            roleOf(m, r, "offsetMinutes").toDouble() + roleOf(m, r, "durationMinutes").toInt(),
            m.gridMinutes());
        EXPECT_GE(roleOf(m, r, "roomIndex").toInt(), 0);
    }

    m.setTopicFilter(QStringLiteral("Phased"));
    const int phased = m.rowCount();
    EXPECT_GT(phased, 0);
    EXPECT_LT(phased, 12);
    for (int r = 0; r < phased; ++r) EXPECT_EQ(roleOf(m, r, "topic").toString(), "Phased");
    m.setTopicFilter({});
    m.setTypeFilter(QStringLiteral("Workshop"));
    for (int r = 0; r < m.rowCount(); ++r) EXPECT_EQ(roleOf(m, r, "type").toString(), "Workshop");
    m.setTypeFilter({});

    const QString title = roleOf(m, 0, "title").toString();
    m.setSearchText(title.mid(3, 8).toUpper());  // case-insensitive, part of a word
    ASSERT_GE(m.rowCount(), 1);
    EXPECT_EQ(roleOf(m, 0, "title").toString(), title);
    m.setSearchText(QStringLiteral("no such talk anywhere"));
    EXPECT_EQ(m.rowCount(), 0);
    m.setSearchText({});
    // The grid axis does not move with filters.
    const QDateTime start = m.gridStart();
    m.setTypeFilter(QStringLiteral("Workshop"));
    EXPECT_EQ(m.gridStart(), start);
}

// The day menu and "event time" speak the interface language (QLocale's default, which
// LanguageController sets), and say it anew when it changes.
TEST(ScheduleModel, DayNamesFollowTheInterfaceLanguage) {
    auto c = catalog::importCatalogFile(
        QStringLiteral(OMNIKAST_CATALOG_DATA "/pretalx-democon.schedule.json"));
    ASSERT_TRUE(c.has_value());
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    ScheduleModel m;
    m.setCatalog(std::make_shared<const catalog::Catalog>(*c), QTimeZone::utc());
    ASSERT_FALSE(m.days().isEmpty());
    const QString english = m.days().first();
    QSignalSpy days(&m, &ScheduleModel::daysChanged);
    QSignalSpy rows(&m, &ScheduleModel::dataChanged);

    QLocale::setDefault(QLocale(QStringLiteral("ja")));
    m.relocalise();
    EXPECT_EQ(days.count(), 1);
    EXPECT_EQ(rows.count(), 1);
    const QString japanese = m.days().first();
    EXPECT_NE(japanese, english);
    EXPECT_TRUE(japanese.contains(u'月') && japanese.contains(u'日')) << japanese.toStdString();
    EXPECT_EQ(omk::ui::dayLabel(QDate(2026, 12, 6)), QStringLiteral("12月6日(日)"));

    QLocale::setDefault(QLocale(QStringLiteral("es")));
    EXPECT_NE(omk::ui::dayLabel(QDate(2026, 12, 6)), QStringLiteral("Sun 6 Dec"));
    EXPECT_TRUE(omk::ui::dayLabel(QDate(2026, 12, 6)).startsWith(QLatin1String("dom")))
        << omk::ui::dayLabel(QDate(2026, 12, 6)).toStdString();
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    EXPECT_EQ(omk::ui::dayLabel(QDate(2026, 12, 6)), QStringLiteral("Sun 6 Dec"));
    QLocale::setDefault(before);
}

TEST(ScheduleModel, TimesInViewerZoneEventZoneOnHoverAndTheNowLine) {
    // The process zone is Europe/Berlin (main); the EventController shows times in it.
    EventController ec;
    ec.setClockOverride(iso("2026-07-03T09:30:00+09:00"));
    ec.setCatalog(*tokyo());
    ScheduleModel& m = *ec.schedule();
    ASSERT_EQ(m.rowCount(), 3);
    const QVariantMap s1 = m.get(0);
    EXPECT_EQ(s1.value("start").toString(), "02:00");
    EXPECT_EQ(s1.value("end").toString(), "03:00");
    EXPECT_TRUE(s1.value("eventZoneStart").toString().contains("09:00"));
    EXPECT_TRUE(s1.value("eventZoneStart").toString().contains("Asia/Tokyo"));
    EXPECT_EQ(s1.value("speakers").toString(), "Hanako Yamada");
    EXPECT_EQ(s1.value("speakerList").toList().value(0).toMap().value("avatar").toString(),
              "https://x.example/h.png");
    EXPECT_EQ(m.get(1).value("links").toList().value(0).toMap().value("url").toString(),
              "https://x.example/s2");
    // Grid from 02:00 Berlin; now is 02:30 Berlin.
    EXPECT_EQ(m.gridStart().toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(2, 0));
    EXPECT_DOUBLE_EQ(m.nowOffsetMinutes(), 30.0);
    EXPECT_EQ(m.hourMarks().value(0).toMap().value("label").toString(), "02:00");
    ec.setClockOverride(iso("2026-07-04T09:30:00+09:00"));
    EXPECT_DOUBLE_EQ(m.nowOffsetMinutes(), -1.0);
}

TEST(ScheduleModel, DaysPastMidnightAndDstKeepSessionsAtTheirInstants) {
    auto c = catalog::importCatalogFile(
        QStringLiteral(OMNIKAST_CATALOG_DATA "/berlin-dst.schedule.xml"));
    ASSERT_TRUE(c.has_value());
    ScheduleModel m;
    m.setCatalog(std::make_shared<const catalog::Catalog>(*c), QTimeZone("Europe/Berlin"));
    ASSERT_EQ(m.days().size(), 3);
    // The 23:30 talk runs past midnight and stays on the first day (days run 04:00-03:59).
    QStringList day0;
    for (int r = 0; r < m.rowCount(); ++r) day0.append(roleOf(m, r, "title").toString());
    EXPECT_TRUE(day0.contains("Late Night Lightning Talks"));
    for (int day = 0; day < 3; ++day) {
        m.setDayIndex(day);
        ASSERT_GT(m.rowCount(), 0);
        for (int r = 0; r < m.rowCount(); ++r) {
            const QDateTime start = roleOf(m, r, "startTime").toDateTime();
            // Minutes on the axis are real minutes, also across the fall-back hour.
            EXPECT_DOUBLE_EQ(roleOf(m, r, "offsetMinutes").toDouble(),
                             m.gridStart().secsTo(start) / 60.0);
            EXPECT_LE(
                roleOf(m, r, "offsetMinutes").toDouble() + roleOf(m, r, "durationMinutes").toInt(),
                m.gridMinutes());
        }
    }
}

TEST(MyScheduleStore, StarsAreRememberedPerEvent) {
    auto c = tokyo();
    {
        MyScheduleStore store;
        store.setCatalog(c);
        for (const QString& id : store.starred()) store.setStarred(id, false);
        store.toggle(QStringLiteral("s2"));
        EXPECT_TRUE(store.isStarred(QStringLiteral("s2")));
    }
    MyScheduleStore again;
    again.setCatalog(c);
    EXPECT_EQ(again.starred(), QStringList{"s2"});
    EXPECT_EQ(again.upcoming(iso("2026-07-03T09:56:00+09:00"), 5).size(), 1);
    EXPECT_EQ(again.upcoming(iso("2026-07-03T09:50:00+09:00"), 5).size(), 0);
    EXPECT_EQ(again.upcoming(iso("2026-07-03T10:00:00+09:00"), 5).size(), 0);  // already started
    again.toggle(QStringLiteral("s2"));
    EXPECT_FALSE(again.isStarred(QStringLiteral("s2")));
}

TEST(Ics, ValidRfc5545Structure) {
    auto c = tokyo();
    const QByteArray ics =
        toIcs(*c, {"s1", "s2"}, QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()));
    ASSERT_TRUE(ics.endsWith("\r\n"));
    // Every line ends in CRLF: no bare LF or CR anywhere.
    EXPECT_EQ(ics.count("\n"), ics.count("\r\n"));
    EXPECT_EQ(ics.count("\r"), ics.count("\r\n"));
    const QList<QByteArray> lines = ics.left(ics.size() - 2).split('\n');
    for (QByteArray line : lines) {
        line.chop(1);  // the CR
        EXPECT_LE(line.size(), 75) << line.toStdString();
    }
    // Unfold (CRLF + space) and check contents.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    EXPECT_TRUE(QString::fromUtf8(unfolded).toUtf8() == unfolded) << "a fold split a character";
    const QStringList u = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    EXPECT_EQ(u.first(), "BEGIN:VCALENDAR");
    EXPECT_TRUE(u.contains("VERSION:2.0"));
    EXPECT_TRUE(u.filter(QRegularExpression("^PRODID:")).size() == 1);
    EXPECT_EQ(u.count("BEGIN:VEVENT"), 2);
    EXPECT_EQ(u.count("END:VEVENT"), 2);
    EXPECT_TRUE(u.contains("UID:s1@tokyo-test.omnikast"));
    EXPECT_TRUE(u.contains("DTSTAMP:20260601T120000Z"));
    // 09:00 in Tokyo is 00:00 UTC.
    EXPECT_TRUE(u.contains("DTSTART:20260703T000000Z"));
    EXPECT_TRUE(u.contains("DTEND:20260703T010000Z"));
    EXPECT_TRUE(u.contains("SUMMARY:Opening\\, keynote\\; day 1"));
    EXPECT_TRUE(u.contains("LOCATION:Track A"));
    EXPECT_TRUE(u.contains("URL:https://x.example/s2"));
    const QStringList desc = u.filter(QRegularExpression("^DESCRIPTION:"));
    ASSERT_EQ(desc.size(), 1);
    EXPECT_TRUE(desc.first().startsWith("DESCRIPTION:Line one\\nLine two\\, with comma\\; and"));
    EXPECT_TRUE(desc.first().contains(QString::fromUtf8("Ünïcödé")));
    for (const QString& l : u.filter(QRegularExpression("^DT(START|END|STAMP):")))
        EXPECT_TRUE(QRegularExpression("^DT\\w+:\\d{8}T\\d{6}Z$").match(l).hasMatch())
            << l.toStdString();
    EXPECT_EQ(u.at(u.size() - 2), "END:VCALENDAR");
    EXPECT_EQ(escapeIcsText("a\\b"), "a\\\\b");
}

TEST(MyScheduleStore, ExportWritesTheFile) {
    EventController ec;
    ec.setCatalog(*tokyo());
    ec.myschedule()->setStarred(QStringLiteral("s1"), true);
    const QString path = tmpDir() + QStringLiteral("/my.ics");
    ASSERT_TRUE(ec.myschedule()->exportIcs(path));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll().count("BEGIN:VEVENT"), 1);
    QSignalSpy errors(ec.myschedule(), &MyScheduleStore::errorOccurred);
    EXPECT_FALSE(ec.myschedule()->exportIcs(QStringLiteral("/nonexistent-dir/x.ics")));
    EXPECT_EQ(errors.count(), 1);
    ec.myschedule()->setStarred(QStringLiteral("s1"), false);
}

TEST(EventController, SelectingAChannelPicksItsStreamAndKeepsViewPerChannel) {
    EventController ec;
    QObject view;  // stands in for VideoView: the controller only uses yaw/pitch/fov
    view.setProperty("yaw", 0.0);
    view.setProperty("pitch", 0.0);
    view.setProperty("fov", 90.0);
    ec.setView(&view);
    ec.setCatalog(*tokyo());
    EXPECT_EQ(ec.currentChannel(), 0);
    EXPECT_EQ(ec.streamUrl(), "https://live.example/a.m3u8");
    EXPECT_EQ(ec.streamProjection(), "equirect");
    EXPECT_EQ(ec.streamStereo(), "top-bottom");

    view.setProperty("yaw", 30.0);
    view.setProperty("pitch", 10.0);
    view.setProperty("fov", 70.0);
    ec.selectChannel(2);
    EXPECT_EQ(ec.streamUrl(), "https://live.example/c.m3u8");
    EXPECT_EQ(ec.streamProjection(), "flat");
    EXPECT_DOUBLE_EQ(view.property("yaw").toDouble(), 0.0);  // a new channel looks ahead
    view.setProperty("yaw", -50.0);
    view.setProperty("fov", 100.0);
    ec.selectChannel(0);
    EXPECT_DOUBLE_EQ(view.property("yaw").toDouble(), 30.0);
    EXPECT_DOUBLE_EQ(view.property("pitch").toDouble(), 10.0);
    EXPECT_DOUBLE_EQ(view.property("fov").toDouble(), 70.0);
    ec.nextChannel();
    EXPECT_EQ(ec.currentChannel(), 1);
    EXPECT_EQ(ec.streamUrl(), "");  // no stream: nothing to play
    ec.previousChannel();
    ec.previousChannel();
    EXPECT_EQ(ec.currentChannel(), 2);
    EXPECT_DOUBLE_EQ(view.property("yaw").toDouble(), -50.0);
    EXPECT_DOUBLE_EQ(view.property("fov").toDouble(), 100.0);
}

TEST(EventController, AChannelsStreamsAreChoicesAndTheChoiceIsRemembered) {
    const QByteArray json = R"({
      "omnikast_catalog": 1,
      "event": {"id": "streams-test", "title": "Streams", "time_zone": "UTC"},
      "channels": [
        {"id": "main", "name": "Main", "streams": [
          {"url": "https://live.example/360.m3u8", "protocol": "hls", "projection": "equirect",
           "stereo": "top-bottom", "label": "360° 3D"},
          {"url": "https://live.example/flat.m3u8", "protocol": "hls", "projection": "flat"},
          {"url": "https://live.example/ja.m3u8", "protocol": "hls", "projection": "equirect",
           "language": "ja"}]},
        {"id": "side", "name": "Side", "streams": [
          {"url": "https://live.example/side.m3u8", "protocol": "hls"}]}]
    })";
    auto c = catalog::importCatalog(json, QStringLiteral("streams.json"));
    ASSERT_TRUE(c) << c.error().message.toStdString();
    QSettings().remove(QStringLiteral("streams"));  // this test's own keys, from an earlier run

    EventController ec;
    ec.setCatalog(*c);
    // A label when the catalog gives one, else what tells the streams apart.
    EXPECT_EQ(ec.streamChoices(), (QStringList{QStringLiteral("360° 3D"), QStringLiteral("flat"),
                                               QStringLiteral("日本語, equirect")}));
    EXPECT_EQ(ec.currentStream(), 0);
    QSignalSpy changed(&ec, &EventController::streamChanged);
    ec.selectStream(1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(ec.streamUrl(), "https://live.example/flat.m3u8");
    EXPECT_EQ(ec.streamProjection(), "flat");
    ec.selectStream(7);  // no such stream: nothing changes
    EXPECT_EQ(ec.currentStream(), 1);

    // Another channel has its own choice; coming back, and in a new run, the choice holds.
    ec.selectChannel(1);
    EXPECT_EQ(ec.streamChoices().size(), 1);
    EXPECT_EQ(ec.streamUrl(), "https://live.example/side.m3u8");
    ec.selectChannel(0);
    EXPECT_EQ(ec.streamUrl(), "https://live.example/flat.m3u8");
    EventController again;
    again.setCatalog(*c);
    EXPECT_EQ(again.currentStream(), 1);
    EXPECT_EQ(again.streamUrl(), "https://live.example/flat.m3u8");
}

TEST(EventController, RemindsBeforeAStarredSessionAndJumpsToItsChannel) {
    EventController ec;
    ec.setDesktopNotifications(false);
    ec.setClockOverride(iso("2026-07-03T09:30:00+09:00"));
    ec.setCatalog(*tokyo());
    ec.selectChannel(2);
    for (const QString& id : ec.myschedule()->starred()) ec.myschedule()->setStarred(id, false);
    ec.myschedule()->setStarred(QStringLiteral("s2"), true);
    ec.refresh();
    EXPECT_EQ(ec.reminderTitle(), "");
    ec.setClockOverride(iso("2026-07-03T09:56:00+09:00"));
    EXPECT_EQ(ec.reminderTitle(), "Observability deep dive");
    EXPECT_TRUE(ec.reminderText().contains("4 minute")) << ec.reminderText().toStdString();
    EXPECT_EQ(ec.reminderChannel(), 0);
    ec.goToReminder();
    EXPECT_EQ(ec.currentChannel(), 0);
    EXPECT_EQ(ec.reminderTitle(), "");
    ec.refresh();
    EXPECT_EQ(ec.reminderTitle(), "") << "each session reminds once";
    ec.myschedule()->setStarred(QStringLiteral("s2"), false);
}

TEST(EventController, ABrokenCatalogKeepsTheLastGoodOne) {
    EventController ec;
    QSignalSpy errors(&ec, &EventController::errorOccurred);
    ec.setSource(writeFile(QStringLiteral("good.json"), kTokyo));
    ASSERT_TRUE(ec.loaded()) << ec.errorString().toStdString();
    EXPECT_EQ(ec.title(), "Tokyo Test");
    EXPECT_EQ(ec.timeZone(), "Asia/Tokyo");
    EXPECT_TRUE(ec.errorString().isEmpty());
    const QString bad = writeFile(QStringLiteral("bad.json"), R"({"omnikast_catalog": 1})");
    ec.setSource(bad);
    EXPECT_EQ(errors.count(), 1);
    EXPECT_TRUE(ec.errorString().contains(bad)) << ec.errorString().toStdString();
    EXPECT_EQ(ec.title(), "Tokyo Test");
    EXPECT_EQ(ec.channels()->rowCount(), 3);
}

TEST(EventController, LoadsOverHttpWithoutBlockingTheEventLoop) {
    // An HTTP server on the loopback interface, answering every request with the catalog.
    HttpTestServer server([](const HttpRequest&) {
        return HttpResponse::ok(kTokyo, "application/json", {{"ETag", "\"1\""}});
    });
    ASSERT_TRUE(server.ok());
    EventController ec;
    ec.setSource(server.url(QStringLiteral("tokyo/event.json")));
    EXPECT_TRUE(ec.loading());
    ASSERT_TRUE(QTest::qWaitFor([&] { return ec.loaded(); }, 20000))
        << ec.errorString().toStdString();
    EXPECT_FALSE(ec.loading());
    EXPECT_EQ(ec.title(), "Tokyo Test");
    EXPECT_TRUE(ec.errorString().isEmpty()) << ec.errorString().toStdString();
}

// A schedule published over HTTP is asked again every refetchSeconds with its ETag: a 304 costs
// no re-parse (no catalogChanged); a changed export updates in place — the channel watched
// stays, a moved talk moves, one dropped from the export shows as cancelled, a new one appears.
TEST(EventController, ARefetchedScheduleChangesInPlace) {
    const QDateTime base =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, QTimeZone::utc());
    auto catalogJson = [base](int version) {
        catalog::Catalog c;
        c.event.id = QStringLiteral("refetch-test");
        c.event.title = QStringLiteral("Refetch");
        c.channels = {catalog::Channel{QStringLiteral("a"), QStringLiteral("Room A"), {}, {}},
                      catalog::Channel{QStringLiteral("b"), QStringLiteral("Room B"), {}, {}}};
        auto session = [&](const char* id, const char* channel, int minutes) {
            catalog::Session s;
            s.id = QString::fromLatin1(id);
            s.title = QStringLiteral("Talk ") + s.id;
            s.channelId = QString::fromLatin1(channel);
            s.start = base.addSecs(minutes * 60);
            s.duration = std::chrono::minutes(30);
            return s;
        };
        if (version == 1)
            c.sessions = {session("s1", "a", 0), session("s2", "a", 60), session("s3", "b", 0)};
        else  // s1 moved half an hour, s2 dropped (cancelled), s4 new
            c.sessions = {session("s1", "a", 30), session("s3", "b", 0), session("s4", "b", 60)};
        catalog::sortSessions(c);
        return catalog::writeOmnikastCatalog(c);
    };
    std::atomic<int> version{1}, notModified{0};
    HttpTestServer server([&](const HttpRequest& request) {
        const QByteArray etag = "\"v" + QByteArray::number(version.load()) + "\"";
        if (request.header("If-None-Match") == etag) {
            ++notModified;
            return HttpResponse::withStatus(304, {}, {}, {{"ETag", etag}});
        }
        return HttpResponse::ok(catalogJson(version.load()), "application/json", {{"ETag", etag}});
    });
    ASSERT_TRUE(server.ok());
    EventController ec;
    ec.setRefetchSeconds(1);
    ec.setSource(server.url(QStringLiteral("refetch/schedule.json")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ec.loaded(); }, 20000))
        << ec.errorString().toStdString();
    ec.selectChannel(1);
    ASSERT_EQ(ec.currentChannelId(), QStringLiteral("b"));
    QSignalSpy catalogs(&ec, &EventController::catalogChanged);
    QSignalSpy updates(&ec, &EventController::scheduleUpdated);

    ASSERT_TRUE(QTest::qWaitFor([&] { return notModified.load() >= 1; }, 5000))
        << "the refetch asks with If-None-Match";
    QTest::qWait(100);
    EXPECT_EQ(catalogs.count(), 0) << "a 304 changes nothing";
    EXPECT_EQ(updates.count(), 0);

    version = 2;
    ASSERT_TRUE(QTest::qWaitFor([&] { return updates.count() == 1; }, 5000));
    const QString summary = updates.first().first().toString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 moved"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 cancelled"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 new"))) << summary.toStdString();
    EXPECT_EQ(ec.currentChannelId(), QStringLiteral("b")) << "the channel watched stays";
    const catalog::Catalog* c = ec.catalog();
    ASSERT_NE(c, nullptr);
    ASSERT_EQ(c->sessions.size(), 4);
    for (const catalog::Session& s : c->sessions)
        EXPECT_EQ(s.cancelled, s.id == QStringLiteral("s2")) << s.id.toStdString();
    // The cancelled talk is off now/next: room A's next is the moved s1, not s2.
    const auto next = catalog::nowNext(*c, QStringLiteral("a"), base.addSecs(45 * 60)).next;
    EXPECT_FALSE(next.has_value()) << "s2 (cancelled) is not next";

    // Unchanged again: no second update.
    const int asked = notModified.load();
    ASSERT_TRUE(QTest::qWaitFor([&] { return notModified.load() > asked; }, 5000));
    QTest::qWait(100);
    EXPECT_EQ(updates.count(), 1);
}

TEST(EventSource, TellsEventsFromMedia) {
    EXPECT_TRUE(
        isEventSource(QStringLiteral(OMNIKAST_CATALOG_DATA "/pretalx-democon.schedule.json")));
    EXPECT_TRUE(isEventSource(QStringLiteral(OMNIKAST_CATALOG_DATA "/berlin-dst.schedule.xml")));
    EXPECT_TRUE(isEventSource(QStringLiteral("https://pretalx.example/democon/schedule.json")));
    EXPECT_FALSE(isEventSource(QStringLiteral("https://cdn.example/live/360.m3u8")));
    EXPECT_TRUE(isEventSource(QStringLiteral("dreamkast:event.cloudnativedays.jp/cndt2023")));
    EXPECT_TRUE(isEventSource(QStringLiteral("https://event.cloudnativedays.jp/cndt2023")));
    EXPECT_TRUE(isEventSource(QStringLiteral("https://pretalx.example/democon/")));
    EXPECT_FALSE(isEventSource(QStringLiteral("https://cdn.example/live/stream.mpd")));
    EXPECT_FALSE(isEventSource(writeFile(QStringLiteral("clip.mp4"), "not a catalog")));
    // A .json that is no catalog is still opened as an event, so its error says what is wrong
    // with it as a catalog rather than "invalid data" from the media decoder.
    const QString notes = writeFile(QStringLiteral("notes.json"), R"({"hello": 1})");
    EXPECT_TRUE(isEventSource(notes));
    EventController ec;
    ec.setSource(notes);
    EXPECT_FALSE(ec.loaded());
    EXPECT_TRUE(ec.errorString().contains(QStringLiteral("notes.json")))
        << ec.errorString().toStdString();
    EXPECT_TRUE(isEventSource(tmpDir() + QStringLiteral("/missing.json")));
}

TEST(EventSource, DemoEventHasTwoChannelsAndSomethingOnNow) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto path = writeDemoEvent(tmpDir(), tmpDir() + QStringLiteral("/demo.mp4"), now);
    ASSERT_TRUE(path.has_value()) << path.error().message.toStdString();
    ASSERT_TRUE(isEventSource(*path));
    EventController ec;
    ec.setSource(*path);
    ASSERT_TRUE(ec.loaded()) << ec.errorString().toStdString();
    ASSERT_EQ(ec.channels()->rowCount(), 2);
    EXPECT_EQ(roleOf(*ec.channels(), 0, "name").toString(), "Main stage");
    EXPECT_EQ(roleOf(*ec.channels(), 1, "name").toString(), "Workshop room");
    EXPECT_FALSE(roleOf(*ec.channels(), 0, "nowTitle").toString().isEmpty());
    EXPECT_FALSE(roleOf(*ec.channels(), 0, "nextTitle").toString().isEmpty());
    EXPECT_TRUE(ec.streamUrl().endsWith("demo.mp4"));
    EXPECT_GE(ec.schedule()->nowOffsetMinutes(), 0.0);
}

int main(int argc, char** argv) {
    // The viewer is in Berlin; every test event is elsewhere.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// A hidden channel is the organizers' alone: attendees' tabs, schedule and selection leave it
// and its sessions out; the whole catalog (the Organize view's) still has it.
TEST(EventController, AHiddenChannelAndItsSessionsAreLeftOutOfWhatAttendeesSee) {
    catalog::Catalog c = *tokyo();
    ASSERT_GE(c.channels.size(), 3);
    c.channels[0].hidden = true;
    const QString hiddenId = c.channels.at(0).id;
    const auto onHidden =
        std::count_if(c.sessions.cbegin(), c.sessions.cend(),
                      [&](const catalog::Session& s) { return s.channelId == hiddenId; });
    ASSERT_GT(onHidden, 0);
    EventController ec;
    ec.setCatalog(c);
    EXPECT_EQ(ec.channels()->rowCount(), int(c.channels.size()) - 1);
    EXPECT_NE(roleOf(*ec.channels(), 0, "channelId").toString(), hiddenId);
    EXPECT_EQ(ec.fullCatalog()->channels.size(), c.channels.size());
    EXPECT_TRUE(ec.fullCatalog()->channel(hiddenId)->hidden);
    EXPECT_EQ(ec.catalog()->channel(hiddenId), nullptr);
    EXPECT_EQ(ec.currentChannel(), 0);
    EXPECT_NE(ec.streamUrl(), "https://live.example/a.m3u8") << "the hidden channel's stream";
    EXPECT_FALSE(ec.schedule()->rooms().contains(QStringLiteral("Track A")));
    ec.schedule()->setDayIndex(0);  // every session is on the first day
    EXPECT_EQ(ec.schedule()->rowCount(), int(c.sessions.size() - onHidden));
}
