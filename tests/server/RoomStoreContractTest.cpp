// The RoomStore contract, run against every store: SQLite (one file) and PostgreSQL (the real
// server the scale_out_services fixture runs). Cross-process rules (a taken seq answers
// Conflict, a room created twice keeps the first epoch) run on two PostgreSQL stores at once.
#include "ScaleOutSupport.h"
#include "support/ServerTestSupport.h"

#include "server/PostgresRoomStore.h"
#include "server/ServiceUrls.h"
#include "server/SqliteRoomStore.h"

#include <QSqlDatabase>

using namespace omk;
using namespace omk::server;
using namespace omk::server::test;

namespace {

protocol::Event chatEvent(const QString& room, qint64 seq, const QString& cid,
                          const QString& actor = QStringLiteral("g_a")) {
    protocol::Event e;
    e.room = room;
    e.seq = seq;
    e.id = QStringLiteral("01HF7Y3K5T9Q2W8E4R6T1Y%1").arg(seq, 4, 10, QLatin1Char('0')) + room;
    e.ts = 1700000000000 + seq;
    e.type = protocol::EventType::ChatMessage;
    e.actor = {actor, QStringLiteral("Alice ✓"), protocol::Role::Attendee};
    e.cid = cid;
    e.data = QJsonObject{{QStringLiteral("text"), QStringLiteral("héllo\n%1").arg(seq)}};
    return e;
}

enum class Backend { Sqlite, Postgres };

void PrintTo(Backend b, std::ostream* os) {
    *os << (b == Backend::Sqlite ? "sqlite" : "postgres");
}

class RoomStoreContractTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        ensureApp();
        if (GetParam() == Backend::Postgres) {
            const auto services = scaleOutServices();
            ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
            m_url = freshPostgresDatabase(services);
            ASSERT_FALSE(m_url.isEmpty());
        }
        store = open();
        ASSERT_TRUE(store);
    }

    std::unique_ptr<RoomStore> open() {
        if (GetParam() == Backend::Sqlite) {
            auto s = SqliteRoomStore::open(m_dir.filePath(QStringLiteral("rooms.db")), false);
            EXPECT_TRUE(s) << s.error().message.toStdString();
            return s ? std::move(*s) : nullptr;
        }
        auto params = parsePostgresUrl(m_url);
        EXPECT_TRUE(params) << params.error().message.toStdString();
        if (!params) return nullptr;
        auto s = PostgresRoomStore::open(*params);
        EXPECT_TRUE(s) << s.error().message.toStdString();
        return s ? std::move(*s) : nullptr;
    }

    QTemporaryDir m_dir{tempRoot() + QStringLiteral("/store-XXXXXX")};
    QString m_url;
    std::unique_ptr<RoomStore> store;
};

}  // namespace

TEST_P(RoomStoreContractTest, CreatedRoomsAreLoadedEmpty) {
    auto r = store->createRoom(QStringLiteral("main"), QStringLiteral("epoch1"), 1000);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->epoch, QStringLiteral("epoch1"));
    EXPECT_EQ(r->head, 0);
    ASSERT_TRUE(store->createRoom(QStringLiteral("other"), QStringLiteral("epoch2"), 1000));
    auto rooms = store->loadRooms();
    ASSERT_TRUE(rooms);
    ASSERT_EQ(rooms->size(), 2);
    EXPECT_EQ(rooms->at(0).name, QStringLiteral("main"));
    EXPECT_EQ(rooms->at(0).head, 0);
    EXPECT_EQ(rooms->at(0).oldest, 1);
    auto one = store->loadRoom(QStringLiteral("other"));
    ASSERT_TRUE(one);
    ASSERT_TRUE(one->has_value());
    EXPECT_EQ((*one)->epoch, QStringLiteral("epoch2"));
    auto none = store->loadRoom(QStringLiteral("nope"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
    EXPECT_TRUE(store->check());
    EXPECT_FALSE(store->kind().isEmpty());
}

TEST_P(RoomStoreContractTest, AppendedEventsReadBackInOrderAndExactly) {
    ASSERT_TRUE(store->createRoom(QStringLiteral("main"), QStringLiteral("e"), 1));
    for (int i = 1; i <= 30; ++i) {
        auto a = store->append(chatEvent(QStringLiteral("main"), i, QStringLiteral("c%1").arg(i)));
        ASSERT_TRUE(a) << a.error().message.toStdString();
        EXPECT_EQ(*a, Appended::Stored);
    }
    auto after = store->eventsAfter(QStringLiteral("main"), 10, 5);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), 5);
    EXPECT_EQ(after->front().seq, 11);
    EXPECT_EQ(after->back().seq, 15);
    const auto& e = after->front();
    const auto want = chatEvent(QStringLiteral("main"), 11, QStringLiteral("c11"));
    EXPECT_EQ(e.id, want.id);
    EXPECT_EQ(e.ts, want.ts);
    EXPECT_EQ(e.type, want.type);
    EXPECT_EQ(e.actor.id, want.actor.id);
    EXPECT_EQ(e.actor.name, want.actor.name);
    EXPECT_EQ(e.actor.role, want.actor.role);
    EXPECT_EQ(e.cid, want.cid);
    EXPECT_EQ(e.data, want.data);

    auto last = store->lastEvents(QStringLiteral("main"), 3);
    ASSERT_TRUE(last);
    ASSERT_EQ(last->size(), 3);
    EXPECT_EQ(last->at(0).seq, 28);
    EXPECT_EQ(last->at(2).seq, 30);

    auto byCid =
        store->findByCid(QStringLiteral("main"), QStringLiteral("g_a"), QStringLiteral("c7"));
    ASSERT_TRUE(byCid);
    ASSERT_TRUE(byCid->has_value());
    EXPECT_EQ((*byCid)->seq, 7);
    auto otherActor =
        store->findByCid(QStringLiteral("main"), QStringLiteral("g_b"), QStringLiteral("c7"));
    ASSERT_TRUE(otherActor);
    EXPECT_FALSE(otherActor->has_value());

    auto heads = store->heads();
    ASSERT_TRUE(heads);
    EXPECT_EQ(heads->value(QStringLiteral("main")), 30);
}

