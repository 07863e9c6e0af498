#pragma once
// A list of each room's live streams, published apart from the schedule. Big community
// congresses publish their schedule (frab/Pretalx, no stream addresses) and, beside it, the C3VOC
// streaming API's streams/v2.json (voc/streaming-website, view/streams-json-v2.php): an array of
// conferences → groups → rooms, each room with its streams (original and translations) and
// each stream with its URLs per protocol. readStreamsList() reads that list; applyStreams() puts
// each room's streams on the schedule's channel of the same room.
//
// What is taken: video streams (HLS preferred, else WebM/MP4 over HTTP) and adaptive DASH;
// audio-only, music and slides streams are left out. Every stream is flat (the C3VOC streams
// are not 360°): the viewer shows them on its virtual screen.
//
// Threading: plain data and pure functions; any thread.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace omk::catalog {

struct RoomStreams {
    QString conference;  // the conference's acronym ("slug"), e.g. "38c3"
    QString guid;        // may be empty (older lists)
    QString slug;        // e.g. "hall-1"
    QString scheduleName;
    QString display;
    QList<Stream> streams;  // the original first, then translations; each kind in list order
    bool operator==(const RoomStreams&) const = default;
};

// The whole list, or why not: a message naming `source` and the field (e.g.
// "streams.json: [0].groups[1].rooms[2].slug: missing").
Expected<QList<RoomStreams>> readStreamsList(QByteArray bytes, const QString& source);

struct RoomMatch {
    QString channelId;
    QString channelName;
    QString roomSlug;  // empty: no room of the list matched
    // How: named in the catalog's room map, the room's guid is the channel's id, or the
    // folded slug, schedule name or display name equals the channel's folded name or id.
    enum class By { None, Map, Guid, Slug, Name } by = By::None;
    int streams = 0;  // how many streams the channel got
};

struct StreamsMatch {
    QList<RoomMatch> channels;     // one per catalog channel, in catalog order
    QStringList unusedRooms;       // slugs of rooms no channel took
    QStringList unusedMapEntries;  // "channel → slug" entries of the room map that matched nothing
    int matched() const;
};

// Appends each matched room's streams to its channel (after any streams it already has).
// roomMap: a channel's id or name → a room slug, where names do not line up; it is applied
// first, over every channel. Rooms of the
// conference whose slug equals the catalog's acronym are used when there is one; otherwise
// every room of the list. A room goes to one channel at most.
StreamsMatch applyStreams(Catalog& catalog, const QList<RoomStreams>& rooms,
                          const QHash<QString, QString>& roomMap = {});

QString toString(RoomMatch::By by);

}  // namespace omk::catalog
