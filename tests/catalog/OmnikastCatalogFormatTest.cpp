#include "TestData.h"
#include "catalog/CatalogJson.h"
#include "catalog/OmnikastCatalogFormat.h"
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
    return QJsonDocument::fromJson(readData("stage360.catalog.json")).object();
}

QByteArray edited(const std::function<void(QJsonObject&)>& edit) {
    QJsonObject root = fixture();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Sets root[list][index][key] (undefined: removes it).
std::function<void(QJsonObject&)> setIn(const char* list, int index, const char* key,
                                        QJsonValue v) {
    return [=](QJsonObject& root) {
        QJsonArray a = root.value(QLatin1String(list)).toArray();
        QJsonObject o = a.at(index).toObject();
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        a[index] = o;
        root.insert(QLatin1String(list), a);
    };
}

void expectRoundTrip(const Catalog& c) {
    const QByteArray written = writeOmnikastCatalog(c);
    auto back = importCatalog(written, QStringLiteral("written.json"));
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    EXPECT_EQ(back->format, Format::Omnikast);
    EXPECT_TRUE(back->sameContent(c));
    EXPECT_EQ(back->sessions, c.sessions);
    EXPECT_EQ(back->channels, c.channels);
    EXPECT_EQ(back->speakers, c.speakers);
    EXPECT_EQ(back->event, c.event);
    EXPECT_EQ(writeOmnikastCatalog(*back), written);  // and writes the same bytes again
}

}  // namespace

TEST(CatalogOmnikastFormat, StreamsWithProjectionStereoAndLanguage) {
    const Catalog c = importData("stage360.catalog.json");
    EXPECT_EQ(c.event.title, QStringLiteral("Stage 360 Festival"));
    EXPECT_EQ(c.event.timeZone.id(), QByteArray("Europe/Berlin"));
    ASSERT_EQ(c.channels.size(), 2);
    const Channel& main = c.channels.at(0);
    ASSERT_EQ(main.streams.size(), 2);
    EXPECT_EQ(main.streams.at(0).projection, omk::Projection::Equirect);
    EXPECT_EQ(main.streams.at(0).stereo, omk::StereoLayout::TopBottom);
    EXPECT_EQ(main.streams.at(0).language, QStringLiteral("en"));
    EXPECT_EQ(main.streams.at(0).label, QStringLiteral("360° 3D"));
    EXPECT_EQ(main.streams.at(1).projection, omk::Projection::Flat);
    EXPECT_EQ(c.channels.at(1).streams.at(0).protocol, QStringLiteral("srt"));
    EXPECT_EQ(c.channels.at(1).streams.at(0).projection, omk::Projection::Eac);
    ASSERT_EQ(c.sessions.size(), 2);
    EXPECT_EQ(c.sessions.at(1).duration, 1h + 15min + 30s);
    EXPECT_EQ(scheduleDay(c.sessions.at(1).start, c.event), QDate(2026, 7, 3));  // 00:30 < 04:00
    EXPECT_EQ(c.speaker(QStringLiteral("band1"))->links.size(), 1);
}

TEST(CatalogOmnikastFormat, RoundTripsEveryImportedFixture) {
    for (const char* name : {"stage360.catalog.json", "pretalx-democon.schedule.json",
                             "berlin-dst.schedule.xml", "cndt-tokyo.dreamkast.json"}) {
        SCOPED_TRACE(name);
        expectRoundTrip(importData(name));
    }
}