TEST_P(RoomStoreContractTest, ATakenSeqOrCidIsNeverStoredTwice) {
    ASSERT_TRUE(store->createRoom(QStringLiteral("main"), QStringLiteral("e"), 1));
    ASSERT_TRUE(store->append(chatEvent(QStringLiteral("main"), 1, QStringLiteral("c1"))));
    auto again = chatEvent(QStringLiteral("main"), 1, QStringLiteral("c2"));
    again.id += QStringLiteral("x");
    auto seqTaken = store->append(again);
    // SQLite (one process) calls it an error, PostgreSQL (shared) a conflict: never Stored.
    EXPECT_FALSE(seqTaken && *seqTaken == Appended::Stored);
    auto cidTaken = chatEvent(QStringLiteral("main"), 2, QStringLiteral("c1"));
    auto r = store->append(cidTaken);
    EXPECT_FALSE(r && *r == Appended::Stored);
    auto all = store->eventsAfter(QStringLiteral("main"), 0, 100);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1);
    // The store is still usable after a refused append.
    EXPECT_TRUE(store->append(chatEvent(QStringLiteral("main"), 2, QStringLiteral("c2"))));
}

TEST_P(RoomStoreContractTest, CompactionKeepsTheSnapshotAndDropsOldEvents) {
    ASSERT_TRUE(store->createRoom(QStringLiteral("main"), QStringLiteral("e"), 1));
    for (int i = 1; i <= 20; ++i)
        ASSERT_TRUE(
            store->append(chatEvent(QStringLiteral("main"), i, QStringLiteral("c%1").arg(i))));
    const QJsonObject snap{{QStringLiteral("slow_mode_ms"), 5000}};
    ASSERT_TRUE(store->compact(QStringLiteral("main"), snap, 20, 15));
    auto room = store->loadRoom(QStringLiteral("main"));
    ASSERT_TRUE(room);
    ASSERT_TRUE(room->has_value());
    EXPECT_EQ((*room)->head, 20);
    EXPECT_EQ((*room)->oldest, 16);
    EXPECT_EQ((*room)->snapshotSeq, 20);
    EXPECT_EQ((*room)->snapshot, snap);
    auto left = store->eventsAfter(QStringLiteral("main"), 0, 100);
    ASSERT_TRUE(left);
    ASSERT_EQ(left->size(), 5);
    EXPECT_EQ(left->front().seq, 16);
}

TEST_P(RoomStoreContractTest, EverythingSurvivesReopening) {
    ASSERT_TRUE(store->createRoom(QStringLiteral("main"), QStringLiteral("e"), 1));
    for (int i = 1; i <= 5; ++i)
        ASSERT_TRUE(
            store->append(chatEvent(QStringLiteral("main"), i, QStringLiteral("c%1").arg(i))));
    store.reset();
    store = open();
    ASSERT_TRUE(store);
    auto rooms = store->loadRooms();
    ASSERT_TRUE(rooms);
    ASSERT_EQ(rooms->size(), 1);
    EXPECT_EQ(rooms->front().head, 5);
    EXPECT_EQ(rooms->front().epoch, QStringLiteral("e"));
}

