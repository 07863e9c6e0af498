// Two real omnikast-server processes sharing rooms through a real PostgreSQL (the log) and a
// real redis-server or PostgreSQL LISTEN/NOTIFY (the fan-out), both run by the
// scale_out_services fixture: every client on either process sees the one ordered log.
#include "ScaleOutSupport.h"
#include "support/ServerProcessSupport.h"
#include "support/ServerTestSupport.h"

#include "protocol/ErrorCodes.h"
#include "server/Jwt.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <cstdio>

using namespace omk::server;
using namespace omk::server::test;

namespace {

const QString kRoom = QStringLiteral("main");

// A server of the shared deployment: rooms in PostgreSQL, the given fan-out.
class ScaleOutServer : public ServerProcess {
public:
    ScaleOutServer(const QString& pgUrl, const QString& fanout, const QString& redisUrl,
                   const QString& catchupMs = QStringLiteral("5000"),
                   const QStringList& extraEnv = {})
        : ServerProcess(args(pgUrl, fanout, redisUrl), settings(catchupMs) + extraEnv) {}

private:
    static QStringList args(const QString& pgUrl, const QString& fanout, const QString& redisUrl) {
        QStringList a{QStringLiteral("--port"),     QStringLiteral("0"),
                      QStringLiteral("--store"),    QStringLiteral("postgres"),
                      QStringLiteral("--postgres"), pgUrl,
                      QStringLiteral("--fanout"),   fanout};
        if (fanout == QLatin1String("redis")) a << QStringLiteral("--redis") << redisUrl;
        return a;
    }
    static QStringList settings(const QString& catchupMs) {
        return {QStringLiteral("OMNIKAST_SERVER_SEND_PER_SECOND=100000"),
                QStringLiteral("OMNIKAST_SERVER_FRAME_PER_SECOND=100000"),
                QStringLiteral("OMNIKAST_SERVER_PRESENCE_INTERVAL_MS=0"),
                // Long enough that these tests see the fan-out at work, not the safety net.
                QStringLiteral("OMNIKAST_SERVER_CATCHUP_INTERVAL_MS=") + catchupMs};
    }
};

struct Seen {
    qint64 seq;
    QString id;
    QString cid;
};

// Moves the log events in c's inbox into log (replies stay behind for whoever waits on them).
void harvestEvents(WsClient& c, QList<Seen>& log, QHash<QString, qint64>* acks = nullptr) {
    auto& in = c.inbox();
    for (auto it = in.begin(); it != in.end();) {
        const QString type = str(*it, "type");
        if (type == QLatin1String("chat.message")) {
            log.push_back({num(*it, "seq"), str(*it, "id"), str(*it, "cid")});
            it = in.erase(it);
        } else if (type == QLatin1String("ack") && acks) {
            acks->insert(str(*it, "cid"), num(*it, "seq"));
            it = in.erase(it);
        } else {
            ++it;
        }
    }
}

class ScaleOutTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        ensureApp();
        services = scaleOutServices();
        ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
        pgUrl = freshPostgresDatabase(services);
        ASSERT_FALSE(pgUrl.isEmpty());
    }
    std::unique_ptr<ScaleOutServer> startServer() {
        auto s = std::make_unique<ScaleOutServer>(pgUrl, QString::fromLatin1(GetParam()),
                                                  services.redisUrl);
        EXPECT_NE(s->port, 0) << "omnikast-server did not start";
        return s;
    }

    ScaleOutServices services;
    QString pgUrl;
};

}  // namespace

TEST_P(ScaleOutTest, HealthReportsTheStoreAndTheFanout) {
    auto a = startServer();
    ASSERT_NE(a->port, 0);
    const auto r = httpGet(a->port, QStringLiteral("/health"));
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
    const auto o = QJsonDocument::fromJson(r.body).object();
    EXPECT_EQ(str(o, "status"), QStringLiteral("ok"));
    EXPECT_EQ(str(o, "store"), QStringLiteral("postgres"));
    EXPECT_EQ(str(o, "fanout"), QString::fromLatin1(GetParam()));
}

