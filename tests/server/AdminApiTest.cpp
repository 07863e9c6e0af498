// The organizers' HTTP API (/admin/…, docs/openapi.json) against the real server on loopback:
// every endpoint refuses whoever is not an admin of the whole event (checked per endpoint, per
// kind of token), roles granted and revoked by e-mail hold at the account's next hello, and each
// change is in the audit log with who made it.
#include "AdminTestSupport.h"

#include "protocol/ErrorCodes.h"
#include "protocol/EventType.h"
#include "server/AccountCli.h"

#include <QJsonArray>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;
using omk::protocol::Role;

namespace {

using AdminApiTest = AdminTest;

const QJsonObject kGrantBob{{QStringLiteral("email"), QStringLiteral("bob@example.org")},
                            {QStringLiteral("role"), QStringLiteral("moderator")},
                            {QStringLiteral("room"), QStringLiteral("main")}};

}  // namespace

TEST_F(AdminApiTest, EveryEndpointRefusesWhoeverIsNotAnAdminOfTheEvent) {
    config.catalog = QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json");
    start();
    const QByteArray catalog = httpGet(port, QStringLiteral("/catalog.json")).body;
    ASSERT_TRUE(catalog.contains("omnikast_catalog"));
    const QString admin = token(account(QStringLiteral("ada@example.org"), {{"*", Role::Admin}}));
    const QString roomAdmin =
        token(account(QStringLiteral("ra@example.org"), {{"main", Role::Admin}}));
    const QString moderator = token(account(QStringLiteral("mo@example.org"),
                                            {{"*", Role::Moderator}, {"main", Role::Moderator}}));
    const QString attendee = token(account(QStringLiteral("at@example.org")));
    const QString disabledId = account(QStringLiteral("old@example.org"), {{"*", Role::Admin}});
    ASSERT_TRUE(server->accounts().setDisabled(disabledId, true));
    const QString disabled = token(disabledId);
    const QString adminInvite = token(QStringLiteral("u_script"), Role::Admin);
    const QString moderatorInvite = token(QStringLiteral("u_mod"), Role::Moderator);
    const QString guest = token(QStringLiteral("g_0123"));
    const QString expired = token(QStringLiteral("u_script"), Role::Admin, -1);

    struct Call {
        QByteArray verb;
        QString path;
        QByteArray body;
        int admitted = 200;  // what an admin gets
    };
    const auto bytes = [](const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    // Revoking what an admin granted a moment before, so an allowed revoke finds it.
    const QList<Call> calls{{"GET", QStringLiteral("/admin/roles"), {}},
                            {"GET", QStringLiteral("/admin/audit"), {}},
                            {"POST", QStringLiteral("/admin/roles/grant"), bytes(kGrantBob)},
                            {"POST", QStringLiteral("/admin/roles/revoke"), bytes(kGrantBob)},
                            {"GET", QStringLiteral("/admin/catalog"), {}},
                            {"POST", QStringLiteral("/admin/channels/main/on-air"),
                             bytes(QJsonObject{{QStringLiteral("session"), QStringLiteral("s1")}})},
                            {"POST", QStringLiteral("/admin/announcements"),
                             bytes(QJsonObject{{QStringLiteral("text"), QStringLiteral("Hello")}})},
                            {"GET", QStringLiteral("/admin/bans"), {}},
                            {"POST", QStringLiteral("/admin/bans/lift"),
                             bytes(QJsonObject{{QStringLiteral("room"), QStringLiteral("main")},
                                               {QStringLiteral("user"), QStringLiteral("g_x")}})},
                            {"PUT", QStringLiteral("/admin/catalog"), catalog},
                            // The catalog's parts: admitted, and told what is wrong with each.
                            {"POST", QStringLiteral("/admin/channels"),
                             bytes(QJsonObject{{QStringLiteral("id"), QStringLiteral("main")},
                                               {QStringLiteral("name"), QStringLiteral("M")}}),
                             409},
                            {"PATCH", QStringLiteral("/admin/channels/main"),
                             bytes(QJsonObject{{QStringLiteral("name"), QStringLiteral("Main")}})},
                            {"DELETE", QStringLiteral("/admin/channels/gone"), {}, 404},
                            {"POST", QStringLiteral("/admin/channels/main/streams"),
                             bytes(QJsonObject{{QStringLiteral("url"), QStringLiteral("x")}}), 422},
                            {"PATCH", QStringLiteral("/admin/channels/main/streams/0"),
                             bytes(QJsonObject{{QStringLiteral("label"), QStringLiteral("360")}})},
                            {"DELETE", QStringLiteral("/admin/channels/main/streams/9"), {}, 404},
                            {"POST", QStringLiteral("/admin/sessions"),
                             bytes(QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}}), 409},
                            {"PATCH", QStringLiteral("/admin/sessions/s1"),
                             bytes(QJsonObject{{QStringLiteral("type"), QStringLiteral("talk")}})},
                            {"DELETE", QStringLiteral("/admin/sessions/gone"), {}, 404},
                            {"POST", QStringLiteral("/admin/speakers"),
                             bytes(QJsonObject{{QStringLiteral("id"), QStringLiteral("band1")},
                                               {QStringLiteral("name"), QStringLiteral("B")}}),
                             409},
                            {"PATCH", QStringLiteral("/admin/speakers/band1"),
                             bytes(QJsonObject{{QStringLiteral("name"), QStringLiteral("Band")}})},
                            {"DELETE", QStringLiteral("/admin/speakers/gone"), {}, 404},
                            {"POST", QStringLiteral("/admin/topics"),
                             bytes(QJsonObject{{QStringLiteral("id"), QStringLiteral("music")},
                                               {QStringLiteral("name"), QStringLiteral("M")}}),
                             409},
                            {"PATCH", QStringLiteral("/admin/topics/music"),
                             bytes(QJsonObject{{QStringLiteral("name"), QStringLiteral("Tunes")}})},
                            // Still named by s1.
                            {"DELETE", QStringLiteral("/admin/topics/music"), {}, 409}};
    const auto send = [&](const Call& c, const QString& bearer) {
        return httpBearer(port, c.verb, c.path, bearer, c.body,
                          c.verb == "PUT" ? QByteArrayLiteral("*") : QByteArray());
    };
    for (const Call& c : calls) {
        SCOPED_TRACE(c.path.toStdString());
        const auto none = send(c, QString());
        EXPECT_EQ(none.status, 401);
        EXPECT_EQ(str(json(none), "error"), QStringLiteral("auth_required"));
        EXPECT_TRUE(none.wwwAuthenticate.startsWith("Bearer")) << none.wwwAuthenticate.data();
        EXPECT_EQ(send(c, QStringLiteral("not.a.token")).status, 401);
        EXPECT_EQ(str(json(send(c, expired)), "error"),
                  QLatin1String(omk::protocol::error::kTokenExpired));
        for (const QString& notAdmin : {guest, attendee, moderator, roomAdmin, moderatorInvite}) {
            const auto r = send(c, notAdmin);
            EXPECT_EQ(r.status, 403) << r.body.data();
            EXPECT_EQ(str(json(r), "error"), QStringLiteral("forbidden"));
        }
        EXPECT_EQ(str(json(send(c, disabled)), "error"), QStringLiteral("account_disabled"));
        for (const QString& allowed : {admin, adminInvite}) {
            if (c.path.endsWith(QLatin1String("revoke"))) {  // something to revoke each time
                ASSERT_EQ(post(QStringLiteral("/admin/roles/grant"), admin, kGrantBob).status, 200);
            }
            const auto r = send(c, allowed);
            // Admitted, with nothing to lift (BanApiTest lifts real bans).
            const bool lift = c.path.endsWith(QLatin1String("lift"));
            EXPECT_EQ(r.status, lift ? 404 : c.admitted) << r.body.data();
            if (lift) {  // admitted: nothing to lift there
                const QString code = str(json(r), "error");
                EXPECT_TRUE(code == QLatin1String("not_banned") || code == QLatin1String("no_room"))
                    << r.body.data();
            }
            EXPECT_EQ(r.cacheControl, QByteArrayLiteral("no-store"));
        }
    }
}

