// The real omnikast-server binary as a subprocess, where process death matters.
#include "support/ServerProcessSupport.h"
#include "support/ServerTestSupport.h"

#include "protocol/ErrorCodes.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

using namespace omk::server;
using namespace omk::server::test;

namespace {

const QString kRoom = QStringLiteral("main");

// The server on its own SQLite file.
class SqliteServer : public ServerProcess {
public:
    explicit SqliteServer(const QString& db)
        : ServerProcess({QStringLiteral("--port"), QStringLiteral("0")},
                        {QStringLiteral("OMNIKAST_SERVER_DB=") + db}) {}
};

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList& args, const QStringList& extraEnv = {}) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    for (const auto& kv : extraEnv) env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKAST_SERVER_BIN), args);
    p.waitForFinished(10000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class ServerProcessTest : public ::testing::Test {
protected:
    void SetUp() override { ensureApp(); }
    QTemporaryDir dir{tempRoot() + QStringLiteral("/process-XXXXXX")};
    QString db() const { return dir.filePath(QStringLiteral("rooms.db")); }
};

}  // namespace

TEST_F(ServerProcessTest, KillNineMidBurstLosesNoAcknowledgedMessage) {
    QHash<QString, qint64> acked;  // cid → seq
    QString token;
    QString epoch;
    constexpr int kBurst = 500;
    int sent = 0;
    {
        // sync=full: an ack means fsynced.
        SqliteServer server(db());
        ASSERT_NE(server.port, 0);
        WsClient c(server.port);
        token = str(c.hello(QStringLiteral("Burst")), "token");
        epoch = str(c.join(kRoom), "epoch");
        // Keep sends in flight and kill the server while it is still working through them.
        auto harvest = [&] {
            for (const auto& o : c.inbox())
                if (str(o, "type") == QLatin1String("ack"))
                    acked.insert(str(o, "cid"), num(o, "seq"));
        };
        // A window of up to 100 unacknowledged sends; kill once 200 acks are in.
        QElapsedTimer timer;
        timer.start();
        while (acked.size() < 200 && timer.elapsed() < 20000) {
            while (sent - acked.size() < 100) {
                c.sendChat(kRoom, QStringLiteral("b%1").arg(sent), QStringLiteral("x"));
                ++sent;
            }
            QTest::qWait(1);
            harvest();
        }
        ::kill(pid_t(server.process().processId()), SIGKILL);
        c.waitClosed(5000);
        harvest();
        server.process().waitForFinished(5000);
        EXPECT_EQ(server.process().exitStatus(), QProcess::CrashExit);
    }
    ASSERT_GE(acked.size(), 1);
    ASSERT_LT(sent, kBurst);

    SqliteServer again(db());
    ASSERT_NE(again.port, 0);
    WsClient c(again.port);
    ASSERT_EQ(str(c.helloToken(token), "type"), QStringLiteral("welcome"));
    const auto j = c.join(kRoom, 0, epoch);
    ASSERT_TRUE(j.value(QStringLiteral("recovered")).toBool());
    const auto events = j.value(QStringLiteral("events")).toArray();
    QHash<QString, qint64> stored;
    for (int i = 0; i < events.size(); ++i) {
        const auto e = events[i].toObject();
        EXPECT_EQ(num(e, "seq"), i + 1);  // no gaps
        stored.insert(str(e, "cid"), num(e, "seq"));
    }
    for (auto it = acked.begin(); it != acked.end(); ++it)
        EXPECT_EQ(stored.value(it.key(), -1), it.value())
            << "acked " << it.key().toStdString() << " lost";

    // Retrying the whole burst stores only what is missing, exactly once.
    for (int i = 0; i < kBurst; ++i)
        c.sendChat(kRoom, QStringLiteral("b%1").arg(i), QStringLiteral("x"));
    int duplicates = 0;
    for (int i = 0; i < kBurst; ++i) {
        const auto r = c.nextReply(10000);
        ASSERT_EQ(str(r, "type"), QStringLiteral("ack")) << i;
        if (r.value(QStringLiteral("duplicate")).toBool()) {
            ++duplicates;
            EXPECT_EQ(num(r, "seq"), stored.value(str(r, "cid")));
        }
    }
    EXPECT_EQ(duplicates, stored.size());
    // Informational: how far the burst got before the kill (all 400 would mean it was not
    // mid-burst).
    std::printf("kill -9 with %d sent, %d acked, %d stored\n", sent, int(acked.size()),
                int(stored.size()));
    WsClient check(again.port);
    check.hello(QStringLiteral("Check"));
    EXPECT_EQ(num(check.join(kRoom), "head"), kBurst);
}

