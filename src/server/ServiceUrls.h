#pragma once
// Connection URLs of the scale-out services, checked when the config is read so a typo fails at
// start rather than at the first append.

#include "core/Expected.h"

#include <QString>

namespace omk::server {

struct PostgresParams {
    QString host;   // a name, an address, or a unix socket directory (starts with /)
    int port = -1;  // -1: libpq's default (PGPORT or 5432)
    QString user;
    QString password;
    QString database;
    QString options;  // the remaining query items as libpq "key=value" pairs, space-separated
};

// postgres:// or postgresql:// URLs as libpq documents them; a `host` query item names a unix
// socket directory (postgresql:///omnikast?host=/run/postgresql).
omk::Expected<PostgresParams> parsePostgresUrl(const QString& url);

struct RedisParams {
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString password;
};

// redis://[:password@]host[:port][/db] (the db number is irrelevant to pub/sub and ignored).
omk::Expected<RedisParams> parseRedisUrl(const QString& url);

}  // namespace omk::server