TEST_F(AdminApiTest, AGrantHoldsAtTheNextHelloARevokeEndsItAndBothAreAudited) {
    start();
    const QString adminId = account(QStringLiteral("ada@example.org"), {{"*", Role::Admin}});
    const QString admin = token(adminId);

    // Bob has no account yet: the grant makes it (and registers the address).
    const auto granted = post(QStringLiteral("/admin/roles/grant"), admin, kGrantBob);
    ASSERT_EQ(granted.status, 200) << granted.body.data();
    const QString bobId = str(json(granted), "account");
    EXPECT_TRUE(bobId.startsWith(QLatin1String("a_")));
    EXPECT_EQ(str(json(granted).value(QStringLiteral("roles")).toObject(), "main"),
              QStringLiteral("moderator"));

    const auto listed = json(httpBearer(port, "GET", QStringLiteral("/admin/roles"), admin));
    QStringList holders;
    for (const auto& v : listed.value(QStringLiteral("roles")).toArray()) {
        const auto o = v.toObject();
        holders << str(o, "email") + QLatin1Char('/') + str(o, "room") + QLatin1Char('/') +
                       str(o, "role");
    }
    EXPECT_EQ(holders, (QStringList{QStringLiteral("ada@example.org/*/admin"),
                                    QStringLiteral("bob@example.org/main/moderator")}));

    // Bob's next connection moderates "main" (and nowhere else).
    const QString bob = token(bobId);
    {
        WsClient ws(port);
        ASSERT_EQ(str(ws.helloToken(bob), "type"), QStringLiteral("welcome"));
        ws.join(QStringLiteral("main"));
        ws.join(QStringLiteral("hall"));
        EXPECT_EQ(str(ws.sendEvent(QStringLiteral("main"), QStringLiteral("s1"),
                                   EventType::ModSlowMode, {{QStringLiteral("interval_ms"), 1000}}),
                      "type"),
                  QStringLiteral("ack"));
        EXPECT_EQ(str(ws.sendEvent(QStringLiteral("hall"), QStringLiteral("s2"),
                                   EventType::ModSlowMode, {{QStringLiteral("interval_ms"), 1000}}),
                      "code"),
                  QLatin1String(omk::protocol::error::kForbidden));
    }
    // Revoked: gone at the next connection, whatever token Bob holds.
    ASSERT_EQ(post(QStringLiteral("/admin/roles/revoke"), admin, kGrantBob).status, 200);
    {
        WsClient ws(port);
        ASSERT_EQ(str(ws.helloToken(bob), "type"), QStringLiteral("welcome"));
        ws.join(QStringLiteral("main"));
        EXPECT_EQ(str(ws.sendEvent(QStringLiteral("main"), QStringLiteral("s3"),
                                   EventType::ModSlowMode, {{QStringLiteral("interval_ms"), 0}}),
                      "code"),
                  QLatin1String(omk::protocol::error::kForbidden));
    }
    // Revoking it again: nothing held, nothing changes.
    const auto again = post(QStringLiteral("/admin/roles/revoke"), admin, kGrantBob);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(str(json(again), "error"), QStringLiteral("not_held"));

    // The event's last admin keeps the role over the API (the command line can still take it).
    const auto last = post(QStringLiteral("/admin/roles/revoke"), admin,
                           {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                            {QStringLiteral("role"), QStringLiteral("admin")}});
    EXPECT_EQ(last.status, 409);
    EXPECT_EQ(str(json(last), "error"), QStringLiteral("last_admin"));

    // The command line's change lands in the same log, under its own name.
    ASSERT_EQ(
        runRoles(true, QStringLiteral("cy@example.org"), Role::Admin, QStringLiteral("*"), config),
        0);

    const auto log = json(httpBearer(port, "GET", QStringLiteral("/admin/audit"), admin));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    ASSERT_EQ(entries.size(), 3);
    const auto newest = entries.at(0).toObject();
    EXPECT_EQ(str(newest, "action"), QStringLiteral("role.grant"));
    EXPECT_EQ(str(newest, "target"), QStringLiteral("cy@example.org"));
    EXPECT_TRUE(str(newest, "actor").startsWith(QLatin1String("cli:")));
    const auto revoke = entries.at(1).toObject();
    EXPECT_EQ(str(revoke, "action"), QStringLiteral("role.revoke"));
    EXPECT_EQ(str(revoke, "actor"), adminId);
    EXPECT_EQ(str(revoke.value(QStringLiteral("detail")).toObject(), "room"),
              QStringLiteral("main"));
    const auto grant = entries.at(2).toObject();
    EXPECT_EQ(str(grant, "action"), QStringLiteral("role.grant"));
    EXPECT_EQ(str(grant.value(QStringLiteral("detail")).toObject(), "account"), bobId);
    EXPECT_TRUE(log.value(QStringLiteral("next")).isNull());

    // Paged and filtered.
    const auto page = json(httpBearer(port, "GET", QStringLiteral("/admin/audit?limit=2"), admin));
    ASSERT_EQ(page.value(QStringLiteral("entries")).toArray().size(), 2);
    const QString next = str(page, "next");
    ASSERT_FALSE(next.isEmpty());
    const auto rest =
        json(httpBearer(port, "GET", QStringLiteral("/admin/audit?before=") + next, admin));
    ASSERT_EQ(rest.value(QStringLiteral("entries")).toArray().size(), 1);
    EXPECT_EQ(str(rest.value(QStringLiteral("entries")).toArray().at(0).toObject(), "id"),
              str(grant, "id"));
    const auto revokes =
        json(httpBearer(port, "GET", QStringLiteral("/admin/audit?action=role.revoke"), admin));
    EXPECT_EQ(revokes.value(QStringLiteral("entries")).toArray().size(), 1);
}

