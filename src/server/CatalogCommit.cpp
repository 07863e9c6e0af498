#include "server/CatalogCommit.h"

#include "server/CatalogDiff.h"
#include "server/HttpJson.h"

#include <QJsonDocument>

#include <optional>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

HttpResponse answer(const LiveCatalog& live, const QJsonObject& diff, bool unchanged,
                    const QString& entryId) {
    QJsonObject o{{QStringLiteral("version"), live.version},
                  {QStringLiteral("etag"), QString::fromLatin1(live.etag)},
                  {QStringLiteral("diff"), diff},
                  {QStringLiteral("unchanged"), unchanged}};
    if (!entryId.isEmpty()) o.insert(QStringLiteral("audit"), entryId);
    HttpResponse ok = jsonResponse(Status::Ok, o);
    ok.etag = live.etag;
    return ok;
}

}  // namespace

CatalogCommit::CatalogCommit(AccountStore& accounts, AuditLog& audit, EventCatalog& catalog,
                             Hooks hooks)
    : m_accounts(accounts), m_audit(audit), m_catalog(catalog), m_hooks(std::move(hooks)) {}

void CatalogCommit::refresh() {
    if (m_hooks.refresh) m_hooks.refresh();
}

HttpResponse CatalogCommit::commit(const Change& c) {
    // Parsed once: the stored body, the diff and the server's index all come from root.
    const QByteArray body = QJsonDocument(c.root).toJson(QJsonDocument::Indented);
    // Another server's newer version first: If-Match is checked against what is really live.
    refresh();
    // The same catalog again is no new version: nobody needs to fetch anything.
    if (body == m_catalog.live().body) return answer(m_catalog.live(), {}, true, {});

    std::optional<StoredCatalog> stored;
    QJsonObject diff;
    QString entryId;
    omk::Error conflict;
    auto done = m_accounts.inTransaction([&]() -> omk::Expected<void> {
        auto s = m_catalog.store(body, c.ifMatch, c.caller.id, c.nowMs);
        if (!s) {
            if (s.error().code == QLatin1String("version_conflict")) conflict = s.error();
            return s.unexpected();
        }
        diff = catalogDiff(m_catalog.live().root, c.root);
        AuditEntry e;
        e.atMs = c.nowMs;
        e.actor = c.caller.id;
        e.actorName = c.caller.name;
        e.action = c.action;
        e.target = c.target;
        e.detail =
            QJsonObject{{QStringLiteral("version"), s->version}, {QStringLiteral("diff"), diff}};
        auto logged = m_audit.append(e);
        if (!logged) return logged.unexpected();
        if (c.alongside) {
            if (auto also = c.alongside(); !also) return also.unexpected();
        }
        stored = *s;
        entryId = *logged;
        return {};
    });
    if (!done) {
        if (!conflict.code.isEmpty()) {
            // Someone else's change may be the reason: take it on (and tell this server's
            // clients), and answer with what is live now.
            refresh();
            HttpResponse refusal = errorResponse(Status::PreconditionFailed, conflict);
            refusal.etag = m_catalog.live().etag;
            return refusal;
        }
        return storageFailed("admin_store", done.error().message);
    }
    const CatalogChange change = m_catalog.adopt(*stored, c.root, diff);
    if (m_hooks.changed) m_hooks.changed(change);
    return answer(change.live, change.diff, false, entryId);
}

}  // namespace omk::server
