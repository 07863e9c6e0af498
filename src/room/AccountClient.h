#pragma once
// The viewer's side of omnikast-server's sign-in endpoints (docs/AUTH.md): ask for a mailed
// code, trade it for tokens, rotate the refresh token, sign out. One HTTP request at a time per
// call; every answer comes back as an AuthReply (tokens, or the server's error code and
// sentence, or "network" when the server could not be reached).
// Threading: GUI (or any one) thread; callbacks run on it.

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace omk::room {

struct AuthTokens {
    QString accessToken;
    qint64 expiresInS = 0;
    QString refreshToken;
    QString accountId;
    QString email;
    QString name;
};

struct AuthReply {
    bool ok = false;
    AuthTokens tokens;  // with /auth/code and /auth/refresh
    // When not ok: the server's code (code_invalid, rate_limited, mail_unavailable,
    // refresh_reused, …), "network" (no answer) or "bad_reply"; and a sentence for people.
    QString errorCode;
    QString message;
    int retryAfterS = 0;
};

// GET /auth/config: how the server signs people in.
struct AuthConfig {
    bool ok = false;  // false: the server could not be asked (an older server has no /auth)
    bool email = false;
    bool registeredOnly = false;
    QString oidcIssuer, oidcClientId, oidcName;
};

class AccountClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const AuthReply&)>;

    explicit AccountClient(QObject* parent = nullptr);

    // The room server as the viewer knows it (ws://host:port/ws); its HTTP API is beside it.
    void setServer(const QString& roomServerUrl);
    QUrl httpBase() const { return m_base; }
    bool hasServer() const { return m_base.isValid() && !m_base.host().isEmpty(); }

    void requestCode(const QString& email, const QString& lang, Done done);
    void exchangeCode(const QString& email, const QString& code, const QString& name, Done done);
    void refresh(const QString& refreshToken, Done done);
    void logout(const QString& refreshToken, Done done);
    void signInWithIdToken(const QString& idToken, const QString& nonce, Done done);
    void fetchConfig(std::function<void(const AuthConfig&)> done);

    // http(s)://host:port of a ws(s)://host:port/… URL; invalid when it is not one.
    static QUrl httpBaseOf(const QString& roomServerUrl);

private:
    void post(const QString& path, const QJsonObject& body, Done done);

    QNetworkAccessManager* m_http;
    QUrl m_base;
};

}  // namespace omk::room
