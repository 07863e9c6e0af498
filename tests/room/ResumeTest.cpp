// Resume after the connection drops, after the server restarts (in process and as a killed
// process) and when the log cannot be resumed: no loss, no duplicates, the outbox delivered once.
#include "support/RoomTestSupport.h"
#include "support/ServerProcessSupport.h"

#include <QProcess>
#include <QRegularExpression>

using namespace omk::room;
using namespace omk::room::test;

namespace {

// Every seq applied by a connection, to prove none is applied twice or skipped.
struct SeqRecorder {
    explicit SeqRecorder(RoomConnection& c) {
        QObject::connect(&c, &RoomConnection::eventApplied,
                         [this](const omk::protocol::Event& e) { seqs.append(e.seq); });
        QObject::connect(&c, &RoomConnection::roomReset,
                         [this](const QJsonObject&, const QList<omk::protocol::Event>& h) {
                             ++resets;
                             for (const auto& e : h) seqs.append(e.seq);
                         });
    }
    bool strictlyIncreasingFromOne() const {
        for (int i = 0; i < seqs.size(); ++i)
            if (seqs[i] != i + 1) return false;
        return true;
    }
    QList<qint64> seqs;
    int resets = 0;
};

void expectRows(const Client& c, int n) {
    const auto rows = c.confirmed();
    ASSERT_EQ(rows.size(), n);
    for (int i = 0; i < n; ++i) EXPECT_EQ(rows[i].first, i + 1);
    EXPECT_EQ(c.chat->rowCount(), n);  // no pending leftovers, no duplicate rows
}

}  // namespace

TEST_F(RoomTest, ServerRestartResumesAndDeliversOutboxOnce) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    SeqRecorder ra(*a->connection), rb(*b->connection);
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(a->connection->sendChat(QStringLiteral("a%1").arg(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->confirmedCount() == 5; }, 5000));

    const quint16 oldPort = port;
    server.reset();  // closes every session with 1001
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return a->connection->state() == RoomConnection::State::Reconnecting; }, 5000));
    // Written while the server is away: kept in the outbox, shown as pending.
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(a->connection->sendChat(QStringLiteral("off%1").arg(i)));
    ASSERT_TRUE(b->connection->sendChat(QStringLiteral("b-off")));
    EXPECT_EQ(a->connection->pendingCount(), 3);
    EXPECT_EQ(a->chat->rowCount(), 8);

    config.port = oldPort;
    start();
    ASSERT_TRUE(a->waitConnected() && b->waitConnected());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return a->confirmedCount() == 9 && b->confirmedCount() == 9; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->pendingCount() == 0; }, 5000));
    QTest::qWait(200);  // any late duplicate would arrive now
    expectRows(*a, 9);
    expectRows(*b, 9);
    EXPECT_EQ(a->confirmed(), b->confirmed());
    EXPECT_TRUE(ra.strictlyIncreasingFromOne()) << ra.seqs.size();
    EXPECT_TRUE(rb.strictlyIncreasingFromOne());
    EXPECT_EQ(ra.resets, 0);  // the restart resumed: no reset
}

TEST_F(RoomTest, DroppedSocketResumesWhatWasMissed) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    SeqRecorder ra(*a->connection);
    QSignalSpy states(a->connection.get(), &RoomConnection::stateChanged);
    ASSERT_TRUE(b->connection->sendChat(QStringLiteral("before")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 1; }, 5000));
    a->connection->abortSocket();
    for (int i = 0; i < 4; ++i) ASSERT_TRUE(b->connection->sendChat(QStringLiteral("m%1").arg(i)));
    ASSERT_TRUE(a->connection->sendChat(QStringLiteral("from a")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 6; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->confirmedCount() == 6; }, 5000));
    expectRows(*a, 6);
    EXPECT_TRUE(ra.strictlyIncreasingFromOne());
    EXPECT_EQ(ra.resets, 0);
    bool sawReconnecting = false;
    for (const auto& s : states)
        sawReconnecting |=
            s.at(0).value<RoomConnection::State>() == RoomConnection::State::Reconnecting;
    EXPECT_TRUE(sawReconnecting);
}

