#include "TestData.h"
#include "catalog/ScheduleTime.h"

#include <gtest/gtest.h>

using namespace omk::catalog;
using namespace omk::catalog::test;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

const Session& byTitle(const Catalog& c, const char* title) {
    for (const Session& s : c.sessions)
        if (s.title == QLatin1String(title)) return s;
    ADD_FAILURE() << "no session " << title;
    static const Session none;
    return none;
}

QByteArray oneEvent(const char* inner) {
    return QByteArray(
               "<?xml version=\"1.0\"?>\n<schedule>\n<conference><title>T</title>"
               "<time_zone_name>Europe/Berlin</time_zone_name></conference>\n"
               "<day index=\"1\" date=\"2026-10-24\" start=\"2026-10-24T04:00:00+02:00\">\n"
               "<room name=\"Saal 1\">\n<event guid=\"g1\">\n") +
           inner + "\n</event>\n</room>\n</day>\n</schedule>\n";
}

}  // namespace

TEST(CatalogFrabXml, MultiDayScheduleWithPersonsAndLinks) {
    const Catalog c = importData("berlin-dst.schedule.xml");
    EXPECT_EQ(c.event.title, QStringLiteral("DST Con 2026"));
    EXPECT_EQ(c.event.acronym, QStringLiteral("dstcon26"));
    EXPECT_EQ(c.event.timeZone.id(), QByteArray("Europe/Berlin"));
    EXPECT_EQ(c.event.dayChange, QTime(4, 0));
    EXPECT_EQ(c.event.firstDay, QDate(2026, 10, 23));
    EXPECT_EQ(c.event.lastDay, QDate(2026, 10, 25));
    EXPECT_EQ(c.sessions.size(), 6);
    ASSERT_EQ(c.channels.size(), 2);
    EXPECT_EQ(c.channels.at(0).name, QStringLiteral("Saal 1"));
    EXPECT_EQ(c.speakers.size(), 3);
    EXPECT_EQ(c.topics.size(), 2);  // Security (declared, with colour) and Community (used)
    EXPECT_EQ(c.topic(QStringLiteral("Security"))->color, QStringLiteral("#aa0000"));

    const Session& opening = byTitle(c, "Opening");
    EXPECT_EQ(opening.id, QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
    EXPECT_EQ(opening.subtitle, QStringLiteral("Welcome to DST Con"));
    EXPECT_EQ(opening.description, QStringLiteral("A longer description & more."));
    EXPECT_EQ(opening.topicId, QStringLiteral("Community"));
    EXPECT_EQ(opening.start, iso("2026-10-23T08:00:00Z"));
    EXPECT_EQ(opening.duration, 45min);
    EXPECT_EQ(opening.speakerIds,
              (QStringList{QStringLiteral("bbbbbbbb-0000-4000-8000-000000000101"),
                           QStringLiteral("102")}));
    ASSERT_EQ(opening.links.size(), 2);
    EXPECT_EQ(opening.links.at(0),
              (Link{QStringLiteral("Slides"), QStringLiteral("https://dstcon.example/slides/1.pdf"),
                    QStringLiteral("slides")}));
    EXPECT_EQ(opening.links.at(1).title, QStringLiteral("Paper"));
    EXPECT_EQ(c.speaker(QStringLiteral("102"))->name, QStringLiteral("Grace Hopper"));
}

TEST(CatalogFrabXml, AfterMidnightAndAcrossTheDstChange) {
    const Catalog c = importData("berlin-dst.schedule.xml");
    const QTimeZone& berlin = c.event.timeZone;
    const Session& late = byTitle(c, "Late Night Lightning Talks");
    EXPECT_EQ(formatInstant(late.end(), berlin), QStringLiteral("2026-10-24T00:30:00+02:00"));
    EXPECT_EQ(scheduleDay(late.start, c.event), QDate(2026, 10, 23));

    // Only <start>01:30</start> on the day 2026-10-24: the night into the 25th, summer time;
    // two hours later it is 02:30 winter time.
    const Session& twice = byTitle(c, "The Hour That Happens Twice");
    EXPECT_EQ(formatInstant(twice.start, berlin), QStringLiteral("2026-10-25T01:30:00+02:00"));
    EXPECT_EQ(formatInstant(twice.end(), berlin), QStringLiteral("2026-10-25T02:30:00+01:00"));
    EXPECT_EQ(twice.duration, 2h);
    EXPECT_EQ(scheduleDay(twice.start, c.event), QDate(2026, 10, 24));

    const Session& closing = byTitle(c, "Closing");
    EXPECT_EQ(formatInstant(closing.start, berlin), QStringLiteral("2026-10-25T10:00:00+01:00"));

    const auto perDay = sessionsPerDay(c);
    EXPECT_EQ(perDay.value(QDate(2026, 10, 23)), 3);
    EXPECT_EQ(perDay.value(QDate(2026, 10, 24)), 2);
    EXPECT_EQ(perDay.value(QDate(2026, 10, 25)), 1);

    // Now/next in "Saal 1" just after midnight on the night of the change.
    const QString saal1 = c.channels.at(0).id;
    const NowNext nn = nowNext(c, saal1, iso("2026-10-25T00:00:00Z"));  // 02:00 CEST
    ASSERT_TRUE(nn.now.has_value());
    EXPECT_EQ(c.sessions.at(*nn.now).title, QStringLiteral("The Hour That Happens Twice"));
    EXPECT_FALSE(nn.next.has_value());
}

TEST(CatalogFrabXml, ErrorsSayLineAndColumn) {
    EXPECT_EQ(
        importError(oneEvent("<title>X</title><start>25:99</start><duration>00:30</duration>"),
                    "schedule.xml"),
        "schedule.xml:7:23: schedule/day[1]/room[\"Saal 1\"]/event[1]/start: expected HH:MM, "
        "got \"25:99\"");
    EXPECT_THAT(
        importError(oneEvent("<start>10:00</start><duration>00:30</duration>"), "s.xml"),
        HasSubstr(
            "s.xml:6:17: schedule/day[1]/room[\"Saal 1\"]/event[1]/title: missing required field"));
    EXPECT_THAT(importError(oneEvent("<title>X</title><start>10:00</start>"), "s.xml"),
                HasSubstr("event[1]/duration: missing required field"));
    EXPECT_THAT(importError(oneEvent("<title>X</title><start>10:00</start><duration>1h</duration>"),
                            "s.xml"),
                HasSubstr("event[1]/duration: expected a duration HH:MM, got \"1h\""));

    const QByteArray full = readData("berlin-dst.schedule.xml");
    EXPECT_THAT(importError(full.left(full.size() / 2), "schedule.xml"),
                HasSubstr("XML error: Premature end of document"));
    EXPECT_THAT(
        importError("<schedule><conference><title>x</title></conference><day></schedule>", "s.xml"),
        HasSubstr("s.xml:1:"));
    EXPECT_THAT(importError("<schedule><version>1</version></schedule>", "s.xml"),
                HasSubstr("s.xml: <schedule> has no <conference>"));
    EXPECT_THAT(importError("<schedule><day date=\"someday\"/></schedule>", "s.xml"),
                HasSubstr("schedule/day[1]/@date: expected a date YYYY-MM-DD, got \"someday\""));
}

TEST(CatalogFrabXml, EntityBombsAreRefused) {
    const QByteArray bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY a "
        "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n]>\n"
        "<schedule><conference><title>&e;&e;&e;&e;&e;&e;&e;&e;</title></conference></schedule>\n";
    EXPECT_THAT(importError(bomb, "bomb.xml"), HasSubstr("bomb.xml:"));
}
