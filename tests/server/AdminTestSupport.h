#pragma once
// A server test that calls the admin API: access tokens for any subject, accounts with roles in
// the server's store, and JSON bodies both ways.
#include "support/ServerTestSupport.h"

#include "server/Jwt.h"

#include <QDateTime>
#include <QJsonDocument>

namespace omk::server::test {

class AdminTest : public ServerTest {
protected:
    // The catalog most admin tests run on (tests/catalog/data).
    static QString stage360() {
        return QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json");
    }
    // Starts the server (on config.catalog) and signs in `admin`, an account holding the admin
    // role for the whole event.
    void startAsAdmin() {
        start();
        admin = token(account(QStringLiteral("ada@example.org"), {{"*", protocol::Role::Admin}}));
    }
    // An access token for subject (an account's id, an invite's u_…, a guest's g_…).
    static QString token(const QString& subject, protocol::Role role = protocol::Role::Attendee,
                         qint64 ttlS = 3600) {
        TokenClaims c;
        c.subject = subject;
        c.name = QStringLiteral("Someone");
        c.role = role;
        c.issuedAt = QDateTime::currentSecsSinceEpoch() - (ttlS < 0 ? 7200 : 0);
        c.expiresAt = c.issuedAt + (ttlS < 0 ? 60 : ttlS);
        return *Jwt(kSecret).sign(c);
    }
    // An account in the server's store, with roles (room → role).
    QString account(const QString& email, const QMap<QString, protocol::Role>& roles = {}) {
        auto a = server->accounts().ensure(email, email.section(u'@', 0, 0), {}, 0);
        EXPECT_TRUE(a) << a.error().message.toStdString();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            EXPECT_TRUE(server->accounts().setRole(a->id, it.key(), it.value()));
        return a->id;
    }
    HttpResult post(const QString& path, const QString& bearer, const QJsonObject& body) {
        return httpBearer(port, "POST", path, bearer,
                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    static QJsonObject json(const HttpResult& r) {
        return QJsonDocument::fromJson(r.body).object();
    }

    QString admin;  // startAsAdmin()'s token
};

}  // namespace omk::server::test
