#pragma once
// What the event's schedule gave at its last import, per URL, in the accounts' database (SQLite
// or PostgreSQL, beside the catalog's versions, so servers sharing the store share it): the
// catalog it made (Omnikast's format: the base of the next re-import's merge, server/
// ScheduleMerge), the SHA-256 of the bytes it sent (the same bytes again change nothing) and
// their ETag (the next automatic check asks If-None-Match).
// Threading: the AccountStore's thread.

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace omk::server {

struct ScheduleImportRow {
    QString url;
    qint64 atMs = 0;
    QString etag;        // empty: the schedule's server sent none
    QString sourceHash;  // of the bytes fetched
    QByteArray body;     // the catalog they made, in Omnikast's format
};

class ScheduleImportStore {
public:
    explicit ScheduleImportStore(QString connection);

    omk::Expected<void> createSchema();
    omk::Expected<std::optional<ScheduleImportRow>> get(const QString& url);
    // Adds or replaces url's row; inside the transaction of the catalog version it made.
    omk::Expected<void> put(const ScheduleImportRow& row);

private:
    QString m_connection;
};

}  // namespace omk::server