TEST_P(ScaleOutTest, ACatalogChangeOnOneServerReachesTheClientsOfTheOther) {
    const QStringList env{QStringLiteral("OMNIKAST_SERVER_CATALOG=") +
                          QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json")};
    auto a = std::make_unique<ScaleOutServer>(pgUrl, QString::fromLatin1(GetParam()),
                                              services.redisUrl, QStringLiteral("5000"), env);
    auto b = std::make_unique<ScaleOutServer>(pgUrl, QString::fromLatin1(GetParam()),
                                              services.redisUrl, QStringLiteral("5000"), env);
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient onB(b->port);
    onB.hello(QStringLiteral("OnB"));
    EXPECT_EQ(num(onB.nextOfType(QStringLiteral("catalog.changed")), "version"), 1)
        << "both imported the file as one version";

    TokenClaims c;
    c.subject = QStringLiteral("u_script");
    c.name = QStringLiteral("Script");
    c.role = omk::protocol::Role::Admin;
    c.issuedAt = QDateTime::currentSecsSinceEpoch();
    c.expiresAt = c.issuedAt + 600;
    const QString admin = *Jwt(kSecret).sign(c);
    const auto current = httpBearer(a->port, "GET", QStringLiteral("/admin/catalog"), admin);
    ASSERT_EQ(current.status, 200) << current.body.data();
    QByteArray changed = current.body;
    changed.replace("Main Stage", "Main Stage (now in Hall B)");
    QElapsedTimer t;
    t.start();
    const auto put =
        httpBearer(a->port, "PUT", QStringLiteral("/admin/catalog"), admin, changed, current.etag);
    ASSERT_EQ(put.status, 200) << put.body.data();
    const auto m = onB.nextOfType(QStringLiteral("catalog.changed"), 1000);
    ASSERT_EQ(num(m, "version"), 2)
        << "within a second, through the fan-out (" << t.elapsed() << " ms)";
    EXPECT_EQ(str(m, "etag").toLatin1(), put.etag);
    const auto served = httpGet(b->port, QStringLiteral("/catalog.json"));
    EXPECT_TRUE(served.body.contains("Main Stage (now in Hall B)"));

    // B now holds version 2: an organizer on B who started from version 1 is told, not lost.
    const auto late = httpBearer(b->port, "PUT", QStringLiteral("/admin/catalog"), admin,
                                 current.body, current.etag);
    EXPECT_EQ(late.status, 412) << late.body.data();
    EXPECT_EQ(late.etag, put.etag);

    // One part edited on B, without If-Match: made on the newest version, A's change kept, and
    // A's clients hear of it.
    WsClient onA(a->port);
    onA.hello(QStringLiteral("OnA"));
    (void)onA.nextOfType(QStringLiteral("catalog.changed"), 1000);  // after the welcome
    const auto edit = httpBearer(b->port, "PATCH", QStringLiteral("/admin/channels/dome"), admin,
                                 QByteArrayLiteral(R"j({"name":"Dome (indoors)"})j"));
    ASSERT_EQ(edit.status, 200) << edit.body.data();
    EXPECT_EQ(num(onA.nextOfType(QStringLiteral("catalog.changed"), 1000), "version"), 3);
    const auto both = httpGet(a->port, QStringLiteral("/catalog.json"));
    EXPECT_TRUE(both.body.contains("Main Stage (now in Hall B)"));
    EXPECT_TRUE(both.body.contains("Dome (indoors)"));

    // An on-air switch made on A reaches B's viewers the same way.
    (void)onB.nextOfType(QStringLiteral("onair"), 1000);  // the board after the welcome
    const auto switched = httpBearer(a->port, "POST", QStringLiteral("/admin/channels/dome/on-air"),
                                     admin, QByteArrayLiteral(R"({"session":"s2"})"));
    ASSERT_EQ(switched.status, 200) << switched.body.data();
    const auto onAir = onB.nextOfType(QStringLiteral("onair"), 1000);
    EXPECT_EQ(str(onAir.value(QStringLiteral("channels"))
                      .toObject()
                      .value(QStringLiteral("dome"))
                      .toObject(),
                  "session"),
              QStringLiteral("s2"))
        << QJsonDocument(onAir).toJson().data();

    // And an announcement.
    ASSERT_EQ(httpBearer(a->port, "POST", QStringLiteral("/admin/announcements"), admin,
                         QByteArrayLiteral(R"({"text":"Doors close in 5 minutes"})"))
                  .status,
              200);
    EXPECT_EQ(str(onB.nextOfType(QStringLiteral("announcement"), 1000), "text"),
              QStringLiteral("Doors close in 5 minutes"));
}

// A role an organizer grants on one server holds at once for the account's connection on the
// other: that viewer hears its new role (role, 1.3) through the fan-out.
TEST_P(ScaleOutTest, ARoleGrantedOnOneServerReachesTheAccountsConnectionOnTheOther) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    const auto sign = [](const QString& subject, omk::protocol::Role role) {
        TokenClaims c;
        c.subject = subject;
        c.name = QStringLiteral("Someone");
        c.role = role;
        c.issuedAt = QDateTime::currentSecsSinceEpoch();
        c.expiresAt = c.issuedAt + 600;
        return *Jwt(kSecret).sign(c);
    };
    const QString admin = sign(QStringLiteral("u_script"), omk::protocol::Role::Admin);
    const auto grantIn = [&](const char* room) {
        return httpBearer(a->port, "POST", QStringLiteral("/admin/roles/grant"), admin,
                          QStringLiteral(R"({"email":"bea@example.org","role":"moderator",)"
                                         R"("room":"%1"})")
                              .arg(QLatin1String(room))
                              .toUtf8());
    };
    // The grant makes the account; bea then signs in on B and joins "main".
    const auto first = grantIn("elsewhere");
    ASSERT_EQ(first.status, 200) << first.body.data();
    const QString account = str(QJsonDocument::fromJson(first.body).object(), "account");
    WsClient onB(b->port);
    ASSERT_EQ(str(onB.helloToken(sign(account, omk::protocol::Role::Attendee)), "type"),
              QStringLiteral("welcome"));
    onB.join(QStringLiteral("main"));

    ASSERT_EQ(grantIn("main").status, 200);
    const QJsonObject told = onB.nextOfType(QStringLiteral("role"), 3000);
    EXPECT_EQ(str(told, "room"), QStringLiteral("main"));
    EXPECT_EQ(str(told, "role"), QStringLiteral("moderator"));
}

