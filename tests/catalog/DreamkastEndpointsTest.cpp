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

TEST(DreamkastEndpoints, SignInAtCloudNativeDaysTenantAndElsewhereOnlyWhenNamed) {
    using omk::catalog::dreamkastSignIn;
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_ISSUER");
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID");
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_AUDIENCE");
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_PORT");
    const auto cnd = dreamkastSignIn(QUrl(QStringLiteral("https://event.cloudnativedays.jp")));
    EXPECT_FALSE(cnd.usable()) << "no client of the tenant allows a loopback redirect yet";
    EXPECT_EQ(cnd.issuer, QStringLiteral("https://dreamkast.us.auth0.com/"));
    EXPECT_EQ(cnd.audience, QStringLiteral("https://event.cloudnativedays.jp/"));
    EXPECT_EQ(cnd.redirectPort, 0);
    qputenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID", "registered-native-client");
    EXPECT_TRUE(dreamkastSignIn(QUrl(QStringLiteral("https://event.cloudnativedays.jp"))).usable());
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID");
    EXPECT_EQ(omk::catalog::dreamkastOrigin(QUrl(QStringLiteral("HTTPS://Event.Example:443/x?y"))),
              QStringLiteral("https://event.example"));
    EXPECT_EQ(omk::catalog::dreamkastOrigin(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
              QStringLiteral("http://127.0.0.1:8080"));
    EXPECT_EQ(omk::catalog::dreamkastOrigin(QUrl(QStringLiteral("/tmp/x"))), QString());
    // Another Dreamkast: its audience is guessed, but there is no tenant to sign in at.
    const auto other = dreamkastSignIn(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_FALSE(other.usable());
    EXPECT_EQ(other.audience, QStringLiteral("http://127.0.0.1:8080/"));
    qputenv("OMNIKAST_DREAMKAST_OIDC_ISSUER", "http://127.0.0.1:9/");
    qputenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID", "omnikast");
    qputenv("OMNIKAST_DREAMKAST_OIDC_PORT", "53682");
    const auto named = dreamkastSignIn(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_TRUE(named.usable());
    EXPECT_EQ(named.clientId, QStringLiteral("omnikast"));
    EXPECT_EQ(named.redirectPort, 53682);
    qputenv("OMNIKAST_DREAMKAST_OIDC_PORT", "70000");
    EXPECT_EQ(dreamkastSignIn(QUrl(QStringLiteral("http://h"))).redirectPort, 0)
        << "a port out of range is no port";
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_ISSUER");
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID");
    qunsetenv("OMNIKAST_DREAMKAST_OIDC_PORT");
}
