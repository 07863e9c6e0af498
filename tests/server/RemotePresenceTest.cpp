// Presence across server processes, the pure parts: the wire form of a snapshot and how the
// snapshots of other processes merge and expire. The processes themselves are in
// ScaleOutPresenceTest.cpp.
#include "server/PresenceWire.h"
#include "server/RemotePresence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace omk::server;
using omk::protocol::Actor;
using omk::protocol::Role;

namespace {

const QString kRoom = QStringLiteral("main");

QList<Actor> people(int n, const QString& prefix = QStringLiteral("user")) {
    QList<Actor> out;
    for (int i = 0; i < n; ++i)
        out.append(Actor{QStringLiteral("g_%1%2").arg(prefix).arg(i),
                         QStringLiteral("%1 %2").arg(prefix).arg(i), Role::Attendee});
    return out;
}

// Decodes and folds every part of one snapshot.
bool feed(RemotePresence& book, const QString& instance, qint64 generation, int viewers,
          const QList<Actor>& members, qint64 now, int ttlMs = 10000, const QString& room = kRoom) {
    bool changed = false;
    for (const auto& body : encodePresence(instance, room, generation, viewers, ttlMs, members)) {
        auto part = decodePresence(body);
        EXPECT_TRUE(part) << part.error().message.toStdString();
        if (part) changed = book.apply(*part, now) || changed;
    }
    return changed;
}

}  // namespace

TEST(PresenceWireTest, ASnapshotRoundTrips) {
    const QList<Actor> members{
        {QStringLiteral("g_1"), QStringLiteral("Anna"), Role::Attendee},
        {QStringLiteral("m_2"), QStringLiteral("Mod \"Ö\""), Role::Moderator}};
    const auto parts = encodePresence(QStringLiteral("inst1"), kRoom, 7, 3, 10000, members);
    ASSERT_EQ(parts.size(), 1);
    auto p = decodePresence(parts[0]);
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p->instance, QStringLiteral("inst1"));
    EXPECT_EQ(p->room, kRoom);
    EXPECT_EQ(p->generation, 7);
    EXPECT_EQ(p->part, 0);
    EXPECT_EQ(p->parts, 1);
    EXPECT_EQ(p->viewers, 3);
    EXPECT_EQ(p->ttlMs, 10000);
    ASSERT_EQ(p->members.size(), 2);
    EXPECT_EQ(p->members[1].name, QStringLiteral("Mod \"Ö\""));
    EXPECT_EQ(p->members[1].role, Role::Moderator);
}

TEST(PresenceWireTest, ABigRoomIsSplitIntoPartsThatFitANotifyPayload) {
    const auto members = people(1500, QStringLiteral("a-rather-long-display-name-for-size"));
    const auto parts = encodePresence(QStringLiteral("inst1"), kRoom, 1, 1600, 10000, members);
    ASSERT_GT(parts.size(), 1);
    int listed = 0;
    for (const auto& body : parts) {
        EXPECT_LE(body.size(), presence::kMaxPartBytes);
        auto p = decodePresence(body);
        ASSERT_TRUE(p) << p.error().message.toStdString();
        EXPECT_EQ(p->parts, parts.size());
        EXPECT_EQ(p->viewers, 1600);
        listed += int(p->members.size());
    }
    EXPECT_EQ(listed, 1500);
}

TEST(PresenceWireTest, MembersBeyondTheBoundAreNotListedButStillCounted) {
    const auto parts = encodePresence(QStringLiteral("i"), kRoom, 1, 5000, 10000,
                                      people(presence::kMaxMembers + 500));
    RemotePresence book(QStringLiteral("self"));
    for (const auto& body : parts) {
        auto p = decodePresence(body);
        ASSERT_TRUE(p);
        book.apply(*p, 0);
    }
    EXPECT_EQ(book.viewers(kRoom), 5000);
    EXPECT_EQ(book.members(kRoom).size(), presence::kMaxMembers);
}

TEST(PresenceWireTest, MalformedMessagesAreRefusedNotTrusted) {
    const QByteArray good =
        encodePresence(QStringLiteral("i"), kRoom, 1, 1, 10000, people(1)).front();
    const auto with = [&](const char* key, const QJsonValue& v) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    ASSERT_TRUE(decodePresence(good));
    const QList<QByteArray> bad{
        QByteArray(),
        QByteArray("not json"),
        QByteArray("[1,2,3]"),
        QByteArray("\xff\xfe\x00garbage", 10),
        QByteArray(presence::kMaxPartBytes * 3, '{'),
        with("i", QJsonValue::Undefined),
        with("i", QString()),
        with("i", QString(100, u'x')),
        with("r", 42),
        with("g", 0),
        with("g", 1.5),
        with("g", QStringLiteral("1")),
        with("n", 0),
        with("n", presence::kMaxParts + 1),
        with("p", 1),  // n is 1
        with("p", -1),
        with("v", -3),
        with("v", 1e12),
        with("t", 0),
        with("m", QJsonObject{}),
        with("m", QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("name")}}),
        with("m", QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("n"),
                                        QStringLiteral("emperor")}}),
        with("m",
             QJsonArray{QJsonArray{QString(), QStringLiteral("n"), QStringLiteral("attendee")}}),
        with("m", QJsonArray{42}),
    };
    for (const auto& b : bad) EXPECT_FALSE(decodePresence(b)) << b.left(80).toStdString();
}

