#include "TestData.h"
#include "catalog/ScheduleTime.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace omk::catalog;
using namespace omk::catalog::test;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

// A minimal two-day schedule.json whose second day's "Saal 1" holds `sessions`.
QByteArray schedule(const QJsonArray& sessions, const QJsonObject& confExtra = {}) {
    QJsonObject conf{{QStringLiteral("acronym"), QStringLiteral("tinycon")},
                     {QStringLiteral("title"), QStringLiteral("Tiny Con")},
                     {QStringLiteral("start"), QStringLiteral("2026-10-24")},
                     {QStringLiteral("end"), QStringLiteral("2026-10-25")},
                     {QStringLiteral("time_zone_name"), QStringLiteral("Europe/Berlin")}};
    auto day = [](const char* date, const char* start, const QJsonArray& s) {
        return QJsonObject{{QStringLiteral("index"), 1},
                           {QStringLiteral("date"), QLatin1String(date)},
                           {QStringLiteral("day_start"), QLatin1String(start)},
                           {QStringLiteral("rooms"), QJsonObject{{QStringLiteral("Saal 1"), s}}}};
    };
    conf.insert(QStringLiteral("days"),
                QJsonArray{day("2026-10-23", "2026-10-23T04:00:00+02:00", {}),
                           day("2026-10-24", "2026-10-24T04:00:00+02:00", sessions)});
    for (auto it = confExtra.begin(); it != confExtra.end(); ++it) conf.insert(it.key(), *it);
    return QJsonDocument(QJsonObject{{QStringLiteral("schedule"),
                                      QJsonObject{{QStringLiteral("version"), QStringLiteral("1")},
                                                  {QStringLiteral("base_url"),
                                                   QStringLiteral("https://pretalx.example/tiny/")},
                                                  {QStringLiteral("conference"), conf}}}})
        .toJson();
}

QJsonObject talk(const char* guid, const char* start, const char* duration) {
    return QJsonObject{{QStringLiteral("guid"), QLatin1String(guid)},
                       {QStringLiteral("title"), QStringLiteral("A talk")},
                       {QStringLiteral("start"), QLatin1String(start)},
                       {QStringLiteral("duration"), QLatin1String(duration)},
                       {QStringLiteral("room"), QStringLiteral("Saal 1")}};
}

}  // namespace

TEST(CatalogFrabJson, PretalxDemoCon) {
    const Catalog c = importData("pretalx-democon.schedule.json");
    EXPECT_EQ(c.event.title, QStringLiteral("DemoCon"));
    EXPECT_EQ(c.event.acronym, QStringLiteral("democon"));
    EXPECT_EQ(c.event.timeZone.id(), QByteArray("UTC"));
    EXPECT_EQ(c.event.firstDay, QDate(2020, 12, 14));
    EXPECT_EQ(c.event.lastDay, QDate(2020, 12, 16));
    EXPECT_EQ(c.sessions.size(), 36);
    EXPECT_EQ(c.speakers.size(), 27);
    ASSERT_EQ(c.topics.size(), 2);
    EXPECT_EQ(c.topics.at(0).name, QStringLiteral("Phased"));

    const Session& first = c.sessions.first();
    EXPECT_EQ(first.title, QStringLiteral("Focused 5thgeneration hardware"));
    EXPECT_EQ(first.start, iso("2020-12-14T08:00:00Z"));
    EXPECT_EQ(first.start.offsetFromUtc(), 3600);  // the offset the export wrote is kept
    EXPECT_EQ(first.duration, 30min);
    EXPECT_EQ(first.channelId, QStringLiteral("Gray Room"));
    EXPECT_EQ(first.topicId, QStringLiteral("Phased"));
    EXPECT_EQ(first.language, QStringLiteral("en"));
    EXPECT_EQ(first.type, QStringLiteral("Talk"));
    EXPECT_EQ(first.url, QStringLiteral("http://localhost/democon/talk/G9JGWY/"));
    EXPECT_FALSE(first.description.isEmpty());
    ASSERT_EQ(first.speakerIds, QStringList{QStringLiteral("NQTF8Y")});
    const Speaker* brian = c.speaker(QStringLiteral("NQTF8Y"));
    ASSERT_NE(brian, nullptr);
    EXPECT_EQ(brian->name, QStringLiteral("Brian Robinson"));
    EXPECT_TRUE(brian->biography.startsWith(QStringLiteral("Break through direction.")));

    const auto perDay = sessionsPerDay(c);
    EXPECT_EQ(perDay.size(), 3);
    for (int n : perDay) EXPECT_EQ(n, 12);
}

TEST(CatalogFrabJson, RoomsSharingAGuidStayTwoChannels) {
    const Catalog c = importData("pretalx-democon.schedule.json");
    ASSERT_EQ(c.channels.size(), 2);
    EXPECT_EQ(c.channels.at(0).name, QStringLiteral("Gray Room"));
    EXPECT_EQ(c.channels.at(1).name, QStringLiteral("Tan Room"));
    int tan = 0;
    for (const Session& s : c.sessions) tan += s.channelId == c.channels.at(1).id;
    EXPECT_EQ(tan, 9);
}

