#pragma once
// What is on air on each channel, as organizers switch it (POST /admin/channels/{id}/on-air):
// channel id → the session on air and since when, kept in the accounts' database beside the
// catalog and the audit log (table omnikast_on_air; a switch and its audit entry share one
// transaction), and in memory for every welcome. Other servers' switches arrive through
// refresh() (a fan-out notice, the catch-up timer).
// Threading: the AccountStore's thread.

#include "core/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace omk::server {

struct OnAir {
    QString session;
    qint64 sinceMs = 0;
    bool operator==(const OnAir&) const = default;
};

class OnAirBoard {
public:
    explicit OnAirBoard(QString connection);

    omk::Expected<void> open();  // creates the table, reads it
    const QMap<QString, OnAir>& all() const { return m_onAir; }

    // Puts session on air on channel (empty: nothing on air there) in the store; call inside a
    // transaction, then adopt() once it committed.
    omk::Expected<void> store(const QString& channel, const OnAir& onAir, const QString& actor);
    void adopt(const QString& channel, const OnAir& onAir);
    // Reads the store again; returns the channels whose entry changed (another server's switch).
    omk::Expected<QStringList> refresh();

private:
    omk::Expected<QMap<QString, OnAir>> read();

    QString m_connection;
    QMap<QString, OnAir> m_onAir;
};

}  // namespace omk::server
