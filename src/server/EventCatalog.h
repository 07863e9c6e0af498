#pragma once
// The catalog this server serves at /catalog.json and changes through PUT /admin/catalog: the
// newest version in the CatalogStore, kept in memory. At start the configured file (any format
// the importer reads) becomes a new version when the store has none, or when the file now gives
// something else than at its last import (the operator changed it); otherwise the stored version
// stays live, organizers' edits included. A change is stored within the caller's transaction
// (beside its audit entry) and made live once that committed; other servers' changes arrive
// through refresh() (a fan-out notice, the catch-up timer).
// Threading: the server's event-loop thread (the AccountStore's).

#include "catalog/Catalog.h"
#include "core/Expected.h"
#include "server/CatalogStore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>

#include <optional>

namespace omk::server {

// The ids the admin API checks against: channels, and each session's channel; and the rooms'
// rules (channels without rules are left out).
struct CatalogIndex {
    QSet<QString> channels;
    QHash<QString, QString> sessionChannel;        // session id → channel id
    QHash<QString, catalog::RoomRules> roomRules;  // by room id (protocol/ChannelRoom)
};

struct LiveCatalog {
    qint64 version = 0;  // 0: no catalog
    QByteArray body;     // Omnikast's format
    QByteArray etag;     // "VERSION-HASH", quoted; If-None-Match and If-Match name it
    QString title;
    QJsonObject root;  // the body, parsed once: the next change's diff compares against it
    std::shared_ptr<const CatalogIndex> index = std::make_shared<CatalogIndex>();
};

// What a change brought: the new version and what differs from the one before (CatalogDiff).
struct CatalogChange {
    LiveCatalog live;
    QJsonObject diff;
};

class EventCatalog {
public:
    explicit EventCatalog(QString connection);

    // Creates the table and settles the live version (see above). file empty: the store's.
    omk::Expected<void> open(const QString& file, qint64 nowMs);

    const LiveCatalog& live() const { return m_live; }

    // Stores body (a catalog in Omnikast's format, as writeOmnikastCatalog() writes it; root is
    // body parsed, toOmnikastCatalogJson()) as the next version, when ifMatch names the live one
    // ("*": any). Call inside a transaction, after refresh(); adopt() the result once it committed.
    // Error codes: version_conflict (ifMatch names another version, or another server changed it
    // meanwhile), storage.
    omk::Expected<StoredCatalog> store(const QByteArray& body, const QByteArray& ifMatch,
                                       const QString& actor, qint64 nowMs);
    // Makes a version store() stored live, once committed; root is its body parsed and diff
    // what it changes against the live one (catalogDiff()), both worked out once by the caller.
    CatalogChange adopt(const StoredCatalog& stored, const QJsonObject& root,
                        const QJsonObject& diff);
    // Another server's change: the store's newest version made live when it is newer than ours.
    omk::Expected<std::optional<CatalogChange>> refresh();

    static QByteArray etagOf(qint64 version, const QByteArray& body);

private:
    CatalogStore m_store;
    LiveCatalog m_live;
};

}  // namespace omk::server
