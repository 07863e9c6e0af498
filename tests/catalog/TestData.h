#pragma once
// Fixtures live in tests/catalog/data; tests that need broken input make it inline.
#include "catalog/Importer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace omk::catalog::test {

// HTTP tests need an application object for Qt's network stack; one per test process.
inline void ensureApp() {
    static int argc = 1;
    static char name[] = "catalog_tests";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) new QCoreApplication(argc, argv);
}

inline QString dataPath(const char* name) {
    return QStringLiteral(OMNIKAST_CATALOG_DATA "/") + QLatin1String(name);
}

inline QByteArray readData(const char* name) {
    QFile f(dataPath(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

inline Catalog importData(const char* name) {
    auto c = importCatalogFile(dataPath(name));
    EXPECT_TRUE(c.has_value()) << (c ? "" : c.error().message.toStdString());
    return c ? *c : Catalog{};
}

// The error an import of `bytes` gives (empty when it unexpectedly succeeds).
inline std::string importError(const QByteArray& bytes, const char* source) {
    auto c = importCatalog(bytes, QLatin1String(source));
    EXPECT_FALSE(c.has_value()) << "imported although broken: " << bytes.left(200).toStdString();
    return c ? std::string() : c.error().message.toStdString();
}

inline QDateTime iso(const char* text) {
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

}  // namespace omk::catalog::test
