#pragma once
// Watch parties (docs/PROTOCOL.md "Watch parties"): rooms a signed-in person opens, kept in the
// accounts' database (tables omnikast_parties and omnikast_party_members) so every server of a
// scaled-out deployment admits the same people. A party is public (anyone with its room id may
// join) or invite-only (its members: the owner, and whoever redeemed its invite); the invite is
// kept as a SHA-256 hash with its expiry.
// Threading: the AccountStore's thread.

#include "core/Expected.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    qint64 lastActiveMs = 0;  // when someone was last seen in its room (its opening, at first)
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
    omk::Expected<int> countOwnedBy(const QString& account);
    // Someone is in these rooms now (each server says so of its own viewers).
    omk::Expected<void> touch(const QStringList& rooms, qint64 nowMs);
    // Removes the parties nobody was seen in since `before`, with their members; returns them (the
    // caller takes back their hosts' roles).
    omk::Expected<QList<Party>> expire(qint64 before);

    // A party's room id is shaped so. A catalog channel whose id happens to be shaped so keeps its
    // room (ClientSession asks the catalog first); a new party's random id is checked against it.
    static bool isPartyRoom(const QString& room);
    static QString hashInvite(const QString& invite);
    // Whether roles hold anything but a party's host role: a role the organizers gave, which lets
    // its holder into a registered-only event (opening a party must not).
    template <typename Roles>
    static bool hasEventRole(const Roles& roles) {
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            if (!isPartyRoom(it.key())) return true;
        return false;
    }

private:
    QString m_connection;
};

}  // namespace omk::server