TEST(CatalogOmnikastFormat, RejectsWhatItCannotRead) {
    EXPECT_EQ(
        importError(edited([](QJsonObject& r) { r.insert(QStringLiteral("omnikast_catalog"), 2); }),
                    "c.json"),
        "c.json: omnikast_catalog: version 2 is newer than this omnikast reads (1)");
    EXPECT_THAT(importError(edited([](QJsonObject& r) {
                                r.insert(QStringLiteral("omnikast_catalog"), 1e12 + 0.5);
                            }),
                            "c.json"),
                HasSubstr("c.json: omnikast_catalog: expected a whole version number"));
    EXPECT_THAT(importError(edited([](QJsonObject& r) {
                                r.insert(QStringLiteral("omnikast_catalog"), QStringLiteral("1"));
                            }),
                            "c.json"),
                HasSubstr("c.json: omnikast_catalog: expected a number, got a string"));
    EXPECT_EQ(
        importError(edited(setIn("sessions", 1, "channel", QStringLiteral("nowhere"))), "c.json"),
        "c.json: sessions[1].channel: no channel has id \"nowhere\"");
    EXPECT_EQ(importError(edited(setIn("sessions", 0, "start", QJsonValue::Undefined)), "c.json"),
              "c.json: sessions[0].start: missing required field");
    EXPECT_EQ(importError(edited(setIn("sessions", 1, "id", QStringLiteral("s1"))), "c.json"),
              "c.json: sessions[1].id: duplicate id \"s1\"");
    EXPECT_THAT(
        importError(edited(setIn("sessions", 0, "speakers", QJsonArray{QStringLiteral("nobody")})),
                    "c.json"),
        HasSubstr("c.json: sessions[0].speakers[0]: no speaker has id \"nobody\""));

    auto setStream = [](const char* key, QJsonValue v) {
        return [=](QJsonObject& r) {
            QJsonArray channels = r.value(QStringLiteral("channels")).toArray();
            QJsonObject ch = channels.at(0).toObject();
            QJsonArray streams = ch.value(QStringLiteral("streams")).toArray();
            QJsonObject s = streams.at(1).toObject();
            s.insert(QLatin1String(key), v);
            streams[1] = s;
            ch.insert(QStringLiteral("streams"), streams);
            channels[0] = ch;
            r.insert(QStringLiteral("channels"), channels);
        };
    };
    EXPECT_THAT(
        importError(edited(setStream("projection", QStringLiteral("fisheye"))), "c.json"),
        HasSubstr("c.json: channels[0].streams[1].projection: unknown projection 'fisheye'"));
    EXPECT_THAT(importError(edited(setStream("stereo", QStringLiteral("3d"))), "c.json"),
                HasSubstr("channels[0].streams[1].stereo: unknown stereo"));
    EXPECT_THAT(importError(edited(setStream("protocol", QStringLiteral("gopher"))), "c.json"),
                HasSubstr("channels[0].streams[1].protocol: unknown protocol \"gopher\""));
    EXPECT_THAT(importError(edited([](QJsonObject& r) {
                                QJsonObject e = r.value(QStringLiteral("event")).toObject();
                                e.insert(QStringLiteral("time_zone"),
                                         QStringLiteral("Europe/Atlantis"));
                                r.insert(QStringLiteral("event"), e);
                            }),
                            "c.json"),
                HasSubstr("c.json: event.time_zone: unknown IANA time zone"));
}

TEST(CatalogJsonDump, SessionsCarryOffsetsEndsAndDays) {
    const Catalog c = importData("berlin-dst.schedule.xml");
    const QJsonObject j = catalogToJson(c, iso("2026-10-25T00:00:00Z"));
    EXPECT_EQ(j.value(QStringLiteral("format")).toString(), QStringLiteral("frab-xml"));
    EXPECT_EQ(j.value(QStringLiteral("at")).toString(),
              QStringLiteral("2026-10-25T02:00:00+02:00"));
    const QJsonArray sessions = j.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 6);
    QJsonObject twice;
    for (const auto& v : sessions)
        if (v.toObject()
                .value(QStringLiteral("title"))
                .toString()
                .startsWith(QStringLiteral("The Hour")))
            twice = v.toObject();
    EXPECT_EQ(twice.value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-10-25T01:30:00+02:00"));
    EXPECT_EQ(twice.value(QStringLiteral("end")).toString(),
              QStringLiteral("2026-10-25T02:30:00+01:00"));
    EXPECT_EQ(twice.value(QStringLiteral("duration_seconds")).toInt(), 7200);
    EXPECT_EQ(twice.value(QStringLiteral("day")).toString(), QStringLiteral("2026-10-24"));
    const QJsonObject saal1 = j.value(QStringLiteral("channels")).toArray().at(0).toObject();
    EXPECT_EQ(saal1.value(QStringLiteral("now")).toString(),
              twice.value(QStringLiteral("id")).toString());
    EXPECT_TRUE(saal1.value(QStringLiteral("next")).isNull());
    EXPECT_EQ(j.value(QStringLiteral("days")).toArray().size(), 3);
}

// Found by the fuzzers: instants the own format could not write back exactly.
TEST(CatalogOmnikastFormat, RoundTripsOddInstants) {
    Catalog c;
    c.event.title = QStringLiteral("Odd");
    c.event.timeZone = QTimeZone("Europe/Berlin");
    c.channels = {Channel{QStringLiteral("c"), QStringLiteral("C"), {}, {}}};
    Session lmt;  // before 1893 Berlin kept local mean time, +00:53:28
    lmt.id = QStringLiteral("lmt");
    lmt.title = QStringLiteral("LMT");
    lmt.channelId = QStringLiteral("c");
    lmt.start = iso("1013-10-24T22:00:00Z");
    lmt.duration = 1h;
    c.sessions = {lmt};
    expectRoundTrip(c);

    auto ms = parseInstant(QStringLiteral("2026-03-10T10:00:00.007+09:00"), QTimeZone::utc());
    ASSERT_TRUE(ms.has_value());
    EXPECT_EQ(*ms, iso("2026-03-10T01:00:00Z"));  // whole seconds
    auto far = durationBetween(iso("2026-01-01T00:00:00Z"), iso("2999-01-01T00:00:00Z"));
    ASSERT_FALSE(far.has_value());
    EXPECT_EQ(far.error().message, QStringLiteral("ends more than 366 days after it starts"));
}

