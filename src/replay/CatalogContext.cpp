#include "replay/CatalogContext.h"

#include "catalog/Importer.h"

#include <QJsonDocument>
#include <QUrl>

namespace omk::replay {

namespace {

bool sameMedia(const QString& streamUrl, const QString& media) {
    if (streamUrl == media) return true;
    const QUrl m = QUrl::fromUserInput(media);
    if (!QUrl(media).isRelative() && m.isValid()) return false;
    // A recording names local media relative to its folder; the catalog by the URL it served.
    return !media.isEmpty() && QUrl(streamUrl).fileName() == QUrl(media).fileName();
}

}  // namespace

Expected<CatalogContext> CatalogContext::create(const QJsonObject& catalog, const QString& room) {
    auto imported = catalog::importCatalog(QJsonDocument(catalog).toJson(QJsonDocument::Compact),
                                           QStringLiteral("the recording's catalog"));
    if (!imported) return imported.unexpected();
    CatalogContext c;
    c.m_catalog = std::move(*imported);
    c.m_room = room;
    return c;
}

QString CatalogContext::channelName() const {
    const catalog::Channel* ch = m_catalog.channel(m_room);
    return ch ? ch->name : QString();
}

std::optional<catalog::Stream> CatalogContext::streamFor(const QString& media) const {
    if (const catalog::Channel* own = m_catalog.channel(m_room)) {
        for (const catalog::Stream& s : own->streams)
            if (sameMedia(s.url, media)) return s;
    }
    for (const catalog::Channel& ch : m_catalog.channels)
        for (const catalog::Stream& s : ch.streams)
            if (sameMedia(s.url, media)) return s;
    return std::nullopt;
}

SphericalInfo CatalogContext::apply(const QString& media, SphericalInfo detected) const {
    const auto stream = streamFor(media);
    if (!stream) return detected;
    detected.projection = stream->projection;
    detected.projectionSource = InfoSource::Override;
    detected.stereo = stream->stereo;
    detected.stereoSource = InfoSource::Override;
    return detected;
}

}  // namespace omk::replay
