#include "server/PartyAdmission.h"

#include "protocol/ErrorCodes.h"

namespace omk::server {

namespace err = protocol::error;

omk::Expected<bool> admitToParty(PartyStore* parties, const EventCatalog* catalog,
                                 const QString& room, const QString& account,
                                 protocol::Role roleInRoom) {
    if (!parties || !PartyStore::isPartyRoom(room)) return false;
    if (catalog && catalog->live().index->channels.contains(room)) return false;
    auto found = parties->byRoom(room);
    if (!found) return omk::fail(err::kStorage, found.error().message);
    if (!*found) return omk::fail(err::kNotFound, QStringLiteral("no such watch party"));
    if (!(*found)->inviteOnly || roleInRoom >= protocol::Role::Moderator) return true;
    if (!account.isEmpty()) {
        auto member = parties->isMember(room, account);
        if (!member) return omk::fail(err::kStorage, member.error().message);
        if (*member) return true;
    }
    return omk::fail(err::kNotInvited, account.isEmpty()
                                           ? QStringLiteral("this watch party is invite-only: sign "
                                                            "in and open its invite link")
                                           : QStringLiteral("this watch party is invite-only: open "
                                                            "its invite link"));
}

}  // namespace omk::server