TEST_P(ScaleOutTest, ClientsOnTwoServersChattingAtOnceSeeOneOrderedLog) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient ca(a->port);
    WsClient cb(b->port);
    ca.hello(QStringLiteral("OnA"));
    cb.hello(QStringLiteral("OnB"));
    const QString epochA = str(ca.join(kRoom), "epoch");
    const QString epochB = str(cb.join(kRoom), "epoch");
    ASSERT_FALSE(epochA.isEmpty());
    EXPECT_EQ(epochA, epochB);

    constexpr int kEach = 100;
    // Interleaved sends, all in flight at once on both servers.
    for (int i = 0; i < kEach; ++i) {
        ca.sendChat(kRoom, QStringLiteral("a%1").arg(i), QStringLiteral("from A %1").arg(i));
        cb.sendChat(kRoom, QStringLiteral("b%1").arg(i), QStringLiteral("from B %1").arg(i));
    }
    QList<Seen> logA, logB;
    QHash<QString, qint64> acksA, acksB;
    QElapsedTimer t;
    t.start();
    // An append that keeps losing the race to the other server is refused with `storage`
    // ("retry with the same cid"); a client does exactly that, and so does this one.
    auto retryRefused = [](WsClient& c, const QString& from) {
        auto& in = c.inbox();
        for (auto it = in.begin(); it != in.end();) {
            if (str(*it, "type") == QLatin1String("error") &&
                str(*it, "code") == QLatin1String("storage") && !str(*it, "cid").isEmpty()) {
                const QString cid = str(*it, "cid");
                it = in.erase(it);
                c.sendChat(kRoom, cid, QStringLiteral("from %1 %2").arg(from, cid.mid(1)));
            } else {
                ++it;
            }
        }
    };
    const bool all = QTest::qWaitFor(
        [&] {
            retryRefused(ca, QStringLiteral("A"));
            retryRefused(cb, QStringLiteral("B"));
            harvestEvents(ca, logA, &acksA);
            harvestEvents(cb, logB, &acksB);
            return logA.size() >= 2 * kEach && logB.size() >= 2 * kEach && acksA.size() == kEach &&
                   acksB.size() == kEach;
        },
        30000);
    std::printf("two servers: %d events seen on each side in %lld ms\n", 2 * kEach,
                qint64(t.elapsed()));
    ASSERT_TRUE(all) << "A saw " << logA.size() << " events, B " << logB.size() << "; acks "
                     << acksA.size() << "/" << acksB.size();
    QTest::qWait(200);
    harvestEvents(ca, logA, &acksA);
    harvestEvents(cb, logB, &acksB);
    ASSERT_EQ(logA.size(), 2 * kEach);  // nothing twice
    ASSERT_EQ(logB.size(), 2 * kEach);
    for (int i = 0; i < 2 * kEach; ++i) {
        EXPECT_EQ(logA[i].seq, i + 1) << "gap or reorder on A at " << i;
        EXPECT_EQ(logB[i].seq, i + 1) << "gap or reorder on B at " << i;
        EXPECT_EQ(logA[i].id, logB[i].id) << "different event at seq " << i + 1;
        EXPECT_EQ(logA[i].cid, logB[i].cid);
    }
    // Every ack names the seq its event has in the shared log.
    QHash<QString, qint64> bySeq;
    for (const auto& e : logA) bySeq.insert(e.cid, e.seq);
    for (auto it = acksA.begin(); it != acksA.end(); ++it) EXPECT_EQ(bySeq.value(it.key()), *it);
    for (auto it = acksB.begin(); it != acksB.end(); ++it) EXPECT_EQ(bySeq.value(it.key()), *it);
}

