#include "server/ServiceUrls.h"

#include <QUrl>
#include <QUrlQuery>

namespace omk::server {

namespace {

// libpq's conninfo quoting: single quotes around the value, backslash before ' and \.
QString conninfoValue(QString v) {
    v.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + v + u'\'';
}

bool isOptionName(const QString& k) {
    if (k.isEmpty()) return false;
    for (QChar c : k)
        if (!(c.isLetterOrNumber() || c == u'_')) return false;
    return true;
}

}  // namespace

omk::Expected<PostgresParams> parsePostgresUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgres") && url.scheme() != QLatin1String("postgresql")))
        return omk::fail(
            QStringLiteral("expected postgresql://[user[:password]@][host][:port]/dbname"));
    PostgresParams p;
    p.host = url.host();
    p.port = url.port(-1);
    p.user = url.userName();
    p.password = url.password();
    p.database = url.path().mid(1);
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            p.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            p.port = value.toInt(&ok);
            if (!ok || p.port < 1 || p.port > 65535)
                return omk::fail(QStringLiteral("port: expected 1-65535"));
        } else if (key == QLatin1String("user")) {
            p.user = value;
        } else if (key == QLatin1String("password")) {
            p.password = value;
        } else if (key == QLatin1String("dbname")) {
            p.database = value;
        } else if (isOptionName(key)) {
            options << key + u'=' + conninfoValue(value);
        } else {
            return omk::fail(
                QStringLiteral("not a connection parameter: \"%1\"").arg(key.left(64)));
        }
    }
    if (p.database.isEmpty()) return omk::fail(QStringLiteral("the URL names no database"));
    p.options = options.join(u' ');
    return p;
}

omk::Expected<RedisParams> parseRedisUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("redis") || url.host().isEmpty())
        return omk::fail(QStringLiteral("expected redis://[:password@]host[:port]"));
    RedisParams r;
    r.host = url.host();
    r.port = url.port(6379);
    r.password = url.password();
    return r;
}

}  // namespace omk::server
