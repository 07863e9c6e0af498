#include "catalog/DreamkastSite.h"

#include "catalog/DreamkastImporter.h"
#include "catalog/HttpCache.h"
#include "catalog/Importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace omk::catalog {
namespace {

const QRegularExpression& abbrPattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re;
}

std::optional<DreamkastAddress> fromUrl(const QUrl& url) {
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::nullopt;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/'))) path.chop(1);
    if (!path.startsWith(QLatin1Char('/'))) return std::nullopt;
    const QString abbr = path.mid(1);
    if (!abbrPattern().match(abbr).hasMatch()) return std::nullopt;
    DreamkastAddress a;
    a.site.setScheme(scheme);
    a.site.setHost(url.host());
    a.site.setPort(url.port());
    a.abbr = abbr;
    return a;
}

// One API document as JSON (an object or an array).
Expected<QJsonValue> parseJson(const QByteArray& bytes, const QString& name) {
    if (bytes.size() > kMaxCatalogBytes)
        return fail(QStringLiteral("%1: larger than a catalog may be").arg(name));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: JSON syntax error at byte %2: %3")
                        .arg(name)
                        .arg(err.offset)
                        .arg(err.errorString()));
    if (doc.isObject()) return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

}  // namespace

std::optional<DreamkastAddress> parseDreamkastAddress(const QString& input, bool pageToo) {
    static const QString prefix = QStringLiteral("dreamkast:");
    if (input.startsWith(prefix, Qt::CaseInsensitive)) {
        QString rest = input.mid(prefix.size());
        if (rest.startsWith(QLatin1String("//"))) rest = rest.mid(2);
        if (!rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
            !rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            rest.prepend(QStringLiteral("https://"));
        return fromUrl(QUrl(rest, QUrl::StrictMode));
    }
    if (!pageToo) return std::nullopt;
    return fromUrl(QUrl(input, QUrl::StrictMode));
}

Expected<DreamkastLoad> loadDreamkast(const DreamkastAddress& address, const QString& cacheDir,
                                      std::chrono::milliseconds timeout) {
    DreamkastLoad out;
    auto api = [&](const QString& path, bool withAbbr) {
        QUrl url = address.site;
        url.setPath(QStringLiteral("/api/v1/") + path);
        if (withAbbr) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("eventAbbr"), address.abbr);
            url.setQuery(q);
        }
        return url;
    };
    QJsonObject parts;
    struct Part {
        const char* key;
        QUrl url;
        bool required;
    };
    const Part wanted[] = {
        {"event", api(QStringLiteral("events/") + address.abbr, false), true},
        {"tracks", api(QStringLiteral("tracks"), true), true},
        {"talks", api(QStringLiteral("talks"), true), true},
        {"speakers", api(QStringLiteral("speakers"), true), true},
        {"streamings", api(QStringLiteral("streamings"), true), false},
    };
    // A part's new bytes become its last good copy only once the whole event imports from them
    // (a talk names a track of another part; a wrong type inside one shows only then).
    struct Fresh {
        QString key;
        QUrl url;
        QByteArray body;
        QString etag;
        bool required = true;
    };
    QList<Fresh> fresh;
    const HttpCache::Parse<QJsonValue> parse = parseJson;
    for (const Part& p : wanted) {
        auto got = HttpCache(p.url, cacheDir)
                       .fetch<QJsonValue>(parse, timeout, HttpCache::Keep::WhenAsked);
        if (!got) {
            if (p.required) {
                if (got.error().message.contains(QLatin1String("HTTP status 404")) &&
                    QLatin1String(p.key) == QLatin1String("event"))
                    return fail(
                        QStringLiteral("%1: no event \"%2\" on %3 (the Dreamkast API "
                                       "answers 404)")
                            .arg(p.url.toDisplayString(), address.abbr, address.site.host()));
                return got.unexpected();
            }
            out.warnings.append(QStringLiteral("the streams of the tracks are not available: %1")
                                    .arg(got.error().message));
            continue;
        }
        if (got->from == FetchedFrom::CacheAfterFailure)
            out.warnings.append(QStringLiteral("%1: using the cached copy: %2")
                                    .arg(p.url.toDisplayString(), got->warning));
        if (got->from == FetchedFrom::Server)
            fresh.append(Fresh{QLatin1String(p.key), p.url, got->body, got->etag, p.required});
        out.documents.append(p.url.toString());
        parts.insert(QLatin1String(p.key), got->value);
    }
    // What is on air comes over ActionCable on the same host (dreamkastCableUrl's rule).
    QUrl cable = address.site;
    cable.setScheme(address.site.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                    : QStringLiteral("ws"));
    cable.setPath(QStringLiteral("/cable"));
    parts.insert(QStringLiteral("cable_url"), cable.toString());
    QUrl page = address.site;
    page.setPath(QLatin1Char('/') + address.abbr);
    auto catalog = importDreamkast(parts, page.toDisplayString());
    if (catalog) {
        for (const Fresh& f : fresh) HttpCache(f.url, cacheDir).keep(f.body, f.etag);
        out.catalog = std::move(*catalog);
        return out;
    }
    // The new answers do not make an event: the last good copies of the parts that changed stand
    // in, and stay the last good copies.
    if (fresh.isEmpty()) return catalog.unexpected();
    QStringList standIns;
    for (const Fresh& f : fresh) {
        auto copy = HttpCache(f.url, cacheDir).cached<QJsonValue>(parse, catalog.error().message);
        if (copy) {
            parts.insert(f.key, copy->value);
        } else if (!f.required) {
            parts.remove(f.key);  // an optional part seen for the first time: left out
        } else {
            return catalog.unexpected();
        }
        standIns.append(f.url.toDisplayString());
    }
    auto previous = importDreamkast(parts, page.toDisplayString());
    if (!previous) return catalog.unexpected();
    out.warnings.append(QStringLiteral("%1: using the cached copy: %2")
                            .arg(standIns.join(QStringLiteral(", ")), catalog.error().message));
    out.catalog = std::move(*previous);
    return out;
}

}  // namespace omk::catalog
