#include "server/AccountCli.h"

#include "server/AccountStore.h"
#include "server/AuditLog.h"
#include "server/EmailAddress.h"
#include "server/RegistrationsCsv.h"
#include "server/RoleGrants.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace omk::server {

namespace {

int fail(const char* command, const QString& why) {
    std::fprintf(stderr, "omnikast-server %s: %s\n", command, qPrintable(why));
    return 1;
}

}  // namespace

int runRegistrationsImport(const QString& file, const ServerConfig& config) {
    const char* cmd = "registrations import";
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(cmd, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    if (f.size() > kMaxRegistrationsBytes)
        return fail(cmd, QStringLiteral("%1: larger than %2 MiB")
                             .arg(file)
                             .arg(kMaxRegistrationsBytes / (1024 * 1024)));
    auto read = readRegistrationsCsv(f.readAll(), QFileInfo(file).fileName());
    if (!read) return fail(cmd, read.error().message);
    for (const QString& w : read->warnings)
        std::fprintf(stderr, "omnikast-server %s: %s\n", cmd, qPrintable(w));
    if (read->rows.isEmpty())
        return fail(cmd, QStringLiteral("%1: no usable rows (%2 skipped)")
                             .arg(QFileInfo(file).fileName())
                             .arg(read->skipped));
    auto store = openAccounts(config);
    if (!store) return fail(cmd, store.error().message);
    int added = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto done = (*store)->inTransaction([&]() -> omk::Expected<void> {
        for (const Registration& r : read->rows) {
            auto isNew = (*store)->registerAddress(r.email, r.name, now);
            if (!isNew) return isNew.unexpected();
            if (*isNew) ++added;
            if (r.role.isEmpty()) continue;
            auto account = (*store)->byEmail(r.email);
            if (!account) return account.unexpected();
            auto set = (*store)->setRole((*account)->id, QStringLiteral("*"),
                                         protocol::roleFromName(r.role));
            if (!set) return set;
        }
        return {};
    });
    if (!done) return fail(cmd, done.error().message + QStringLiteral(" (nothing imported)"));
    std::printf(
        "imported %lld registrations from %s (%s format): %d new, %lld already "
        "registered, %d skipped, %d duplicates\n",
        static_cast<long long>(read->rows.size()), qPrintable(QFileInfo(file).fileName()),
        qPrintable(read->format), added, static_cast<long long>(read->rows.size() - added),
        read->skipped, read->duplicates);
    return 0;
}

namespace {

// The account of an address, or the exit status that says why there is none.
std::optional<Account> accountOf(const char* cmd, AccountStore& store, const QString& email,
                                 int* status) {
    auto normal = normaliseEmail(email);
    if (!normal) {
        *status = fail(cmd, normal.error().message);
        return std::nullopt;
    }
    auto account = store.byEmail(*normal);
    if (!account) {
        *status = fail(cmd, account.error().message);
        return std::nullopt;
    }
    if (!*account) {
        *status = fail(cmd, QStringLiteral("no account has the address %1").arg(*normal));
        return std::nullopt;
    }
    return **account;
}

}  // namespace

int runRegistrationRemove(const QString& email, const ServerConfig& config) {
    const char* cmd = "registrations remove";
    auto store = openAccounts(config);
    if (!store) return fail(cmd, store.error().message);
    int status = 0;
    const auto account = accountOf(cmd, **store, email, &status);
    if (!account) return status;
    auto done = (*store)->setRegistered(account->id, false);
    if (!done) return fail(cmd, done.error().message);
    std::printf(
        "%s is no longer registered%s\n", qPrintable(account->email),
        account->roles.isEmpty() ? "" : " (it still holds roles: revoke them with roles revoke)");
    return 0;
}

int runAccountDisable(bool disable, const QString& email, const ServerConfig& config) {
    const char* cmd = disable ? "accounts disable" : "accounts enable";
    auto store = openAccounts(config);
    if (!store) return fail(cmd, store.error().message);
    int status = 0;
    const auto account = accountOf(cmd, **store, email, &status);
    if (!account) return status;
    auto done = (*store)->setDisabled(account->id, disable);
    if (!done) return fail(cmd, done.error().message);
    std::printf("%s is %s\n", qPrintable(account->email),
                disable ? "disabled: it cannot sign in, and its next connection is refused"
                        : "enabled again");
    return 0;
}

int runRoles(bool grant, const QString& email, protocol::Role role, const QString& room,
             const ServerConfig& config) {
    const char* cmd = grant ? "roles grant" : "roles revoke";
    if (!normaliseEmail(email)) return fail(cmd, normaliseEmail(email).error().message);
    auto store = openAccounts(config);
    if (!store) return fail(cmd, store.error().message);
    AuditLog audit((*store)->connectionName());
    if (auto schema = audit.createSchema(); !schema) return fail(cmd, schema.error().message);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const RoleChange change{grant, email, role, room};
    // Who: the command line, as the operating-system user who ran it. The change and its audit
    // entry are one transaction.
    const QString user = qEnvironmentVariable("USER", QStringLiteral("?"));
    std::optional<Account> changed;
    auto done = (*store)->inTransaction([&]() -> omk::Expected<void> {
        auto account = changeRole(**store, change, now);
        if (!account) return account.unexpected();
        auto logged = audit.append(roleAuditEntry(
            change, *account, QStringLiteral("cli:") + user,
            QStringLiteral("omnikast-server %1 (%2)").arg(QLatin1String(cmd), user), now));
        if (!logged) return logged.unexpected();
        changed = *account;
        return {};
    });
    if (!done) return fail(cmd, done.error().message);
    std::printf("%s %s %s in %s\n", qPrintable(changed->email), grant ? "is now" : "is no longer",
                qPrintable(protocol::roleName(role)), qPrintable(roleScope(room)));
    return 0;
}

}  // namespace omk::server
