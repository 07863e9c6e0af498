// A schedule without streams plus the rooms' streams list published beside it (the C3VOC
// streaming API's streams/v2.json): reading the list, matching its rooms to the schedule's
// channels, the sources file that names both, and loading them over HTTP with the cache.
#include "TestData.h"
#include "catalog/EventSources.h"
#include "catalog/StreamsList.h"
#include "support/HttpTestServer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace omk::catalog;
using namespace omk::catalog::test;
using namespace std::chrono_literals;
using omk::test::HttpRequest;
using omk::test::HttpResponse;
using omk::test::HttpTestServer;
using ::testing::HasSubstr;

namespace {

QList<RoomStreams> fixtureRooms() {
    auto rooms = readStreamsList(readData("c3voc-streams.v2.json"), QStringLiteral("v2.json"));
    EXPECT_TRUE(rooms.has_value()) << (rooms ? "" : rooms.error().message.toStdString());
    return rooms ? *rooms : QList<RoomStreams>{};
}

const RoomMatch* matchOf(const StreamsMatch& m, const QString& channel) {
    for (const RoomMatch& r : m.channels)
        if (r.channelName == channel) return &r;
    return nullptr;
}

QString tempDir(const char* name) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/streams-") + QLatin1String(name);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    f.write(bytes);
}

}  // namespace

TEST(StreamsList, ReadsEachRoomsVideoStreamsOriginalFirst) {
    const QList<RoomStreams> rooms = fixtureRooms();
    ASSERT_EQ(rooms.size(), 4);  // one of othercon, three of dstcon26
    const RoomStreams& saal1 = rooms.at(1);
    EXPECT_EQ(saal1.conference, QStringLiteral("dstcon26"));
    EXPECT_EQ(saal1.slug, QStringLiteral("saal1"));
    EXPECT_EQ(saal1.scheduleName, QStringLiteral("Saal 1"));
    // DASH and HD video of the original, then the translation; audio and slides left out.
    ASSERT_EQ(saal1.streams.size(), 3);
    EXPECT_EQ(saal1.streams.at(0).protocol, QStringLiteral("dash"));
    EXPECT_EQ(saal1.streams.at(1).protocol, QStringLiteral("hls"))
        << "HLS is preferred over WebM for the same stream";
    EXPECT_EQ(saal1.streams.at(1).url,
              QStringLiteral("https://cdn.dst.example/hls/s1_native_hd.m3u8"));
    EXPECT_EQ(saal1.streams.at(2).label, QStringLiteral("Saal 1 FullHD Video (Translated)"));
    for (const Stream& s : saal1.streams) EXPECT_EQ(s.projection, omk::Projection::Flat);
    EXPECT_TRUE(rooms.at(3).streams.isEmpty()) << "a room with no streams is still listed";
}

TEST(StreamsList, MatchesRoomsBySlugNameAndTheRoomMap) {
    Catalog c = importData("berlin-dst.schedule.xml");
    ASSERT_EQ(c.channels.size(), 2);
    const StreamsMatch m = applyStreams(c, fixtureRooms());
    EXPECT_EQ(m.matched(), 2);
    const RoomMatch* saal1 = matchOf(m, QStringLiteral("Saal 1"));
    ASSERT_TRUE(saal1);
    EXPECT_EQ(saal1->by, RoomMatch::By::Slug);
    EXPECT_EQ(saal1->streams, 3);
    const RoomMatch* saal2 = matchOf(m, QStringLiteral("Saal 2"));
    ASSERT_TRUE(saal2);
    EXPECT_EQ(saal2->roomSlug, QStringLiteral("s2"));
    EXPECT_EQ(saal2->by, RoomMatch::By::Name);
    // The schedule's own conference (its acronym) only: othercon's "saal1" is not used.
    EXPECT_EQ(c.channel(QStringLiteral("Saal 1"))->streams.at(1).url,
              QStringLiteral("https://cdn.dst.example/hls/s1_native_hd.m3u8"));
    EXPECT_EQ(m.unusedRooms, QStringList{QStringLiteral("foyer")});

    // Where names do not line up, the room map says which room is which.
    Catalog mapped = importData("berlin-dst.schedule.xml");
    const StreamsMatch byMap =
        applyStreams(mapped, fixtureRooms(), {{QStringLiteral("Saal 2"), QStringLiteral("foyer")}});
    EXPECT_EQ(matchOf(byMap, QStringLiteral("Saal 2"))->by, RoomMatch::By::Map);
    EXPECT_EQ(matchOf(byMap, QStringLiteral("Saal 2"))->roomSlug, QStringLiteral("foyer"));
    EXPECT_TRUE(mapped.channel(QStringLiteral("Saal 2"))->streams.isEmpty());

    // Map slugs compare as forgivingly as names; an entry that matches nothing is reported.
    Catalog folded = importData("berlin-dst.schedule.xml");
    const StreamsMatch byFold = applyStreams(folded, fixtureRooms(),
                                             {{QStringLiteral("Saal 1"), QStringLiteral("FOYER")},
                                              {QStringLiteral("Saal 9"), QStringLiteral("s2")}});
    EXPECT_EQ(matchOf(byFold, QStringLiteral("Saal 1"))->roomSlug, QStringLiteral("foyer"));
    EXPECT_EQ(matchOf(byFold, QStringLiteral("Saal 1"))->by, RoomMatch::By::Map);
    EXPECT_EQ(byFold.unusedMapEntries, QStringList{QStringLiteral("Saal 9 → s2")});
    EXPECT_EQ(matchOf(byFold, QStringLiteral("Saal 2"))->roomSlug, QStringLiteral("s2"))
        << "the map's unused entry takes no room";

    // Another conference's list: no channel matches, every channel keeps no stream.
    Catalog other = importData("pretalx-democon.schedule.json");
    const StreamsMatch none = applyStreams(other, fixtureRooms());
    EXPECT_EQ(none.matched(), 0);
    for (const Channel& ch : other.channels) EXPECT_TRUE(ch.streams.isEmpty());
}

