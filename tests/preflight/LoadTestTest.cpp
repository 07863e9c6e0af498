// The load-test engine against a real in-process omnikast-server on loopback: the server runs
// on this thread's event loop (pumped by runLoadTest), the clients on the engine's workers.
#include "preflight/Commands.h"
#include "preflight/LoadTest.h"
#include "support/ServerTestSupport.h"

namespace omk::preflight {
namespace {

using server::test::kSecret;

class LoadTestTest : public server::test::ServerTest {
protected:
    LoadTestOptions options(int clients) {
        LoadTestOptions o;
        o.server = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
        o.room = QStringLiteral("main");
        o.clients = clients;
        o.durationS = 3;
        o.chatRate = 20;
        o.disconnectFraction = 0.25;
        o.backoffBaseMs = 50;
        return o;
    }
    // A short run against a server that takes at most maxConnections sockets.
    Expected<LoadTestReport> runAgainstAFullServer(int maxConnections, int clients, int lean) {
        config.maxConnections = maxConnections;
        start();
        auto o = options(clients);
        o.leanReceivers = lean;
        o.connectTimeoutS = 2;
        o.drainTimeoutS = 2;
        o.durationS = 1;
        return runLoadTest(o);
    }
    QString moderatorToken() {
        return *server::Jwt(kSecret).sign(server::TokenClaims{
            QStringLiteral("u_mod"), QStringLiteral("Mod"), protocol::Role::Moderator,
            QStringLiteral("main"), 0, QDateTime::currentSecsSinceEpoch() + 600});
    }
};

TEST_F(LoadTestTest, TwentyClientsResumeWithNothingLostOrDoubled) {
    start();
    auto o = options(20);
    o.token = moderatorToken();
    auto r = runLoadTest(o);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->passed()) << r->failures.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(r->connected, 20);
    EXPECT_GT(r->sent, 40);
    EXPECT_EQ(r->acked, r->sent);
    EXPECT_EQ(r->unacked, 0);
    EXPECT_EQ(r->lost, 0);
    EXPECT_EQ(r->duplicates, 0);
    EXPECT_TRUE(r->drained);
    // A quarter of the clients lost their sockets and came back through resume.
    EXPECT_EQ(r->aborted, 5);
    EXPECT_EQ(r->resumed, 5);
    EXPECT_EQ(r->resets, 0);
    EXPECT_EQ(r->resumeMs.count, 5);
    // Every live delivery has a latency; the numbers themselves are bench/'s business.
    EXPECT_GT(r->deliveryMs.count, r->sent * 10);
    EXPECT_GT(r->deliveryMs.p50, 0.0);
    EXPECT_GE(r->deliveryMs.p99, r->deliveryMs.p50);
    EXPECT_GT(r->fanoutMs.count, 0);
    // The moderator drove playback and every client follows the room's media.
    EXPECT_TRUE(r->playback);
    EXPECT_EQ(r->syncErrorMs.count, 20);
    EXPECT_EQ(r->playbackMismatches, 0);
    const QJsonObject json = toJson(*r);
    EXPECT_TRUE(json.value(QStringLiteral("passed")).toBool());
    EXPECT_TRUE(
        json.value(QStringLiteral("delivery_ms")).toObject().contains(QStringLiteral("p99")));
}

TEST_F(LoadTestTest, LeanReceiversGetEveryMessageOnceBesideResumingClients) {
    start();
    auto o = options(8);
    o.leanReceivers = 30;
    auto r = runLoadTest(o);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->passed()) << r->failures.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(r->leanJoined, 30);
    EXPECT_EQ(r->leanDropped, 0);
    EXPECT_EQ(r->lost, 0);
    EXPECT_EQ(r->duplicates, 0);
    EXPECT_EQ(r->resumed, 2);
    // Every acked message reached every lean receiver live, except the resends of a sender
    // that lost its socket, which are left out of latency for every receiver alike.
    EXPECT_EQ(r->leanDeliveryMs.count, (r->acked - r->resentMessages) * 30);
    EXPECT_GT(r->leanDeliveryMs.p50, 0.0);
    EXPECT_GE(r->deliveryMs.count, r->leanDeliveryMs.count);
    EXPECT_GT(r->fanoutMs.count, 0);
    EXPECT_EQ(toJson(*r).value(QStringLiteral("lean_joined")).toInt(), 30);
}

