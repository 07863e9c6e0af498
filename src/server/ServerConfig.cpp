#include "server/ServerConfig.h"

#include "server/EmailAddress.h"
#include "server/ServiceUrls.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <vector>

namespace omk::server {

namespace {

using Setter = std::function<omk::Expected<void>(ServerConfig&, const QString&)>;

struct Key {
    const char* name;
    Setter set;
};

Setter intKey(int ServerConfig::*field, qint64 min, qint64 max) {
    return [=](ServerConfig& c, const QString& v) -> omk::Expected<void> {
        bool ok = false;
        const qint64 n = v.trimmed().toLongLong(&ok);
        if (!ok || n < min || n > max)
            return omk::fail(QStringLiteral("expected an integer in [%1, %2], got \"%3\"")
                                 .arg(min)
                                 .arg(max)
                                 .arg(v.left(64)));
        c.*field = int(n);
        return {};
    };
}

Setter doubleKey(double ServerConfig::*field, double min, double max) {
    return [=](ServerConfig& c, const QString& v) -> omk::Expected<void> {
        bool ok = false;
        const double n = v.trimmed().toDouble(&ok);
        if (!ok || n < min || n > max)
            return omk::fail(QStringLiteral("expected a number in [%1, %2], got \"%3\"")
                                 .arg(min)
                                 .arg(max)
                                 .arg(v.left(64)));
        c.*field = n;
        return {};
    };
}

Setter secondsKey(qint64 ServerConfig::*field, qint64 min, qint64 max) {
    return [=](ServerConfig& c, const QString& v) -> omk::Expected<void> {
        bool ok = false;
        const qint64 n = v.trimmed().toLongLong(&ok);
        if (!ok || n < min || n > max)
            return omk::fail(QStringLiteral("expected seconds in [%1, %2]").arg(min).arg(max));
        c.*field = n;
        return {};
    };
}

omk::Expected<QByteArray> readSecretFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return omk::fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.read(4096).trimmed();
}

const std::vector<Key>& keys() {
    static const std::vector<Key> k{
        {"listen",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             QHostAddress a;
             if (!a.setAddress(v.trimmed()))
                 return omk::fail(QStringLiteral("not an IP address: \"%1\"").arg(v.left(64)));
             c.listen = v.trimmed();
             return {};
         }},
        {"port", intKey(&ServerConfig::port, 0, 65535)},
        {"db",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             if (v.isEmpty()) return omk::fail(QStringLiteral("empty path"));
             c.db = v;
             return {};
         }},
        {"catalog",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             c.catalog = v;
             return {};
         }},
        {"schedule_url",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             const QUrl url(v.trimmed(), QUrl::StrictMode);
             if (!v.trimmed().isEmpty() && (!url.isValid() || url.host().isEmpty() ||
                                            (url.scheme() != QLatin1String("https") &&
                                             url.scheme() != QLatin1String("http"))))
                 return omk::fail(
                     QStringLiteral("expected an http or https URL: \"%1\"").arg(v.left(64)));
             // As a request's URL is kept (AdminRequests): one URL, one base.
             c.scheduleUrl = v.trimmed().isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
             return {};
         }},
        {"schedule_poll_minutes", intKey(&ServerConfig::schedulePollMinutes, 0, 24 * 60)},
        {"party_expiry_minutes", intKey(&ServerConfig::partyExpiryMinutes, 1, 30 * 24 * 60)},
        {"jwt_secret",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             c.jwtSecret = v.toUtf8();
             return {};
         }},
        {"jwt_secret_file",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             auto s = readSecretFile(v);
             if (!s) return s.unexpected();
             c.jwtSecret = *s;
             return {};
         }},
        {"guest_token_ttl_s",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             bool ok = false;
             const qint64 n = v.trimmed().toLongLong(&ok);
             if (!ok || n < 1 || n > 366LL * 24 * 3600)
                 return omk::fail(QStringLiteral("expected seconds in [1, 31622400]"));
             c.guestTokenTtlS = n;
             return {};
         }},
        {"max_frame_bytes", intKey(&ServerConfig::maxFrameBytes, 256, 1 << 20)},
        {"max_text_chars", intKey(&ServerConfig::maxTextChars, 1, 100000)},
        {"max_connections", intKey(&ServerConfig::maxConnections, 1, 1000000)},
        {"max_connections_per_user", intKey(&ServerConfig::maxConnectionsPerUser, 1, 10000)},
        {"max_rooms", intKey(&ServerConfig::maxRooms, 1, 1000000)},
        {"send_burst", doubleKey(&ServerConfig::sendBurst, 1, 1e6)},
        {"send_per_second", doubleKey(&ServerConfig::sendPerSecond, 0.001, 1e6)},
        {"frame_burst", doubleKey(&ServerConfig::frameBurst, 1, 1e6)},
        {"frame_per_second", doubleKey(&ServerConfig::framePerSecond, 0.001, 1e6)},
        {"abuse_strikes", doubleKey(&ServerConfig::abuseStrikes, 1, 1e6)},
        {"abuse_forgive_per_second", doubleKey(&ServerConfig::abuseForgivePerSecond, 0, 1e6)},
        {"heartbeat_interval_ms", intKey(&ServerConfig::heartbeatIntervalMs, 50, 3600000)},
        {"heartbeat_timeout_ms", intKey(&ServerConfig::heartbeatTimeoutMs, 100, 3600000)},
        {"hello_timeout_ms", intKey(&ServerConfig::helloTimeoutMs, 100, 3600000)},
        {"retention", intKey(&ServerConfig::retention, 10, 100000000)},
        {"history_on_join", intKey(&ServerConfig::historyOnJoin, 0, 1000)},
        {"presence_interval_ms", intKey(&ServerConfig::presenceIntervalMs, 0, 60000)},
        {"delivery_threads", intKey(&ServerConfig::deliveryThreads, 0, 64)},
        {"open_rooms",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             if (v == QLatin1String("true") || v == QLatin1String("1"))
                 c.openRooms = true;
             else if (v == QLatin1String("false") || v == QLatin1String("0"))
                 c.openRooms = false;
             else
                 return omk::fail(QStringLiteral("expected true or false"));
             return {};
         }},
        {"store",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             if (v == QLatin1String("sqlite"))
                 c.store = ServerConfig::Store::Sqlite;
             else if (v == QLatin1String("postgres"))
                 c.store = ServerConfig::Store::Postgres;
             else
                 return omk::fail(QStringLiteral("expected sqlite or postgres"));
             return {};
         }},
        {"postgres",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             auto params = parsePostgresUrl(v);
             if (!params) return params.unexpected();
             c.postgres = v;
             return {};
         }},
        {"fanout",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             if (v == QLatin1String("none"))
                 c.fanout = ServerConfig::Fanout::None;
             else if (v == QLatin1String("redis"))
                 c.fanout = ServerConfig::Fanout::Redis;
             else if (v == QLatin1String("postgres"))
                 c.fanout = ServerConfig::Fanout::Postgres;
             else
                 return omk::fail(QStringLiteral("expected none, redis or postgres"));
             return {};
         }},
        {"redis",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             auto params = parseRedisUrl(v);
             if (!params) return params.unexpected();
             c.redis = v;
             return {};
         }},
        {"fanout_channel",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             // Also a PostgreSQL identifier for LISTEN, so kept to a safe alphabet.
             static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
             if (!re.match(v).hasMatch())
                 return omk::fail(QStringLiteral("expected [a-z_][a-z0-9_]*, at most 63"));
             c.fanoutChannel = v;
             return {};
         }},
        {"catchup_interval_ms", intKey(&ServerConfig::catchupIntervalMs, 50, 3600000)},
        {"presence_ttl_ms", intKey(&ServerConfig::presenceTtlMs, 1000, 600000)},
        {"registration",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             if (v == QLatin1String("open"))
                 c.registration = ServerConfig::Registration::Open;
             else if (v == QLatin1String("registered"))
                 c.registration = ServerConfig::Registration::Registered;
             else
                 return omk::fail(QStringLiteral("expected open or registered"));
             return {};
         }},
        {"smtp_url",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             const QUrl u(v.trimmed(), QUrl::StrictMode);
             if (!v.trimmed().isEmpty() &&
                 (!u.isValid() || u.host().isEmpty() ||
                  (u.scheme() != QLatin1String("smtp") && u.scheme() != QLatin1String("smtps"))))
                 return omk::fail(QStringLiteral("expected smtp://host:port or smtps://host:port"));
             c.smtpUrl = v.trimmed();
             return {};
         }},
        {"smtp_user",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             c.smtpUser = v;
             return {};
         }},
        {"smtp_password",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             c.smtpPassword = v;
             return {};
         }},
        {"smtp_password_file",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             auto s = readSecretFile(v);
             if (!s) return s.unexpected();
             c.smtpPassword = QString::fromUtf8(*s);
             return {};
         }},
        {"smtp_timeout_ms", intKey(&ServerConfig::smtpTimeoutMs, 100, 600000)},
        {"mail_from",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             auto e = normaliseEmail(v);
             if (!e) return e.unexpected();
             c.mailFrom = *e;
             return {};
         }},
        {"public_url",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             const QUrl u(v.trimmed(), QUrl::StrictMode);
             if (!u.isValid() || u.host().isEmpty() ||
                 (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
                 return omk::fail(QStringLiteral("expected http(s)://host[:port]"));
             c.publicUrl = v.trimmed();
             return {};
         }},
        {"code_ttl_s", secondsKey(&ServerConfig::codeTtlS, 1, 24 * 3600)},
        {"code_tries", intKey(&ServerConfig::codeTries, 1, 100)},
        {"access_token_ttl_s", secondsKey(&ServerConfig::accessTokenTtlS, 1, 7 * 24 * 3600)},
        {"refresh_token_ttl_s", secondsKey(&ServerConfig::refreshTokenTtlS, 1, 366LL * 24 * 3600)},
        {"oidc_issuer",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             const QString t = v.trimmed();
             const QUrl u(t, QUrl::StrictMode);
             const QHostAddress host(u.host());
             const bool loopback =
                 u.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
             if (!t.isEmpty() && (!u.isValid() || u.host().isEmpty() ||
                                  !(u.scheme() == QLatin1String("https") ||
                                    (u.scheme() == QLatin1String("http") && loopback))))
                 return omk::fail(QStringLiteral(
                     "expected an https:// issuer URL (http:// only on a loopback address)"));
             c.oidcIssuer = t;
             return {};
         }},
        {"oidc_client_id",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             c.oidcClientId = v.trimmed();
             return {};
         }},
        {"oidc_name",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             c.oidcName = v.trimmed().left(64);
             return {};
         }},
        {"oidc_refetch_gap_ms", intKey(&ServerConfig::oidcRefetchGapMs, 0, 3600000)},
        {"auth_burst", doubleKey(&ServerConfig::authBurst, 1, 1e6)},
        {"auth_per_second", doubleKey(&ServerConfig::authPerSecond, 0.0001, 1e6)},
        {"mail_burst", doubleKey(&ServerConfig::mailBurst, 1, 1e6)},
        {"mail_per_second", doubleKey(&ServerConfig::mailPerSecond, 0.0001, 1e6)},
        {"sync",
         [](ServerConfig& c, const QString& v) -> omk::Expected<void> {
             if (v == QLatin1String("full"))
                 c.syncFull = true;
             else if (v == QLatin1String("normal"))
                 c.syncFull = false;
             else
                 return omk::fail(QStringLiteral("expected full or normal"));
             return {};
         }},
    };
    return k;
}

