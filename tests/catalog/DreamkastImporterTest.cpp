#include "TestData.h"
#include "catalog/DreamkastImporter.h"
#include "catalog/ScheduleTime.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace omk::catalog;
using namespace omk::catalog::test;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

QJsonObject fixture() {
    return QJsonDocument::fromJson(readData("cndt-tokyo.dreamkast.json")).object();
}

// The fixture with talks[index].key set to value (undefined: removed).
QByteArray withTalkField(int index, const char* key, const QJsonValue& value) {
    QJsonObject root = fixture();
    QJsonArray talks = root.value(QStringLiteral("talks")).toArray();
    QJsonObject t = talks.at(index).toObject();
    if (value.isUndefined())
        t.remove(QLatin1String(key));
    else
        t.insert(QLatin1String(key), value);
    talks[index] = t;
    root.insert(QStringLiteral("talks"), talks);
    return QJsonDocument(root).toJson();
}

}  // namespace

TEST(CatalogDreamkast, TracksAreChannelsAndCategoriesTopics) {
    const Catalog c = importData("cndt-tokyo.dreamkast.json");
    EXPECT_EQ(c.event.title, QStringLiteral("CloudNative Days Tokyo 2026"));
    EXPECT_EQ(c.event.acronym, QStringLiteral("cndt2026"));
    EXPECT_EQ(c.event.timeZone.id(), QByteArray("Asia/Tokyo"));
    EXPECT_EQ(c.event.firstDay, QDate(2026, 3, 10));  // the internal rehearsal day is left out
    EXPECT_EQ(c.event.lastDay, QDate(2026, 3, 11));
    ASSERT_EQ(c.channels.size(), 2);
    EXPECT_EQ(c.channels.at(0).id, QStringLiteral("1"));
    EXPECT_EQ(c.channels.at(0).name, QStringLiteral("Track A"));
    ASSERT_EQ(c.channels.at(0).streams.size(), 1);
    EXPECT_EQ(c.channels.at(0).streams.at(0).protocol, QStringLiteral("hls"));
    EXPECT_EQ(c.channels.at(0).streams.at(0).projection, omk::Projection::Flat);
    EXPECT_EQ(c.sessions.size(), 3);  // the break hidden from the timetable is left out
    EXPECT_EQ(c.topics.size(), 2);
    EXPECT_EQ(c.speakers.size(), 2);

    const Session& first = c.sessions.at(0);
    EXPECT_EQ(first.title, QStringLiteral("やんごとなき発表"));
    EXPECT_EQ(first.start, iso("2026-03-10T01:00:00Z"));
    EXPECT_EQ(first.duration, 40min);
    EXPECT_EQ(first.topicId, QStringLiteral("CI/CD"));
    EXPECT_EQ(first.channelId, QStringLiteral("1"));
    EXPECT_EQ(first.speakerIds, QStringList{QStringLiteral("2")});
    ASSERT_EQ(first.links.size(), 1);
    EXPECT_EQ(first.links.at(0).type, QStringLiteral("slides"));

    // RFC 2822 times as in the API's own example.
    const Session& second = c.sessions.at(1);
    EXPECT_EQ(second.start, iso("2026-03-10T02:00:00Z"));
    EXPECT_EQ(second.speakerIds.size(), 2);

    const Speaker* s1 = c.speaker(QStringLiteral("1"));
    ASSERT_NE(s1, nullptr);
    EXPECT_EQ(s1->name, QStringLiteral("めちゃすごい人"));
    EXPECT_EQ(s1->organisation, QStringLiteral("Hoge Inc., Super Engineer"));
    EXPECT_EQ(s1->avatarUrl, QStringLiteral("https://avatars.example/1.png"));
    ASSERT_EQ(s1->links.size(), 1);
    EXPECT_EQ(s1->links.at(0).url, QStringLiteral("https://github.com/mechasugoi"));
}

TEST(CatalogDreamkast, TokyoTimesShownInBerlin) {
    const Catalog c = importData("cndt-tokyo.dreamkast.json");
    const QTimeZone berlin("Europe/Berlin");
    EXPECT_EQ(formatInstant(c.sessions.at(0).start, c.event.timeZone),
              QStringLiteral("2026-03-10T10:00:00+09:00"));
    EXPECT_EQ(formatInstant(c.sessions.at(0).start, berlin),
              QStringLiteral("2026-03-10T02:00:00+01:00"));
    EXPECT_EQ(formatInstant(c.sessions.at(2).end(), berlin),
              QStringLiteral("2026-03-11T05:20:00+01:00"));
}

