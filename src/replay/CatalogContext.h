#pragma once
// What a recording's catalog tells the replay, as the window would have used it: the event, the
// room's channel, and for each media the stream's projection and stereo layout (which override
// what the file says, as the window's stream choice does).

#include "catalog/Catalog.h"
#include "core/Expected.h"
#include "core/Spherical.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace omk::replay {

class CatalogContext {
public:
    // Imports the catalog with the app's importers; the room is a channel id.
    static Expected<CatalogContext> create(const QJsonObject& catalog, const QString& room);

    QString title() const { return m_catalog.event.title; }
    // The room's channel name, or empty when the catalog has no channel of that id.
    QString channelName() const;
    // The catalog's stream for a media URL: the room's channel first, then any channel; a
    // relative media path (as recordings keep them) matches a stream URL by file name.
    std::optional<catalog::Stream> streamFor(const QString& media) const;
    // `detected` with the stream's projection and stereo applied, when the catalog knows media.
    SphericalInfo apply(const QString& media, SphericalInfo detected) const;

private:
    catalog::Catalog m_catalog;
    QString m_room;
};

}  // namespace omk::replay