TEST_P(ScaleOutTest, AClientResumingOnTheOtherServerGetsExactlyWhatItMissed) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    QString token, epoch;
    qint64 lastSeen = 0;
    WsClient writer(a->port);
    writer.hello(QStringLiteral("Writer"));
    writer.join(kRoom);
    {
        WsClient reader(a->port);
        token = str(reader.hello(QStringLiteral("Reader")), "token");
        epoch = str(reader.join(kRoom), "epoch");
        for (int i = 0; i < 10; ++i)
            ASSERT_EQ(
                str(writer.chat(kRoom, QStringLiteral("w%1").arg(i), QStringLiteral("x")), "type"),
                QStringLiteral("ack"));
        for (int i = 0; i < 10; ++i) lastSeen = num(reader.nextEvent(), "seq");
        ASSERT_EQ(lastSeen, 10);
        reader.socket().close();
        reader.waitClosed();
    }
    // Missed: appends through both servers.
    WsClient writerB(b->port);
    writerB.hello(QStringLiteral("WriterB"));
    writerB.join(kRoom);
    for (int i = 10; i < 20; ++i) {
        WsClient& w = i % 2 ? writer : writerB;
        ASSERT_EQ(str(w.chat(kRoom, QStringLiteral("w%1").arg(i), QStringLiteral("x")), "type"),
                  QStringLiteral("ack"));
    }
    WsClient back(b->port);
    ASSERT_EQ(str(back.helloToken(token), "type"), QStringLiteral("welcome"));
    const auto j = back.join(kRoom, lastSeen, epoch);
    ASSERT_TRUE(j.value(QStringLiteral("recovered")).toBool());
    EXPECT_EQ(num(j, "head"), 20);
    const auto events = j.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 10);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(num(events[i].toObject(), "seq"), 11 + i);
        EXPECT_EQ(str(events[i].toObject(), "cid"), QStringLiteral("w%1").arg(10 + i));
    }
    // And live events from A follow on B with the next seq, nothing twice.
    ASSERT_EQ(str(writer.chat(kRoom, QStringLiteral("w20"), QStringLiteral("x")), "type"),
              QStringLiteral("ack"));
    const auto live = back.nextEvent(5000);
    EXPECT_EQ(num(live, "seq"), 21);
}

