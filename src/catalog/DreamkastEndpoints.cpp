#include "catalog/DreamkastEndpoints.h"

#include <QtGlobal>

namespace omk::catalog {
namespace {

bool isHttp(const QString& scheme) {
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

}  // namespace

QUrl dreamkastCableUrl(const Catalog& catalog, const QString& source) {
    if (catalog.format != Format::Dreamkast) return {};
    if (!catalog.live.cableUrl.isEmpty()) return QUrl(catalog.live.cableUrl);
    // Dreamkast's UI opens /cable on the host its API answers on; the catalog came from there.
    const QUrl from(source);
    const QString scheme = from.scheme().toLower();
    if (!isHttp(scheme) || from.host().isEmpty()) return {};
    QUrl cable;
    cable.setScheme(scheme == QLatin1String("https") ? QStringLiteral("wss")
                                                     : QStringLiteral("ws"));
    cable.setHost(from.host());
    cable.setPort(from.port());
    cable.setPath(QStringLiteral("/cable"));
    return cable;
}

QUrl dreamkastApiUrl(const QString& source, const QUrl& cable) {
    const QString env = qEnvironmentVariable("OMNIKAST_DREAMKAST_API_URL");
    if (!env.isEmpty()) return QUrl(env);
    const QUrl from(source);
    const QString scheme = from.scheme().toLower();
    QUrl api;
    if (isHttp(scheme) && !from.host().isEmpty()) {
        api.setScheme(scheme);
        api.setHost(from.host());
        api.setPort(from.port());
        return api;
    }
    api.setScheme(cable.scheme().toLower() == QLatin1String("wss") ? QStringLiteral("https")
                                                                   : QStringLiteral("http"));
    api.setHost(cable.host());
    api.setPort(cable.port());
    return api;
}

QString dreamkastOrigin(const QUrl& api) {
    const QString scheme = api.scheme().toLower();
    if (!isHttp(scheme) || api.host().isEmpty()) return {};
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(api.host().toLower());
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (api.port() != defaultPort) origin.setPort(api.port());
    return origin.toString();
}

DreamkastSignIn dreamkastSignIn(const QUrl& api) {
    DreamkastSignIn s;
    const QString host = api.host().toLower();
    if (host == QLatin1String("cloudnativedays.jp") ||
        host.endsWith(QLatin1String(".cloudnativedays.jp"))) {
        // Dreamkast's own deployment (its compose.yaml and JsonWebToken check): the Auth0 tenant
        // and the API audience. Its web UI's clients allow only their own pages as redirects, so
        // the client is named by whoever registers one for Omnikast.
        s.issuer = QStringLiteral("https://dreamkast.us.auth0.com/");
        s.audience = QStringLiteral("https://event.cloudnativedays.jp/");
    } else if (const QString origin = dreamkastOrigin(api); !origin.isEmpty()) {
        s.audience = origin + QLatin1Char('/');
    }
    auto env = [](const char* name, QString& into) {
        const QString v = qEnvironmentVariable(name).trimmed();
        if (!v.isEmpty()) into = v;
    };
    env("OMNIKAST_DREAMKAST_OIDC_ISSUER", s.issuer);
    env("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID", s.clientId);
    env("OMNIKAST_DREAMKAST_OIDC_AUDIENCE", s.audience);
    bool ok = false;
    const uint port = qEnvironmentVariable("OMNIKAST_DREAMKAST_OIDC_PORT").toUInt(&ok);
    if (ok && port <= 65535) s.redirectPort = quint16(port);
    return s;
}

}  // namespace omk::catalog
