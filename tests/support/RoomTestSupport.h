#pragma once
// RoomConnections against a real server: ServerTestSupport's in-process Server, with fast
// backoff and heartbeats so reconnects take milliseconds.

#include "room/ChatModel.h"
#include "room/ModeratorActions.h"
#include "room/PresenceModel.h"
#include "room/RoomConnection.h"
#include "support/ServerTestSupport.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

namespace omk::room::test {

using namespace omk::server::test;

inline const QString kRoom = QStringLiteral("main");

// A connection with its models, as the app would hold them.
struct Client {
    std::unique_ptr<RoomConnection> connection;
    std::unique_ptr<ChatModel> chat;
    std::unique_ptr<PresenceModel> presence;
    std::unique_ptr<ModeratorActions> moderator;

    bool waitConnected(int timeoutMs = 5000) const {
        return QTest::qWaitFor(
            [&] { return connection->state() == RoomConnection::State::Connected; }, timeoutMs);
    }
    // Confirmed chat rows (seq, id), in model order.
    QList<QPair<qint64, QString>> confirmed() const {
        QList<QPair<qint64, QString>> out;
        for (int i = 0; i < chat->rowCount(); ++i)
            if (!chat->row(i).pending) out.append({chat->row(i).seq, chat->row(i).id});
        return out;
    }
    int confirmedCount() const { return int(confirmed().size()); }
};

inline RoomConnectionConfig fastConfig(quint16 port) {
    RoomConnectionConfig c;
    c.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    c.room = kRoom;
    c.backoffBaseMs = 20;
    c.backoffMaxMs = 200;
    c.timePingIntervalMs = 200;
    c.heartbeatMs = 200;
    c.heartbeatTimeoutMs = 2000;
    return c;
}

inline std::unique_ptr<Client> makeClient(RoomConnectionConfig config) {
    auto c = std::make_unique<Client>();
    c->connection = std::make_unique<RoomConnection>(std::move(config));
    c->chat = std::make_unique<ChatModel>(c->connection.get());
    c->presence = std::make_unique<PresenceModel>(c->connection.get());
    c->moderator = std::make_unique<ModeratorActions>(c->connection.get());
    c->connection->start();
    return c;
}

inline QString moderatorToken(const QString& id = QStringLiteral("u_mod")) {
    return *server::Jwt(kSecret).sign(
        server::TokenClaims{id, QStringLiteral("Mod"), protocol::Role::Moderator, kRoom, 0,
                            QDateTime::currentSecsSinceEpoch() + 600});
}

// Settings of this test's own (QSettings under Qt's test-mode folders, named `prefix-TEST`),
// empty at the start: ctest runs tests as parallel processes, and a shared settings file would let
// one test's remembered name and token leak into another.
inline void settingsPerTest(const char* prefix) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("%1-%2").arg(
        QLatin1String(prefix),
        QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name())));
    QSettings().clear();
}

class RoomTest : public ServerTest {
protected:
    std::unique_ptr<Client> guest(const QString& name) {
        auto cfg = fastConfig(port);
        cfg.guestName = name;
        auto c = makeClient(cfg);
        EXPECT_TRUE(c->waitConnected()) << name.toStdString();
        return c;
    }
    std::unique_ptr<Client> moderatorClient() {
        auto cfg = fastConfig(port);
        cfg.token = moderatorToken();
        auto c = makeClient(cfg);
        EXPECT_TRUE(c->waitConnected());
        return c;
    }
    // Stops and starts the server on the same port and database.
    void restartSamePort() {
        const quint16 old = port;
        server.reset();
        config.port = old;
        start();
        ASSERT_EQ(port, old);
    }
};

}  // namespace omk::room::test
