#pragma once
// A "Dreamkast-shaped file": one JSON object holding what Dreamkast's API returns, each part
// exactly as the API returns it:
//   { "event": GET /api/v1/events/{abbr}, "tracks": GET /api/v1/tracks?eventAbbr=…,
//     "talks": GET /api/v1/talks?eventAbbr=…, "speakers": GET /api/v1/speakers?eventAbbr=…,
//     "streamings": GET /api/v1/streamings?eventAbbr=… (optional),
//     "time_zone": "Asia/Tokyo" (optional; Dreamkast's API names no zone, its events are in Japan),
//     "cable_url": "wss://event.cloudnativedays.jp/cable" (optional; ActionCable for
//       OnAirChannel; default: /cable on the host the file came from, none for a local file),
//     "weaver_url": "https://dkw.cloudnativedays.jp/query" (optional; dreamkast-weaver's
//       GraphQL endpoint for viewer counts; "" turns them off; default: the app's setting)
//     }
// A Dreamkast track is a live channel; talkCategory is a topic. What is on air while the event
// runs comes over ActionCable (catalog/DreamkastLive.h, ui/OnAirFollower).

#include "catalog/Importer.h"

namespace omk::catalog {

class DreamkastImporter final : public Importer {
public:
    Format format() const override { return Format::Dreamkast; }
    bool detect(const Document& doc) const override;
    Expected<Catalog> import(const Document& doc) const override;
};

// The same, from the API's responses already parsed (the seam for the live client).
Expected<Catalog> importDreamkast(const QJsonObject& parts, const QString& source);

}  // namespace omk::catalog