const Key* findKey(const QString& name) {
    for (const auto& k : keys())
        if (name == QLatin1String(k.name)) return &k;
    return nullptr;
}

QString envName(const char* key) {
    return QStringLiteral("OMNIKAST_SERVER_") + QString::fromLatin1(key).toUpper();
}

omk::Expected<void> apply(ServerConfig& c, const QString& source, const QString& key,
                          const QString& value) {
    const Key* k = findKey(key);
    if (!k) return omk::fail(QStringLiteral("%1: unknown setting \"%2\"").arg(source, key));
    auto r = k->set(c, value);
    if (!r) return omk::fail(QStringLiteral("%1: %2: %3").arg(source, key, r.error().message));
    return {};
}

}  // namespace

int defaultDeliveryThreads() {
    // Off until a machine shows it helps: on the 2-core VM where it was measured, delivery
    // threads competed with everything else for the same cores and no case got faster
    // (docs/PERFORMANCE.md, room fan-out). A server with cores to spare opts in.
    return 0;
}

const char* storeName(ServerConfig::Store s) {
    return s == ServerConfig::Store::Postgres ? "postgres" : "sqlite";
}

const char* fanoutName(ServerConfig::Fanout f) {
    switch (f) {
        case ServerConfig::Fanout::Redis:
            return "redis";
        case ServerConfig::Fanout::Postgres:
            return "postgres";
        case ServerConfig::Fanout::None:
            break;
    }
    return "none";
}

