#pragma once
// Settings, merged from (lowest first) built-in defaults, a JSON config file, the environment
// (OMNIKAST_SERVER_<KEY>) and command-line flags. Keys are the same everywhere (`port`,
// `max_frame_bytes`, …); an unknown key in the file is an error so typos do not pass silently.

#include "core/Expected.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace omk::server {

// min(4, the machine's cores): past a few threads the single main thread (commits, decoding)
// is the limit, not the writes.
int defaultDeliveryThreads();

struct ServerConfig {
    QString listen = QStringLiteral("0.0.0.0");
    int port = 8480;
    QString db = QStringLiteral("omnikast-server.db");
    // The event catalog served at /catalog.json: any format the catalog importer reads (Pretalx
    // or frab JSON/XML, Dreamkast-shaped JSON, Omnikast's own), served in Omnikast's own format.
    // Empty: no catalog.
    QString catalog;
    // The event's schedule as its Pretalx or frab export publishes it (http or https): organizers
    // re-import it with a preview (POST /admin/import/preview, docs/ADMIN.md "Re-import the
    // schedule"), and the server re-imports it by itself every schedulePollMinutes (If-None-Match;
    // 0: only when asked). Empty: none.
    QString scheduleUrl;
    int schedulePollMinutes = 5;
    // A watch party nobody was seen in for this long is removed, its room refused from then on.
    int partyExpiryMinutes = 24 * 60;
    QByteArray jwtSecret;  // at least 32 bytes; from jwt_secret or jwt_secret_file
    qint64 guestTokenTtlS = 24 * 3600;
    // Frames above maxFrameBytes get an error; above 4× it the socket itself closes (1009).
    int maxFrameBytes = 16 * 1024;
    int maxTextChars = 2000;
    int maxConnections = 10000;
    int maxConnectionsPerUser = 8;
    int maxRooms = 1000;
    // Whether any signed-in user's join creates a missing room; false: only a moderator or admin
    // of that room may (until the catalog defines rooms).
    bool openRooms = true;
    double sendBurst = 10;  // events per user, across that user's connections
    double sendPerSecond = 2;
    double frameBurst = 60;  // any frames per connection
    double framePerSecond = 20;
    double abuseStrikes = 10;  // malformed or refused frames tolerated before close 4000
    double abuseForgivePerSecond = 0.2;
    // A dead peer is found within timeout + interval: 10 s.
    int heartbeatIntervalMs = 3000;
    int heartbeatTimeoutMs = 7000;
    int helloTimeoutMs = 10000;
    int retention = 10000;  // events kept per room; older ones fold into the room snapshot
    int historyOnJoin = 50;
    int presenceIntervalMs = 500;
    bool syncFull = true;  // fsync every commit (power-loss safe), not only process-crash safe
    // Event-loop threads that own the sessions' sockets and write each broadcast to them (one
    // shared frame posted per thread); rooms, the store and the protocol stay on the main thread.
    // 0 or 1: every socket on the main thread.
    int deliveryThreads = defaultDeliveryThreads();

    // Scale-out (docs/DEPLOYMENT.md): several servers share rooms through PostgreSQL (the log)
    // and Redis pub/sub or PostgreSQL LISTEN/NOTIFY (notices of new appends).
    enum class Store { Sqlite, Postgres } store = Store::Sqlite;
    // postgresql://user:password@host:port/dbname?host=/socket/dir&sslmode=require (libpq's
    // PG* variables and ~/.pgpass apply too).
    QString postgres;
    enum class Fanout { None, Redis, Postgres } fanout = Fanout::None;
    QString redis;  // redis://[:password@]host[:port]
    QString fanoutChannel = QStringLiteral("omnikast_events");
    // How often rooms are compared with the shared log, so a lost notice delays an event by at
    // most this long instead of losing it. Only with store = postgres.
    int catchupIntervalMs = 1000;
    // With a fan-out: how long another process's presence snapshot counts without a refresh
    // (refreshed every third of it), so a crashed process's viewers go within about this long.
    int presenceTtlMs = 10000;

    // Accounts (docs/AUTH.md). open: any address may sign in (an account is made on first
    // sign-in); registered: only addresses imported with `registrations import` or granted a
    // role, and guests may not join.
    enum class Registration { Open, Registered } registration = Registration::Open;
    QString smtpUrl;  // smtp://host:port or smtps://…; empty: no mail, /auth/email answers 503
    QString smtpUser;
    QString smtpPassword;  // from smtp_password or smtp_password_file
    QString mailFrom = QStringLiteral("omnikast@localhost");
    // Where viewers reach this server (http(s)://host:port); the sign-in link's host and port.
    QString publicUrl;
    int smtpTimeoutMs = 10000;
    qint64 codeTtlS = 15 * 60;
    int codeTries = 5;
    qint64 accessTokenTtlS = 3600;
    qint64 refreshTokenTtlS = 30LL * 24 * 3600;
    // Every /auth request, per client address; and sign-in mails, per e-mail address.
    double authBurst = 20;
    double authPerSecond = 1;
    double mailBurst = 3;
    double mailPerSecond = 1.0 / 60;
    // The event's OpenID Connect provider (Keycloak, Auth0, Google…): its issuer URL (https, or
    // http on a loopback address for tests), the client id its ID tokens name as audience, and
    // the name the viewer's button shows ("Sign in with …").
    QString oidcIssuer;
    QString oidcClientId;
    QString oidcName;
    // A token signed with a key the cached JWKS lacks re-fetches it, at most this often.
    int oidcRefetchGapMs = 10000;
};

const char* storeName(ServerConfig::Store s);
const char* fanoutName(ServerConfig::Fanout f);

// Every key the file, environment and flags understand.
QStringList serverConfigKeys();

// file: a JSON object of key → value (may be empty: no file). overrides: flags, key → value.
omk::Expected<ServerConfig> loadServerConfig(const QString& file, const QProcessEnvironment& env,
                                             const QMap<QString, QString>& overrides);

// Keys set but unset secrets are fine for commands that do not need them; serve does.
omk::Expected<void> requireSecret(const ServerConfig& c);

}  // namespace omk::server
