#pragma once
// The organizers' audit log: who changed what, when (a role granted, later catalog edits and
// on-air switches), kept in the accounts' database beside them (SQLite or PostgreSQL; portable
// SQL on the AccountStore's connection). Entries are never changed or removed; ids are ULIDs, so
// they sort by time and page by "before".
// Threading: the AccountStore's thread.

#include "core/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace omk::server {

struct AuditEntry {
    QString id;  // set by append()
    qint64 atMs = 0;
    QString actor;      // an account id, an invite's subject, or "cli:USER"
    QString actorName;  // for people
    QString action;     // "role.grant", "role.revoke", …
    QString target;     // what it was done to (an e-mail address, a channel id)
    QJsonObject detail;
};

struct AuditQuery {
    int limit = 100;  // 1 … 1000
    QString before;   // an id: only older entries
    QString action;   // only this action, or these (separated by commas)
    QString actor;    // only this actor
};

class AuditLog {
public:
    explicit AuditLog(QString connection);

    omk::Expected<void> createSchema();
    // Returns the new entry's id.
    omk::Expected<QString> append(AuditEntry entry);
    // Newest first.
    omk::Expected<QList<AuditEntry>> list(const AuditQuery& query);

    static QJsonObject toJson(const AuditEntry& e);

private:
    QString m_connection;
};

}  // namespace omk::server
