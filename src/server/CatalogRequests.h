#pragma once
// A catalog an organizer sends (PUT /admin/catalog), read and checked before anything changes:
// Omnikast's own catalog format only (docs/CATALOG-FORMAT.md; the strict reader names the field
// and the reason: wrong types, unknown channels, duplicate ids…), and every stream URL of a
// scheme a player opens. Error codes: bad_json (not a JSON object), invalid_catalog.
// Fuzzed by fuzz_catalog_put.
// Threading: pure functions.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace omk::server {

// The schemes a stream URL may have; a URL without one is a path (the demo's local files).
bool knownStreamScheme(const QString& url);

omk::Expected<catalog::Catalog> readCatalogPut(const QByteArray& body);

}  // namespace omk::server