TEST_F(ServerProcessTest, SigtermClosesClientsWithGoingAwayAndKeepsEverything) {
    QString epoch;
    {
        SqliteServer server(db());
        ASSERT_NE(server.port, 0);
        WsClient c(server.port);
        c.hello(QStringLiteral("A"));
        epoch = str(c.join(kRoom), "epoch");
        for (int i = 0; i < 20; ++i)
            ASSERT_EQ(str(c.chat(kRoom, QStringLiteral("t%1").arg(i), QStringLiteral("x")), "type"),
                      QStringLiteral("ack"));
        server.process().terminate();
        EXPECT_TRUE(c.waitClosed(5000));
        EXPECT_EQ(c.closeCode(), omk::protocol::close::kGoingAway);
        ASSERT_TRUE(server.process().waitForFinished(5000));
        EXPECT_EQ(server.process().exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(server.process().exitCode(), 0);
    }
    SqliteServer again(db());
    WsClient c(again.port);
    c.hello(QStringLiteral("B"));
    const auto j = c.join(kRoom, 0, epoch);
    EXPECT_TRUE(j.value(QStringLiteral("recovered")).toBool());
    EXPECT_EQ(j.value(QStringLiteral("events")).toArray().size(), 20);
}

TEST_F(ServerProcessTest, InviteCommandPrintsATokenTheServerAccepts) {
    const QStringList env{QStringLiteral("OMNIKAST_SERVER_JWT_SECRET=") +
                          QString::fromLatin1(kSecret)};
    const auto r =
        runCli({QStringLiteral("invite"), QStringLiteral("--role"), QStringLiteral("moderator"),
                QStringLiteral("--room"), kRoom, QStringLiteral("--ttl"), QStringLiteral("1h")},
               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString token = r.out.trimmed();
    SqliteServer server(db());
    WsClient c(server.port);
    const auto w = c.helloToken(token);
    ASSERT_EQ(str(w, "type"), QStringLiteral("welcome"));
    EXPECT_EQ(str(w.value(QStringLiteral("user")).toObject(), "role"), QStringLiteral("moderator"));
}

TEST_F(ServerProcessTest, BadFlagsAndConfigExitNonZeroWithOneLine) {
    auto r = runCli({QStringLiteral("--bogus"), QStringLiteral("1")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--bogus")));

    r = runCli({QStringLiteral("--port"), QStringLiteral("99999")},
               {QStringLiteral("OMNIKAST_SERVER_JWT_SECRET=") + QString::fromLatin1(kSecret)});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("port")));

    r = runCli({QStringLiteral("--config"), dir.filePath(QStringLiteral("missing.json"))});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0);

    r = runCli({QStringLiteral("serve"), QStringLiteral("--db"), db()},
               {QStringLiteral("OMNIKAST_SERVER_JWT_SECRET=")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("JWT secret")));

    r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("omnikast-server ")));
    r = runCli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("invite")));
}

