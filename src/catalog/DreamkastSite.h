#pragma once
// A Dreamkast event opened by its address, as an attendee has it: the event's own page
// (https://event.cloudnativedays.jp/cndt2023) or dreamkast:HOST/ABBR. The API answers on the
// same host (/api/v1/…): the event, its tracks, talks, speakers and streamings are fetched (each
// through HttpCache: ETag, the last good copy offline) and imported as a Dreamkast-shaped
// catalog (DreamkastImporter.h), with the host's /cable for what is on air.
//
// Threading: loadDreamkast() blocks (HttpCache runs a local event loop); parsing is pure.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace omk::catalog {

struct DreamkastAddress {
    QUrl site;     // scheme, host and port the API answers on
    QString abbr;  // the event's abbreviation, e.g. "cndt2023"
};

// dreamkast:HOST[:PORT]/ABBR (https), dreamkast:http(s)://HOST[:PORT]/ABBR, or — `pageToo` — an
// http(s) address whose path is one name (letters, digits, - and _), as an event page's is.
// nullopt: not shaped like one.
std::optional<DreamkastAddress> parseDreamkastAddress(const QString& input, bool pageToo);

struct DreamkastLoad {
    Catalog catalog;
    QStringList documents;  // the API URLs it was made of (for re-fetching)
    QStringList warnings;   // a cached copy stood in, the streamings were not available…
};

// Fetches and imports the event. A 404 for the event says there is no such event on that host.
Expected<DreamkastLoad> loadDreamkast(const DreamkastAddress& address, const QString& cacheDir,
                                      std::chrono::milliseconds timeout);

}  // namespace omk::catalog
