#include "room/AccountClient.h"

#include "room/ApiAnswer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace omk::room {

namespace {

AuthTokens tokensFrom(const QJsonObject& o) {
    AuthTokens t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.expiresInS = o.value(QStringLiteral("expires_in")).toInteger();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    const auto account = o.value(QStringLiteral("account")).toObject();
    t.accountId = account.value(QStringLiteral("id")).toString();
    t.email = account.value(QStringLiteral("email")).toString();
    t.name = account.value(QStringLiteral("name")).toString();
    return t;
}

}  // namespace

AccountClient::AccountClient(QObject* parent)
    : QObject(parent), m_http(new QNetworkAccessManager(this)) {
    m_http->setTransferTimeout(20000);
}

QUrl AccountClient::httpBaseOf(const QString& roomServerUrl) {
    const QUrl ws(roomServerUrl);
    const QString scheme = ws.scheme().toLower();
    if (!ws.isValid() || ws.host().isEmpty() ||
        (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return {};
    QUrl http;
    http.setScheme(scheme == QLatin1String("wss") ? QStringLiteral("https")
                                                  : QStringLiteral("http"));
    http.setHost(ws.host());
    if (ws.port() > 0) http.setPort(ws.port());
    return http;
}

void AccountClient::setServer(const QString& roomServerUrl) {
    m_base = httpBaseOf(roomServerUrl);
}

void AccountClient::post(const QString& path, const QJsonObject& body, Done done) {
    if (!hasServer()) {
        done(AuthReply{false,
                       {},
                       QStringLiteral("no_server"),
                       tr("This event has no Omnikast server to sign in to."),
                       0});
        return;
    }
    QNetworkReply* reply = sendApiRequest(*m_http, m_base, "POST", path, {}, body, {});
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const ApiAnswer a = readApiAnswer(*reply);
        AuthReply r{a.ok, {}, a.errorCode, a.message, a.retryAfterS};
        if (a.ok && a.body.contains(QStringLiteral("access_token"))) r.tokens = tokensFrom(a.body);
        done(r);
    });
}

void AccountClient::requestCode(const QString& email, const QString& lang, Done done) {
    post(QStringLiteral("/auth/email"),
         {{QStringLiteral("email"), email}, {QStringLiteral("lang"), lang}}, std::move(done));
}

void AccountClient::exchangeCode(const QString& email, const QString& code, const QString& name,
                                 Done done) {
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("code"), code}};
    if (!name.isEmpty()) body.insert(QStringLiteral("name"), name);
    post(QStringLiteral("/auth/code"), body, std::move(done));
}

void AccountClient::refresh(const QString& refreshToken, Done done) {
    post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), refreshToken}},
         std::move(done));
}

void AccountClient::logout(const QString& refreshToken, Done done) {
    post(QStringLiteral("/auth/logout"), {{QStringLiteral("refresh_token"), refreshToken}},
         std::move(done));
}

}  // namespace omk::room

namespace omk::room {

void AccountClient::signInWithIdToken(const QString& idToken, const QString& nonce, Done done) {
    post(QStringLiteral("/auth/oidc"),
         {{QStringLiteral("id_token"), idToken}, {QStringLiteral("nonce"), nonce}},
         std::move(done));
}

void AccountClient::fetchConfig(std::function<void(const AuthConfig&)> done) {
    if (!hasServer()) {
        done(AuthConfig{});
        return;
    }
    QUrl url = m_base;
    url.setPath(QStringLiteral("/auth/config"));
    QNetworkReply* reply = m_http->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        AuthConfig c;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        c.ok = status == 200 && !o.isEmpty();
        c.email = o.value(QStringLiteral("email")).toBool();
        c.registeredOnly =
            o.value(QStringLiteral("registration")).toString() == QLatin1String("registered");
        const QJsonObject oidc = o.value(QStringLiteral("oidc")).toObject();
        c.oidcIssuer = oidc.value(QStringLiteral("issuer")).toString();
        c.oidcClientId = oidc.value(QStringLiteral("client_id")).toString();
        c.oidcName = oidc.value(QStringLiteral("name")).toString().left(64);
        done(c);
    });
}

}  // namespace omk::room
