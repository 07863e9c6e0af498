#pragma once
// Who may join a watch party's room (docs/PROTOCOL.md "Watch parties"): the one rule a join of a
// `p-…` room goes through. A public party admits anyone; an invite-only one its host and members
// and whoever holds a moderator role there (the event's admins and moderators). A catalog channel
// whose id happens to be party-shaped keeps its own room. Error codes: not_found, not_invited,
// storage.
// Threading: the AccountStore's thread (the server's event loop).

#include "core/Expected.h"
#include "protocol/Role.h"
#include "server/EventCatalog.h"
#include "server/PartyStore.h"

#include <QString>

namespace omk::server {

// false: not a party's room (nothing to check); true: a party's room, and the join may go on;
// an error: refused, and why. account empty: a guest or an invite.
omk::Expected<bool> admitToParty(PartyStore* parties, const EventCatalog* catalog,
                                 const QString& room, const QString& account,
                                 protocol::Role roleInRoom);

}  // namespace omk::server
