#pragma once
// Sign-in (docs/AUTH.md): POST /auth/email sends a code and a link, /auth/code trades them for an
// access token (the JWT `hello` takes) and a refresh token, /auth/oidc does the same for an ID
// token of the event's OpenID Connect provider, /auth/refresh rotates the refresh token (a reused
// one revokes its whole family), /auth/logout revokes it; GET /auth/config says which are on.
// Nothing an answer says tells a registered address from an unregistered one: both get 202,
// and with the mail server down both get 503 (where no mail is due the server is asked for a
// NOOP instead), so the same lists of rate limits apply to every address.
// Threading: lives on the server's event-loop thread with the AccountStore; mail leaves on a
// small pool of worker threads and the answer comes back to this thread.

#include "server/AccountStore.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/Mailer.h"
#include "server/OidcVerifier.h"
#include "server/RateLimiter.h"
#include "server/ServerConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

namespace omk::server {

struct Metrics;

class AuthService final : public QObject {
    Q_OBJECT
public:
    AuthService(const ServerConfig& config, const Jwt& jwt, AccountStore& accounts,
                QString eventName, QObject* parent = nullptr);
    ~AuthService() override;

    // Adds the /auth/… POST routes.
    void addRoutes(HttpApi& http);
    // The event's name in sign-in mails (the catalog's title; organizers may change it).
    void setEventName(const QString& name) { m_eventName = name; }

    void requestCode(const PostRequest& r, HttpApi::Reply reply);
    void exchangeCode(const PostRequest& r, HttpApi::Reply reply);
    void refresh(const PostRequest& r, HttpApi::Reply reply);
    void logout(const PostRequest& r, HttpApi::Reply reply);
    // POST /auth/oidc {id_token, nonce}: an ID token of the event's OpenID Connect provider.
    void signInWithIdToken(const PostRequest& r, HttpApi::Reply reply);
    // GET /auth/config: how this server signs people in (for the viewer's sign-in box).
    QJsonObject publicConfig() const;

    // Tokens for an account that just proved who it is (a code, later an ID token).
    omk::Expected<QJsonObject> issueTokens(const Account& a, const QString& family);

    // The sign-in code's form: six characters of an alphabet without look-alikes (no 0/O, 1/I),
    // shown as "K7Q-4MX"; typed case-insensitively, with or without the dash.
    static QString makeCode();
    static QString normaliseCode(const QString& typed);

private:
    bool limited(const PostRequest& r, const QString& email, HttpApi::Reply& reply);
    MailSettings mailSettings() const;
    QString signInLink(const QString& email, const QString& code) const;
    void finishOidc(const IdClaims& claims, HttpApi::Reply reply);
    // The account of a proven address (made in an open event), its tokens, the answer.
    void signIn(const QString& email, const QString& name, const char* via, HttpApi::Reply& reply);
    static void replyStorageFailed(HttpApi::Reply& reply, const QString& why);

    const ServerConfig& m_config;
    const Jwt& m_jwt;
    AccountStore& m_accounts;
    QString m_eventName;
    RateLimiter m_perClient;   // every /auth request, per client address
    RateLimiter m_perAddress;  // mails, per e-mail address
    QThreadPool m_mailPool;
    OidcVerifier* m_oidc = nullptr;  // with oidc_issuer only
    static constexpr int kMaxMailsInFlight = 64;
    int m_mailsInFlight = 0;
};

}  // namespace omk::server
