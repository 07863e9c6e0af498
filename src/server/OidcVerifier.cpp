#include "server/OidcVerifier.h"

#include "server/Clock.h"
#include "server/Log.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>

namespace omk::server {

namespace {

constexpr qint64 kDefaultMaxAgeMs = 5 * 60 * 1000;
constexpr qint64 kLongestMaxAgeMs = 24LL * 3600 * 1000;
constexpr qint64 kMaxDocumentBytes = 512 * 1024;

}  // namespace

OidcVerifier::OidcVerifier(QString issuer, QString clientId, int refetchGapMs, QObject* parent)
    : QObject(parent),
      m_issuer(std::move(issuer)),
      m_clientId(std::move(clientId)),
      m_http(new QNetworkAccessManager(this)),
      m_refetchGapMs(refetchGapMs) {
    m_http->setTransferTimeout(10000);
    m_http->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

bool OidcVerifier::acceptableUrl(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty()) return false;
    if (url.scheme() == QLatin1String("https")) return true;
    if (url.scheme() != QLatin1String("http")) return false;
    if (url.host() == QLatin1String("localhost")) return true;
    const QHostAddress a(url.host());
    return !a.isNull() && a.isLoopback();
}

qint64 OidcVerifier::maxAgeMs(const QByteArray& cacheControl) {
    static const QRegularExpression re(QStringLiteral("max-age=(\\d+)"));
    const QString cc = QString::fromLatin1(cacheControl).toLower();
    if (cc.contains(QLatin1String("no-store")) || cc.contains(QLatin1String("no-cache"))) return 0;
    const auto m = re.match(cc);
    if (!m.hasMatch()) return kDefaultMaxAgeMs;
    return std::min(kLongestMaxAgeMs, m.captured(1).toLongLong() * 1000);
}

void OidcVerifier::verify(const QString& idToken, const QString& nonce, Done done) {
    auto parts = splitIdToken(idToken);
    if (!parts) {
        done(OidcResult{std::nullopt, QStringLiteral("id_token_invalid"), parts.error().message});
        return;
    }
    Pending p{*parts, nonce, std::move(done)};
    const qint64 now = steadyMs();
    const bool fresh = m_keys && now < m_keysUntilMs && now < m_discoveryUntilMs;
    const bool knownKid = m_keys && (p.parts.kid.isEmpty() || m_keys->has(p.parts.kid));
    // An unknown kid may be a rotation: fetch again, but not more often than every 10 s.
    const bool refetch = !fresh || (!knownKid && now - m_lastFetchMs >= m_refetchGapMs);
    if (!refetch) {
        finish(std::move(p));
        return;
    }
    m_waiting.append(std::move(p));
    if (!m_fetching) fetchKeys();
}

void OidcVerifier::finish(Pending p) {
    auto signature = m_keys ? m_keys->verify(p.parts)
                            : omk::Expected<void>(omk::fail(QStringLiteral("no keys")));
    if (!signature) {
        p.done(OidcResult{std::nullopt, QStringLiteral("id_token_invalid"),
                          signature.error().message});
        return;
    }
    IdClaimRules rules;
    rules.issuer = m_issuer;
    rules.clientId = m_clientId;
    rules.nonce = p.nonce;
    rules.nowS = wallMs() / 1000;
    auto claims = readIdClaims(p.parts.payload, rules);
    if (!claims) {
        p.done(
            OidcResult{std::nullopt, QStringLiteral("id_token_invalid"), claims.error().message});
        return;
    }
    p.done(OidcResult{*claims, {}, {}});
}

void OidcVerifier::failAll(const QString& message) {
    m_fetching = false;
    qCWarning(lcServer).noquote() << logLine("oidc_unavailable",
                                             {{"issuer", m_issuer}, {"reason", message}});
    const auto waiting = std::exchange(m_waiting, {});
    for (const Pending& p : waiting)
        p.done(
            OidcResult{std::nullopt, QStringLiteral("oidc_unavailable"),
                       QStringLiteral("the identity provider cannot be reached; try again later")});
}

void OidcVerifier::runWaiting() {
    m_fetching = false;
    auto waiting = std::exchange(m_waiting, {});
    for (Pending& p : waiting) finish(std::move(p));
}

void OidcVerifier::fetchKeys() {
    m_fetching = true;
    m_lastFetchMs = steadyMs();
    if (m_jwksUri.isValid() && steadyMs() < m_discoveryUntilMs) {
        fetchJwks();
        return;
    }
    QUrl url(m_issuer + (m_issuer.endsWith(u'/') ? QString() : QStringLiteral("/")) +
             QStringLiteral(".well-known/openid-configuration"));
    QNetworkReply* reply = m_http->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(kMaxDocumentBytes);
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return failAll(QStringLiteral("%1: %2").arg(url.toString(), reply->errorString()));
        const QJsonObject d = QJsonDocument::fromJson(body).object();
        if (d.value(QStringLiteral("issuer")).toString() != m_issuer)
            return failAll(QStringLiteral("the discovery document names another issuer (\"%1\")")
                               .arg(d.value(QStringLiteral("issuer")).toString().left(128)));
        const QUrl jwks(d.value(QStringLiteral("jwks_uri")).toString());
        if (!acceptableUrl(jwks)) return failAll(QStringLiteral("jwks_uri is not an https URL"));
        m_jwksUri = jwks;
        m_discoveryUntilMs = steadyMs() + maxAgeMs(reply->rawHeader("Cache-Control"));
        fetchJwks();
    });
}

void OidcVerifier::fetchJwks() {
    QNetworkReply* reply = m_http->get(QNetworkRequest(m_jwksUri));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(kMaxDocumentBytes);
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return failAll(
                QStringLiteral("%1: %2").arg(m_jwksUri.toString(), reply->errorString()));
        auto keys = JwksKeys::parse(body);
        if (!keys) return failAll(keys.error().message);
        const bool rotated = m_keys.has_value();
        m_keys = std::move(*keys);
        m_keysUntilMs = steadyMs() + maxAgeMs(reply->rawHeader("Cache-Control"));
        qCInfo(lcServer).noquote() << logLine(
            "oidc_keys", {{"issuer", m_issuer},
                          {"keys", QString::number(m_keys->size())},
                          {"refetch", rotated ? QStringLiteral("true") : QStringLiteral("false")}});
        runWaiting();
    });
}

}  // namespace omk::server
