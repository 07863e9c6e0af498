#pragma once
// Re-importing the event's schedule while it runs (docs/ADMIN.md "Re-import the schedule"): the
// Pretalx or frab export at schedule_url (or a URL the organizer names) is fetched again
// (server/ScheduleFetch), read by the catalog importer and merged into the live catalog
// (server/ScheduleMerge: the schedule's changes win, organizers' edits of what it did not change
// stay, sessions on air stay put); the result is checked as a whole catalog and, when applied,
// becomes a new version through CatalogCommit (audited as catalog.import, with the base of the
// next merge stored in the same transaction). The first re-import of a URL merges against the
// catalog's last import from its file (--catalog), when there is one: a server started on the same
// export changes nothing. Admins only.
//   GET  /admin/import            the configured URL, the poll period, the last automatic check
//   POST /admin/import/preview    {"url"?} → what an import would change; nothing changes
//   POST /admin/import            {"url"?, "source_hash"} (If-Match optional) → applied, unless the
//                                 schedule changed since the preview (409 source_changed)
// With schedule_poll_minutes > 0 the server checks the configured URL by itself at start and
// then every that many minutes (If-None-Match) and applies what changed, as actor "import".
// Servers sharing a store share the base: the first to apply a change makes the others' checks
// find nothing new.
// Threading: the server's event-loop thread (the AccountStore's); fetches answer on it.

#include "server/AccountStore.h"
#include "server/CatalogCommit.h"
#include "server/CatalogStore.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/OnAirBoard.h"
#include "server/ScheduleFetch.h"
#include "server/ScheduleImportStore.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace omk::server {

class ScheduleImportApi : public QObject {
    Q_OBJECT
public:
    ScheduleImportApi(const Jwt& jwt, AccountStore& accounts, CatalogCommit& commit,
                      const OnAirBoard& board, QString scheduleUrl, int pollMinutes,
                      QObject* parent = nullptr);

    omk::Expected<void> open();  // the store's table; then the automatic checks, if any
    void addRoutes(HttpApi& http);

private:
    enum class Mode { Preview, Apply, Poll };
    struct Run {
        Mode mode = Mode::Preview;
        QString url;
        QString sourceHash;  // Apply: what the preview saw
        QByteArray ifMatch;  // Apply: the preview's base ETag; empty: whatever is live
        AdminCaller caller;
    };
    HttpResponse status(const QByteArray& authorization);
    void start(Mode mode, const PostRequest& r, HttpApi::Reply reply);
    void run(const Run& run, HttpApi::Reply reply);
    HttpResponse finish(const Run& run, const FetchedSchedule& fetched);
    void poll();
    void noteCheck(const QString& result, const QString& message, qint64 version);

    const Jwt& m_jwt;
    AccountStore& m_accounts;
    CatalogCommit& m_commit;
    const OnAirBoard& m_board;
    ScheduleImportStore m_store;
    CatalogStore m_catalogStore;  // the file's import: the first re-import's base
    ScheduleFetch m_fetch;
    QString m_url;
    int m_pollMinutes;
    QTimer m_timer;
    bool m_polling = false;
    QJsonObject m_lastCheck;  // GET /admin/import's "last"; empty: none yet
};

}  // namespace omk::server
