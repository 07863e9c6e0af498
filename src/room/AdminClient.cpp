#include "room/AdminClient.h"

#include "room/AccountClient.h"
#include "room/ApiAnswer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace omk::room {

AdminClient::AdminClient(QObject* parent)
    : QObject(parent), m_http(new QNetworkAccessManager(this)) {
    m_http->setTransferTimeout(20000);
}

void AdminClient::setServer(const QString& roomServerUrl) {
    m_base = AccountClient::httpBaseOf(roomServerUrl);
}

namespace {
QString segment(const QString& id) {
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
}  // namespace

void AdminClient::switchOnAir(const QString& channel, const QString& session, Done done) {
    const QJsonValue value = session.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(session);
    send("POST", QStringLiteral("/admin/channels/%1/on-air").arg(segment(channel)), {},
         QJsonObject{{QStringLiteral("session"), value}}, std::move(done));
}

void AdminClient::announce(const QString& text, const QString& channel, Done done) {
    QJsonObject body{{QStringLiteral("text"), text}};
    if (!channel.isEmpty()) body.insert(QStringLiteral("channel"), channel);
    send("POST", QStringLiteral("/admin/announcements"), {}, body, std::move(done));
}

void AdminClient::audit(int limit, const QString& action, const QString& actor, Done done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!action.isEmpty()) q.addQueryItem(QStringLiteral("action"), action);
    if (!actor.isEmpty()) q.addQueryItem(QStringLiteral("actor"), actor);
    send("GET", QStringLiteral("/admin/audit"), q.toString(QUrl::FullyEncoded), {},
         std::move(done));
}

void AdminClient::bans(Done done) {
    send("GET", QStringLiteral("/admin/bans"), {}, {}, std::move(done));
}

void AdminClient::liftBan(const QString& room, const QString& user, Done done) {
    send("POST", QStringLiteral("/admin/bans/lift"), {},
         QJsonObject{{QStringLiteral("room"), room}, {QStringLiteral("user"), user}},
         std::move(done));
}

void AdminClient::roles(Done done) {
    send("GET", QStringLiteral("/admin/roles"), {}, {}, std::move(done));
}

void AdminClient::changeRole(bool grant, const QString& email, const QString& role,
                             const QString& room, Done done) {
    send("POST",
         grant ? QStringLiteral("/admin/roles/grant") : QStringLiteral("/admin/roles/revoke"), {},
         QJsonObject{{QStringLiteral("email"), email},
                     {QStringLiteral("role"), role},
                     {QStringLiteral("room"), room}},
         std::move(done));
}

void AdminClient::addChannel(const QJsonObject& fields, Done done) {
    send("POST", QStringLiteral("/admin/channels"), {}, fields, std::move(done));
}

void AdminClient::changeChannel(const QString& channel, const QJsonObject& fields, Done done) {
    send("PATCH", QStringLiteral("/admin/channels/") + segment(channel), {}, fields,
         std::move(done));
}

void AdminClient::removeChannel(const QString& channel, Done done) {
    send("DELETE", QStringLiteral("/admin/channels/") + segment(channel), {}, {}, std::move(done));
}

void AdminClient::addStream(const QString& channel, const QJsonObject& fields, Done done) {
    send("POST", QStringLiteral("/admin/channels/%1/streams").arg(segment(channel)), {}, fields,
         std::move(done));
}

void AdminClient::changeStream(const QString& channel, int index, const QJsonObject& fields,
                               Done done) {
    send("PATCH", QStringLiteral("/admin/channels/%1/streams/%2").arg(segment(channel)).arg(index),
         {}, fields, std::move(done));
}

void AdminClient::removeStream(const QString& channel, int index, Done done) {
    send("DELETE", QStringLiteral("/admin/channels/%1/streams/%2").arg(segment(channel)).arg(index),
         {}, {}, std::move(done));
}

void AdminClient::changeSession(const QString& session, const QJsonObject& fields, Done done) {
    send("PATCH", QStringLiteral("/admin/sessions/") + segment(session), {}, fields,
         std::move(done));
}

void AdminClient::removeSession(const QString& session, Done done) {
    send("DELETE", QStringLiteral("/admin/sessions/") + segment(session), {}, {}, std::move(done));
}

void AdminClient::addSpeaker(const QJsonObject& fields, Done done) {
    send("POST", QStringLiteral("/admin/speakers"), {}, fields, std::move(done));
}

void AdminClient::importStatus(Done done) {
    send("GET", QStringLiteral("/admin/import"), {}, {}, std::move(done));
}

void AdminClient::previewImport(const QString& url, Done done) {
    QJsonObject body;
    if (!url.isEmpty()) body.insert(QStringLiteral("url"), url);
    send("POST", QStringLiteral("/admin/import/preview"), {}, body, std::move(done));
}

void AdminClient::applyImport(const QString& url, const QString& sourceHash,
                              const QByteArray& ifMatch, Done done) {
    QJsonObject body{{QStringLiteral("source_hash"), sourceHash}};
    if (!url.isEmpty()) body.insert(QStringLiteral("url"), url);
    send("POST", QStringLiteral("/admin/import"), {}, body, std::move(done), ifMatch);
}

void AdminClient::send(const QByteArray& verb, const QString& path, const QString& query,
                       const QJsonObject& body, Done done, const QByteArray& ifMatch) {
    if (!m_base.isValid()) {
        done(AdminReply{false,
                        {},
                        QStringLiteral("no_server"),
                        tr("This event has no Omnikast server to organize.")});
        return;
    }
    QNetworkReply* reply =
        sendApiRequest(*m_http, m_base, verb, path, query, body, m_token, ifMatch);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const ApiAnswer a = readApiAnswer(*reply);
        done(AdminReply{a.ok, a.body, a.errorCode, a.message});
    });
}

}  // namespace omk::room
