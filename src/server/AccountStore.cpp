#include "server/AccountStore.h"

#include "server/SqlFailure.h"

#include "server/PostgresRoomStore.h"
#include "server/Ulid.h"

#include <QAtomicInt>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace omk::server {

namespace {

// Portable between SQLite and PostgreSQL.
const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS omnikast_accounts ("
    " id text PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL DEFAULT '',"
    " lang text NOT NULL DEFAULT '', created_ms bigint NOT NULL,"
    " last_seen_ms bigint NOT NULL DEFAULT 0, disabled integer NOT NULL DEFAULT 0,"
    " registered integer NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS omnikast_roles ("
    " account_id text NOT NULL, room text NOT NULL, role text NOT NULL,"
    " PRIMARY KEY (account_id, room))",
    "CREATE TABLE IF NOT EXISTS omnikast_signin_codes ("
    " email text PRIMARY KEY, code_mac text NOT NULL, expires_ms bigint NOT NULL,"
    " tries integer NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS omnikast_refresh_tokens ("
    " token_mac text PRIMARY KEY, account_id text NOT NULL, family text NOT NULL,"
    " expires_ms bigint NOT NULL, rotated integer NOT NULL DEFAULT 0,"
    " revoked integer NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS omnikast_refresh_family ON omnikast_refresh_tokens (family)",
};

constexpr const char* kStore = "accounts";

const char* kColumns = "id, email, name, lang, created_ms, last_seen_ms, disabled, registered";

Account readAccount(const QSqlQuery& q) {
    Account a;
    a.id = q.value(0).toString();
    a.email = q.value(1).toString();
    a.name = q.value(2).toString();
    a.lang = q.value(3).toString();
    a.createdMs = q.value(4).toLongLong();
    a.lastSeenMs = q.value(5).toLongLong();
    a.disabled = q.value(6).toInt() != 0;
    a.registered = q.value(7).toInt() != 0;
    return a;
}

// Qt Sql binds a null QString as NULL; the columns hold '' instead.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("omnikast-accounts-%1").arg(counter.fetchAndAddRelaxed(1));
}

}  // namespace

omk::Expected<std::unique_ptr<AccountStore>> openAccounts(const ServerConfig& c) {
    if (c.store == ServerConfig::Store::Sqlite) return AccountStore::openSqlite(c.db, c.jwtSecret);
    auto params = parsePostgresUrl(c.postgres);
    if (!params) return omk::fail(QStringLiteral("postgres: ") + params.error().message);
    return AccountStore::openPostgres(*params, c.jwtSecret);
}

QString newAccountId() {
    return QStringLiteral("a_") + randomId(10);
}

AccountStore::AccountStore(QString connection, QByteArray key)
    : m_connection(std::move(connection)), m_key(std::move(key)) {}

AccountStore::~AccountStore() {
    {
        auto db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

omk::Expected<std::unique_ptr<AccountStore>> AccountStore::openSqlite(const QString& path,
                                                                      QByteArray key) {
    const QString name = nextConnectionName();
    std::unique_ptr<AccountStore> store(new AccountStore(name, std::move(key)));
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid())
            return omk::fail(QStringLiteral("accounts: the QSQLITE driver is missing"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return omk::fail(
                QStringLiteral("accounts: cannot open %1: %2").arg(path, db.lastError().text()));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    auto schema = store->createSchema();
    if (!schema) return schema.unexpected();
    return store;
}

omk::Expected<std::unique_ptr<AccountStore>> AccountStore::openPostgres(const PostgresParams& p,
                                                                        QByteArray key) {
    const QString name = nextConnectionName();
    std::unique_ptr<AccountStore> store(new AccountStore(name, std::move(key)));
    auto db = ::omk::server::openPostgres(name, p);
    if (!db) return db.unexpected();
    auto schema = store->createSchema();
    if (!schema) return schema.unexpected();
    return store;
}

omk::Expected<void> AccountStore::createSchema() {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    for (const char* stmt : kSchema)
        if (!q.exec(QString::fromLatin1(stmt))) return sqlFail(kStore, "schema", q.lastError());
    return {};
}

QString AccountStore::mac(const QString& text) const {
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(text.toUtf8(), m_key, QCryptographicHash::Sha256).toHex());
}

omk::Expected<QMap<QString, protocol::Role>> AccountStore::rolesOf(const QString& accountId) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT room, role FROM omnikast_roles WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()) return sqlFail(kStore, "roles", q.lastError());
    QMap<QString, protocol::Role> roles;
    while (q.next()) {
        const auto role = protocol::roleFromName(q.value(1).toString());
        if (role) roles.insert(q.value(0).toString(), *role);
    }
    return roles;
}

