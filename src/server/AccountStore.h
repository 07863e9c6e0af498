#pragma once
// Accounts, their roles, e-mail sign-in codes and refresh tokens, in the same database as the
// rooms (SQLite file or PostgreSQL; portable SQL, its own connection).
// Secrets are never stored: codes and refresh tokens are kept as HMAC-SHA-256 under the server's
// key, so a copy of the database signs nobody in.
// Threading: the connection belongs to the thread that opened it (the server's event loop, or a
// command-line tool's main thread).

#include "core/Expected.h"
#include "protocol/Role.h"
#include "server/ServerConfig.h"
#include "server/ServiceUrls.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace omk::server {

struct Account {
    QString id;  // "a_" + 20 hex digits; the user id rooms see (bans and timeouts stick to it)
    QString email;
    QString name;
    QString lang;  // en, ja, es or empty
    qint64 createdMs = 0;
    qint64 lastSeenMs = 0;
    bool disabled = false;
    bool registered = false;  // on the event's registration list
    // room → role; "*" is the whole event.
    QMap<QString, protocol::Role> roles;
};

// Who holds which role where (the admin API's list).
struct RoleHolder {
    QString accountId;
    QString email;
    QString name;
    QString room;  // "*": the whole event
    protocol::Role role = protocol::Role::Attendee;
};

struct CodeCheck {
    enum class Result { Accepted, Wrong, Expired, Missing, Locked } result = Result::Missing;
};

struct RefreshUse {
    enum class Result { Rotated, Unknown, Expired, Reused, Revoked } result = Result::Unknown;
    QString accountId;
    QString family;
};

class AccountStore {
public:
    ~AccountStore();

    static omk::Expected<std::unique_ptr<AccountStore>> openSqlite(const QString& path,
                                                                   QByteArray key);
    static omk::Expected<std::unique_ptr<AccountStore>> openPostgres(const PostgresParams& p,
                                                                     QByteArray key);

    omk::Expected<std::optional<Account>> byEmail(const QString& email);
    omk::Expected<std::optional<Account>> byId(const QString& id);
    // Creates the account if missing; name/lang only fill or replace when given.
    omk::Expected<Account> ensure(const QString& email, const QString& name, const QString& lang,
                                  qint64 nowMs);
    // Marks an address as registered (creating its account); returns whether it was new.
    omk::Expected<bool> registerAddress(const QString& email, const QString& name, qint64 nowMs);
    omk::Expected<void> setRole(const QString& accountId, const QString& room,
                                std::optional<protocol::Role> role);
    // Every role held, by address then room.
    omk::Expected<QList<RoleHolder>> roleHolders();
    omk::Expected<void> touch(const QString& accountId, qint64 nowMs);
    omk::Expected<void> setDisabled(const QString& accountId, bool disabled);
    omk::Expected<void> setRegistered(const QString& accountId, bool registered);

    // E-mail codes: one live code per address; a new one replaces the old.
    omk::Expected<void> putCode(const QString& email, const QString& code, qint64 expiresMs);
    // Consumes the code when right; counts a wrong try, and past maxTries locks (deletes) it.
    omk::Expected<CodeCheck> checkCode(const QString& email, const QString& code, qint64 nowMs,
                                       int maxTries);

    // Refresh tokens: family groups a sign-in's rotations, so a reuse revokes them all.
    omk::Expected<void> putRefresh(const QString& token, const QString& accountId,
                                   const QString& family, qint64 expiresMs);
    // Marks the token rotated when live; a rotated one revokes its whole family (reuse).
    omk::Expected<RefreshUse> useRefresh(const QString& token, qint64 nowMs);
    // Revokes the family of this token (sign-out); unknown tokens are ignored.
    omk::Expected<void> revokeFamilyOf(const QString& token);
    omk::Expected<int> accountCount();
    // Runs work in one transaction (an import of 100k rows is one commit, not 100k).
    omk::Expected<void> inTransaction(const std::function<omk::Expected<void>()>& work);
    // The Qt Sql connection (same thread): the audit log keeps its table beside the accounts.
    QString connectionName() const { return m_connection; }

private:
    AccountStore(QString connection, QByteArray key);
    omk::Expected<void> createSchema();
    QString mac(const QString& text) const;
    omk::Expected<QMap<QString, protocol::Role>> rolesOf(const QString& accountId);
    omk::Expected<std::optional<Account>> one(const char* where, const QString& value);

    QString m_connection;
    QByteArray m_key;
};

// The store the config names (db, or postgres with store = postgres), keyed by the JWT secret.
omk::Expected<std::unique_ptr<AccountStore>> openAccounts(const ServerConfig& c);

// "a_" + 20 random hex digits.
QString newAccountId();

}  // namespace omk::server