TEST_P(ScaleOutTest, KillNineOfOneServerMidBurstLosesNoAcknowledgedMessage) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient watcher(b->port);
    watcher.hello(QStringLiteral("Watcher"));
    const QString epoch = str(watcher.join(kRoom), "epoch");

    QHash<QString, qint64> acked;
    QString token;
    int sent = 0;
    constexpr int kBurst = 500;
    {
        WsClient c(a->port);
        token = str(c.hello(QStringLiteral("Burst")), "token");
        c.join(kRoom);
        auto harvest = [&] {
            for (const auto& o : c.inbox())
                if (str(o, "type") == QLatin1String("ack"))
                    acked.insert(str(o, "cid"), num(o, "seq"));
            c.inbox().clear();
        };
        QElapsedTimer timer;
        timer.start();
        while (acked.size() < 150 && timer.elapsed() < 30000) {
            while (sent - acked.size() < 100 && sent < kBurst) {
                c.sendChat(kRoom, QStringLiteral("k%1").arg(sent), QStringLiteral("x"));
                ++sent;
            }
            QTest::qWait(1);
            harvest();
        }
        // A full window in flight at the moment of the kill.
        for (int i = 0; i < 100 && sent < kBurst; ++i, ++sent)
            c.sendChat(kRoom, QStringLiteral("k%1").arg(sent), QStringLiteral("x"));
        c.socket().flush();
        QTest::qWait(5);
        ::kill(pid_t(a->process().processId()), SIGKILL);
        c.waitClosed(5000);
        harvest();
        a->process().waitForFinished(5000);
    }
    ASSERT_GE(acked.size(), 1);
    ASSERT_LT(sent, kBurst) << "the burst finished before the kill";

    // The surviving server has every acknowledged event, gap-free, and told its client.
    WsClient check(b->port);
    ASSERT_EQ(str(check.helloToken(token), "type"), QStringLiteral("welcome"));
    const auto j = check.join(kRoom, 0, epoch);
    ASSERT_TRUE(j.value(QStringLiteral("recovered")).toBool());
    const auto events = j.value(QStringLiteral("events")).toArray();
    QHash<QString, qint64> stored;
    for (int i = 0; i < events.size(); ++i) {
        EXPECT_EQ(num(events[i].toObject(), "seq"), i + 1);
        stored.insert(str(events[i].toObject(), "cid"), num(events[i].toObject(), "seq"));
    }
    for (auto it = acked.begin(); it != acked.end(); ++it)
        EXPECT_EQ(stored.value(it.key(), -1), *it) << "acked " << it.key().toStdString() << " lost";
    QList<Seen> watched;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            harvestEvents(watcher, watched);
            return watched.size() >= stored.size();
        },
        10000));
    EXPECT_EQ(watched.size(), stored.size());

    // Retrying the whole burst on B stores only what is missing, exactly once.
    for (int i = 0; i < kBurst; ++i)
        check.sendChat(kRoom, QStringLiteral("k%1").arg(i), QStringLiteral("x"));
    int duplicates = 0;
    for (int i = 0; i < kBurst; ++i) {
        const auto r = check.nextReply(10000);
        ASSERT_EQ(str(r, "type"), QStringLiteral("ack")) << i;
        if (r.value(QStringLiteral("duplicate")).toBool()) {
            ++duplicates;
            EXPECT_EQ(num(r, "seq"), stored.value(str(r, "cid")));
        }
    }
    EXPECT_EQ(duplicates, stored.size());
    std::printf("kill -9 of one of two servers with %d sent, %d acked, %d stored\n", sent,
                int(acked.size()), int(stored.size()));
}