TEST(StreamsList, BadListsSayWhatAndWhere) {
    struct Case {
        const char* bytes;
        const char* message;
    };
    const Case cases[] = {
        {"", "empty"},
        {"{\"groups\": []}", "expected a JSON array"},
        {"[1]", "[0]: expected an object"},
        {"[{\"slug\": \"x\"}]", "[0].groups: missing"},
        {"[{\"groups\": {}}]", "[0].groups: expected an array"},
        {"[{\"groups\": [{\"rooms\": [{\"display\": \"A\"}]}]}]", "rooms[0].slug: missing"},
        {"[{\"groups\": [{\"rooms\": [{\"slug\": \"a\", \"streams\": [{\"type\": \"video\", "
         "\"urls\": {\"hls\": {\"url\": \"file:///etc/passwd\"}}}]}]}]}]",
         "not an http(s) URL"},
        {"[{\"groups\": [{\"rooms\": [{\"slug\": \"a\", \"streams\": [{\"type\": \"video\", "
         "\"isTranslated\": \"yes\", \"urls\": {}}]}]}]}]",
         "isTranslated: expected true or false"},
        {"[{\"groups\": [{\"rooms\": [{\"slug\": 5.5}]}]}]", "slug: expected a string"},
        {"[{\"groups\": [{\"rooms\": [", "JSON syntax error"},
    };
    for (const Case& c : cases) {
        auto r = readStreamsList(QByteArray(c.bytes), QStringLiteral("streams.json"));
        ASSERT_FALSE(r.has_value()) << c.bytes;
        EXPECT_THAT(r.error().message.toStdString(), HasSubstr(c.message)) << c.bytes;
        EXPECT_THAT(r.error().message.toStdString(), HasSubstr("streams.json")) << c.bytes;
    }
}

TEST(StreamsList, ASourcesFileNamesTheScheduleAndTheStreamsBesideIt) {
    ensureApp();
    const QString dir = tempDir("sources");
    writeFile(dir + QStringLiteral("/schedule.xml"), readData("berlin-dst.schedule.xml"));
    writeFile(dir + QStringLiteral("/streams.json"), readData("c3voc-streams.v2.json"));
    writeFile(dir + QStringLiteral("/event.json"),
              R"({"omnikast_sources": 1, "schedule": "schedule.xml", "streams": "streams.json",
                  "rooms": {"Saal 2": "foyer"}})");
    auto loaded = loadEvent(dir + QStringLiteral("/event.json"), {}, tempDir("sources-cache"), 5s);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_TRUE(loaded->warnings.isEmpty()) << loaded->warnings.join(';').toStdString();
    ASSERT_TRUE(loaded->streams.has_value());
    EXPECT_EQ(loaded->catalog.channel(QStringLiteral("Saal 1"))->streams.size(), 3);
    EXPECT_EQ(matchOf(*loaded->streams, QStringLiteral("Saal 2"))->by, RoomMatch::By::Map);

    // As a file:// URL (the desktop's handler passes those), its references still resolve.
    auto viaUrl = loadEvent(QUrl::fromLocalFile(dir + QStringLiteral("/event.json")).toString(), {},
                            tempDir("sources-cache"), 5s);
    ASSERT_TRUE(viaUrl.has_value()) << viaUrl.error().message.toStdString();
    EXPECT_EQ(viaUrl->catalog.channel(QStringLiteral("Saal 1"))->streams.size(), 3);

    // The command line's list wins over the file's; a schedule alone needs none.
    auto plain = loadEvent(dir + QStringLiteral("/schedule.xml"),
                           dir + QStringLiteral("/streams.json"), {}, 5s);
    ASSERT_TRUE(plain.has_value()) << plain.error().message.toStdString();
    EXPECT_EQ(plain->streams->matched(), 2);

    // A sources file without a schedule, or newer than this build, is refused with the reason.
    writeFile(dir + QStringLiteral("/bad.json"), R"({"omnikast_sources": 1, "streams": "x.json"})");
    auto bad = loadEvent(dir + QStringLiteral("/bad.json"), {}, {}, 5s);
    ASSERT_FALSE(bad.has_value());
    EXPECT_THAT(bad.error().message.toStdString(), HasSubstr("schedule: missing"));
    writeFile(dir + QStringLiteral("/new.json"), R"({"omnikast_sources": 9, "schedule": "s.xml"})");
    auto newer = loadEvent(dir + QStringLiteral("/new.json"), {}, {}, 5s);
    ASSERT_FALSE(newer.has_value());
    EXPECT_THAT(newer.error().message.toStdString(), HasSubstr("newer than this build reads"));
}