omk::Expected<QList<RoleHolder>> AccountStore::roleHolders() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "SELECT r.account_id, a.email, a.name, r.room, r.role FROM omnikast_roles r"
            " JOIN omnikast_accounts a ON a.id = r.account_id ORDER BY a.email, r.room")))
        return sqlFail(kStore, "roles", q.lastError());
    QList<RoleHolder> out;
    while (q.next()) {
        const auto role = protocol::roleFromName(q.value(4).toString());
        if (!role) continue;
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), *role});
    }
    return out;
}

omk::Expected<std::optional<Account>> AccountStore::one(const char* where, const QString& value) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM omnikast_accounts WHERE %2 = ?")
                  .arg(QLatin1String(kColumns), QLatin1String(where)));
    q.addBindValue(value);
    if (!q.exec()) return sqlFail(kStore, "account", q.lastError());
    if (!q.next()) return std::optional<Account>();
    Account a = readAccount(q);
    auto roles = rolesOf(a.id);
    if (!roles) return roles.unexpected();
    a.roles = *roles;
    return std::optional<Account>(a);
}

omk::Expected<std::optional<Account>> AccountStore::byEmail(const QString& email) {
    return one("email", email);
}

omk::Expected<std::optional<Account>> AccountStore::byId(const QString& id) {
    return one("id", id);
}

omk::Expected<Account> AccountStore::ensure(const QString& email, const QString& name,
                                            const QString& lang, qint64 nowMs) {
    auto found = byEmail(email);
    if (!found) return found.unexpected();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (*found) {
        Account a = **found;
        if ((!name.isEmpty() && name != a.name) || (!lang.isEmpty() && lang != a.lang)) {
            if (!name.isEmpty()) a.name = name;
            if (!lang.isEmpty()) a.lang = lang;
            q.prepare(
                QStringLiteral("UPDATE omnikast_accounts SET name = ?, lang = ? WHERE id = ?"));
            q.addBindValue(text(a.name));
            q.addBindValue(text(a.lang));
            q.addBindValue(a.id);
            if (!q.exec()) return sqlFail(kStore, "update account", q.lastError());
        }
        return a;
    }
    Account a;
    a.id = newAccountId();
    a.email = email;
    a.name = name;
    a.lang = lang;
    a.createdMs = nowMs;
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_accounts (id, email, name, lang, created_ms) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING"));
    q.addBindValue(a.id);
    q.addBindValue(text(a.email));
    q.addBindValue(text(a.name));
    q.addBindValue(text(a.lang));
    q.addBindValue(a.createdMs);
    if (!q.exec()) return sqlFail(kStore, "create account", q.lastError());
    // Another process may have won the insert: read back whichever row holds the address.
    auto stored = byEmail(email);
    if (!stored) return stored.unexpected();
    if (!*stored) return omk::fail(QStringLiteral("accounts: %1 vanished").arg(email));
    return **stored;
}

omk::Expected<bool> AccountStore::registerAddress(const QString& email, const QString& name,
                                                  qint64 nowMs) {
    auto before = byEmail(email);
    if (!before) return before.unexpected();
    const bool isNew = !*before || !(*before)->registered;
    auto a = ensure(email, name, {}, nowMs);
    if (!a) return a.unexpected();
    if (!a->registered) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("UPDATE omnikast_accounts SET registered = 1 WHERE id = ?"));
        q.addBindValue(a->id);
        if (!q.exec()) return sqlFail(kStore, "register", q.lastError());
    }
    return isNew;
}