TEST(CatalogFrabJson, StartWithoutDateFollowsTheDayBoundaryAndDst) {
    auto c = importCatalog(schedule({talk("g1", "20:00", "00:45"), talk("g2", "01:30", "02:00")}),
                           QStringLiteral("s.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    ASSERT_EQ(c->sessions.size(), 2);
    EXPECT_EQ(c->event.dayChange, QTime(4, 0));
    const QTimeZone& berlin = c->event.timeZone;
    EXPECT_EQ(formatInstant(c->sessions.at(0).start, berlin),
              QStringLiteral("2026-10-24T20:00:00+02:00"));
    const Session& late = c->sessions.at(1);
    EXPECT_EQ(formatInstant(late.start, berlin), QStringLiteral("2026-10-25T01:30:00+02:00"));
    EXPECT_EQ(formatInstant(late.end(), berlin), QStringLiteral("2026-10-25T02:30:00+01:00"));
    EXPECT_EQ(late.duration, 2h);
    EXPECT_EQ(scheduleDay(late.start, c->event), QDate(2026, 10, 24));
}

TEST(CatalogFrabJson, EndInsteadOfDurationAndLongPretalxDurations) {
    QJsonObject withEnd = talk("g1", "10:00", "00:00");
    withEnd.remove(QStringLiteral("duration"));
    withEnd.insert(QStringLiteral("date"), QStringLiteral("2026-10-24T10:00:00+02:00"));
    withEnd.insert(QStringLiteral("end"), QStringLiteral("2026-10-24T11:15:00+02:00"));
    auto c = importCatalog(schedule({withEnd, talk("g2", "12:00", "1:02:00")}),
                           QStringLiteral("s.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    EXPECT_EQ(c->sessions.at(0).duration, 75min);
    EXPECT_EQ(c->sessions.at(1).duration, 26h);
}

TEST(CatalogFrabJson, BadFieldsAreNamedWithTheirPath) {
    EXPECT_EQ(importError(schedule({talk("g1", "10:00", "00:30"), talk("g2", "11:00", "00:30"),
                                    talk("g3", "12:00", "00:30"), talk("g4", "25:99", "00:30")}),
                          "schedule.json"),
              "schedule.json: schedule.conference.days[1].rooms[\"Saal 1\"][3].start: "
              "expected HH:MM, got \"25:99\"");
    EXPECT_EQ(importError(schedule({talk("g1", "10:00", "half an hour")}), "s.json"),
              "s.json: schedule.conference.days[1].rooms[\"Saal 1\"][0].duration: expected a "
              "duration HH:MM, got \"half an hour\"");

    QJsonObject noTitle = talk("g1", "10:00", "00:30");
    noTitle.remove(QStringLiteral("title"));
    EXPECT_EQ(
        importError(schedule({noTitle}), "s.json"),
        "s.json: schedule.conference.days[1].rooms[\"Saal 1\"][0].title: missing required field");

    QJsonObject noId = talk("", "10:00", "00:30");
    noId.remove(QStringLiteral("guid"));
    EXPECT_THAT(importError(schedule({noId}), "s.json"),
                HasSubstr("[0].guid: missing required field (guid or id)"));

    QJsonObject noStart = talk("g1", "10:00", "00:30");
    noStart.remove(QStringLiteral("start"));
    EXPECT_THAT(importError(schedule({noStart}), "s.json"),
                HasSubstr("[0].start: missing required field"));

    QJsonObject badPersons = talk("g1", "10:00", "00:30");
    badPersons.insert(QStringLiteral("persons"), QStringLiteral("Ada"));
    EXPECT_THAT(importError(schedule({badPersons}), "s.json"),
                HasSubstr("[0].persons: expected an array, got a string"));

    QJsonObject boolTitle = talk("g1", "10:00", "00:30");
    boolTitle.insert(QStringLiteral("title"), true);
    EXPECT_THAT(importError(schedule({boolTitle}), "s.json"),
                HasSubstr("[0].title: expected a string, got a boolean"));

    QJsonObject badDate = talk("g1", "10:00", "00:30");
    badDate.insert(QStringLiteral("date"), QStringLiteral("soon"));
    EXPECT_THAT(importError(schedule({badDate}), "s.json"),
                HasSubstr("[0].date: expected an ISO 8601 date-time, got \"soon\""));

    EXPECT_THAT(importError(schedule({}, QJsonObject{{QStringLiteral("time_zone_name"),
                                                      QStringLiteral("Mars/Olympus")}}),
                            "s.json"),
                HasSubstr("s.json: schedule.conference.time_zone_name: unknown IANA time zone"));
    EXPECT_THAT(importError(schedule({}, QJsonObject{{QStringLiteral("days"), 3}}), "s.json"),
                HasSubstr("schedule.conference.days: expected an array, got a number"));
    EXPECT_THAT(importError("{\"schedule\": {\"conference\": 5}}", "s.json"),
                HasSubstr("s.json: schedule.conference: expected an object, got a number"));
    EXPECT_THAT(importError("{\"schedule\": {\"conference\": {\"days\": []}}}", "s.json"),
                HasSubstr("schedule.conference.title: missing required field"));
}

TEST(CatalogFrabJson, OptionalFieldsMayBeMissingOrNull) {
    QJsonObject t = talk("g1", "10:00", "00:30");
    for (const char* key : {"subtitle", "track", "language", "abstract", "description"})
        t.insert(QLatin1String(key), QJsonValue::Null);
    t.insert(QStringLiteral("persons"),
             QJsonArray{QJsonObject{{QStringLiteral("public_name"), QStringLiteral("Ada")},
                                    {QStringLiteral("avatar"), QStringLiteral("/media/ada.png")}}});
    t.insert(QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x.example/")},
                                    {QStringLiteral("title"), QStringLiteral("X")}}});
    auto c = importCatalog(schedule({t}), QStringLiteral("s.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    EXPECT_TRUE(c->sessions.at(0).topicId.isEmpty());
    EXPECT_EQ(c->speakers.at(0).name, QStringLiteral("Ada"));
    EXPECT_EQ(c->speakers.at(0).avatarUrl, QStringLiteral("https://pretalx.example/media/ada.png"));
    ASSERT_EQ(c->sessions.at(0).links.size(), 1);
    EXPECT_EQ(c->sessions.at(0).links.at(0).url, QStringLiteral("https://x.example/"));
}
