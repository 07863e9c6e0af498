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

// scheme://host[:port] of a Dreamkast API (lower case, no default port): what a Dreamkast token
// belongs to, and a host's own audience with a slash after it.
QString dreamkastOrigin(const QUrl& api);

// How an attendee signs in to a Dreamkast host in the browser, for its chat (docs/DREAMKAST.md
// "Token"): OpenID Connect with PKCE at the host's Auth0 tenant (issuer), as a client registered
// there for Omnikast (a native client allowing the loopback redirect), asking for an access token
// for the API's audience, which Dreamkast checks. CloudNative Days' tenant and audience are known;
// no client of theirs allows a loopback redirect yet, so OMNIKAST_DREAMKAST_OIDC_CLIENT_ID (and
// _PORT, the loopback port such a client allows) name it; _ISSUER and _AUDIENCE override the rest.
// Another host's audience is its own origin with a slash, as Dreamkast's deployments name it.
struct DreamkastSignIn {
    QString issuer, clientId, audience;
    quint16 redirectPort = 0;  // 0: any free port
    // Without an issuer, a client and an audience there is no browser sign-in (the token is
    // pasted).
    bool usable() const { return !issuer.isEmpty() && !clientId.isEmpty() && !audience.isEmpty(); }
};
DreamkastSignIn dreamkastSignIn(const QUrl& api);

}  // namespace omk::catalog
