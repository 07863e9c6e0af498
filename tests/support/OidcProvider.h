#pragma once
// A real OpenID Connect provider for tests: node-oidc-provider (tests/server/oidc/provider.mjs,
// npm package installed by scripts/install-deps.sh into BUILD/test-node) as a child process on a
// free loopback port, and a scripted browser for its development login form: the Authorization
// Code flow with PKCE as a person would click through it (an HTTP client that follows the
// redirects, fills the login form and confirms the consent), ending in the provider's ID token.
// Not a double: the server under test fetches the real discovery document and keys.

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>

namespace omk::test {

struct OidcLogin {
    QString idToken;
    QString nonce;
    QString error;  // empty when it worked
};

inline QString randomUrlSafe(int bytes) {
    QByteArray b(bytes, Qt::Uninitialized);
    for (char& c : b) c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

class OidcProvider {
public:
    // kid: the signing keys' id (restart() with another one rotates them).
    explicit OidcProvider(const QString& kid = QStringLiteral("k1")) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        start(kid);
    }
    ~OidcProvider() { stop(); }
    OidcProvider(const OidcProvider&) = delete;
    OidcProvider& operator=(const OidcProvider&) = delete;

    QString problem() const { return m_problem; }
    QString issuer() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    void stop() {
        if (m_proc.state() == QProcess::NotRunning) return;
        m_proc.kill();
        m_proc.waitForFinished(3000);
    }
    // Same port, new keys.
    void restart(const QString& kid) {
        stop();
        start(kid);
    }

    // Signs `user` in through the login form and returns the client's ID token.
    OidcLogin login(const QString& user, const QString& clientId = QStringLiteral("omnikast")) {
        OidcLogin out;
        m_cookies.clear();
        out.nonce = randomUrlSafe(16);
        const QString verifier = randomUrlSafe(32);
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString redirect = QStringLiteral("http://127.0.0.1:53682/callback");
        QUrl auth(issuer() + QStringLiteral("/auth"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid email profile"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        q.addQueryItem(QStringLiteral("nonce"), out.nonce);
        q.addQueryItem(QStringLiteral("state"), randomUrlSafe(8));
        auth.setQuery(q);
        const QString code = browse(auth, user, redirect, &out.error);
        if (code.isEmpty()) return out;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("code_verifier"), verifier);
        const auto [status, body, location] = request(QUrl(issuer() + QStringLiteral("/token")),
                                                      form.query(QUrl::FullyEncoded).toLatin1());
        (void)location;
        out.idToken =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("id_token")).toString();
        if (out.idToken.isEmpty())
            out.error = QStringLiteral("token endpoint answered %1: %2")
                            .arg(status)
                            .arg(QString::fromUtf8(body));
        return out;
    }

    // What the system browser does with the viewer's authorization URL: the provider's login
    // and consent forms as `user`, then the redirect to the viewer's loopback listener, fetched.
    QString authorize(const QUrl& authUrl, const QString& user) {
        m_cookies.clear();
        const QString redirect =
            QUrlQuery(authUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        QString error;
        const QString code = browse(authUrl, user, redirect, &error, true);
        return code.isEmpty() ? error : QString();
    }

private:
    struct Answer {
        int status = 0;
        QByteArray body;
        QUrl location;
    };

    void start(const QString& kid) {
        const QString modules = QStringLiteral(OMNIKAST_TEST_NODE_MODULES);
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(QStringLiteral("node"), {QStringLiteral(OMNIKAST_OIDC_PROVIDER_SCRIPT),
                                              modules, QString::number(m_port), kid});
        const bool up = QTest::qWaitFor(
            [this] {
                if (m_proc.state() == QProcess::NotRunning) return true;
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                return s.waitForConnected(200);
            },
            20000);
        m_problem = up && m_proc.state() == QProcess::Running
                        ? QString()
                        : QStringLiteral(
                              "the OpenID Connect provider did not start (node and "
                              "npm's oidc-provider in %1: run scripts/install-deps.sh): %2")
                              .arg(modules, QString::fromUtf8(m_proc.readAll()));
    }

    // One request, redirects not followed; POST when form is set. Cookies are kept by name and
    // all sent back (one provider, one flow: their paths do not matter here).
    Answer request(const QUrl& url, const QByteArray& form = {}) {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QByteArray cookie;
        for (auto it = m_cookies.constBegin(); it != m_cookies.constEnd(); ++it)
            cookie += (cookie.isEmpty() ? "" : "; ") + it.key() + '=' + it.value();
        if (!cookie.isEmpty()) req.setRawHeader("Cookie", cookie);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = nullptr;
        if (form.isNull()) {
            reply = m_nam.get(req);
        } else {
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = m_nam.post(req, form);
        }
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        for (const QNetworkCookie& c :
             reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>())
            m_cookies.insert(c.name(), c.value());
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        const QByteArray loc = reply->rawHeader("Location");
        if (!loc.isEmpty()) a.location = url.resolved(QUrl(QString::fromUtf8(loc)));
        reply->deleteLater();
        return a;
    }

    // Follows the authorization request through login and consent; returns the code.
    // visitRedirect: fetch the final redirect too, as a browser would (the viewer listens there).
    QString browse(QUrl url, const QString& user, const QString& redirect, QString* error,
                   bool visitRedirect = false) {
        QByteArray form;
        bool hasForm = false;
        for (int step = 0; step < 20; ++step) {
            const Answer a = hasForm ? request(url, form) : request(url);
            hasForm = false;
            if (a.location.isValid()) {
                if (a.location.toString().startsWith(redirect)) {
                    if (visitRedirect) (void)request(a.location);
                    const QUrlQuery back(a.location);
                    if (back.hasQueryItem(QStringLiteral("error"))) {
                        *error = back.queryItemValue(QStringLiteral("error_description"),
                                                     QUrl::FullyDecoded);
                        return {};
                    }
                    return back.queryItemValue(QStringLiteral("code"));
                }
                url = a.location;
                continue;
            }
            if (a.status != 200) {
                *error = QStringLiteral("%1 answered %2: %3 (provider: %4)")
                             .arg(url.toString())
                             .arg(a.status)
                             .arg(QString::fromUtf8(a.body.left(300)),
                                  QString::fromUtf8(m_proc.readAll().right(1500)));
                return {};
            }
            // The development interactions: a login form, then a consent form.
            static const QRegularExpression actionRe(
                QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
            const auto m = actionRe.match(QString::fromUtf8(a.body));
            if (!m.hasMatch()) {
                *error = QStringLiteral("no form on %1").arg(url.toString());
                return {};
            }
            url = url.resolved(QUrl(m.captured(1)));
            QUrlQuery fields;
            // Hidden fields go back as they are (the form's "prompt": login or consent).
            static const QRegularExpression hiddenRe(
                QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\""));
            for (auto it = hiddenRe.globalMatch(QString::fromUtf8(a.body)); it.hasNext();) {
                const auto h = it.next();
                fields.addQueryItem(h.captured(1), h.captured(2));
            }
            if (a.body.contains("name=\"login\"")) {
                fields.addQueryItem(QStringLiteral("login"), user);
                fields.addQueryItem(QStringLiteral("password"), QStringLiteral("any"));
            }
            form = fields.query(QUrl::FullyEncoded).toLatin1();
            hasForm = true;
        }
        *error = QStringLiteral("too many redirects");
        return {};
    }

    QProcess m_proc;
    quint16 m_port = 0;
    QString m_problem;
    QNetworkAccessManager m_nam;
    QMap<QByteArray, QByteArray> m_cookies;
};

}  // namespace omk::test
