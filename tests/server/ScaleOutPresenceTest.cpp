// Presence across two real omnikast-server processes sharing rooms through a real PostgreSQL
// and a real redis-server (or LISTEN/NOTIFY), from the scale_out_services fixture: viewer
// counts and member lists span the processes, a leave is seen everywhere, the viewers of a
// process killed with -9 disappear once its snapshots expire, and a guide's view (1.5) reaches
// the other process's viewers. Waits are "eventually, within N s".
#include "ScaleOutSupport.h"
#include "server/Jwt.h"
#include "support/ServerProcessSupport.h"
#include "support/ServerTestSupport.h"

#include <QTcpSocket>
#include <QUuid>

#include <csignal>

using namespace omk::server;
using namespace omk::server::test;

namespace {

const QString kRoom = QStringLiteral("main");

// A server of the shared deployment, on a fan-out channel of the test's own so concurrently
// running tests do not see each other's presence.
class PresenceServer : public ServerProcess {
public:
    PresenceServer(const QString& pgUrl, const QString& fanout, const QString& redisUrl,
                   const QString& channel, const QString& ttlMs = QStringLiteral("3000"))
        : ServerProcess(args(pgUrl, fanout, redisUrl), settings(channel, ttlMs)) {}

private:
    static QStringList args(const QString& pgUrl, const QString& fanout, const QString& redisUrl) {
        QStringList a{QStringLiteral("--port"),     QStringLiteral("0"),
                      QStringLiteral("--store"),    QStringLiteral("postgres"),
                      QStringLiteral("--postgres"), pgUrl,
                      QStringLiteral("--fanout"),   fanout};
        if (fanout == QLatin1String("redis")) a << QStringLiteral("--redis") << redisUrl;
        return a;
    }
    static QStringList settings(const QString& channel, const QString& ttlMs) {
        return {QStringLiteral("OMNIKAST_SERVER_PRESENCE_INTERVAL_MS=0"),
                // Short, so the crash test does not wait the default 10 s.
                QStringLiteral("OMNIKAST_SERVER_PRESENCE_TTL_MS=") + ttlMs,
                QStringLiteral("OMNIKAST_SERVER_FANOUT_CHANNEL=") + channel};
    }
};

// The viewer count a client was last told (joined or presence), read from its inbox as it comes.
class ViewerCount {
public:
    explicit ViewerCount(WsClient& c) : m_client(c) {}
    bool eventually(int viewers, int timeoutMs = 20000) {
        return QTest::qWaitFor(
            [&] {
                auto& in = m_client.inbox();
                for (auto it = in.begin(); it != in.end();) {
                    const QString type = str(*it, "type");
                    if (type == QLatin1String("presence") || type == QLatin1String("joined")) {
                        m_last = int(num(*it, "viewers"));
                        it = in.erase(it);
                    } else {
                        ++it;
                    }
                }
                return m_last == viewers;
            },
            timeoutMs);
    }
    int last() const { return m_last; }

private:
    WsClient& m_client;
    int m_last = -1;
};

// The names in a members.list reply, asked again until they are `want` (or the time is up).
QStringList eventuallyMembers(WsClient& c, const QStringList& want, int timeoutMs = 20000) {
    QStringList names;
    (void)QTest::qWaitFor(
        [&] {
            c.send(omk::protocol::encode(omk::protocol::MembersList{kRoom, 0, 50}));
            const auto page = c.nextOfType(QStringLiteral("members"));
            names.clear();
            for (const auto& m : page.value(QStringLiteral("members")).toArray())
                names << str(m.toObject(), "name");
            if (names == want && num(page, "total") == want.size()) return true;
            QTest::qWait(100);
            return false;
        },
        timeoutMs);
    return names;
}

QJsonObject health(quint16 port) {
    return QJsonDocument::fromJson(httpGet(port, QStringLiteral("/health")).body).object();
}

// PUBLISH over a raw RESP connection: what any process that can reach Redis could send.
bool redisPublish(const QString& redisUrl, const QByteArray& channel, const QByteArray& payload) {
    const QUrl url(redisUrl);
    QTcpSocket s;
    s.connectToHost(url.host(), quint16(url.port(6379)));
    if (!s.waitForConnected(3000)) return false;
    QByteArray cmd = "*3\r\n";
    for (const QByteArray& arg : {QByteArray("PUBLISH"), channel, payload})
        cmd += '$' + QByteArray::number(arg.size()) + "\r\n" + arg + "\r\n";
    s.write(cmd);
    if (!s.waitForBytesWritten(3000)) return false;
    return s.waitForReadyRead(3000) && s.readAll().startsWith(':');
}

qint64 metricValue(quint16 port, const QByteArray& name) {
    const QByteArray body = httpGet(port, QStringLiteral("/metrics")).body;
    for (const QByteArray& line : body.split('\n'))
        if (line.startsWith(name + ' ')) return line.mid(name.size() + 1).toLongLong();
    return -1;
}

class ScaleOutPresenceTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        ensureApp();
        services = scaleOutServices();
        ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
        pgUrl = freshPostgresDatabase(services);
        ASSERT_FALSE(pgUrl.isEmpty());
        channel = QStringLiteral("p_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    }
    std::unique_ptr<PresenceServer> startServer() {
        auto s = std::make_unique<PresenceServer>(pgUrl, QString::fromLatin1(GetParam()),
                                                  services.redisUrl, channel);
        EXPECT_NE(s->port, 0) << "omnikast-server did not start";
        return s;
    }

    ScaleOutServices services;
    QString pgUrl;
    QString channel;
};

}  // namespace

