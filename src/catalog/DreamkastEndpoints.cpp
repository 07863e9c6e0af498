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

}  // namespace omk::catalog
