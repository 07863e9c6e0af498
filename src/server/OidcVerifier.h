#pragma once
// Verifies the ID tokens of the event's OpenID Connect provider (oidc_issuer, oidc_client_id;
// docs/AUTH.md): its discovery document and JWKS are fetched from the issuer and kept as long as
// their Cache-Control allows (5 minutes without one, a day at most); a token signed with a key
// the cached set lacks makes one early re-fetch (at most every 10 s), so a key rotation at the
// issuer is picked up without a restart. Requests that arrive while a fetch runs wait for it.
// Threading: the server's event-loop thread (QNetworkAccessManager); callbacks run on it.

#include "server/IdToken.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace omk::server {

struct OidcResult {
    std::optional<IdClaims> claims;
    // When not verified: "id_token_invalid" (the token) or "oidc_unavailable" (the issuer could
    // not be asked), and a sentence.
    QString code;
    QString message;
};

class OidcVerifier : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const OidcResult&)>;

    OidcVerifier(QString issuer, QString clientId, int refetchGapMs = 10000,
                 QObject* parent = nullptr);

    QString issuer() const { return m_issuer; }
    QString clientId() const { return m_clientId; }
    void verify(const QString& idToken, const QString& nonce, Done done);

    // Whether a URL may be fetched for keys: https, or http on a loopback address (tests).
    static bool acceptableUrl(const QUrl& url);

private:
    struct Pending {
        IdTokenParts parts;
        QString nonce;
        Done done;
    };
    void finish(Pending p);
    void fetchKeys();
    void fetchJwks();
    void failAll(const QString& message);
    void runWaiting();
    static qint64 maxAgeMs(const QByteArray& cacheControl);

    QString m_issuer;
    QString m_clientId;
    QNetworkAccessManager* m_http;
    QUrl m_jwksUri;
    qint64 m_discoveryUntilMs = 0;
    std::optional<JwksKeys> m_keys;
    qint64 m_keysUntilMs = 0;
    qint64 m_lastFetchMs = -100000;
    qint64 m_refetchGapMs;
    bool m_fetching = false;
    QList<Pending> m_waiting;
};

}  // namespace omk::server