// Found by fuzz_sources_file: a reference that resolves to nothing against a URL is refused.
TEST(StreamsList, AReferenceThatResolvesToNothingIsRefused) {
    auto doc =
        readDocument(R"({"omnikast_sources": 1, "schedule": "//:srn"})", QStringLiteral("e.json"));
    ASSERT_TRUE(doc.has_value());
    auto s = readSourcesFile(*doc, QStringLiteral("https://example.org/a/event.json"));
    ASSERT_FALSE(s.has_value());
    EXPECT_THAT(s.error().message.toStdString(), HasSubstr("schedule: not a usable path or URL"));
    auto ok =
        readDocument(R"({"omnikast_sources": 1, "schedule": "s.xml", "streams": "../v2.json"})",
                     QStringLiteral("e.json"));
    auto resolved = readSourcesFile(*ok, QStringLiteral("https://example.org/a/event.json"));
    ASSERT_TRUE(resolved.has_value());
    EXPECT_EQ(resolved->schedule, QStringLiteral("https://example.org/a/s.xml"));
    EXPECT_EQ(resolved->streams, QStringLiteral("https://example.org/v2.json"));
}

// Over HTTP: a broken or unreachable streams list is a warning (the schedule still opens, its
// rooms without streams) until a good copy has been seen; then that copy stands in.
TEST(StreamsList, OverHttpABrokenListWarnsAndTheLastGoodCopyStandsIn) {
    ensureApp();
    const QByteArray schedule = readData("berlin-dst.schedule.xml");
    QByteArray streams = "[{\"groups\": tru";  // truncated
    int status = 200;
    HttpTestServer peer({}, HttpTestServer::Thread::Caller);
    peer.setHandler([&](const HttpRequest& request) {
        if (request.head.startsWith("GET /schedule.xml"))
            return HttpResponse::withStatus(200, schedule, "application/xml");
        return HttpResponse::withStatus(
            status, streams, "application/json",
            {{"ETag", "\"s" + QByteArray::number(streams.size()) + "\""}});
    });
    const QString cache = tempDir("http-cache");
    const QString scheduleUrl = peer.url(QStringLiteral("schedule.xml"));
    const QString streamsUrl = peer.url(QStringLiteral("streams/v2.json"));

    auto broken = loadEvent(scheduleUrl, streamsUrl, cache, 5s);
    ASSERT_TRUE(broken.has_value()) << broken.error().message.toStdString();
    EXPECT_FALSE(broken->streams.has_value());
    ASSERT_EQ(broken->warnings.size(), 1);
    EXPECT_THAT(broken->warnings.first().toStdString(), HasSubstr("JSON syntax error"));
    EXPECT_TRUE(broken->catalog.channel(QStringLiteral("Saal 1"))->streams.isEmpty());

    streams = readData("c3voc-streams.v2.json");
    auto good = loadEvent(scheduleUrl, streamsUrl, cache, 5s);
    ASSERT_TRUE(good.has_value());
    EXPECT_TRUE(good->warnings.isEmpty());
    EXPECT_EQ(good->streams->matched(), 2);

    status = 500;
    auto fallback = loadEvent(scheduleUrl, streamsUrl, cache, 5s);
    ASSERT_TRUE(fallback.has_value());
    ASSERT_EQ(fallback->warnings.size(), 1);
    EXPECT_THAT(fallback->warnings.first().toStdString(), HasSubstr("using the cached copy"));
    EXPECT_THAT(fallback->warnings.first().toStdString(), HasSubstr("500"));
    EXPECT_EQ(fallback->streams->matched(), 2);
}