TEST_P(ScaleOutPresenceTest, ViewersAndMembersSpanBothServersAndALeaveIsSeenOnTheOther) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient ca(a->port);
    ca.hello(QStringLiteral("Anna"));
    ca.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ViewerCount onA(ca);
    ASSERT_TRUE(onA.eventually(1));
    WsClient cb(b->port);
    cb.hello(QStringLiteral("Bert"));
    cb.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ViewerCount onB(cb);

    EXPECT_TRUE(onA.eventually(2)) << "A's client was last told " << onA.last();
    EXPECT_TRUE(onB.eventually(2)) << "B's client was last told " << onB.last();
    const QStringList both{QStringLiteral("Anna"), QStringLiteral("Bert")};
    EXPECT_EQ(eventuallyMembers(ca, both), both);
    EXPECT_EQ(eventuallyMembers(cb, both), both);
    const auto h = health(a->port);
    EXPECT_EQ(num(h, "presence_remote_instances"), 1);
    EXPECT_EQ(num(h, "presence_remote_viewers"), 1);
    EXPECT_EQ(metricValue(a->port, "omnikast_presence_remote_instances"), 1);

    cb.send(omk::protocol::encode(omk::protocol::Leave{kRoom}));
    EXPECT_TRUE(onA.eventually(1)) << "A's client was last told " << onA.last();
    EXPECT_EQ(eventuallyMembers(ca, {QStringLiteral("Anna")}), QStringList{QStringLiteral("Anna")});
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return num(health(a->port), "presence_remote_instances") == 0; }, 20000));
}

