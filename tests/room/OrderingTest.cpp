// Seq discipline against a scripted peer, because the real server never misbehaves: an event
// beyond a gap is held and the room re-joined from the last applied seq; duplicates from an
// overlapping replay are never applied twice.
#include "support/RoomTestSupport.h"

#include "protocol/ClientMessage.h"
#include "protocol/ServerMessage.h"

#include <QWebSocketServer>

using namespace omk::room;
using namespace omk::room::test;
using namespace omk::protocol;

namespace {

Event chatEvent(qint64 seq) {
    Event e;
    e.room = kRoom;
    e.seq = seq;
    e.id = QStringLiteral("01SCRIPTED%1").arg(seq);
    e.ts = 1700000000000 + seq;
    e.actor = {QStringLiteral("g_peer"), QStringLiteral("Peer"), Role::Attendee};
    e.cid = QStringLiteral("p-%1").arg(seq);
    e.data = QJsonObject{{QStringLiteral("text"), QStringLiteral("m%1").arg(seq)}};
    return e;
}

// Answers hello and join the way the server does, and lets the test push frames.
class ScriptedServer {
public:
    ScriptedServer() : m_server(QStringLiteral("scripted"), QWebSocketServer::NonSecureMode) {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QWebSocketServer::newConnection, [this] {
            m_peer = m_server.nextPendingConnection();
            QObject::connect(m_peer, &QWebSocket::textMessageReceived,
                             [this](const QString& t) { onText(t); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void push(const QJsonObject& o) { m_peer->sendTextMessage(QString::fromUtf8(toFrame(o))); }

    QList<Join> joins;

private:
    void onText(const QString& t) {
        auto m = decodeClientMessage(t.toUtf8());
        if (!m) return;
        if (std::holds_alternative<Hello>(*m)) {
            Welcome w;
            w.session = QStringLiteral("s");
            w.user = {QStringLiteral("g_me"), QStringLiteral("Me"), Role::Attendee};
            w.token = QStringLiteral("tok");
            w.serverTime = QDateTime::currentMSecsSinceEpoch();
            w.heartbeatMs = 1000;
            push(toJson(w));
        } else if (const auto* j = std::get_if<Join>(&*m)) {
            joins.append(*j);
            Joined r;
            r.room = kRoom;
            r.epoch = QStringLiteral("ep1");
            if (!j->since) {
                r.recovered = false;
                r.snapshot = QJsonObject{};
            } else {
                // The resume after the gap: everything after `since`, up to 3.
                r.recovered = true;
                for (qint64 s = *j->since + 1; s <= 3; ++s)
                    r.events.append(eventToJson(chatEvent(s)));
            }
            r.head = j->since ? 3 : 0;
            push(toJson(r));
        } else if (const auto* p = std::get_if<TimePing>(&*m)) {
            push(timePongMessage(p->t0, QDateTime::currentMSecsSinceEpoch()));
        } else if (std::holds_alternative<Ping>(*m)) {
            push(pongMessage(QDateTime::currentMSecsSinceEpoch()));
        }
    }

    QWebSocketServer m_server;
    QWebSocket* m_peer = nullptr;
};

}  // namespace

TEST(RoomOrderingTest, GapTriggersRejoinAndDuplicatesAreNeverApplied) {
    ensureApp();
    ScriptedServer peer;
    auto cfg = fastConfig(peer.port());
    cfg.guestName = QStringLiteral("Me");
    auto c = makeClient(cfg);
    ASSERT_TRUE(c->waitConnected());
    QList<qint64> applied;
    QObject::connect(c->connection.get(), &RoomConnection::eventApplied,
                     [&](const Event& e) { applied.append(e.seq); });
    peer.push(eventToJson(chatEvent(1)));
    peer.push(eventToJson(chatEvent(3)));  // 2 is missing
    ASSERT_TRUE(QTest::qWaitFor([&] { return peer.joins.size() == 2; }, 5000));
    EXPECT_EQ(peer.joins[1].since, 1);
    EXPECT_EQ(peer.joins[1].epoch, QStringLiteral("ep1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return applied.size() == 3; }, 5000));
    // Live events overlapping the replay, then the next one.
    peer.push(eventToJson(chatEvent(2)));
    peer.push(eventToJson(chatEvent(3)));
    peer.push(eventToJson(chatEvent(4)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return applied.size() == 4; }, 5000));
    QTest::qWait(50);
    EXPECT_EQ(applied, (QList<qint64>{1, 2, 3, 4}));
    EXPECT_EQ(c->chat->rowCount(), 4);
    EXPECT_EQ(c->connection->lastSeq(), 4);
}

TEST(RoomOrderingTest, MalformedServerFrameIsReportedNotApplied) {
    ensureApp();
    ScriptedServer peer;
    auto cfg = fastConfig(peer.port());
    cfg.guestName = QStringLiteral("Me");
    auto c = makeClient(cfg);
    ASSERT_TRUE(c->waitConnected());
    QSignalSpy errors(c->connection.get(), &RoomConnection::errorOccurred);
    auto bad = eventToJson(chatEvent(1));
    bad.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), 5}});
    peer.push(bad);
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() == 1; }, 5000));
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(QLatin1String("data.text")));
    EXPECT_EQ(c->chat->rowCount(), 0);
    EXPECT_EQ(c->connection->lastSeq(), 0);
}