QStringList serverConfigKeys() {
    QStringList out;
    for (const auto& k : keys()) out << QString::fromLatin1(k.name);
    return out;
}

omk::Expected<ServerConfig> loadServerConfig(const QString& file, const QProcessEnvironment& env,
                                             const QMap<QString, QString>& overrides) {
    ServerConfig c;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return omk::fail(
                QStringLiteral("cannot read config %1: %2").arg(file, f.errorString()));
        QJsonParseError err{};
        const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return omk::fail(
                QStringLiteral("config %1: not a JSON object (%2)").arg(file, err.errorString()));
        const auto o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', 17);
            else if (v.isBool())
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else
                return omk::fail(QStringLiteral("config %1: %2: expected a string or number")
                                     .arg(file, it.key()));
            auto r = apply(c, QStringLiteral("config ") + file, it.key(), text);
            if (!r) return r.unexpected();
        }
    }
    for (const auto& k : keys()) {
        const QString name = envName(k.name);
        if (!env.contains(name)) continue;
        auto r = apply(c, name, QString::fromLatin1(k.name), env.value(name));
        if (!r) return r.unexpected();
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        auto r = apply(c, QStringLiteral("--") + QString(it.key()).replace(u'_', u'-'), it.key(),
                       it.value());
        if (!r) return r.unexpected();
    }
    if (c.heartbeatTimeoutMs <= c.heartbeatIntervalMs)
        return omk::fail(QStringLiteral("heartbeat_timeout_ms must exceed heartbeat_interval_ms"));
    if (c.store == ServerConfig::Store::Postgres && c.postgres.isEmpty())
        return omk::fail(QStringLiteral("store = postgres needs postgres (a connection URL)"));
    if (c.fanout == ServerConfig::Fanout::Redis && c.redis.isEmpty())
        return omk::fail(QStringLiteral("fanout = redis needs redis (a redis:// URL)"));
    if (c.oidcIssuer.isEmpty() != c.oidcClientId.isEmpty())
        return omk::fail(QStringLiteral("oidc_issuer and oidc_client_id go together"));
    if (c.fanout != ServerConfig::Fanout::None && c.store != ServerConfig::Store::Postgres)
        return omk::fail(QStringLiteral(
            "fanout needs store = postgres: servers can only share rooms through a shared log"));
    return c;
}

omk::Expected<void> requireSecret(const ServerConfig& c) {
    if (c.jwtSecret.isEmpty())
        return omk::fail(QStringLiteral(
            "no JWT secret: set jwt_secret_file in the config, OMNIKAST_SERVER_JWT_SECRET(_FILE) "
            "or --jwt-secret-file"));
    if (c.jwtSecret.size() < 32)
        return omk::fail(QStringLiteral("JWT secret is %1 bytes; HS256 needs at least 32")
                             .arg(c.jwtSecret.size()));
    return {};
}

}  // namespace omk::server