// (1.5) A guide's view travels the fan-out too: a viewer on the other server follows it, a late
// joiner there gets the last view after its joined, and the guide leaving ends it there.
TEST_P(ScaleOutPresenceTest, AGuidesViewReachesTheOtherServersViewers) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient guide(a->port);
    TokenClaims claims;
    claims.subject = QStringLiteral("u_guide");
    claims.name = QStringLiteral("Guide");
    claims.role = omk::protocol::Role::Moderator;
    claims.issuedAt = QDateTime::currentSecsSinceEpoch();
    claims.expiresAt = claims.issuedAt + 600;
    ASSERT_EQ(str(guide.helloToken(*Jwt(kSecret).sign(claims)), "type"), QStringLiteral("welcome"));
    guide.join(kRoom);
    WsClient viewer(b->port);
    viewer.hello(QStringLiteral("Bert"));
    viewer.join(kRoom);
    // Views sent until one arrives: B may subscribe to the channel a moment after it starts.
    QJsonObject seen;
    for (int i = 0; i < 50 && seen.isEmpty(); ++i) {
        guide.send(omk::protocol::encode(omk::protocol::GuideView{kRoom, true, 45, 10, 75}));
        seen = viewer.nextOfType(QStringLiteral("guide.view"), 200);
    }
    ASSERT_FALSE(seen.isEmpty()) << "no guide.view crossed from A to B";
    EXPECT_EQ(seen.value(QStringLiteral("by")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("u_guide"));
    EXPECT_DOUBLE_EQ(seen.value(QStringLiteral("yaw")).toDouble(), 45);

    WsClient late(b->port);
    late.hello(QStringLiteral("Lena"));
    late.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ASSERT_FALSE(late.nextOfType(QStringLiteral("joined")).isEmpty());
    const QJsonObject caught = late.nextOfType(QStringLiteral("guide.view"));
    ASSERT_FALSE(caught.isEmpty()) << "a late joiner on B follows A's guide at once";
    EXPECT_DOUBLE_EQ(caught.value(QStringLiteral("pitch")).toDouble(), 10);

    guide.send(omk::protocol::encode(omk::protocol::Leave{kRoom}));
    const QJsonObject ended = viewer.next(
        [](const QJsonObject& o) {
            return o.value(QStringLiteral("type")) == QLatin1String("guide.view") &&
                   !o.value(QStringLiteral("on")).toBool(true);
        },
        10000);
    EXPECT_FALSE(ended.isEmpty()) << "B's viewers hear the guide left";
}

TEST_P(ScaleOutPresenceTest, AUserOnBothServersIsListedOnceAndCountedTwice) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient ca(a->port);
    const QString token = str(ca.hello(QStringLiteral("Twice")), "token");
    ca.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ViewerCount onA(ca);
    WsClient cb(b->port);
    ASSERT_EQ(str(cb.helloToken(token), "type"), QStringLiteral("welcome"));
    cb.join(kRoom);
    // As on one server: viewers counts connections, the member list distinct users.
    EXPECT_TRUE(onA.eventually(2)) << "A's client was last told " << onA.last();
    EXPECT_EQ(eventuallyMembers(ca, {QStringLiteral("Twice")}),
              QStringList{QStringLiteral("Twice")});
}

TEST_P(ScaleOutPresenceTest, TheViewersOfAKilledServerExpire) {
    auto a = startServer();
    auto b = startServer();
    ASSERT_NE(a->port, 0);
    ASSERT_NE(b->port, 0);
    WsClient ca(a->port);
    ca.hello(QStringLiteral("Anna"));
    ca.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ViewerCount onA(ca);
    std::vector<std::unique_ptr<WsClient>> onB;
    for (const char* name : {"Bert", "Cleo"}) {
        onB.push_back(std::make_unique<WsClient>(b->port));
        onB.back()->hello(QString::fromLatin1(name));
        onB.back()->join(kRoom);
    }
    ASSERT_TRUE(onA.eventually(3)) << "A's client was last told " << onA.last();

    // No close handshake, no withdrawal: only the expiry can tell A.
    ::kill(pid_t(b->process().processId()), SIGKILL);
    b->process().waitForFinished(5000);
    EXPECT_TRUE(onA.eventually(1, 30000)) << "A's client was last told " << onA.last();
    EXPECT_EQ(eventuallyMembers(ca, {QStringLiteral("Anna")}), QStringList{QStringLiteral("Anna")});
    EXPECT_EQ(num(health(a->port), "presence_remote_instances"), 0);
}

