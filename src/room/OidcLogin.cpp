#include "room/OidcLogin.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace omk::room {

namespace {

constexpr qint64 kMaxRequestLine = 8192;

QString randomUrlSafe(int bytes) {
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator* rng = QRandomGenerator::system();
    for (char& c : b) c = char(rng->bounded(256));
    return QString::fromLatin1(
        b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Endpoints the code and the verifier may travel to: https, or http on this machine (tests).
bool safeEndpoint(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty()) return false;
    if (url.scheme() == QLatin1String("https")) return true;
    if (url.scheme() != QLatin1String("http")) return false;
    const QHostAddress a(url.host());
    return url.host() == QLatin1String("localhost") || (!a.isNull() && a.isLoopback());
}

QByteArray page(int status, const QString& text) {
    const QByteArray body =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Omnikast</title></head>"
        "<body style=\"font-family:sans-serif\"><p>" +
        text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Bad Request") +
           "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

OidcOutcome failed(QString code, QString message) {
    OidcOutcome o;
    o.errorCode = std::move(code);
    o.message = std::move(message);
    return o;
}

}  // namespace

OidcLogin::OidcLogin(QString issuer, QString clientId, Opener opener, QString doneText,
                     QString failedText, QObject* parent)
    : QObject(parent),
      m_issuer(std::move(issuer)),
      m_clientId(std::move(clientId)),
      m_doneText(std::move(doneText)),
      m_failedText(std::move(failedText)),
      m_opener(std::move(opener)),
      m_http(new QNetworkAccessManager(this)),
      m_listener(new QTcpServer(this)) {
    m_http->setTransferTimeout(20000);
}

OidcLogin::~OidcLogin() = default;

void OidcLogin::track(QNetworkReply* reply) {
    m_replies.append(reply);
}

void OidcLogin::finish(OidcOutcome outcome) {
    if (m_finished) return;
    m_finished = true;
    m_listener->close();
    // Nothing of this flow goes on once it has ended (no browser opened, no code spent).
    for (const QPointer<QNetworkReply>& r : std::exchange(m_replies, {}))
        if (r) r->abort();
    if (m_done) m_done(outcome);
}

void OidcLogin::cancel() {
    finish(failed(QStringLiteral("cancelled"), tr("Signing in was cancelled.")));
}

void OidcLogin::start(Done done, int timeoutMs) {
    m_done = std::move(done);
    QTimer::singleShot(timeoutMs, this, [this] {
        finish(failed(QStringLiteral("timeout"),
                      tr("No answer came back from the sign-in page in time.")));
    });
    QUrl discovery(m_issuer + (m_issuer.endsWith(u'/') ? QString() : QStringLiteral("/")) +
                   QStringLiteral(".well-known/openid-configuration"));
    QNetworkReply* reply = m_http->get(QNetworkRequest(discovery));
    track(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished) return;
        if (reply->error() != QNetworkReply::NoError) {
            finish(failed(QStringLiteral("network"),
                          tr("Cannot reach the identity provider: %1").arg(reply->errorString())));
            return;
        }
        onDiscovery(reply->read(512 * 1024));
    });
}