TEST_P(ScaleOutTest, SigtermLetsTheOtherServerCarryOn) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient ca(a->port);
    ca.hello(QStringLiteral("A"));
    ca.join(kRoom);
    WsClient cb(b->port);
    cb.hello(QStringLiteral("B"));
    cb.join(kRoom);
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(str(ca.chat(kRoom, QStringLiteral("t%1").arg(i), QStringLiteral("x")), "type"),
                  QStringLiteral("ack"));
    a->process().terminate();
    EXPECT_TRUE(ca.waitClosed(5000));
    EXPECT_EQ(ca.closeCode(), omk::protocol::close::kGoingAway);
    ASSERT_TRUE(a->process().waitForFinished(5000));
    EXPECT_EQ(a->process().exitCode(), 0);
    QList<Seen> seen;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            harvestEvents(cb, seen);
            return seen.size() >= 20;
        },
        10000));
    ASSERT_EQ(seen.size(), 20);
    const auto ack = cb.chat(kRoom, QStringLiteral("after"), QStringLiteral("x"));
    ASSERT_EQ(str(ack, "type"), QStringLiteral("ack"));
    EXPECT_EQ(num(ack, "seq"), 21);
}

TEST(ScaleOutWithoutFanoutTest, TheCatchUpTimerAloneStillDeliversEverything) {
    ensureApp();
    const auto services = scaleOutServices();
    ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
    const QString url = freshPostgresDatabase(services);
    ASSERT_FALSE(url.isEmpty());
    // No notices at all: what a lost notice looks like, for every event.
    ScaleOutServer a(url, QStringLiteral("none"), {}, QStringLiteral("200"));
    ScaleOutServer b(url, QStringLiteral("none"), {}, QStringLiteral("200"));
    ASSERT_NE(a.port, 0);
    ASSERT_NE(b.port, 0);
    WsClient ca(a.port);
    ca.hello(QStringLiteral("A"));
    ca.join(kRoom);
    WsClient cb(b.port);
    cb.hello(QStringLiteral("B"));
    cb.join(kRoom);
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(str(ca.chat(kRoom, QStringLiteral("n%1").arg(i), QStringLiteral("x")), "type"),
                  QStringLiteral("ack"));
    for (int i = 0; i < 5; ++i) EXPECT_EQ(num(cb.nextEvent(3000), "seq"), i + 1);
}

TEST(ScaleOutCompactionTest, AServerThatMissedACompactionReloadsAndAppendsAtTheTrueHead) {
    ensureApp();
    const auto services = scaleOutServices();
    ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
    const QString url = freshPostgresDatabase(services);
    ASSERT_FALSE(url.isEmpty());
    // No fan-out and no timely catch-up: B learns nothing until it appends itself.
    const QStringList small{QStringLiteral("OMNIKAST_SERVER_RETENTION=10")};
    ScaleOutServer a(url, QStringLiteral("none"), {}, QStringLiteral("3600000"), small);
    ScaleOutServer b(url, QStringLiteral("none"), {}, QStringLiteral("3600000"), small);
    ASSERT_NE(a.port, 0);
    ASSERT_NE(b.port, 0);
    WsClient cb(b.port);
    cb.hello(QStringLiteral("B"));
    const QString epoch = str(cb.join(kRoom), "epoch");
    WsClient ca(a.port);
    ca.hello(QStringLiteral("A"));
    ca.join(kRoom);
    for (int i = 0; i < 30; ++i)
        ASSERT_EQ(str(ca.chat(kRoom, QStringLiteral("c%1").arg(i), QStringLiteral("x")), "type"),
                  QStringLiteral("ack"));
    // B's head is 0 and the events after it are compacted away on A's side.
    const auto ack = cb.chat(kRoom, QStringLiteral("fromB"), QStringLiteral("x"));
    ASSERT_EQ(str(ack, "type"), QStringLiteral("ack")) << str(ack, "message").toStdString();
    EXPECT_EQ(num(ack, "seq"), 31);

    WsClient late(b.port);
    late.hello(QStringLiteral("Late"));
    const auto stale = late.join(kRoom, 0, epoch);
    EXPECT_FALSE(stale.value(QStringLiteral("recovered")).toBool());
    EXPECT_EQ(num(stale, "head"), 31);
    const auto recent = late.join(kRoom, 28, epoch);
    ASSERT_TRUE(recent.value(QStringLiteral("recovered")).toBool());
    const auto events = recent.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(num(events[0].toObject(), "seq"), 29);
    EXPECT_EQ(str(events[2].toObject(), "cid"), QStringLiteral("fromB"));
}