INSTANTIATE_TEST_SUITE_P(Stores, RoomStoreContractTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend>& i) {
                             return i.param == Backend::Sqlite ? std::string("Sqlite")
                                                               : std::string("Postgres");
                         });

// Two stores on one database stand for two server processes.
class SharedPostgresStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ensureApp();
        const auto services = scaleOutServices();
        ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
        const QString url = freshPostgresDatabase(services);
        ASSERT_FALSE(url.isEmpty());
        auto params = parsePostgresUrl(url);
        ASSERT_TRUE(params);
        auto a = PostgresRoomStore::open(*params);
        ASSERT_TRUE(a) << a.error().message.toStdString();
        auto b = PostgresRoomStore::open(*params);
        ASSERT_TRUE(b) << b.error().message.toStdString();
        storeA = std::move(*a);
        storeB = std::move(*b);
    }
    std::unique_ptr<PostgresRoomStore> storeA;
    std::unique_ptr<PostgresRoomStore> storeB;
};

TEST_F(SharedPostgresStoreTest, TheFirstCreatorsEpochWinsForBoth) {
    auto a = storeA->createRoom(QStringLiteral("main"), QStringLiteral("fromA"), 1);
    auto b = storeB->createRoom(QStringLiteral("main"), QStringLiteral("fromB"), 2);
    ASSERT_TRUE(a);
    ASSERT_TRUE(b) << b.error().message.toStdString();
    EXPECT_EQ(a->epoch, QStringLiteral("fromA"));
    EXPECT_EQ(b->epoch, QStringLiteral("fromA"));
    EXPECT_TRUE(storeA->shared());
}

TEST_F(SharedPostgresStoreTest, TheSecondWriterOfASeqGetsAConflictAndSeesTheFirst) {
    ASSERT_TRUE(storeA->createRoom(QStringLiteral("main"), QStringLiteral("e"), 1));
    auto a = storeA->append(
        chatEvent(QStringLiteral("main"), 1, QStringLiteral("a1"), QStringLiteral("g_a")));
    ASSERT_TRUE(a);
    EXPECT_EQ(*a, Appended::Stored);
    auto fromB = chatEvent(QStringLiteral("main"), 1, QStringLiteral("b1"), QStringLiteral("g_b"));
    fromB.id += QStringLiteral("b");
    auto b = storeB->append(fromB);
    ASSERT_TRUE(b) << b.error().message.toStdString();
    EXPECT_EQ(*b, Appended::Conflict);
    auto seen = storeB->eventsAfter(QStringLiteral("main"), 0, 10);
    ASSERT_TRUE(seen);
    ASSERT_EQ(seen->size(), 1);
    EXPECT_EQ(seen->front().cid, QStringLiteral("a1"));
    fromB.seq = 2;
    auto retried = storeB->append(fromB);
    ASSERT_TRUE(retried);
    EXPECT_EQ(*retried, Appended::Stored);
    auto heads = storeA->heads();
    ASSERT_TRUE(heads);
    EXPECT_EQ(heads->value(QStringLiteral("main")), 2);
}

TEST_F(SharedPostgresStoreTest, OnlyTheSeqAfterTheStoredHeadIsStoredEvenAfterCompaction) {
    ASSERT_TRUE(storeA->createRoom(QStringLiteral("main"), QStringLiteral("e"), 1));
    for (int i = 1; i <= 20; ++i)
        ASSERT_TRUE(
            storeA->append(chatEvent(QStringLiteral("main"), i, QStringLiteral("c%1").arg(i))));
    ASSERT_TRUE(storeA->compact(QStringLiteral("main"), {}, 20, 15));
    // B never saw any of it: its seq 1 is free in the table but far behind the head.
    auto stale = chatEvent(QStringLiteral("main"), 1, QStringLiteral("b1"), QStringLiteral("g_b"));
    stale.id += QStringLiteral("b");
    auto r = storeB->append(stale);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(*r, Appended::Conflict);
    stale.seq = 22;  // beyond the head: would leave a gap
    r = storeB->append(stale);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, Appended::Conflict);
    stale.seq = 21;
    r = storeB->append(stale);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, Appended::Stored);
    auto heads = storeA->heads();
    ASSERT_TRUE(heads);
    EXPECT_EQ(heads->value(QStringLiteral("main")), 21);
}

TEST(PostgresStoreTest, AnUnreachableDatabaseFailsToOpenWithAReason) {
    ensureApp();
    auto params = parsePostgresUrl(
        QStringLiteral("postgresql://nobody@/nodb?host=/nonexistent-omnikast&connect_timeout=2"));
    ASSERT_TRUE(params);
    auto s = PostgresRoomStore::open(*params);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("postgres")))
        << s.error().message.toStdString();
}
