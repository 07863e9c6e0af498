// A re-import's merge (server/ScheduleMerge) on small catalogs: the schedule's changes win per
// field, organizers' edits of what it did not change stay, and what organizers added or removed
// here stays so; channels are never removed, sessions on air never removed or moved.
#include "server/ScheduleMerge.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace omk::server;

namespace {

QJsonObject session(const QString& id, const QString& title, const QString& channel = "a") {
    return QJsonObject{{"id", id},
                       {"title", title},
                       {"channel", channel},
                       {"start", "2026-10-23T10:00:00+02:00"},
                       {"duration", "00:45"}};
}
QJsonObject channel(const QString& id, const QString& name) {
    return QJsonObject{{"id", id}, {"name", name}};
}
QJsonObject catalog(const QJsonArray& channels, const QJsonArray& sessions,
                    const QString& title = "Con") {
    return QJsonObject{{"omnikast_catalog", 1},
                       {"event", QJsonObject{{"title", title}, {"time_zone", "Europe/Berlin"}}},
                       {"channels", channels},
                       {"sessions", sessions}};
}
QJsonObject byId(const QJsonObject& root, const char* list, const QString& id) {
    for (const QJsonValue& v : root.value(QLatin1String(list)).toArray())
        if (v.toObject().value("id").toString() == id) return v.toObject();
    return {};
}
QStringList ids(const QJsonValue& list) {
    QStringList out;
    for (const QJsonValue& v : list.toArray()) out << v.toObject().value("id").toString();
    return out;
}
QString dump(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QJsonArray kChannels{channel("a", "Saal 1"), channel("b", "Saal 2")};

}  // namespace

TEST(ScheduleMerge, TheSchedulesChangesWinAndOrganizersEditsOfTheRestStay) {
    const QJsonObject base = catalog(kChannels, {session("s1", "Opening"), session("s2", "Talk")});
    const QJsonObject incoming =
        catalog(kChannels, {session("s1", "Opening (moved)"), session("s2", "Talk")});
    // Here: s2 renamed by an organizer, and a stream added to channel a.
    QJsonObject a = channel("a", "Saal 1");
    a.insert("streams", QJsonArray{QJsonObject{{"url", "https://x/a.m3u8"}, {"protocol", "hls"}}});
    const QJsonObject live = catalog({a, channel("b", "Saal 2")},
                                     {session("s1", "Opening"), session("s2", "Talk, renamed")});

    const ScheduleMerge m = mergeSchedule(base, incoming, live, {});
    EXPECT_EQ(byId(m.root, "sessions", "s1").value("title").toString(), "Opening (moved)");
    EXPECT_EQ(byId(m.root, "sessions", "s2").value("title").toString(), "Talk, renamed");
    EXPECT_EQ(byId(m.root, "channels", "a").value("streams").toArray().size(), 1);
    const QJsonObject changed =
        m.changes.value("sessions").toObject().value("changed").toArray().at(0).toObject();
    EXPECT_EQ(changed.value("id").toString(), "s1");
    EXPECT_EQ(changed.value("fields").toArray(), QJsonArray{"title"});
    EXPECT_FALSE(m.changes.contains("channels")) << dump(m.changes).toStdString();
}

TEST(ScheduleMerge, WithoutABaseEveryFieldTheScheduleGivesWinsAndTheRestStays) {
    QJsonObject a = channel("a", "Old name");
    a.insert("streams", QJsonArray{QJsonObject{{"url", "https://x/a.m3u8"}, {"protocol", "hls"}}});
    const QJsonObject live = catalog({a}, {session("s1", "Mine")});
    const QJsonObject incoming = catalog({channel("a", "Saal 1")}, {session("s1", "Theirs")});
    const ScheduleMerge m = mergeSchedule({}, incoming, live, {});
    EXPECT_EQ(byId(m.root, "channels", "a").value("name").toString(), "Saal 1");
    EXPECT_EQ(byId(m.root, "channels", "a").value("streams").toArray().size(), 1);
    EXPECT_EQ(byId(m.root, "sessions", "s1").value("title").toString(), "Theirs");
}

TEST(ScheduleMerge, NewSessionsAndRoomsAreAddedAndGoneSessionsRemovedButRoomsKept) {
    const QJsonObject base = catalog(kChannels, {session("s1", "One"), session("s2", "Two", "b")});
    const QJsonObject incoming = catalog({channel("a", "Saal 1"), channel("c", "Saal 3")},
                                         {session("s1", "One"), session("s3", "Three", "c")});
    const QJsonObject live = base;
    const ScheduleMerge m = mergeSchedule(base, incoming, live, {});
    EXPECT_EQ(ids(m.root.value("channels")), (QStringList{"a", "b", "c"}));
    EXPECT_EQ(ids(m.root.value("sessions")), (QStringList{"s1", "s3"}));
    const QJsonObject sessions = m.changes.value("sessions").toObject();
    EXPECT_EQ(ids(sessions.value("added")), QStringList{"s3"});
    EXPECT_EQ(ids(sessions.value("removed")), QStringList{"s2"});
    const QJsonObject channels = m.changes.value("channels").toObject();
    EXPECT_EQ(ids(channels.value("added")), QStringList{"c"});
    const QJsonObject kept = channels.value("kept").toArray().at(0).toObject();
    EXPECT_EQ(kept.value("id").toString(), "b");
    EXPECT_EQ(kept.value("reason").toString(), "not_in_schedule");
    EXPECT_EQ(kept.value("title").toString(), "Saal 2");
}

TEST(ScheduleMerge, WhatOrganizersAddedOrRemovedHereStaysSo) {
    const QJsonObject base = catalog(kChannels, {session("s1", "One"), session("s2", "Two")});
    // s2 changed at the source; here s1 was removed, s2 too, and "mine" added.
    const QJsonObject incoming =
        catalog(kChannels, {session("s1", "One"), session("s2", "Two, new title")});
    const QJsonObject live = catalog(kChannels, {session("mine", "Organizers' own")});
    const ScheduleMerge m = mergeSchedule(base, incoming, live, {});
    EXPECT_EQ(ids(m.root.value("sessions")), QStringList{"mine"});
    const QJsonArray kept = m.changes.value("sessions").toObject().value("kept").toArray();
    ASSERT_EQ(kept.size(), 1) << dump(m.changes).toStdString();  // s1 did not change there
    EXPECT_EQ(kept.at(0).toObject().value("id").toString(), "s2");
    EXPECT_EQ(kept.at(0).toObject().value("reason").toString(), "removed_here");
}

TEST(ScheduleMerge, ASessionOnAirIsNeitherRemovedNorMoved) {
    const QJsonObject base = catalog(kChannels, {session("s1", "One"), session("s2", "Two")});
    const QJsonObject incoming = catalog(kChannels, {session("s2", "Two", "b")});
    const ScheduleMerge m = mergeSchedule(base, incoming, base, {"s1", "s2"});
    EXPECT_EQ(ids(m.root.value("sessions")), (QStringList{"s1", "s2"}));
    EXPECT_EQ(byId(m.root, "sessions", "s2").value("channel").toString(), "a");
    const QJsonArray kept = m.changes.value("sessions").toObject().value("kept").toArray();
    ASSERT_EQ(kept.size(), 2) << dump(m.changes).toStdString();
    EXPECT_EQ(kept.at(0).toObject().value("reason").toString(), "on_air");
    EXPECT_EQ(kept.at(1).toObject().value("reason").toString(), "on_air");
}

TEST(ScheduleMerge, ASpeakerGoneFromTheScheduleStaysWhileASessionHereNamesIt) {
    QJsonObject base = catalog(kChannels, {session("s1", "One")});
    base.insert("speakers", QJsonArray{QJsonObject{{"id", "p1"}, {"name", "Ada"}},
                                       QJsonObject{{"id", "p2"}, {"name", "Grace"}}});
    QJsonObject incoming = catalog(kChannels, {session("s1", "One")});
    incoming.insert("speakers", QJsonArray{});
    QJsonObject mine = session("mine", "Organizers' own");
    mine.insert("speakers", QJsonArray{"p2"});
    QJsonObject live = base;
    live.insert("sessions", QJsonArray{session("s1", "One"), mine});
    const ScheduleMerge m = mergeSchedule(base, incoming, live, {});
    EXPECT_EQ(ids(m.root.value("speakers")), QStringList{"p2"});
    EXPECT_EQ(ids(m.changes.value("speakers").toObject().value("removed")), QStringList{"p1"});
}

TEST(ScheduleMerge, TheEventsOwnFieldsMergeTheSameWay) {
    const QJsonObject base = catalog(kChannels, {}, "Con");
    const QJsonObject incoming = catalog(kChannels, {}, "Con 2026");
    const ScheduleMerge m = mergeSchedule(base, incoming, base, {});
    EXPECT_EQ(m.root.value("event").toObject().value("title").toString(), "Con 2026");
    EXPECT_EQ(m.changes.value("event").toArray(), QJsonArray{"title"});
    // Nothing new: no changes at all.
    EXPECT_TRUE(mergeSchedule(base, base, base, {}).changes.isEmpty());
}

TEST(ScheduleMerge, WithoutACatalogYetTheScheduleIsAllAdded) {
    const QJsonObject incoming = catalog(kChannels, {session("s1", "One")});
    const ScheduleMerge m = mergeSchedule({}, incoming, {}, {});
    EXPECT_EQ(m.root.value("omnikast_catalog").toInt(), 1);
    EXPECT_EQ(ids(m.root.value("sessions")), QStringList{"s1"});
    EXPECT_EQ(ids(m.changes.value("channels").toObject().value("added")), (QStringList{"a", "b"}));
}

// A schedule has no streams: its import writes "streams": [] for every room. A room's streams,
// rules and hiding stay whatever the base held (a catalog file that brought streams) or none at
// all.
TEST(ScheduleMerge, AScheduleNeverTakesARoomsStreamsRulesOrHidingAway) {
    QJsonObject a = channel("a", "Saal 1");
    a.insert("streams", QJsonArray{QJsonObject{{"url", "https://x/a.m3u8"}, {"protocol", "hls"}}});
    a.insert("room", QJsonObject{{"closed", true}});
    a.insert("hidden", true);
    QJsonObject bare = channel("a", "Saal 1");
    bare.insert("streams", QJsonArray{});
    const QJsonObject live = catalog({a}, {session("s1", "One")});
    const QJsonObject incoming = catalog({bare, channel("n", "New")}, {session("s1", "One")});
    for (const QJsonObject& base : {live, QJsonObject()}) {
        const ScheduleMerge m = mergeSchedule(base, incoming, live, {});
        EXPECT_EQ(byId(m.root, "channels", "a").value("streams").toArray().size(), 1);
        EXPECT_TRUE(
            byId(m.root, "channels", "a").value("room").toObject().value("closed").toBool());
        EXPECT_TRUE(byId(m.root, "channels", "a").value("hidden").toBool());
        EXPECT_FALSE(m.changes.value("channels").toObject().contains("changed"))
            << dump(m.changes).toStdString();
        EXPECT_EQ(ids(m.changes.value("channels").toObject().value("added")), QStringList{"n"});
    }
}
