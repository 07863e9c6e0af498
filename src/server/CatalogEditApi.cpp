#include "server/CatalogEditApi.h"

#include "catalog/OmnikastCatalogFormat.h"

#include "server/AdminAccess.h"
#include "server/CatalogRequests.h"
#include "server/Clock.h"
#include "server/HttpJson.h"

#include <QJsonDocument>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;
using Part = CatalogEdit::Part;
using Op = CatalogEdit::Op;
using Verb = HttpApi::Verb;

// A session's abstract and description may be long; a channel's whole stream list is short.
constexpr qsizetype kMaxEditBytes = 256 * 1024;
// Tries of an edit sent without If-Match while other servers' versions keep arriving.
constexpr int kAttempts = 3;

Status statusOf(const QString& code) {
    if (code == QLatin1String("no_channel") || code == QLatin1String("no_stream") ||
        code == QLatin1String("no_session") || code == QLatin1String("no_speaker") ||
        code == QLatin1String("no_topic"))
        return Status::NotFound;
    if (code == QLatin1String("duplicate_id") || code == QLatin1String("channel_in_use") ||
        code == QLatin1String("speaker_in_use") || code == QLatin1String("topic_in_use") ||
        code == QLatin1String("session_on_air"))
        return Status::Conflict;
    return Status::BadRequest;  // bad_json, bad_request
}

}  // namespace

CatalogEditApi::CatalogEditApi(const Jwt& jwt, AccountStore& accounts, CatalogCommit& commit,
                               const OnAirBoard& board)
    : m_jwt(jwt), m_accounts(accounts), m_commit(commit), m_board(board) {}

void CatalogEditApi::addRoutes(HttpApi& http) {
    const auto route = [&](Verb verb, const char* pattern, Part part, Op op) {
        http.addWriteRoute(
            verb, QString::fromLatin1(pattern),
            [this, part, op](const PostRequest& r, HttpApi::Reply reply) {
                reply(edit(part, op, r));
            },
            kMaxEditBytes);
    };
    route(Verb::Post, "/admin/channels", Part::Channel, Op::Add);
    route(Verb::Patch, "/admin/channels/{id}", Part::Channel, Op::Change);
    route(Verb::Delete, "/admin/channels/{id}", Part::Channel, Op::Remove);
    route(Verb::Post, "/admin/channels/{id}/streams", Part::Stream, Op::Add);
    route(Verb::Patch, "/admin/channels/{id}/streams/{index}", Part::Stream, Op::Change);
    route(Verb::Delete, "/admin/channels/{id}/streams/{index}", Part::Stream, Op::Remove);
    route(Verb::Post, "/admin/sessions", Part::Session, Op::Add);
    route(Verb::Patch, "/admin/sessions/{id}", Part::Session, Op::Change);
    route(Verb::Delete, "/admin/sessions/{id}", Part::Session, Op::Remove);
    route(Verb::Post, "/admin/speakers", Part::Speaker, Op::Add);
    route(Verb::Patch, "/admin/speakers/{id}", Part::Speaker, Op::Change);
    route(Verb::Delete, "/admin/speakers/{id}", Part::Speaker, Op::Remove);
    route(Verb::Post, "/admin/topics", Part::Topic, Op::Add);
    route(Verb::Patch, "/admin/topics/{id}", Part::Topic, Op::Change);
    route(Verb::Delete, "/admin/topics/{id}", Part::Topic, Op::Remove);
}

HttpResponse CatalogEditApi::edit(Part part, Op op, const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAdmin(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const AdminCaller& caller = std::get<AdminCaller>(admitted);

    const auto read = readCatalogEdit(part, op, r.pathIds, r.body);
    if (!read) return errorResponse(statusOf(read.error().code), read.error());
    // A session on air stays where it is: the board and every viewer's tab name it.
    if (part == Part::Session &&
        (op == Op::Remove || read->fields.contains(QStringLiteral("channel")))) {
        const auto& board = m_board.all();
        for (auto it = board.cbegin(); it != board.cend(); ++it)
            if (it->session == read->id &&
                (op == Op::Remove ||
                 read->fields.value(QStringLiteral("channel")).toString() != it.key()))
                return errorResponse(Status::Conflict, "session_on_air",
                                     QStringLiteral("session \"%1\" is on air on channel \"%2\": "
                                                    "take it off air first")
                                         .arg(read->id.left(64), it.key().left(64)));
    }
    const QByteArray sent = r.ifMatch.trimmed();
    // Without If-Match the edit goes onto whatever is live: when another server's version
    // arrives between reading and storing, it is made again on that one (never over it).
    for (int attempt = 0;; ++attempt) {
        m_commit.refresh();
        const LiveCatalog live = m_commit.catalog().live();
        if (live.version == 0)
            return errorResponse(Status::NotFound, "no_catalog",
                                 QStringLiteral("this server has no catalog yet: PUT one"));
        if (!sent.isEmpty() && sent != "*" && sent != live.etag) {
            HttpResponse refusal = errorResponse(
                Status::PreconditionFailed, "version_conflict",
                QStringLiteral("the catalog changed since you read it: it is version %1 now")
                    .arg(live.version));
            refusal.etag = live.etag;
            return refusal;
        }
        const auto edited = applyCatalogEdit(live.root, *read);
        if (!edited) return errorResponse(statusOf(edited.error().code), edited.error());
        // The result is checked as a whole catalog is: a session on a channel that is not
        // there, a stream of an unknown protocol or scheme, a start that is no time… refused.
        const auto checked = readCatalogPut(QJsonDocument(*edited).toJson(QJsonDocument::Compact));
        if (!checked) return errorResponse(Status::UnprocessableEntity, checked.error());
        HttpResponse answer = m_commit.commit(
            CatalogCommit::Change{catalog::toOmnikastCatalogJson(*checked), live.etag, caller,
                                  auditAction(*read), auditTarget(*read), now});
        if (answer.status == Status::PreconditionFailed && sent.isEmpty() &&
            attempt + 1 < kAttempts)
            continue;
        const bool unchanged = QJsonDocument::fromJson(answer.body)
                                   .object()
                                   .value(QStringLiteral("unchanged"))
                                   .toBool();
        if (op == Op::Add && answer.status == Status::Ok && !unchanged)
            answer.status = Status::Created;
        return answer;
    }
}

}  // namespace omk::server
