#pragma once
// Fan-out over PostgreSQL LISTEN/NOTIFY, for deployments without Redis: its own QPSQL
// connection LISTENs on the channel (QSqlDriver::subscribeToNotification; the driver watches
// the socket on the event loop) and publishes with pg_notify(). check() reconnects and listens
// again after a lost connection, and says so through subscribed() so rooms catch up.
// Threading: the server's event-loop thread only (the connection belongs to it).

#include "server/Fanout.h"
#include "server/ServiceUrls.h"

#include <QSqlDriver>

namespace omk::server {

class PostgresFanout final : public Fanout {
    Q_OBJECT
public:
    PostgresFanout(PostgresParams params, QString channel, QObject* parent = nullptr);
    ~PostgresFanout() override;

    omk::Expected<void> start();

    QString kind() const override { return QStringLiteral("postgres"); }
    // Probes the connection; reconnects and listens again when it is gone.
    omk::Expected<void> check() override;
    void flush(int) override {}  // pg_notify() has returned before publish() does

protected:
    void send(const QByteArray& payload) override;

private:
    omk::Expected<void> listen();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);

    PostgresParams m_params;
    QString m_channel;
    QString m_connection;
};

}  // namespace omk::server
