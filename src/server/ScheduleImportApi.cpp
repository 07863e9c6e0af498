#include "server/ScheduleImportApi.h"

#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"

#include "server/AdminAccess.h"
#include "server/AdminRequests.h"
#include "server/CatalogRequests.h"
#include "server/Clock.h"
#include "server/HttpJson.h"
#include "server/Log.h"
#include "server/ScheduleMerge.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status statusOf(const QString& code) {
    if (code == QLatin1String("schedule_unreachable")) return Status::BadGateway;
    if (code == QLatin1String("schedule_unreadable")) return Status::UnprocessableEntity;
    if (code == QLatin1String("source_changed")) return Status::Conflict;
    if (code == QLatin1String("no_schedule_url")) return Status::NotFound;
    if (code == QLatin1String("storage")) return Status::ServiceUnavailable;
    return Status::BadRequest;
}

HttpResponse refused(const omk::Error& e) {
    if (e.code == QLatin1String("storage")) return storageFailed("schedule_import", e.message);
    return errorResponse(statusOf(e.code), e);
}

// The answer's JSON with "changes" added (a commit's answer, or a preview's).
HttpResponse withChanges(HttpResponse r, const QJsonObject& changes) {
    QJsonObject o = QJsonDocument::fromJson(r.body).object();
    o.insert(QStringLiteral("changes"), changes);
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

}  // namespace

ScheduleImportApi::ScheduleImportApi(const Jwt& jwt, AccountStore& accounts, CatalogCommit& commit,
                                     const OnAirBoard& board, QString scheduleUrl, int pollMinutes,
                                     QObject* parent)
    : QObject(parent),
      m_jwt(jwt),
      m_accounts(accounts),
      m_commit(commit),
      m_board(board),
      m_store(accounts.connectionName()),
      m_catalogStore(accounts.connectionName()),
      m_url(std::move(scheduleUrl)),
      m_pollMinutes(pollMinutes) {
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleImportApi::poll);
}

omk::Expected<void> ScheduleImportApi::open() {
    if (auto schema = m_store.createSchema(); !schema) return schema.unexpected();
    if (!m_url.isEmpty() && m_pollMinutes > 0) {
        m_timer.start(m_pollMinutes * 60 * 1000);
        QTimer::singleShot(0, this, &ScheduleImportApi::poll);
    }
    return {};
}

void ScheduleImportApi::addRoutes(HttpApi& http) {
    http.addRoute(QStringLiteral("/admin/import"), [this](const QHttpServerRequest& request) {
        return noStore(status(request.value(QByteArrayLiteral("authorization"))));
    });
    http.addPostRoute(QStringLiteral("/admin/import/preview"),
                      [this](const PostRequest& r, HttpApi::Reply reply) {
                          start(Mode::Preview, r, std::move(reply));
                      });
    http.addPostRoute(QStringLiteral("/admin/import"),
                      [this](const PostRequest& r, HttpApi::Reply reply) {
                          start(Mode::Apply, r, std::move(reply));
                      });
}

