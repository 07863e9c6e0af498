#include "server/CatalogRequests.h"

#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"
#include "core/StreamSchemes.h"

#include <QUrl>

namespace omk::server {

bool knownStreamScheme(const QString& url) {
    const QString scheme = QUrl(url).scheme().toLower();
    // No scheme: a path. One letter: a Windows drive ("C:\talks\a.mp4").
    return scheme.size() <= 1 || scheme == QLatin1String("file") ||
           core::isNetworkStreamScheme(scheme);
}

omk::Expected<catalog::Catalog> readCatalogPut(const QByteArray& body) {
    const QString source = QStringLiteral("catalog");
    auto doc = catalog::readDocument(body, source);
    if (!doc) return omk::fail("bad_json", doc.error().message);
    const catalog::OmnikastCatalogImporter reader;
    if (!reader.detect(*doc))
        return omk::fail("invalid_catalog",
                         QStringLiteral("not an Omnikast catalog: \"omnikast_catalog\" (its "
                                        "version) is missing (docs/CATALOG-FORMAT.md)"));
    auto read = reader.import(*doc);
    if (!read) return omk::fail("invalid_catalog", read.error().message);
    for (qsizetype c = 0; c < read->channels.size(); ++c) {
        const auto& streams = read->channels[c].streams;
        for (qsizetype s = 0; s < streams.size(); ++s)
            if (!knownStreamScheme(streams[s].url))
                return omk::fail(
                    "invalid_catalog",
                    QStringLiteral("%1: channels[%2].streams[%3].url: unknown scheme \"%4\" "
                                   "(a player opens http(s), hls, rtmp(s), rtsp(s), srt, udp, "
                                   "rtp, tcp and the like, file, or a path)")
                        .arg(source)
                        .arg(c)
                        .arg(s)
                        .arg(QUrl(streams[s].url).scheme().left(20)));
    }
    return read;
}

}  // namespace omk::server