TEST(RemotePresenceTest, ViewersOfOtherProcessesAddUpAndTheirUsersAreListed) {
    RemotePresence book(QStringLiteral("self"));
    EXPECT_EQ(book.viewers(kRoom), 0);
    EXPECT_TRUE(feed(book, QStringLiteral("b"), 1, 2, people(2, QStringLiteral("b")), 0));
    EXPECT_TRUE(feed(book, QStringLiteral("c"), 1, 1, people(1, QStringLiteral("c")), 0));
    EXPECT_EQ(book.viewers(kRoom), 3);
    EXPECT_EQ(book.members(kRoom).size(), 3);
    EXPECT_EQ(book.instances(), 2);
    EXPECT_EQ(book.totalViewers(), 3);
    EXPECT_EQ(book.viewers(QStringLiteral("other")), 0);

    // A newer snapshot replaces the older one; the same count again changes nothing.
    EXPECT_TRUE(feed(book, QStringLiteral("b"), 2, 1, people(1, QStringLiteral("b")), 10));
    EXPECT_EQ(book.viewers(kRoom), 2);
    EXPECT_FALSE(feed(book, QStringLiteral("b"), 3, 1, people(1, QStringLiteral("b")), 20));

    // Withdrawn (the room emptied there): gone at once, and so is the process when it was all.
    EXPECT_TRUE(feed(book, QStringLiteral("c"), 2, 0, {}, 30));
    EXPECT_EQ(book.viewers(kRoom), 1);
    EXPECT_EQ(book.instances(), 1);
}

TEST(RemotePresenceTest, OwnEchoesAndOutdatedSnapshotsAreIgnored) {
    RemotePresence book(QStringLiteral("self"));
    EXPECT_FALSE(feed(book, QStringLiteral("self"), 1, 5, people(5), 0));
    EXPECT_EQ(book.viewers(kRoom), 0);
    EXPECT_TRUE(feed(book, QStringLiteral("b"), 5, 2, people(2), 0));
    EXPECT_FALSE(feed(book, QStringLiteral("b"), 4, 9, people(9), 0));  // older: reordered
    EXPECT_FALSE(feed(book, QStringLiteral("b"), 5, 9, people(9), 0));  // replayed
    EXPECT_EQ(book.viewers(kRoom), 2);
    EXPECT_EQ(book.dropped(), 2);
}

TEST(RemotePresenceTest, ASnapshotCountsOnlyOnceAllItsPartsArrived) {
    RemotePresence book(QStringLiteral("self"));
    const auto parts = encodePresence(QStringLiteral("b"), kRoom, 1, 900, 10000,
                                      people(900, QStringLiteral("long-name-to-need-parts")));
    ASSERT_GT(parts.size(), 2);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        EXPECT_FALSE(book.apply(*decodePresence(parts[i]), 0));
        EXPECT_EQ(book.viewers(kRoom), 0);
    }
    // A duplicate part is not the missing one.
    EXPECT_FALSE(book.apply(*decodePresence(parts[0]), 0));
    EXPECT_TRUE(book.apply(*decodePresence(parts.last()), 0));
    EXPECT_EQ(book.viewers(kRoom), 900);
    EXPECT_EQ(book.members(kRoom).size(), 900);

    // A snapshot whose last part was lost never counts and expires with its time to live.
    const auto next = encodePresence(QStringLiteral("b"), kRoom, 2, 5, 10000,
                                     people(900, QStringLiteral("long-name-to-need-parts")));
    EXPECT_FALSE(book.apply(*decodePresence(next[0]), 100));
    EXPECT_EQ(book.viewers(kRoom), 900);
}

TEST(RemotePresenceTest, ASilentProcessExpiresWithItsTimeToLive) {
    RemotePresence book(QStringLiteral("self"));
    feed(book, QStringLiteral("b"), 1, 2, people(2), 1000, 3000);
    feed(book, QStringLiteral("c"), 1, 1, people(1, QStringLiteral("c")), 1000, 3000);
    EXPECT_TRUE(book.expire(3999).isEmpty());
    feed(book, QStringLiteral("c"), 2, 1, people(1, QStringLiteral("c")), 3500, 3000);  // refreshed
    EXPECT_EQ(book.expire(4000), QStringList{kRoom});  // b went silent
    EXPECT_EQ(book.viewers(kRoom), 1);
    EXPECT_EQ(book.instances(), 1);
    EXPECT_EQ(book.expire(6500), QStringList{kRoom});
    EXPECT_EQ(book.viewers(kRoom), 0);
    EXPECT_EQ(book.instances(), 0);
    EXPECT_FALSE(book.knows(QStringLiteral("c")));
}

TEST(RemotePresenceTest, ProcessesAndRoomsBeyondTheBoundsAreDropped) {
    RemotePresence book(QStringLiteral("self"), 2, 3);
    feed(book, QStringLiteral("a"), 1, 1, people(1), 0);
    feed(book, QStringLiteral("b"), 1, 1, people(1), 0);
    EXPECT_FALSE(feed(book, QStringLiteral("c"), 1, 1, people(1), 0));
    EXPECT_EQ(book.instances(), 2);
    EXPECT_FALSE(book.knows(QStringLiteral("c")));
    for (int r = 0; r < 5; ++r)
        feed(book, QStringLiteral("a"), 10 + r, 1, people(1), 0, 10000,
             QStringLiteral("room%1").arg(r));
    int rooms = 0;
    for (int r = 0; r < 5; ++r) rooms += book.viewers(QStringLiteral("room%1").arg(r));
    EXPECT_EQ(rooms, 2);  // "main" plus two more
    EXPECT_EQ(book.dropped(), 4);
}
