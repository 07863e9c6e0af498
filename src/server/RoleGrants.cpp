#include "server/RoleGrants.h"

#include "server/EmailAddress.h"

namespace omk::server {

QString roleScope(const QString& room) {
    return room == QLatin1String("*") ? QStringLiteral("the whole event")
                                      : QStringLiteral("room ") + room;
}

AuditEntry roleAuditEntry(const RoleChange& change, const Account& after, const QString& actor,
                          const QString& actorName, qint64 nowMs) {
    AuditEntry e;
    e.atMs = nowMs;
    e.actor = actor;
    e.actorName = actorName;
    e.action = change.grant ? QStringLiteral("role.grant") : QStringLiteral("role.revoke");
    e.target = after.email;
    e.detail = QJsonObject{{QStringLiteral("account"), after.id},
                           {QStringLiteral("role"), protocol::roleName(change.role)},
                           {QStringLiteral("room"), change.room}};
    return e;
}

omk::Expected<Account> changeRole(AccountStore& store, const RoleChange& change, qint64 nowMs) {
    auto email = normaliseEmail(change.email);
    if (!email) return omk::fail("bad_email", email.error().message);
    if (change.grant) {
        auto registered = store.registerAddress(*email, QString(), nowMs);
        if (!registered) return registered.unexpected();
    }
    auto account = store.byEmail(*email);
    if (!account) return account.unexpected();
    if (!*account)
        return omk::fail("no_account", QStringLiteral("no account has the address %1").arg(*email));
    if (!change.grant && (*account)->roles.value(change.room) != change.role)
        return omk::fail("not_held", QStringLiteral("%1 is not %2 in %3")
                                         .arg(*email, protocol::roleName(change.role),
                                              change.room == QLatin1String("*")
                                                  ? QStringLiteral("the event")
                                                  : QStringLiteral("room ") + change.room));
    auto set =
        store.setRole((*account)->id, change.room,
                      change.grant ? std::optional<protocol::Role>(change.role) : std::nullopt);
    if (!set) return set.unexpected();
    Account after = **account;
    if (change.grant)
        after.roles.insert(change.room, change.role);
    else
        after.roles.remove(change.room);
    return after;
}

}  // namespace omk::server
