#pragma once
// The viewer's side of "Sign in with …" (docs/AUTH.md): the OpenID Connect Authorization Code
// flow with PKCE (S256) for a native app, as RFC 8252 describes it: the provider's discovery
// document gives its endpoints; a one-shot HTTP listener on 127.0.0.1 (any free port) is the
// redirect; the system browser (an injected opener) shows the provider's own sign-in; the code
// that comes back (with our state) is traded at the token endpoint with the code verifier for
// the ID token, which the caller hands to omnikast-server with the nonce. With an audience (an
// API's identifier, as Auth0 names it: Dreamkast's chat), the provider is asked for an access
// token for that API too, and the flow ends in it.
// Threading: GUI (or any one) thread; the callback runs on it, once.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;
class QTcpSocket;

namespace omk::room {

struct OidcOutcome {
    bool ok = false;
    QString idToken;
    QString nonce;
    // When not ok: "cancelled", "timeout", "network" (the provider cannot be reached),
    // "browser" (no browser could be opened, or no local port listened), "provider" (it refused
    // or answered nonsense), and a sentence.
    QString errorCode;
    QString message;
    // With an audience: the access token for it, and its lifetime in seconds (0: not said).
    QString accessToken;
    qint64 expiresIn = 0;
};

class OidcLogin : public QObject {
    Q_OBJECT
public:
    using Opener = std::function<bool(const QUrl&)>;
    using Done = std::function<void(const OidcOutcome&)>;

    // doneText / failedText: what the browser tab says once the provider sends the person back,
    // signed in or not.
    OidcLogin(QString issuer, QString clientId, Opener opener, QString doneText, QString failedText,
              QObject* parent = nullptr);
    ~OidcLogin() override;

    // Asks for an access token for this API (the `audience` parameter, as Auth0 takes it; tests'
    // provider takes it too) and ends in it: set before start().
    void setAudience(const QString& audience) { m_audience = audience; }
    // The loopback port the provider sends the browser back to (providers that match redirects
    // exactly, ports included, as Auth0 does); 0: any free port (RFC 8252 7.3).
    void setRedirectPort(quint16 port) { m_port = port; }

    void start(Done done, int timeoutMs = 5 * 60 * 1000);
    void cancel();
    // The redirect the provider is told (http://127.0.0.1:PORT/callback), once listening.
    QUrl redirectUri() const { return m_redirect; }

private:
    void finish(OidcOutcome outcome);
    void onDiscovery(const QByteArray& body);
    void onCallback();
    void onRequestLine(QTcpSocket* socket, const QByteArray& line);
    void exchange(const QString& code);
    void track(QNetworkReply* reply);

    QString m_issuer, m_clientId, m_doneText, m_failedText, m_audience;
    quint16 m_port = 0;
    QList<QPointer<QNetworkReply>> m_replies;  // aborted when the flow ends
    Opener m_opener;
    Done m_done;
    QNetworkAccessManager* m_http;
    QTcpServer* m_listener;
    QUrl m_redirect, m_tokenEndpoint;
    QString m_verifier, m_state, m_nonce;
    bool m_finished = false;
};

}  // namespace omk::room