TEST_F(LoadTestTest, LeanReceiversTheServerRefusesFailTheRun) {
    auto r = runAgainstAFullServer(5, 2, 6);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->passed());
    EXPECT_LT(r->leanJoined, 6);
    EXPECT_GT(r->leanDropped, 0);
    const QString failures = r->failures.join(QLatin1Char('\n'));
    EXPECT_TRUE(failures.contains(QStringLiteral("lean receivers never joined")))
        << failures.toStdString();
    EXPECT_TRUE(r->errors.contains(
        QStringLiteral("lean receiver: hello refused: too_many_connections: the server is full")))
        << r->errors.join(QStringLiteral("; ")).toStdString();
}

TEST_F(LoadTestTest, LeanReceiversNeedAPlainWebSocketUrl) {
    auto o = options(1);
    o.server = QUrl(QStringLiteral("wss://127.0.0.1:1/ws"));
    o.leanReceivers = 1;
    auto r = runLoadTest(o);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("ws://")));
}

TEST(LoadTestFiles, TooFewOpenFilesIsSaidUpFront) {
    EXPECT_TRUE(checkFileLimit(900, 100, 20000));
    EXPECT_TRUE(checkFileLimit(900, 100, 0)) << "an unknown limit is not held against the run";
    auto r = checkFileLimit(900, 100, 1024);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message,
              QStringLiteral("1000 clients need about 1065 open files, and this process may open "
                             "1024; raise the limit (ulimit -n, or LimitNOFILE= in a unit)"));
}

TEST_F(LoadTestTest, ServerThatRefusesEveryoneFailsTheRun) {
    auto r = runAgainstAFullServer(3, 6, 0);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->passed());
    EXPECT_LT(r->connected, 6);
    EXPECT_TRUE(r->failures.join(QLatin1Char('\n')).contains(QStringLiteral("never joined")))
        << r->failures.join(QStringLiteral("; ")).toStdString();
}

TEST_F(LoadTestTest, NothingListeningMeansNoClientJoined) {
    start();
    auto o = options(3);
    server.reset();  // the port is free again: every connection is refused
    o.connectTimeoutS = 1;
    auto r = runLoadTest(o);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->connected, 0);
    EXPECT_EQ(r->sent, 0);
    EXPECT_FALSE(r->passed());
}

TEST_F(LoadTestTest, CommandExitCodes) {
    start();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    auto run = [](QStringList args) {
        args.prepend(QStringLiteral("loadtest"));
        args.prepend(QStringLiteral("omnikast"));
        return runCommand(args);
    };
    // Bad input: 1.
    EXPECT_EQ(run({QStringLiteral("--room"), QStringLiteral("main")}), 1);
    EXPECT_EQ(run({QStringLiteral("--server"), url, QStringLiteral("--room"),
                   QStringLiteral("main"), QStringLiteral("--clients"), QStringLiteral("zero")}),
              1);
    // A run that passes: 0; a threshold no run can meet: 2.
    const QStringList base = {QStringLiteral("--server"),   url,
                              QStringLiteral("--room"),     QStringLiteral("cmd"),
                              QStringLiteral("--clients"),  QStringLiteral("4"),
                              QStringLiteral("--duration"), QStringLiteral("1s"),
                              QStringLiteral("--json")};
    EXPECT_EQ(run(base), 0);
    EXPECT_EQ(run(base + QStringList{QStringLiteral("--max-p99-ms"), QStringLiteral("0")}), 2);
    EXPECT_EQ(runCommand({QStringLiteral("omnikast"), QStringLiteral("probe")}), -1);
}

}  // namespace
}  // namespace omk::preflight
