#pragma once
// The one way a new version of the catalog comes to be, for a whole catalog (PUT /admin/catalog)
// and for one change to a part of it (server/CatalogEditApi): after another server's newer
// version is taken on, the new version is stored with its audit entry in one transaction, made
// live once that committed, and every client is told (catalog.changed). The answer is the same
// for both: {"version", "etag", "diff", "unchanged", "audit"?}, 412 with the live ETag when
// If-Match names another version.
// Threading: the server's event-loop thread (the AccountStore's).

#include "server/AccountStore.h"
#include "server/AdminAccess.h"
#include "server/AuditLog.h"
#include "server/EventCatalog.h"
#include "server/HttpApi.h"

#include <QJsonObject>

#include <functional>

namespace omk::server {

class CatalogCommit {
public:
    // What the server does beyond storing: tell every client of a change that committed here,
    // and take on (and tell of) another server's newer version.
    struct Hooks {
        std::function<void(const CatalogChange&)> changed;
        std::function<void()> refresh;
    };
    CatalogCommit(AccountStore& accounts, AuditLog& audit, EventCatalog& catalog, Hooks hooks);

    struct Change {
        QJsonObject root;    // the new catalog in Omnikast's format, checked (readCatalogPut)
        QByteArray ifMatch;  // "*": whatever is live
        AdminCaller caller;
        QString action;  // the audit entry's ("catalog.replace", "channel.add"…)
        QString target;  // "catalog", a channel's or a session's id
        qint64 nowMs = 0;
        // Stored in the same transaction, after the audit entry (a re-import's base).
        std::function<omk::Expected<void>()> alongside{};
    };
    HttpResponse commit(const Change& change);

    // Another server's newer version, taken on now (before an edit reads the live catalog).
    void refresh();
    const EventCatalog& catalog() const { return m_catalog; }

private:
    AccountStore& m_accounts;
    AuditLog& m_audit;
    EventCatalog& m_catalog;
    Hooks m_hooks;
};

}  // namespace omk::server