omk::Expected<void> AccountStore::setRole(const QString& accountId, const QString& room,
                                          std::optional<protocol::Role> role) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!role || *role == protocol::Role::Attendee) {
        q.prepare(QStringLiteral("DELETE FROM omnikast_roles WHERE account_id = ? AND room = ?"));
        q.addBindValue(accountId);
        q.addBindValue(room);
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO omnikast_roles (account_id, room, role) "
                           "VALUES (?, ?, ?) ON CONFLICT (account_id, room) DO UPDATE "
                           "SET role = excluded.role"));
        q.addBindValue(accountId);
        q.addBindValue(room);
        q.addBindValue(protocol::roleName(*role));
    }
    if (!q.exec()) return sqlFail(kStore, "role", q.lastError());
    return {};
}

omk::Expected<void> AccountStore::touch(const QString& accountId, qint64 nowMs) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE omnikast_accounts SET last_seen_ms = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(accountId);
    if (!q.exec()) return sqlFail(kStore, "last seen", q.lastError());
    return {};
}

omk::Expected<void> AccountStore::setDisabled(const QString& accountId, bool disabled) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE omnikast_accounts SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(accountId);
    if (!q.exec()) return sqlFail(kStore, "disable", q.lastError());
    return {};
}

omk::Expected<void> AccountStore::setRegistered(const QString& accountId, bool registered) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE omnikast_accounts SET registered = ? WHERE id = ?"));
    q.addBindValue(registered ? 1 : 0);
    q.addBindValue(accountId);
    if (!q.exec()) return sqlFail(kStore, "registration", q.lastError());
    return {};
}

omk::Expected<void> AccountStore::putCode(const QString& email, const QString& code,
                                          qint64 expiresMs) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_signin_codes (email, code_mac, expires_ms, "
                       "tries) VALUES (?, ?, ?, 0) ON CONFLICT (email) DO UPDATE SET "
                       "code_mac = excluded.code_mac, expires_ms = excluded.expires_ms, "
                       "tries = 0"));
    q.addBindValue(email);
    q.addBindValue(mac(email + u':' + code));
    q.addBindValue(expiresMs);
    if (!q.exec()) return sqlFail(kStore, "code", q.lastError());
    return {};
}

omk::Expected<CodeCheck> AccountStore::checkCode(const QString& email, const QString& code,
                                                 qint64 nowMs, int maxTries) {
    // Each step is one conditional statement, so parallel tries (several servers on one
    // PostgreSQL) can neither pass the try limit nor spend one code twice.
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery take(db);
    take.prepare(
        QStringLiteral("DELETE FROM omnikast_signin_codes WHERE email = ? AND code_mac = ? "
                       "AND expires_ms > ? AND tries < ?"));
    take.addBindValue(email);
    take.addBindValue(mac(email + u':' + code));
    take.addBindValue(nowMs);
    take.addBindValue(maxTries);
    if (!take.exec()) return sqlFail(kStore, "code", take.lastError());
    if (take.numRowsAffected() == 1) return CodeCheck{CodeCheck::Result::Accepted};

    QSqlQuery expired(db);
    expired.prepare(
        QStringLiteral("DELETE FROM omnikast_signin_codes WHERE email = ? AND expires_ms <= ?"));
    expired.addBindValue(email);
    expired.addBindValue(nowMs);
    if (!expired.exec()) return sqlFail(kStore, "code", expired.lastError());
    if (expired.numRowsAffected() == 1) return CodeCheck{CodeCheck::Result::Expired};

    QSqlQuery wrong(db);
    wrong.prepare(
        QStringLiteral("UPDATE omnikast_signin_codes SET tries = tries + 1 WHERE email = ? "
                       "AND tries < ?"));
    wrong.addBindValue(email);
    wrong.addBindValue(maxTries);
    if (!wrong.exec()) return sqlFail(kStore, "code", wrong.lastError());
    if (wrong.numRowsAffected() == 1) {
        // Whether that try was the last one allowed.
        QSqlQuery left(db);
        left.prepare(QStringLiteral("SELECT tries FROM omnikast_signin_codes WHERE email = ?"));
        left.addBindValue(email);
        if (!left.exec()) return sqlFail(kStore, "code", left.lastError());
        const bool locked = left.next() && left.value(0).toInt() >= maxTries;
        return CodeCheck{locked ? CodeCheck::Result::Locked : CodeCheck::Result::Wrong};
    }
    QSqlQuery any(db);
    any.prepare(QStringLiteral("SELECT 1 FROM omnikast_signin_codes WHERE email = ?"));
    any.addBindValue(email);
    if (!any.exec()) return sqlFail(kStore, "code", any.lastError());
    return CodeCheck{any.next() ? CodeCheck::Result::Locked : CodeCheck::Result::Missing};
}

