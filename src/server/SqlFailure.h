#pragma once
// The one way the server's QtSql stores (accounts, audit, catalog, on air, announcements) report
// a failed statement: code "storage", and "STORE: STEP: the driver's text" for the log. Answers
// never carry the text (HttpJson's storageFailed says "try again later").
// Threading: a pure function.

#include "core/Expected.h"

#include <QLatin1String>
#include <QSqlError>
#include <QString>

namespace omk::server {

inline omk::Unexpected sqlFail(const char* store, const char* step, const QSqlError& e) {
    return omk::fail(
        "storage",
        QStringLiteral("%1: %2: %3").arg(QLatin1String(store), QLatin1String(step), e.text()));
}

}  // namespace omk::server
