#include "server/OnAirBoard.h"

#include "server/SqlFailure.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

constexpr const char* kStore = "on air";

}  // namespace

OnAirBoard::OnAirBoard(QString connection) : m_connection(std::move(connection)) {}

omk::Expected<void> OnAirBoard::open() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS omnikast_on_air ("
                               " channel text PRIMARY KEY, session text NOT NULL,"
                               " since_ms bigint NOT NULL, actor text NOT NULL)")))
        return sqlFail(kStore, "schema", q.lastError());
    auto rows = read();
    if (!rows) return rows.unexpected();
    m_onAir = *rows;
    return {};
}

omk::Expected<QMap<QString, OnAir>> OnAirBoard::read() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT channel, session, since_ms FROM omnikast_on_air")))
        return sqlFail(kStore, "read", q.lastError());
    QMap<QString, OnAir> out;
    while (q.next())
        out.insert(q.value(0).toString(), OnAir{q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

omk::Expected<void> OnAirBoard::store(const QString& channel, const OnAir& onAir,
                                      const QString& actor) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (onAir.session.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM omnikast_on_air WHERE channel = ?"));
        q.addBindValue(channel);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO omnikast_on_air (channel, session, since_ms, actor) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (channel) DO UPDATE SET session = excluded.session,"
            " since_ms = excluded.since_ms, actor = excluded.actor"));
        q.addBindValue(channel);
        q.addBindValue(onAir.session);
        q.addBindValue(onAir.sinceMs);
        q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    }
    if (!q.exec()) return sqlFail(kStore, "store", q.lastError());
    return {};
}

void OnAirBoard::adopt(const QString& channel, const OnAir& onAir) {
    if (onAir.session.isEmpty())
        m_onAir.remove(channel);
    else
        m_onAir.insert(channel, onAir);
}

omk::Expected<QStringList> OnAirBoard::refresh() {
    auto rows = read();
    if (!rows) return rows.unexpected();
    QStringList changed;
    for (auto it = rows->cbegin(); it != rows->cend(); ++it)
        if (m_onAir.value(it.key()) != it.value()) changed.append(it.key());
    for (auto it = m_onAir.cbegin(); it != m_onAir.cend(); ++it)
        if (!rows->contains(it.key())) changed.append(it.key());
    m_onAir = *rows;
    return changed;
}

}  // namespace omk::server