HttpResponse ScheduleImportApi::status(const QByteArray& authorization) {
    const auto admitted = admitAdmin(authorization, m_jwt, m_accounts, wallMs() / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    return jsonResponse(
        Status::Ok,
        QJsonObject{{QStringLiteral("url"), m_url},
                    {QStringLiteral("every_minutes"), m_url.isEmpty() ? 0 : m_pollMinutes},
                    {QStringLiteral("last"),
                     m_lastCheck.isEmpty() ? QJsonValue() : QJsonValue(m_lastCheck)}});
}

void ScheduleImportApi::start(Mode mode, const PostRequest& r, HttpApi::Reply reply) {
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, wallMs() / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return reply(noStore(*refusal));
    const auto read = readImportRequest(r.body, mode == Mode::Apply);
    if (!read) return reply(errorResponse(Status::BadRequest, read.error()));
    Run run{mode, read->url.isEmpty() ? m_url : read->url, read->sourceHash, r.ifMatch.trimmed(),
            std::get<AdminCaller>(admitted)};
    if (run.url.isEmpty())
        return reply(errorResponse(Status::NotFound, "no_schedule_url",
                                   QStringLiteral("this server has no schedule_url: name the "
                                                  "schedule export's URL")));
    this->run(run, [reply = std::move(reply)](const HttpResponse& a) { reply(noStore(a)); });
}

void ScheduleImportApi::run(const Run& run, HttpApi::Reply reply) {
    auto last = m_store.get(run.url);
    if (!last) return reply(refused(last.error()));
    // Only the automatic check asks If-None-Match: an organizer's preview reads the schedule.
    const QString ifNoneMatch = run.mode == Mode::Poll && *last ? (*last)->etag : QString();
    m_fetch.fetch(
        QUrl(run.url), ifNoneMatch,
        [this, run, reply = std::move(reply)](const omk::Expected<FetchedSchedule>& fetched) {
            if (!fetched) return reply(refused(fetched.error()));
            reply(finish(run, *fetched));
        });
}

HttpResponse ScheduleImportApi::finish(const Run& run, const FetchedSchedule& fetched) {
    if (fetched.notModified)
        return jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("unchanged"), true}});
    // Read now, not before the fetch: another import (here or on another server) may have moved
    // the base on meanwhile.
    auto stored = m_store.get(run.url);
    if (!stored) return storageFailed("schedule_import", stored.error().message);
    const std::optional<ScheduleImportRow>& last = *stored;
    const QString hash = sha256(fetched.bytes);
    if (run.mode == Mode::Poll && last && last->sourceHash == hash)
        return jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("unchanged"), true}});
    if (run.mode == Mode::Apply && hash != run.sourceHash)
        return errorResponse(Status::Conflict, "source_changed",
                             QStringLiteral("the schedule changed since the preview: preview "
                                            "again"));
    auto imported = catalog::importCatalog(fetched.bytes, run.url);
    if (!imported)
        return errorResponse(Status::UnprocessableEntity, "schedule_unreadable",
                             imported.error().message);
    const QJsonObject incoming = catalog::toOmnikastCatalogJson(*imported);
    QJsonObject base;
    if (last) {
        base = QJsonDocument::fromJson(last->body).object();
    } else {
        auto fileImport = m_catalogStore.latestImport();
        if (!fileImport) return storageFailed("schedule_import", fileImport.error().message);
        if (*fileImport) base = QJsonDocument::fromJson((*fileImport)->body).object();
    }

    m_commit.refresh();  // another server's newer version first
    const LiveCatalog live = m_commit.catalog().live();
    QSet<QString> onAir;
    for (const OnAir& o : m_board.all())
        if (!o.session.isEmpty()) onAir.insert(o.session);
    const ScheduleMerge merged = mergeSchedule(base, incoming, live.root, onAir);
    const auto checked = readCatalogPut(QJsonDocument(merged.root).toJson(QJsonDocument::Compact));
    if (!checked)
        return errorResponse(
            Status::UnprocessableEntity, "schedule_unreadable",
            QStringLiteral("the schedule and this catalog together: ") + checked.error().message);
    const QJsonObject root = catalog::toOmnikastCatalogJson(*checked);

    if (run.mode == Mode::Preview) {
        const bool unchanged = QJsonDocument(root).toJson(QJsonDocument::Indented) == live.body;
        return jsonResponse(
            Status::Ok,
            QJsonObject{{QStringLiteral("url"), run.url},
                        {QStringLiteral("source_hash"), hash},
                        {QStringLiteral("format"), catalog::toString(imported->format)},
                        {QStringLiteral("base"),
                         QJsonObject{{QStringLiteral("version"), live.version},
                                     {QStringLiteral("etag"), QString::fromLatin1(live.etag)}}},
                        {QStringLiteral("unchanged"), unchanged},
                        {QStringLiteral("changes"), merged.changes}});
    }

    const ScheduleImportRow row{run.url, wallMs(), fetched.etag, hash,
                                QJsonDocument(incoming).toJson(QJsonDocument::Compact)};
    HttpResponse answer = m_commit.commit(CatalogCommit::Change{
        root,
        run.ifMatch.isEmpty() ? (live.version == 0 ? QByteArray("*") : live.etag) : run.ifMatch,
        run.caller, QStringLiteral("catalog.import"), run.url.left(256), wallMs(),
        [this, &row] { return m_store.put(row); }});
    if (answer.status != Status::Ok) return answer;
    // The same catalog again made no version (and stored nothing): the base still moves on, so
    // the next check compares against what the schedule says now.
    if (QJsonDocument::fromJson(answer.body).object().value(QLatin1String("unchanged")).toBool())
        if (auto kept = m_store.put(row); !kept)
            return storageFailed("schedule_import", kept.error().message);
    return withChanges(answer, merged.changes);
}

void ScheduleImportApi::poll() {
    if (m_polling) return;  // the last check still runs (a slow schedule server)
    m_polling = true;
    run(Run{Mode::Poll,
            m_url,
            {},
            {},
            AdminCaller{QStringLiteral("import"), QStringLiteral("schedule import")}},
        [this](const HttpResponse& r) {
            m_polling = false;
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (r.status == Status::PreconditionFailed) {
                // Another server (or an organizer) made a version meanwhile: the next check
                // merges onto it.
                noteCheck(QStringLiteral("unchanged"), {}, 0);
                qCInfo(lcServer).noquote() << logLine(
                    "schedule_import_deferred",
                    {{"url", m_url}, {"hint", QStringLiteral("the catalog changed meanwhile")}});
                return;
            }
            if (r.status != Status::Ok) {
                const QString message = o.value(QLatin1String("message")).toString();
                noteCheck(QStringLiteral("failed"), message, 0);
                qCWarning(lcServer).noquote()
                    << logLine("schedule_import_failed",
                               {{"url", m_url},
                                {"error", o.value(QLatin1String("error")).toString()},
                                {"message", message}});
                return;
            }
            const bool unchanged = o.value(QLatin1String("unchanged")).toBool();
            const qint64 version = o.value(QLatin1String("version")).toInteger();
            noteCheck(unchanged ? QStringLiteral("unchanged") : QStringLiteral("applied"), {},
                      unchanged ? 0 : version);
            if (!unchanged)
                qCInfo(lcServer).noquote() << logLine(
                    "schedule_imported", {{"url", m_url}, {"version", QString::number(version)}});
        });
}

void ScheduleImportApi::noteCheck(const QString& result, const QString& message, qint64 version) {
    m_lastCheck =
        QJsonObject{{QStringLiteral("checked_ms"), wallMs()}, {QStringLiteral("result"), result}};
    if (!message.isEmpty()) m_lastCheck.insert(QStringLiteral("message"), message);
    if (version > 0) m_lastCheck.insert(QStringLiteral("version"), version);
}

}  // namespace omk::server