namespace {

// A redis-server of the test's own, so it can be stopped without disturbing the other tests.
class PrivateRedis {
public:
    PrivateRedis() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        probe.close();
    }
    ~PrivateRedis() { stop(); }
    bool start() {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("redis-server"),
                        {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                         QStringLiteral("--appendonly"), QStringLiteral("no")});
        if (!m_process.waitForStarted(5000)) return false;
        return QTest::qWaitFor(
            [&] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, port);
                return s.waitForConnected(100);
            },
            5000);
    }
    void stop() {
        if (m_process.state() == QProcess::NotRunning) return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("redis://127.0.0.1:%1").arg(port); }
    quint16 port = 0;

private:
    QProcess m_process;
};

QString healthStatus(quint16 port) {
    return str(QJsonDocument::fromJson(httpGet(port, QStringLiteral("/health")).body).object(),
               "status");
}

}  // namespace

TEST(ScaleOutRedisOutageTest, ARedisOutageDegradesHealthAndDelaysButLosesNothing) {
    ensureApp();
    const auto services = scaleOutServices();
    ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
    const QString url = freshPostgresDatabase(services);
    ASSERT_FALSE(url.isEmpty());
    PrivateRedis redis;
    ASSERT_TRUE(redis.start()) << "redis-server did not start (is it installed?)";
    ScaleOutServer a(url, QStringLiteral("redis"), redis.url(), QStringLiteral("300"));
    ScaleOutServer b(url, QStringLiteral("redis"), redis.url(), QStringLiteral("300"));
    ASSERT_NE(a.port, 0);
    ASSERT_NE(b.port, 0);
    WsClient ca(a.port);
    ca.hello(QStringLiteral("A"));
    ca.join(kRoom);
    WsClient cb(b.port);
    cb.hello(QStringLiteral("B"));
    cb.join(kRoom);
    ASSERT_EQ(str(ca.chat(kRoom, QStringLiteral("r1"), QStringLiteral("x")), "type"),
              QStringLiteral("ack"));
    EXPECT_EQ(num(cb.nextEvent(3000), "seq"), 1);

    redis.stop();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return healthStatus(a.port) == QLatin1String("degraded"); }, 5000));
    // Notices are lost now; the catch-up timer still brings every event across.
    for (int i = 2; i <= 3; ++i)
        ASSERT_EQ(str(ca.chat(kRoom, QStringLiteral("r%1").arg(i), QStringLiteral("x")), "type"),
                  QStringLiteral("ack"));
    EXPECT_EQ(num(cb.nextEvent(3000), "seq"), 2);
    EXPECT_EQ(num(cb.nextEvent(3000), "seq"), 3);

    ASSERT_TRUE(redis.start());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return healthStatus(a.port) == QLatin1String("ok") &&
                   healthStatus(b.port) == QLatin1String("ok");
        },
        15000));
    ASSERT_EQ(str(ca.chat(kRoom, QStringLiteral("r4"), QStringLiteral("x")), "type"),
              QStringLiteral("ack"));
    EXPECT_EQ(num(cb.nextEvent(3000), "seq"), 4);
}

INSTANTIATE_TEST_SUITE_P(Fanout, ScaleOutTest, ::testing::Values("redis", "postgres"),
                         [](const ::testing::TestParamInfo<const char*>& i) {
                             return std::string(i.param) == "redis" ? std::string("Redis")
                                                                    : std::string("ListenNotify");
                         });
