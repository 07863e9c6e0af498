#pragma once
// What a running Dreamkast event says about itself while it is on:
// - OnAirChannel (ActionCable, params {channel: "OnAirChannel", eventAbbr}) broadcasts
//   Video.on_air_v2 after every on-air switch: the whole state, one entry per track that has a
//   talk on air, keyed by track id —
//     {"1": {"id": 12, "trackId": 1, "title": "…", "videoPlatform": "ivs", "videoId": "…",
//            "startTime": "…", "endTime": "…", "onAir": true, …}, "2": {…}}
//   A track missing from it has nothing on air (dreamkast-ui's patchTalksOnAir reads it so).
// - dreamkast-weaver's GraphQL `viewerCount(confName)` → [{trackName, count}], polled by
//   dreamkast-ui at POST <weaver>/query.

#include "core/Expected.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace omk::catalog {

struct OnAirTalk {
    QString talkId;
    QString title;
    // The track's stream when the broadcast names one we can play (videoId holding an
    // http(s)/rtmp/rtsp/srt URL, as Dreamkast's streaming tracks do); empty otherwise.
    QString streamUrl;
    bool operator==(const OnAirTalk&) const = default;
};

// Track id → its on-air talk. Anything else than the shape above is an error naming the field.
Expected<QHash<QString, OnAirTalk>> parseDreamkastOnAir(const QJsonValue& message);

// dreamkast-ui's query, as the POST body.
QByteArray weaverViewerCountRequest(const QString& confName);
// Track name → viewers, from the GraphQL reply body; GraphQL errors become the error value.
Expected<QHash<QString, int>> parseWeaverViewerCounts(const QByteArray& body);

}  // namespace omk::catalog
