#pragma once
// The one Dreamkast endpoint rule: where a Dreamkast event's ActionCable (OnAirChannel, the chat's
// ChatChannel) and its REST API answer, derived from the catalog and the URL it was fetched from.
// Used by the event UI (live on-air data) and the room (Dreamkast chat); pure functions.
// Threading: any thread (reads the process environment only).

#include "catalog/Catalog.h"

#include <QString>
#include <QUrl>

namespace omk::catalog {

// Where a Dreamkast catalog's OnAirChannel lives: the catalog's cable_url, else /cable on the
// host it was fetched from (ws for http, wss for https); empty for a catalog that is not
// Dreamkast's, or a local file naming none.
QUrl dreamkastCableUrl(const Catalog& catalog, const QString& source);

// Where Dreamkast's REST API answers: OMNIKAST_DREAMKAST_API_URL, else the host the catalog came
// from (the same rule as the cable's), else the cable's host (https for wss, http otherwise).
QUrl dreamkastApiUrl(const QString& source, const QUrl& cable);

}  // namespace omk::catalog
