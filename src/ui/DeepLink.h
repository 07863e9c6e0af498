#pragma once
// omnikast:// links, which the desktop hands to the viewer (x-scheme-handler/omnikast):
//
//   omnikast://HOST[:PORT]/event/CHANNEL[?t=SECONDS]
//   omnikast://HOST[:PORT]/signin?email=ADDRESS&code=CODE   (the sign-in mail's link)
//   omnikast://HOST[:PORT]/room/ROOM[?invite=INVITE]        (a watch party's link)
//
// HOST:PORT is an omnikast-server; the event is its catalog at http://HOST:PORT/catalog.json
// (no PORT: plain http's 80, as the link would read with http:// in front), CHANNEL the id of
// one of its channels (its room's name on that server), t how far into the stream to start.
// Other query keys are ignored so that links made by newer versions still open.
//
// Pure parsing, no I/O: the link comes from outside (a web page, a chat), so every malformed
// one is a one-line error naming what is wrong ("no server host"), never a guess.

#include "core/Expected.h"

#include <QString>

#include <optional>

namespace omk::ui {

struct DeepLink {
    QString catalogUrl;  // http://HOST[:PORT]/catalog.json
    QString channelId;   // empty for a sign-in link
    std::optional<double> startSeconds;
    // A sign-in link: the address and the mailed code (docs/AUTH.md). The viewer opens the
    // server's event and signs in with them.
    QString signInEmail;
    QString signInCode;
    bool isSignIn() const { return !signInCode.isEmpty(); }
    // A watch party's link (docs/PROTOCOL.md "Watch parties"): its room on that server, and the
    // invite an invite-only party asks for (empty: a public party's link).
    QString partyRoom;
    QString partyInvite;
    bool isParty() const { return !partyRoom.isEmpty(); }
};

// True when `argument` is meant as an omnikast:// link (scheme compared case-insensitively),
// whether or not it is a valid one.
bool isDeepLink(const QString& argument);

Expected<DeepLink> parseDeepLink(const QString& link);

}  // namespace omk::ui
