#pragma once
// Where the scale-out tests find the private PostgreSQL and redis-server that
// scale-out-services.sh started (a ctest fixture), and a fresh database per test. Without them
// the tests fail and say why: a scale-out test that silently passes proves nothing.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

namespace omk::server::test {

struct ScaleOutServices {
    QString pgUrl;  // the cluster's `postgres` database
    QString pgSocketDir;
    QString redisUrl;
    QString error;  // why they are not available
};

inline ScaleOutServices scaleOutServices() {
    ScaleOutServices s;
    const QString dir = qEnvironmentVariable("OMNIKAST_TEST_SERVICES_DIR");
    if (dir.isEmpty()) {
        s.error = QStringLiteral(
            "OMNIKAST_TEST_SERVICES_DIR is not set: run these tests through ctest, whose "
            "scale_out_services fixture starts PostgreSQL and redis-server "
            "(tests/server/scale-out-services.sh)");
        return s;
    }
    QFile f(QDir(dir).filePath(QStringLiteral("services.env")));
    if (!f.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral(
                      "%1 is missing: the scale_out_services fixture did not start "
                      "PostgreSQL/redis-server (are they installed? "
                      "scripts/install-deps.sh installs them)")
                      .arg(f.fileName());
        return s;
    }
    QHash<QString, QString> kv;
    for (const auto& line : QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts))
        kv.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    s.pgUrl = kv.value(QStringLiteral("OMNIKAST_TEST_PG_URL"));
    s.pgSocketDir = kv.value(QStringLiteral("OMNIKAST_TEST_PG_SOCKET_DIR"));
    s.redisUrl = kv.value(QStringLiteral("OMNIKAST_TEST_REDIS_URL"));
    if (s.pgUrl.isEmpty() || s.redisUrl.isEmpty())
        s.error = QStringLiteral("%1 is incomplete").arg(f.fileName());
    return s;
}

// A new, empty database on the fixture's cluster; returns its URL (empty + a failure on error).
inline QString freshPostgresDatabase(const ScaleOutServices& s) {
    const QString name =
        QStringLiteral("omk_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString conn = QStringLiteral("admin-") + name;
    bool ok = false;
    QString why;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(s.pgSocketDir);
        db.setPort(5432);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            // An identifier cannot be a bound parameter; the name is made here, not taken in.
            ok = q.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!ok) why = q.lastError().text();
            db.close();
        } else {
            why = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!ok) {
        ADD_FAILURE() << "cannot create a database: " << why.toStdString();
        return {};
    }
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=5432").arg(name, s.pgSocketDir);
}

}  // namespace omk::server::test
