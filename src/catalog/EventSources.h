#pragma once
// An event made of more than one published document: a schedule (frab, Pretalx, Dreamkast or an
// Omnikast catalog) and, beside it, a list of each room's streams (StreamsList.h) — how big
// community congresses publish. A small sources file names them together
// (docs/CATALOG-FORMAT.md, "Sources file"):
//
//   {"omnikast_sources": 1, "schedule": "https://…/schedule.xml",
//    "streams": "https://…/streams/v2.json", "rooms": {"Saal 1": "hall-1"}}
//
// and `omnikast SCHEDULE --streams STREAMS` names them on the command line. loadEvent() fetches
// each (http(s) through HttpCache's ETag and offline copy, or a file), applies the streams and
// reports how the rooms matched.
//
// Threading: loadEvent() blocks (HttpCache runs a local event loop); call it off the GUI thread
// in a window. The rest is pure.

#include "catalog/Catalog.h"
#include "catalog/Importer.h"
#include "catalog/StreamsList.h"
#include "core/Expected.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace omk::catalog {

constexpr int kSourcesFileVersion = 1;

struct EventSources {
    QString schedule;               // a path or an http(s) URL
    QString streams;                // the same; empty: none
    QHash<QString, QString> rooms;  // a channel's id or name → a room's slug in the streams list
};

// Whether a document is a sources file (it has "omnikast_sources").
bool isSourcesFile(const Document& doc);
// Reads one; relative references resolve against `base` (the file's own path or URL).
Expected<EventSources> readSourcesFile(const Document& doc, const QString& base);

struct LoadedEvent {
    Catalog catalog;
    QStringList warnings;                 // a cached copy stood in, the streams list failed…
    std::optional<StreamsMatch> streams;  // how the rooms matched, when a list was named
    QStringList documents;                // the http(s) documents it was made of (refetchEvent)
};

// `source`: a catalog or a sources file, as a path or an http(s) URL. `streams`: a streams list
// that wins over the file's (empty: the file's, if any). A streams list that cannot be read is a
// warning, not a failure: the schedule still opens, its rooms without streams.
Expected<LoadedEvent> loadEvent(const QString& source, const QString& streams,
                                const QString& cacheDir,
                                std::chrono::milliseconds timeout = std::chrono::seconds(30));

// Whether any of `documents` (LoadedEvent::documents) changed on its server since it was
// cached, without parsing any: a 304 costs a request, not a re-parse. False when none did or
// none could be asked.
bool anyDocumentChanged(const QStringList& documents, const QString& cacheDir,
                        std::chrono::milliseconds timeout = std::chrono::seconds(30));

bool isHttpUrl(const QString& source);

}  // namespace omk::catalog
