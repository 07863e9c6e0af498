#pragma once
// A watch party's link, omnikast://HOST[:PORT]/room/ROOM?invite=INVITE (docs/PROTOCOL.md "Watch
// parties"): the URL scheme the viewer's package registers, read back by ui/DeepLink. Made by the
// server (from its public_url) and by the viewer (from where it reaches a server with none), the
// same way: only a port the address names (a default one is left out, as in the sign-in link).
// Threading: a pure function.

#include <QString>
#include <QUrl>

namespace omk::protocol {

QString partyLink(const QUrl& server, const QString& room, const QString& invite);

}  // namespace omk::protocol