TEST_F(RoomTest, UnrecoverableGapTakesSnapshotAndResetsModel) {
    config.retention = 5;
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    ASSERT_TRUE(b->connection->sendChat(QStringLiteral("first")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 1; }, 5000));
    QSignalSpy resets(a->connection.get(), &RoomConnection::roomReset);
    QSignalSpy modelResets(a->chat.get(), &QAbstractItemModel::modelReset);
    a->connection->stop();
    // Far more than the retained log while Ann is away, with a slow-mode change in between.
    for (int i = 0; i < 20; ++i) ASSERT_TRUE(b->connection->sendChat(QStringLiteral("n%1").arg(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->confirmedCount() == 21; }, 5000));
    a->connection->start();
    ASSERT_TRUE(a->waitConnected());
    ASSERT_EQ(resets.size(), 1);
    EXPECT_GE(modelResets.size(), 1);
    EXPECT_EQ(a->connection->lastSeq(), 21);
    const auto rows = a->confirmed();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_LT(rows.size(), 21);  // what the server still holds, not everything
    EXPECT_EQ(rows.last().first, 21);
    for (int i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i].first, rows[i - 1].first + 1);
    // Live events continue after the reset.
    ASSERT_TRUE(b->connection->sendChat(QStringLiteral("after")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->lastSeq() == 22; }, 5000));
    EXPECT_EQ(a->confirmed().last().first, 22);
}

TEST_F(RoomTest, NewEpochAfterRestartOnAnotherDatabaseResets) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(a->connection->sendChat(QStringLiteral("x%1").arg(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 3; }, 5000));
    const QString oldEpoch = a->connection->epoch();
    QSignalSpy resets(a->connection.get(), &RoomConnection::roomReset);
    const quint16 oldPort = port;
    server.reset();
    config.port = oldPort;
    config.db = m_dir.filePath(QStringLiteral("other.db"));
    start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return resets.size() == 1; }, 5000));
    EXPECT_NE(a->connection->epoch(), oldEpoch);
    EXPECT_EQ(a->chat->rowCount(), 0);
    EXPECT_EQ(a->connection->lastSeq(), 0);
}

namespace {

// The server on its own SQLite file, on a given port (0: any) so a restart can reuse it.
class SqliteServer : public ServerProcess {
public:
    SqliteServer(const QString& db, quint16 wantPort)
        : ServerProcess({QStringLiteral("--port"), QString::number(wantPort)},
                        {QStringLiteral("OMNIKAST_SERVER_DB=") + db}) {}
};

}  // namespace

TEST_F(RoomTest, KilledServerProcessRestartedLosesNothingAndDuplicatesNothing) {
    const QString db = m_dir.filePath(QStringLiteral("process.db"));
    auto process = std::make_unique<SqliteServer>(db, 0);
    ASSERT_NE(process->port, 0);
    const quint16 serverPort = process->port;
    auto cfg = fastConfig(serverPort);
    cfg.guestName = QStringLiteral("Ann");
    auto a = makeClient(cfg);
    cfg.guestName = QStringLiteral("Ben");
    auto b = makeClient(cfg);
    ASSERT_TRUE(a->waitConnected() && b->waitConnected());
    SeqRecorder ra(*a->connection), rb(*b->connection);
    // A burst, killed in the middle: some sends are committed but never acked.
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(a->connection->sendChat(QStringLiteral("burst%1").arg(i)));
    QTest::qWait(5);
    process->kill();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return a->connection->state() == RoomConnection::State::Reconnecting; }, 5000));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(b->connection->sendChat(QStringLiteral("away%1").arg(i)));
    process = std::make_unique<SqliteServer>(db, serverPort);
    ASSERT_EQ(process->port, serverPort);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return a->connection->pendingCount() == 0 && b->connection->pendingCount() == 0 &&
                   a->confirmedCount() == 45 && b->confirmedCount() == 45;
        },
        15000))
        << a->confirmedCount() << " " << b->confirmedCount() << " "
        << a->connection->pendingCount();
    QTest::qWait(200);
    expectRows(*a, 45);
    expectRows(*b, 45);
    EXPECT_EQ(a->confirmed(), b->confirmed());
    EXPECT_TRUE(ra.strictlyIncreasingFromOne());
    EXPECT_TRUE(rb.strictlyIncreasingFromOne());
    // Each text exactly once.
    QSet<QString> texts;
    for (int i = 0; i < a->chat->rowCount(); ++i) texts.insert(a->chat->row(i).text);
    EXPECT_EQ(texts.size(), 45);
}
