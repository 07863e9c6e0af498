#include "server/PartyApi.h"

#include "protocol/PartyLink.h"
#include "server/AdminAccess.h"
#include "server/Clock.h"
#include "server/HttpJson.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <variant>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

QByteArray randomBytes(int n) {
    QByteArray b(n, Qt::Uninitialized);
    for (char& c : b) c = char(QRandomGenerator::system()->bounded(256));
    return b;
}

// The body as an object with only these keys, or the 400 that says what it should be.
omk::Expected<QJsonObject> objectOf(const QByteArray& body, const QSet<QString>& keys,
                                    const QString& shape) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return omk::fail("bad_request", QStringLiteral("expected a JSON object %1").arg(shape));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            return omk::fail(
                "bad_request",
                QStringLiteral("unknown field \"%1\": expected %2").arg(it.key().left(40), shape));
    return o;
}

}  // namespace

PartyApi::PartyApi(QString publicUrl, const Jwt& jwt, AccountStore& accounts, PartyStore& parties,
                   std::function<void(const QString& account)> rolesChanged)
    : m_publicUrl(std::move(publicUrl)),
      m_jwt(jwt),
      m_accounts(accounts),
      m_parties(parties),
      m_rolesChanged(std::move(rolesChanged)) {}

void PartyApi::addRoutes(HttpApi& http) {
    http.addPostRoute(QStringLiteral("/parties"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { reply(open(r)); });
    http.addPostRoute(QStringLiteral("/parties/join"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { reply(redeem(r)); });
    http.addRoute(QStringLiteral("/parties"), [this](const QHttpServerRequest& request) {
        return describe(
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("room"), QUrl::FullyDecoded));
    });
}

HttpResponse PartyApi::describe(const QString& room) {
    if (room.isEmpty() || room.size() > 64)
        return errorResponse(Status::BadRequest, "bad_request",
                             QStringLiteral("expected /parties?room=ROOM"));
    auto party = m_parties.byRoom(room);
    if (!party) return storageFailed("parties", party.error().message);
    if (!*party)
        return errorResponse(
            Status::NotFound, "no_party",
            QStringLiteral("there is no watch party \"%1\" here: it may have ended")
                .arg(room.left(64)));
    // What the link's opener is shown before joining: no owner, no invite, no members.
    return noStore(jsonResponse(
        Status::Ok, QJsonObject{{QStringLiteral("room"), room},
                                {QStringLiteral("name"), (*party)->name},
                                {QStringLiteral("invite_only"), (*party)->inviteOnly}}));
}

HttpResponse PartyApi::open(const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAccount(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const Account& owner = std::get<Account>(admitted);
    const QString shape = QStringLiteral("{\"name\", \"invite_only\"?, \"invite_days\"?}");
    const auto body = objectOf(
        r.body,
        {QStringLiteral("name"), QStringLiteral("invite_only"), QStringLiteral("invite_days")},
        shape);
    if (!body) return errorResponse(Status::BadRequest, body.error());
    const QJsonValue nameValue = body->value(QLatin1String("name"));
    const QString name = nameValue.toString().simplified();
    if (!nameValue.isString() || name.isEmpty() || name.size() > 80)
        return errorResponse(Status::BadRequest, "bad_request",
                             QStringLiteral("name: expected 1-80 characters of text"));
    const QJsonValue inviteOnly = body->value(QLatin1String("invite_only"));
    if (!inviteOnly.isUndefined() && !inviteOnly.isBool())
        return errorResponse(Status::BadRequest, "bad_request",
                             QStringLiteral("invite_only: expected true or false"));
    const QJsonValue daysValue = body->value(QLatin1String("invite_days"));
    int days = kDefaultInviteDays;
    if (!daysValue.isUndefined()) {
        const double d = daysValue.toDouble(-1);
        if (!daysValue.isDouble() || d < 1 || d > 30 || d != double(int(d)))
            return errorResponse(Status::BadRequest, "bad_request",
                                 QStringLiteral("invite_days: expected a whole number, 1 to 30"));
        days = int(d);
    }
    auto owned = m_parties.countOwnedBy(owner.id);
    if (!owned) return storageFailed("parties", owned.error().message);
    if (*owned >= kMaxPartiesPerAccount)
        return errorResponse(Status::Conflict, "party_limit",
                             QStringLiteral("you have %1 watch parties open already; one goes when "
                                            "nobody has been in it for a while")
                                 .arg(*owned));
    Party p;
    p.room = QStringLiteral("p-") + QString::fromLatin1(randomBytes(8).toHex());
    p.name = name;
    p.owner = owner.id;
    p.inviteOnly = inviteOnly.toBool(true);
    p.createdMs = now;
    const QString invite = QString::fromLatin1(
        randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    p.inviteHash = PartyStore::hashInvite(invite);
    p.inviteExpiresMs = now + qint64(days) * 24 * 3600 * 1000;
    // The party and its host's role in its room, together.
    auto done = m_accounts.inTransaction([&]() -> omk::Expected<void> {
        if (auto created = m_parties.create(p); !created) return created;
        return m_accounts.setRole(owner.id, p.room, protocol::Role::Moderator);
    });
    if (!done) return storageFailed("parties", done.error().message);
    if (m_rolesChanged) m_rolesChanged(owner.id);
    QJsonObject answer{{QStringLiteral("room"), p.room},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("invite_only"), p.inviteOnly},
                       {QStringLiteral("invite"), invite},
                       {QStringLiteral("invite_expires_ms"), p.inviteExpiresMs}};
    const QUrl pub(m_publicUrl);
    if (pub.isValid() && !pub.host().isEmpty())
        answer.insert(QStringLiteral("link"), protocol::partyLink(pub, p.room, invite));
    return noStore(jsonResponse(Status::Created, answer));
}

HttpResponse PartyApi::redeem(const PostRequest& r) {
    const qint64 now = wallMs();
    const auto admitted = admitAccount(r.authorization, m_jwt, m_accounts, now / 1000);
    if (const auto* refusal = std::get_if<HttpResponse>(&admitted)) return *refusal;
    const Account& who = std::get<Account>(admitted);
    const QString shape = QStringLiteral("{\"room\", \"invite\"}");
    const auto body = objectOf(r.body, {QStringLiteral("room"), QStringLiteral("invite")}, shape);
    if (!body) return errorResponse(Status::BadRequest, body.error());
    const QString room = body->value(QLatin1String("room")).toString();
    const QString invite = body->value(QLatin1String("invite")).toString();
    if (room.isEmpty() || invite.isEmpty() || invite.size() > 256)
        return errorResponse(Status::BadRequest, "bad_request",
                             QStringLiteral("expected %1, both text").arg(shape));
    auto party = m_parties.byRoom(room);
    if (!party) return storageFailed("parties", party.error().message);
    if (!*party)
        return errorResponse(
            Status::NotFound, "no_party",
            QStringLiteral("there is no watch party \"%1\" here").arg(room.left(64)));
    if ((*party)->inviteHash != PartyStore::hashInvite(invite))
        return errorResponse(Status::Forbidden, "invite_invalid",
                             QStringLiteral("this is not the party's invite: ask its host for "
                                            "the link again"));
    if (now >= (*party)->inviteExpiresMs)
        return errorResponse(
            Status::Gone, "invite_expired",
            QStringLiteral("the invite ran out on %1: ask the host for a new one")
                .arg(QDateTime::fromMSecsSinceEpoch((*party)->inviteExpiresMs, Qt::UTC)
                         .toString(Qt::ISODate)));
    if (auto added = m_parties.addMember(room, who.id); !added)
        return storageFailed("parties", added.error().message);
    return noStore(jsonResponse(Status::Ok, QJsonObject{{QStringLiteral("room"), room},
                                                        {QStringLiteral("name"), (*party)->name}}));
}

}  // namespace omk::server
