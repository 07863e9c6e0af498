#include "server/PostgresFanout.h"

#include "server/Log.h"
#include "server/PostgresRoomStore.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

PostgresFanout::PostgresFanout(PostgresParams params, QString channel, QObject* parent)
    : Fanout(parent), m_params(std::move(params)), m_channel(std::move(channel)) {
    static QAtomicInt counter;
    m_connection = QStringLiteral("omnikast-pg-notify-%1").arg(counter.fetchAndAddRelaxed(1));
}

PostgresFanout::~PostgresFanout() {
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

omk::Expected<void> PostgresFanout::start() {
    auto db = openPostgres(m_connection, m_params);
    if (!db) return omk::fail(QStringLiteral("fanout: ") + db.error().message);
    connect(db->driver(), &QSqlDriver::notification, this, &PostgresFanout::onNotification);
    return listen();
}

omk::Expected<void> PostgresFanout::listen() {
    auto db = QSqlDatabase::database(m_connection, false);
    if (!db.driver()->subscribeToNotification(m_channel))
        return omk::fail(QStringLiteral("fanout: LISTEN %1 failed: %2")
                             .arg(m_channel, db.driver()->lastError().text().trimmed()));
    qCInfo(lcServer).noquote() << logLine("fanout_subscribed",
                                          {{"fanout", kind()}, {"channel", m_channel}});
    emit subscribed();
    return {};
}

void PostgresFanout::onNotification(const QString& name, QSqlDriver::NotificationSource,
                                    const QVariant& payload) {
    if (name != m_channel) return;
    received(payload.toString().toUtf8());
}

void PostgresFanout::send(const QByteArray& payload) {
    auto db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) return;  // catch-up timers and presence refreshes make up for it
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(m_channel);
    q.addBindValue(QString::fromUtf8(payload));
    if (!q.exec())
        qCWarning(lcServer).noquote() << logLine(
            "fanout_publish_failed", {{"fanout", kind()}, {"reason", q.lastError().text()}});
}

omk::Expected<void> PostgresFanout::check() {
    auto db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1"))) return {};
        qCWarning(lcServer).noquote()
            << logLine("fanout_lost", {{"fanout", kind()}, {"reason", q.lastError().text()}});
        db.driver()->unsubscribeFromNotification(m_channel);
        db.close();
    }
    if (!db.open())
        return omk::fail(
            QStringLiteral("postgres fanout: cannot reconnect: %1").arg(db.lastError().text()));
    return listen();
}

}  // namespace omk::server
