#pragma once
// Watch parties (docs/PROTOCOL.md "Watch parties"): rooms a signed-in person opens, kept in the
// accounts' database (tables omnikast_parties and omnikast_party_members) so every server of a
// scaled-out deployment admits the same people. A party is public (anyone with its room id may
// join) or invite-only (its members: the owner, and whoever redeemed its invite); the invite is
// kept as a SHA-256 hash with its expiry.
// Threading: the AccountStore's thread.

#include "core/Expected.h"

#include <QString>

#include <optional>

namespace omk::server {

struct Party {
    QString room;   // "p-" and 16 hex digits: its room's id
    QString name;   // what its people call it
    QString owner;  // the account that opened it (its host)
    bool inviteOnly = true;
    qint64 createdMs = 0;
    QString inviteHash;  // hex SHA-256 of the invite
    qint64 inviteExpiresMs = 0;
};

class PartyStore {
public:
    explicit PartyStore(QString connection);

    omk::Expected<void> open();
    // Stores the party with its owner as its first member.
    omk::Expected<void> create(const Party& party);
    omk::Expected<std::optional<Party>> byRoom(const QString& room);
    omk::Expected<void> addMember(const QString& room, const QString& account);
    omk::Expected<bool> isMember(const QString& room, const QString& account);

    // A party's room id is shaped so: a catalog channel's room never is (protocol/ChannelRoom
    // makes ids without this prefix only from channel ids that are themselves identifiers).
    static bool isPartyRoom(const QString& room);
    static QString hashInvite(const QString& invite);

private:
    QString m_connection;
};

}  // namespace omk::server