TEST(CatalogDreamkast, TimeZoneOverride) {
    QJsonObject root = fixture();
    root.insert(QStringLiteral("time_zone"), QStringLiteral("America/New_York"));
    auto c = importCatalog(QJsonDocument(root).toJson(), QStringLiteral("dk.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    EXPECT_EQ(c->event.timeZone.id(), QByteArray("America/New_York"));
    EXPECT_EQ(c->sessions.at(0).start, iso("2026-03-10T01:00:00Z"));  // offsets in the data win
}

TEST(CatalogDreamkast, BadTalksAreNamed) {
    EXPECT_EQ(importError(withTalkField(1, "startTime", QStringLiteral("noon")), "dk.json"),
              "dk.json: talks[1].startTime: expected an ISO 8601 date-time, got \"noon\"");
    EXPECT_EQ(importError(withTalkField(0, "title", QJsonValue::Undefined), "dk.json"),
              "dk.json: talks[0].title: missing required field");
    EXPECT_EQ(importError(withTalkField(2, "trackId", 9), "dk.json"),
              "dk.json: talks[2].trackId: no track has id 9");
    EXPECT_THAT(
        importError(withTalkField(0, "endTime", QStringLiteral("2026-03-10T09:00:00+09:00")),
                    "dk.json"),
        HasSubstr("talks[0].endTime: ends before it starts"));
    EXPECT_THAT(importError(withTalkField(0, "speakers", 5), "dk.json"),
                HasSubstr("talks[0].speakers: expected an array, got a number"));

    QJsonObject root = fixture();
    root.insert(QStringLiteral("tracks"), QStringLiteral("all of them"));
    EXPECT_EQ(importError(QJsonDocument(root).toJson(), "dk.json"),
              "dk.json: tracks: expected an array, got a string");
    root = fixture();
    QJsonObject event = root.value(QStringLiteral("event")).toObject();
    event.remove(QStringLiteral("name"));
    root.insert(QStringLiteral("event"), event);
    EXPECT_EQ(importError(QJsonDocument(root).toJson(), "dk.json"),
              "dk.json: event.name: missing required field");
}

TEST(CatalogDreamkast, ApiExampleSpeakerAsBareName) {
    // The OpenAPI example writes `speakers` as one name; tolerate it.
    auto c = importCatalog(withTalkField(0, "speakers", QStringLiteral("やんごとない人")),
                           QStringLiteral("dk.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    EXPECT_EQ(c->sessions.at(0).speakerIds, QStringList{QStringLiteral("やんごとない人")});
}

TEST(CatalogDreamkast, LiveClientSeam) {
    auto c = importDreamkast(fixture(), QStringLiteral("https://event.cloudnativedays.jp/api/v1"));
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->format, Format::Dreamkast);
}

// Streamings are optional extras: one for a track the event lacks, or without a playable address
// (Dreamkast's OpenAPI example answers trackId 0 and playbackUrl "string"), is left out and the
// event still opens; a good one becomes its track's flat stream.
TEST(CatalogDreamkast, StreamingsThatLeadNowhereAreLeftOut) {
    QJsonObject root = fixture();
    const QJsonArray tracks = root.value(QStringLiteral("tracks")).toArray();
    const QJsonValue firstTrack = tracks.at(0).toObject().value(QStringLiteral("id"));
    root.insert(QStringLiteral("streamings"),
                QJsonArray{QJsonObject{{QStringLiteral("trackId"), 0},
                                       {QStringLiteral("playbackUrl"), QStringLiteral("string")}},
                           QJsonObject{{QStringLiteral("trackId"), firstTrack},
                                       {QStringLiteral("playbackUrl"), QStringLiteral("string")}},
                           QJsonObject{{QStringLiteral("trackId"), firstTrack},
                                       {QStringLiteral("playbackUrl"),
                                        QStringLiteral("https://live.example/x/index.m3u8")}}});
    auto c = importCatalog(QJsonDocument(root).toJson(), QStringLiteral("dk.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    ASSERT_EQ(c->channels.at(0).streams.size(), 1);
    EXPECT_EQ(c->channels.at(0).streams.at(0).url,
              QStringLiteral("https://live.example/x/index.m3u8"));
    EXPECT_EQ(c->channels.at(0).streams.at(0).projection, omk::Projection::Flat);
}
