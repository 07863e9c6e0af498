// The one Dreamkast endpoint rule: the cable and REST API URLs of a Dreamkast event.
#include "catalog/DreamkastEndpoints.h"

#include <gtest/gtest.h>

namespace {

using omk::catalog::Catalog;
using omk::catalog::dreamkastApiUrl;
using omk::catalog::dreamkastCableUrl;
using omk::catalog::Format;

Catalog dreamkast(const QString& cableUrl = {}) {
    Catalog c;
    c.format = Format::Dreamkast;
    c.live.cableUrl = cableUrl;
    return c;
}

TEST(DreamkastEndpoints, CableFromTheCatalogsHost) {
    EXPECT_EQ(dreamkastCableUrl(dreamkast(),
                                QStringLiteral("https://event.cloudnativedays.jp/api/v1/talks")),
              QUrl(QStringLiteral("wss://event.cloudnativedays.jp/cable")));
    EXPECT_EQ(dreamkastCableUrl(dreamkast(), QStringLiteral("http://127.0.0.1:8080/x.json")),
              QUrl(QStringLiteral("ws://127.0.0.1:8080/cable")));
}

TEST(DreamkastEndpoints, CableNamedByTheCatalogWins) {
    EXPECT_EQ(dreamkastCableUrl(dreamkast(QStringLiteral("wss://c.example/cable")),
                                QStringLiteral("https://event.example/")),
              QUrl(QStringLiteral("wss://c.example/cable")));
}

TEST(DreamkastEndpoints, NoCableForOtherFormatsOrLocalFiles) {
    Catalog frab;
    frab.format = Format::FrabJson;
    EXPECT_TRUE(dreamkastCableUrl(frab, QStringLiteral("https://event.example/")).isEmpty());
    EXPECT_TRUE(dreamkastCableUrl(dreamkast(), QStringLiteral("/tmp/event.json")).isEmpty());
}

TEST(DreamkastEndpoints, ApiFromTheCatalogsHostElseTheCables) {
    qunsetenv("OMNIKAST_DREAMKAST_API_URL");
    EXPECT_EQ(dreamkastApiUrl(QStringLiteral("https://event.example:8443/api/v1/talks"), QUrl()),
              QUrl(QStringLiteral("https://event.example:8443")));
    EXPECT_EQ(dreamkastApiUrl(QStringLiteral("/tmp/event.json"),
                              QUrl(QStringLiteral("wss://c.example/cable"))),
              QUrl(QStringLiteral("https://c.example")));
    EXPECT_EQ(dreamkastApiUrl(QStringLiteral("/tmp/event.json"),
                              QUrl(QStringLiteral("ws://127.0.0.1:9/cable"))),
              QUrl(QStringLiteral("http://127.0.0.1:9")));
    qputenv("OMNIKAST_DREAMKAST_API_URL", "http://api.example:1/");
    EXPECT_EQ(dreamkastApiUrl(QStringLiteral("https://event.example/"), QUrl()),
              QUrl(QStringLiteral("http://api.example:1/")));
    qunsetenv("OMNIKAST_DREAMKAST_API_URL");
}

}  // namespace
