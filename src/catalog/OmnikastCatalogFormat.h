#pragma once
// Omnikast's own catalog file (docs/CATALOG-FORMAT.md): everything the model holds, including
// what no upstream format carries — each channel's streams with protocol, projection, stereo
// layout and language. Written and read here, so a catalog round-trips.

#include "catalog/Importer.h"

#include <QByteArray>
#include <QStringList>

namespace omk::catalog {

// The version this build writes and the newest it reads.
constexpr int kOmnikastCatalogVersion = 1;

class OmnikastCatalogImporter final : public Importer {
public:
    Format format() const override { return Format::Omnikast; }
    bool detect(const Document& doc) const override;
    Expected<Catalog> import(const Document& doc) const override;
};

QJsonObject toOmnikastCatalogJson(const Catalog& catalog);

// A channel's "room" (its RoomRules) in this format, in one place for the writer, the server's
// index of the live catalog and its edits: the keys; the rules that are on, written; and read
// back from a catalog this reader already checked (no checks, defaults for what is missing).
const QStringList& roomRuleKeys();
QJsonObject roomRulesToJson(const RoomRules& rules);
RoomRules roomRulesFromCheckedJson(const QJsonObject& room);
QByteArray writeOmnikastCatalog(const Catalog& catalog);  // indented UTF-8 JSON

}  // namespace omk::catalog