void OidcLogin::onDiscovery(const QByteArray& body) {
    if (m_finished) return;
    const QJsonObject d = QJsonDocument::fromJson(body).object();
    const QUrl authorize(d.value(QStringLiteral("authorization_endpoint")).toString());
    m_tokenEndpoint = QUrl(d.value(QStringLiteral("token_endpoint")).toString());
    QString issuer = d.value(QStringLiteral("issuer")).toString();
    if (issuer.endsWith(u'/') && !m_issuer.endsWith(u'/')) issuer.chop(1);
    if (issuer != m_issuer || !safeEndpoint(authorize) || !safeEndpoint(m_tokenEndpoint)) {
        finish(failed(QStringLiteral("provider"),
                      tr("The identity provider's configuration is unreadable or not secure.")));
        return;
    }
    m_verifier = randomUrlSafe(32);
    m_state = randomUrlSafe(16);
    m_nonce = randomUrlSafe(16);
    // Loopback only, any free port (RFC 8252 7.3) unless one is set, and only now that there is a
    // state to check.
    if (!m_listener->listen(QHostAddress::LocalHost, m_port)) {
        finish(failed(
            QStringLiteral("browser"),
            tr("Cannot listen for the provider's answer: %1").arg(m_listener->errorString())));
        return;
    }
    m_redirect = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_listener->serverPort()));
    connect(m_listener, &QTcpServer::newConnection, this, &OidcLogin::onCallback);
    const QString challenge = QString::fromLatin1(
        QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrl url = authorize;
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("client_id"), m_clientId);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid email profile"));
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
    q.addQueryItem(QStringLiteral("code_challenge"), challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    q.addQueryItem(QStringLiteral("state"), m_state);
    q.addQueryItem(QStringLiteral("nonce"), m_nonce);
    if (!m_audience.isEmpty()) q.addQueryItem(QStringLiteral("audience"), m_audience);
    url.setQuery(q);
    if (!m_opener || !m_opener(url))
        finish(
            failed(QStringLiteral("browser"), tr("Cannot open the web browser for signing in.")));
}

void OidcLogin::onCallback() {
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A peer that sends nothing useful is dropped after 10 s.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool()) return;
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequestLine) socket->abort();
                return;
            }
            socket->setProperty("answered", true);
            onRequestLine(socket, socket->readLine(kMaxRequestLine + 1).trimmed());
        });
    }
}

void OidcLogin::onRequestLine(QTcpSocket* socket, const QByteArray& line) {
    // "GET /callback?code=…&state=… HTTP/1.1": the request line is all we need.
    const QList<QByteArray> parts = line.split(' ');
    const QUrl target(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(parts.value(1)));
    const QUrlQuery q(target);
    const bool ours = !m_finished && parts.value(0) == "GET" &&
                      target.path() == QLatin1String("/callback") && !m_state.isEmpty() &&
                      q.queryItemValue(QStringLiteral("state")) == m_state;
    if (!ours) {
        // Not this sign-in's answer (a stray request, another tab): ignored, flow unharmed.
        socket->write(page(400, m_failedText));
        socket->disconnectFromHost();
        return;
    }
    if (q.hasQueryItem(QStringLiteral("error"))) {
        socket->write(page(400, m_failedText));
        socket->disconnectFromHost();
        finish(failed(
            QStringLiteral("provider"),
            tr("The identity provider said: %1")
                .arg(q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                         .left(200))));
        return;
    }
    socket->write(page(200, m_doneText));
    socket->disconnectFromHost();
    exchange(q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void OidcLogin::exchange(const QString& code) {
    if (m_finished) return;
    m_listener->close();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    QNetworkRequest req(m_tokenEndpoint);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_http->post(req, form.query(QUrl::FullyEncoded).toLatin1());
    track(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_finished) return;
        const QJsonObject o = QJsonDocument::fromJson(reply->read(512 * 1024)).object();
        const QString idToken = o.value(QStringLiteral("id_token")).toString();
        const QString accessToken = o.value(QStringLiteral("access_token")).toString();
        const bool wantsAccess = !m_audience.isEmpty();
        if (wantsAccess ? accessToken.isEmpty() : idToken.isEmpty()) {
            const QString why = o.value(QStringLiteral("error_description")).toString();
            const QString detail = why.isEmpty() ? reply->errorString() : why.left(200);
            finish(failed(QStringLiteral("provider"),
                          wantsAccess
                              ? tr("The identity provider gave no access token: %1").arg(detail)
                              : tr("The identity provider gave no ID token: %1").arg(detail)));
            return;
        }
        OidcOutcome done;
        done.ok = true;
        done.idToken = idToken;
        done.nonce = m_nonce;
        if (wantsAccess) {
            done.accessToken = accessToken;
            done.expiresIn = o.value(QStringLiteral("expires_in")).toInteger();
        }
        finish(done);
    });
}

}  // namespace omk::room