// Found by the fuzzers: Qt's JSON parser drops a U+FEFF that starts a string, so importers drop
// them all up front and what they write reads back the same.
TEST(CatalogOmnikastFormat, LeadingZeroWidthNoBreakSpacesAreDropped) {
    const QByteArray xml =
        "<schedule><conference><title>\xEF\xBB\xBF\xEF\xBB\xBFT</title></conference>"
        "<day date=\"2026-10-24\"><room name=\"\xEF\xBB\xBFR\"><event guid=\"\xEF\xBB\xBFg\">"
        "<title> \xEF\xBB\xBFX</title><start>10:00</start><duration>00:30</duration>"
        "<persons><person id=\"\xEF\xBB\xBF\x31\">P</person></persons></event></room></day>"
        "</schedule>";
    auto c = importCatalog(xml, QStringLiteral("bom.xml"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    EXPECT_EQ(c->event.title, QStringLiteral("T"));
    EXPECT_EQ(c->sessions.at(0).id, QStringLiteral("g"));
    EXPECT_EQ(c->sessions.at(0).title, QStringLiteral("X"));
    EXPECT_EQ(c->sessions.at(0).channelId, QStringLiteral("R"));
    EXPECT_EQ(c->sessions.at(0).speakerIds, QStringList{QStringLiteral("1")});
    expectRoundTrip(*c);
}

TEST(CatalogOmnikastFormat, RoomRulesAreReadCheckedAndWrittenOnlyWhenSet) {
    const auto withRoom = [](QJsonValue room) {
        return edited(setIn("channels", 0, "room", room));
    };
    auto c = importCatalog(withRoom(QJsonObject{{QStringLiteral("closed"), true},
                                                {QStringLiteral("slow_mode_seconds"), 30},
                                                {QStringLiteral("signed_in_only"), true}}),
                           QStringLiteral("c.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    EXPECT_EQ(c->channels.at(0).room, (RoomRules{true, 30, true}));
    EXPECT_TRUE(c->channels.at(1).room.isDefault());
    expectRoundTrip(*c);
    // Unset rules are not written: a catalog without them reads and writes as before.
    const QJsonObject written =
        QJsonDocument::fromJson(writeOmnikastCatalog(importData("stage360.catalog.json"))).object();
    EXPECT_FALSE(written.value(QStringLiteral("channels"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("room")));

    EXPECT_THAT(
        importError(withRoom(QJsonObject{{QStringLiteral("slow_mode_seconds"), 3601}}), "c.json"),
        HasSubstr("c.json: channels[0].room.slow_mode_seconds: expected whole seconds "
                  "from 0 to 3600, got 3601"));
    EXPECT_THAT(
        importError(withRoom(QJsonObject{{QStringLiteral("slow_mode_seconds"), 1.5}}), "c.json"),
        HasSubstr("channels[0].room.slow_mode_seconds: expected whole seconds"));
    EXPECT_THAT(importError(withRoom(QJsonObject{{QStringLiteral("closed"), 1}}), "c.json"),
                HasSubstr("channels[0].room.closed:"));
    EXPECT_THAT(importError(withRoom(QStringLiteral("closed")), "c.json"),
                HasSubstr("channels[0].room:"));
}

// A hidden channel is kept from attendees (withoutHidden), with its sessions; "hidden" is written
// only when set, and anything but true or false is refused.
TEST(CatalogOmnikastFormat, AHiddenChannelIsReadWrittenAndLeftOutWithItsSessionsForAttendees) {
    auto c = importCatalog(edited(setIn("channels", 0, "hidden", true)), QStringLiteral("c.json"));
    ASSERT_TRUE(c.has_value()) << c.error().message.toStdString();
    ASSERT_TRUE(c->channels.at(0).hidden);
    EXPECT_FALSE(c->channels.at(1).hidden);
    EXPECT_TRUE(hasHidden(*c));
    expectRoundTrip(*c);
    const QString hiddenId = c->channels.at(0).id;
    const auto onHidden = [&](const Catalog& cat) {
        return std::count_if(cat.sessions.cbegin(), cat.sessions.cend(),
                             [&](const Session& s) { return s.channelId == hiddenId; });
    };
    ASSERT_GT(onHidden(*c), 0);
    const Catalog seen = withoutHidden(*c);
    EXPECT_EQ(seen.channels.size(), c->channels.size() - 1);
    EXPECT_EQ(seen.channel(hiddenId), nullptr);
    EXPECT_EQ(onHidden(seen), 0);
    EXPECT_EQ(seen.sessions.size(), c->sessions.size() - onHidden(*c));
    EXPECT_FALSE(hasHidden(seen));

    const Catalog plain = importData("stage360.catalog.json");
    EXPECT_TRUE(withoutHidden(plain).sameContent(plain));
    EXPECT_FALSE(QJsonDocument::fromJson(writeOmnikastCatalog(plain))
                     .object()
                     .value(QStringLiteral("channels"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("hidden")));
    EXPECT_THAT(
        importError(edited(setIn("channels", 0, "hidden", QStringLiteral("yes"))), "c.json"),
        HasSubstr("channels[0].hidden:"));
}