TEST_F(AdminApiTest, BadBodiesAndParametersSayWhatIsWrongAndChangeNothing) {
    start();
    const QString admin = token(QStringLiteral("u_script"), Role::Admin);
    const auto expect = [&](const QByteArray& body, int status, const char* code) {
        const auto r = httpBearer(port, "POST", QStringLiteral("/admin/roles/grant"), admin, body);
        EXPECT_EQ(r.status, status) << body.data() << " → " << r.body.data();
        EXPECT_EQ(str(json(r), "error"), QLatin1String(code)) << body.data();
    };
    expect("not json", 400, "bad_json");
    expect("[1,2]", 400, "bad_json");
    expect(R"({"role":"moderator"})", 400, "bad_request");
    expect(R"({"email":"bob@example.org"})", 400, "bad_request");
    expect(R"({"email":"bob@example.org","role":"owner"})", 400, "bad_role");
    expect(R"({"email":"bob@example.org","role":"attendee"})", 400, "bad_role");
    expect(R"({"email":"bob@example.org","role":"moderator","room":7})", 400, "bad_request");
    // A misspelt field is an error, not a grant for the whole event.
    expect(R"({"email":"bob@example.org","role":"moderator","rooom":"main"})", 400, "bad_request");
    expect(R"({"email":"not an address","role":"moderator"})", 400, "bad_email");
    expect(R"({"email":"bob@example.org\r\nBcc: x@y","role":"moderator"})", 400, "bad_email");
    const auto missing = post(QStringLiteral("/admin/roles/revoke"), admin, kGrantBob);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(str(json(missing), "error"), QStringLiteral("no_account"));
    EXPECT_EQ(httpBearer(port, "GET", QStringLiteral("/admin/audit?limit=0"), admin).status, 400);
    EXPECT_EQ(httpBearer(port, "GET", QStringLiteral("/admin/audit?limit=x"), admin).status, 400);
    EXPECT_EQ(httpBearer(port, "GET", QStringLiteral("/admin/roles/grant"), admin).status, 405);
    EXPECT_EQ(httpBearer(port, "POST", QStringLiteral("/admin/roles"), admin, "{}").status, 405);
    // Nothing was granted, nothing logged.
    const auto roles = json(httpBearer(port, "GET", QStringLiteral("/admin/roles"), admin));
    EXPECT_TRUE(roles.value(QStringLiteral("roles")).toArray().isEmpty());
    const auto log = json(httpBearer(port, "GET", QStringLiteral("/admin/audit"), admin));
    EXPECT_TRUE(log.value(QStringLiteral("entries")).toArray().isEmpty());
}