TEST_F(ServerProcessTest, ADescriptorLimitBelowMaxConnectionsRefusesTheRestWith4029) {
    // 120 descriptors, 64 of them kept for the server's own files: 56 connections fit; the rest
    // must hear too_many_connections and 4029, not hang in "connecting".
    constexpr int kLimit = 120;
    constexpr int kFit = kLimit - 64;
    constexpr int kClients = kFit + 24;
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMNIKAST_SERVER_JWT_SECRET"), QString::fromLatin1(kSecret));
    env.insert(QStringLiteral("OMNIKAST_SERVER_LISTEN"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("OMNIKAST_SERVER_DB"), db());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("prlimit"),
            {QStringLiteral("--nofile=%1:%1").arg(kLimit), QStringLiteral(OMNIKAST_SERVER_BIN),
             QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray out;
    QByteArray err;
    quint16 port = 0;
    const QRegularExpression re(QStringLiteral("listening on [0-9.]+:(\\d+)"));
    (void)QTest::qWaitFor(
        [&] {
            out += p.readAllStandardOutput();
            err += p.readAllStandardError();
            const auto m = re.match(QString::fromUtf8(out + err));
            if (m.hasMatch()) port = quint16(m.captured(1).toUInt());
            return port != 0 || p.state() == QProcess::NotRunning;
        },
        20000);
    ASSERT_NE(port, 0) << err.toStdString();

    std::vector<std::unique_ptr<WsClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<WsClient>(port));
        omk::protocol::Hello h;
        h.name = QStringLiteral("c%1").arg(i);
        clients.back()->send(omk::protocol::encode(h));
    }
    int welcomed = 0;
    int refused = 0;
    for (auto& c : clients) {
        const auto first = c->next([](const QJsonObject&) { return true; }, 10000);
        const QString type = str(first, "type");
        if (type == QLatin1String("welcome")) {
            ++welcomed;
        } else {
            EXPECT_EQ(str(first, "code"), QLatin1String(omk::protocol::error::kTooManyConnections));
            EXPECT_TRUE(c->waitClosed(5000));
            EXPECT_EQ(c->closeCode(), omk::protocol::close::kTooManyConnections);
            ++refused;
        }
    }
    EXPECT_EQ(welcomed, kFit);
    EXPECT_EQ(refused, kClients - kFit);
    err += p.readAllStandardError();
    EXPECT_TRUE(err.contains("event=fd_limit")) << err.left(2000).toStdString();
    p.kill();
    p.waitForFinished(5000);
}

TEST_F(ServerProcessTest, RegistrationsImportAndRolesSayWhatTheyDidOrWhyNot) {
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    auto write = [&](const QByteArray& bytes) {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    const QStringList dbFlag{QStringLiteral("--db"), db()};
    write("email,name\nada@example.org,Ada\nnot-an-address,Nobody\nbob@example.org,Bob\n");
    auto r = runCli(QStringList{QStringLiteral("registrations"), QStringLiteral("import"), csv} +
                    dbFlag);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.startsWith(QStringLiteral("imported 2 registrations from people.csv (minimal "
                                        "format): 2 new")))
        << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3: skipped"))) << r.err.toStdString();
    // Again: nothing new.
    r = runCli(QStringList{QStringLiteral("registrations"), QStringLiteral("import"), csv} +
               dbFlag);
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 new, 2 already registered")))
        << r.out.toStdString();

    // Bad files: one line, exit 1, nothing imported.
    write("name,company\nAda,Engines\n");
    r = runCli(QStringList{QStringLiteral("registrations"), QStringLiteral("import"), csv} +
               dbFlag);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no e-mail column")));
    r = runCli(QStringList{QStringLiteral("registrations"), QStringLiteral("import"),
                           dir.filePath(QStringLiteral("missing.csv"))} +
               dbFlag);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot read")));
    r = runCli({QStringLiteral("registrations"), QStringLiteral("export")});
    EXPECT_EQ(r.exitCode, 2);

    r = runCli(QStringList{QStringLiteral("roles"), QStringLiteral("grant"),
                           QStringLiteral("Ada@Example.org"), QStringLiteral("moderator"),
                           QStringLiteral("--room"), QStringLiteral("stage")} +
               dbFlag);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("ada@example.org is now moderator in room stage"));
    r = runCli(QStringList{QStringLiteral("roles"), QStringLiteral("revoke"),
                           QStringLiteral("ada@example.org"), QStringLiteral("admin")} +
               dbFlag);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not admin in the event"))) << r.err.toStdString();
    r = runCli(QStringList{QStringLiteral("roles"), QStringLiteral("grant"),
                           QStringLiteral("nobody"), QStringLiteral("admin")} +
               dbFlag);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0);
    r = runCli({QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("a@b.org"),
                QStringLiteral("emperor")});
    EXPECT_EQ(r.exitCode, 2);

    r = runCli(QStringList{QStringLiteral("registrations"), QStringLiteral("remove"),
                           QStringLiteral("bob@example.org")} +
               dbFlag);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("bob@example.org is no longer registered"));
    r = runCli(QStringList{QStringLiteral("accounts"), QStringLiteral("disable"),
                           QStringLiteral("ada@example.org")} +
               dbFlag);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("ada@example.org is disabled")));
    r = runCli(QStringList{QStringLiteral("accounts"), QStringLiteral("enable"),
                           QStringLiteral("nobody@example.org")} +
               dbFlag);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no account has the address")))
        << r.err.toStdString();
}
