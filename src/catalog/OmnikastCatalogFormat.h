#pragma once
// Omnikast's own catalog file (docs/CATALOG-FORMAT.md): everything the model holds, including
// what no upstream format carries — each channel's streams with protocol, projection, stereo
// layout and language. Written and read here, so a catalog round-trips.

#include "catalog/Importer.h"

#include <QByteArray>

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
QByteArray writeOmnikastCatalog(const Catalog& catalog);  // indented UTF-8 JSON

}  // namespace omk::catalog