omk::Expected<void> AccountStore::putRefresh(const QString& token, const QString& accountId,
                                             const QString& family, qint64 expiresMs) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO omnikast_refresh_tokens (token_mac, account_id, family, "
                       "expires_ms) VALUES (?, ?, ?, ?)"));
    q.addBindValue(mac(token));
    q.addBindValue(accountId);
    q.addBindValue(family);
    q.addBindValue(expiresMs);
    if (!q.exec()) return sqlFail(kStore, "refresh token", q.lastError());
    return {};
}

omk::Expected<RefreshUse> AccountStore::useRefresh(const QString& token, qint64 nowMs) {
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT account_id, family, expires_ms, rotated, revoked FROM "
                       "omnikast_refresh_tokens WHERE token_mac = ?"));
    const QString key = mac(token);
    q.addBindValue(key);
    if (!q.exec()) return sqlFail(kStore, "refresh token", q.lastError());
    if (!q.next()) return RefreshUse{};
    RefreshUse use;
    use.accountId = q.value(0).toString();
    use.family = q.value(1).toString();
    const qint64 expires = q.value(2).toLongLong();
    const bool rotated = q.value(3).toInt() != 0;
    const bool revoked = q.value(4).toInt() != 0;
    q.finish();
    if (revoked) {
        use.result = RefreshUse::Result::Revoked;
        return use;
    }
    QSqlQuery u(db);
    if (rotated) {
        // A token used twice: one of the two holders stole it. Neither keeps the session.
        u.prepare(
            QStringLiteral("UPDATE omnikast_refresh_tokens SET revoked = 1 WHERE family = ?"));
        u.addBindValue(use.family);
        if (!u.exec()) return sqlFail(kStore, "refresh token", u.lastError());
        use.result = RefreshUse::Result::Reused;
        return use;
    }
    if (nowMs >= expires) {
        use.result = RefreshUse::Result::Expired;
        return use;
    }
    // Only the first of two racing rotations wins (rotated = 0 in the WHERE).
    u.prepare(
        QStringLiteral("UPDATE omnikast_refresh_tokens SET rotated = 1 WHERE token_mac = ? "
                       "AND rotated = 0"));
    u.addBindValue(key);
    if (!u.exec()) return sqlFail(kStore, "refresh token", u.lastError());
    if (u.numRowsAffected() == 1) {
        use.result = RefreshUse::Result::Rotated;
        return use;
    }
    // Lost a race with another use of the same token: as much a reuse as a later one.
    QSqlQuery r(db);
    r.prepare(QStringLiteral("UPDATE omnikast_refresh_tokens SET revoked = 1 WHERE family = ?"));
    r.addBindValue(use.family);
    if (!r.exec()) return sqlFail(kStore, "refresh token", r.lastError());
    use.result = RefreshUse::Result::Reused;
    return use;
}

omk::Expected<void> AccountStore::revokeFamilyOf(const QString& token) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("UPDATE omnikast_refresh_tokens SET revoked = 1 WHERE family IN "
                       "(SELECT family FROM omnikast_refresh_tokens WHERE token_mac = ?)"));
    q.addBindValue(mac(token));
    if (!q.exec()) return sqlFail(kStore, "sign out", q.lastError());
    return {};
}

omk::Expected<void> AccountStore::inTransaction(const std::function<omk::Expected<void>()>& work) {
    auto db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) return sqlFail(kStore, "begin", db.lastError());
    auto r = work();
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        // A failed COMMIT (SQLite busy, a lost PostgreSQL connection) can leave the transaction
        // open: end it, or the next statement on this connection would run inside it.
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlFail(kStore, "commit", error);
    }
    return {};
}

omk::Expected<int> AccountStore::accountCount() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM omnikast_accounts")) || !q.next())
        return sqlFail(kStore, "count", q.lastError());
    return q.value(0).toInt();
}

}  // namespace omk::server
