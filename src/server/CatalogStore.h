#pragma once
// The event's catalog as data: every version ever live, kept in the accounts' database beside the
// audit log (SQLite or PostgreSQL; portable SQL on the AccountStore's connection, so a change and
// its audit entry share one transaction). Versions count up from 1 and are never changed; a
// version's body is the catalog in Omnikast's format (docs/CATALOG-FORMAT.md).
// Threading: the AccountStore's thread.

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace omk::server {

struct StoredCatalog {
    qint64 version = 0;
    qint64 atMs = 0;
    QString actor;       // an account id, an invite's subject, or "import"
    QString source;      // "import" (read from the configured file) or "admin"
    QString sourceHash;  // import: the SHA-256 of what the file gave, to notice a changed file
    QByteArray body;
};

class CatalogStore {
public:
    explicit CatalogStore(QString connection);

    omk::Expected<void> createSchema();
    // The newest version; nullopt when there is none yet.
    omk::Expected<std::optional<StoredCatalog>> latest();
    // The newest version's number (0: none); cheap, for noticing other servers' changes.
    omk::Expected<qint64> head();
    // The newest version that came from the file.
    omk::Expected<std::optional<StoredCatalog>> latestImport();
    // Adds c (c.version must be head + 1). Another server that took that number first: error
    // code "version_conflict".
    omk::Expected<void> append(const StoredCatalog& c);

private:
    QString m_connection;
};

}  // namespace omk::server