INSTANTIATE_TEST_SUITE_P(Fanout, ScaleOutPresenceTest, ::testing::Values("redis", "postgres"),
                         [](const ::testing::TestParamInfo<const char*>& i) {
                             return std::string(i.param) == "redis" ? std::string("Redis")
                                                                    : std::string("ListenNotify");
                         });

TEST(ScaleOutPresenceShutdownTest, AServerShuttingDownWithdrawsItsViewersAtOnce) {
    ensureApp();
    const auto services = scaleOutServices();
    ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
    const QString url = freshPostgresDatabase(services);
    ASSERT_FALSE(url.isEmpty());
    const QString channel =
        QStringLiteral("p_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    // Ten minutes to live: only the withdrawal can make B's viewers go within the wait below.
    const QString ttl = QStringLiteral("600000");
    PresenceServer a(url, QStringLiteral("redis"), services.redisUrl, channel, ttl);
    PresenceServer b(url, QStringLiteral("redis"), services.redisUrl, channel, ttl);
    ASSERT_NE(a.port, 0);
    ASSERT_NE(b.port, 0);
    WsClient ca(a.port);
    ca.hello(QStringLiteral("Anna"));
    ca.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ViewerCount onA(ca);
    WsClient cb(b.port);
    cb.hello(QStringLiteral("Bert"));
    cb.join(kRoom);
    ASSERT_TRUE(onA.eventually(2)) << "A's client was last told " << onA.last();

    b.process().terminate();
    EXPECT_TRUE(cb.waitClosed());
    EXPECT_TRUE(onA.eventually(1, 20000)) << "A's client was last told " << onA.last();
    EXPECT_EQ(num(health(a.port), "presence_remote_instances"), 0);
}

TEST(ScaleOutPresenceMalformedTest, GarbageOnTheChannelIsCountedAndIgnored) {
    ensureApp();
    const auto services = scaleOutServices();
    ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
    const QString url = freshPostgresDatabase(services);
    ASSERT_FALSE(url.isEmpty());
    const QString channel =
        QStringLiteral("p_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    PresenceServer a(url, QStringLiteral("redis"), services.redisUrl, channel);
    PresenceServer b(url, QStringLiteral("redis"), services.redisUrl, channel);
    ASSERT_NE(a.port, 0);
    ASSERT_NE(b.port, 0);
    const QList<QByteArray> garbage{
        "P ",
        "P {not json",
        "P []",
        R"(P {"i":"x","r":"main","g":1,"p":0,"n":1,"v":-5,"t":10000,"m":[]})",
        R"(P {"i":"x","r":"main","g":1,"p":3,"n":1,"v":5,"t":10000,"m":[]})",
        R"(P {"i":"x","r":"main","g":1,"p":0,"n":1,"v":5,"t":10000,"m":[["a","b","king"]]})",
        "hello",
        QByteArray("\x00\xff\xfe", 3),
        QByteArray(70000, 'P'),
    };
    for (const auto& g : garbage) ASSERT_TRUE(redisPublish(services.redisUrl, channel.toUtf8(), g));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return metricValue(a.port, "omnikast_fanout_malformed_total") >= garbage.size(); },
        10000))
        << metricValue(a.port, "omnikast_fanout_malformed_total");
    EXPECT_EQ(str(health(a.port), "status"), QStringLiteral("ok"));

    // And presence still works after it.
    WsClient ca(a.port);
    ca.hello(QStringLiteral("Anna"));
    ca.send(omk::protocol::encode(omk::protocol::Join{kRoom, std::nullopt, {}}));
    ViewerCount onA(ca);
    WsClient cb(b.port);
    cb.hello(QStringLiteral("Bert"));
    cb.join(kRoom);
    EXPECT_TRUE(onA.eventually(2)) << "A's client was last told " << onA.last();
    EXPECT_EQ(num(health(a.port), "presence_remote_viewers"), 1);
}
