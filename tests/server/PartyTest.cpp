// Watch parties (docs/PROTOCOL.md "Watch parties"), on the real server: a signed-in person opens
// one over HTTP and becomes its host (a moderator of its room); an invite-only party's room admits
// only those who redeemed its invite (not_invited otherwise, guests included); a public one admits
// anyone; a wrong or run-out invite is refused with its reason; guests and bad bodies cannot open
// one; anyone with a party's id reads its name. The server serves a catalog and open rooms are off,
// so a party's room is the only room made on a join here.
#include "AdminTestSupport.h"

#include "server/PartyApi.h"
#include "server/PartyStore.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;
using omk::protocol::Role;

namespace {

class PartyTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        config.catalog = stage360();
        config.openRooms = false;
        config.publicUrl = QStringLiteral("http://party.example:8443");
        start();
    }
    std::unique_ptr<WsClient> as(const QString& accountId) {
        auto c = std::make_unique<WsClient>(port);
        EXPECT_EQ(str(c->helloToken(token(accountId)), "type"), QStringLiteral("welcome"));
        return c;
    }
    // joined, or the error that refused it.
    static QJsonObject joinOrError(WsClient& c, const QString& room) {
        c.send(omk::protocol::encode(omk::protocol::Join{room, std::nullopt, {}}));
        return c.next([](const QJsonObject& o) {
            const QString t = o.value(QStringLiteral("type")).toString();
            return t == QLatin1String("joined") || t == QLatin1String("error");
        });
    }
    static QJsonObject play(WsClient& c, const QString& room, const char* cid) {
        return c.sendEvent(room, QString::fromLatin1(cid), EventType::PlaybackState,
                           {{QStringLiteral("media"), QStringLiteral("https://cdn.example/a.m3u8")},
                            {QStringLiteral("position_ms"), 1000},
                            {QStringLiteral("paused"), false}});
    }
};

TEST_F(PartyTest, AnInviteOnlyPartyAdmitsItsHostAndWhoeverRedeemedItsInvite) {
    const QString host = account(QStringLiteral("host@example.org"));
    const auto opened = post(QStringLiteral("/parties"), token(host),
                             {{QStringLiteral("name"), "  Finals night "}});
    ASSERT_EQ(opened.status, 201) << opened.body.toStdString();
    const QJsonObject party = json(opened);
    const QString room = str(party, "room");
    const QString invite = str(party, "invite");
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^p-[0-9a-f]{16}$")).match(room).hasMatch())
        << room.toStdString();
    EXPECT_EQ(str(party, "name"), QStringLiteral("Finals night"));
    EXPECT_TRUE(party.value(QStringLiteral("invite_only")).toBool()) << "invite-only by default";
    EXPECT_GE(invite.size(), 32);
    const QUrl link(str(party, "link"));
    EXPECT_EQ(link.scheme(), QStringLiteral("omnikast"));
    EXPECT_EQ(link.host(), QStringLiteral("party.example"));
    EXPECT_EQ(link.port(), 8443);
    EXPECT_EQ(link.path(), QStringLiteral("/room/") + room);
    EXPECT_EQ(QUrlQuery(link).queryItemValue(QStringLiteral("invite")), invite);
    const qint64 days = (num(party, "invite_expires_ms") - QDateTime::currentMSecsSinceEpoch()) /
                        (24 * 3600 * 1000LL);
    EXPECT_EQ(days, 6) << "seven days, less the moment since";

    // The host joins and runs playback for everyone: a moderator of the party's room only.
    auto h = as(host);
    ASSERT_EQ(str(joinOrError(*h, room), "type"), QStringLiteral("joined"));
    EXPECT_EQ(str(play(*h, room, "h1"), "type"), QStringLiteral("ack"));

    // Someone signed in without the invite, and a guest: refused, saying why.
    const QString friendId = account(QStringLiteral("friend@example.org"));
    auto f = as(friendId);
    const auto refused = joinOrError(*f, room);
    EXPECT_EQ(str(refused, "code"), QStringLiteral("not_invited"));
    EXPECT_TRUE(str(refused, "message").contains(QStringLiteral("invite link")));
    auto g = client(QStringLiteral("Guest"));
    EXPECT_EQ(str(joinOrError(*g, room), "code"), QStringLiteral("not_invited"));
    // The event's admins and moderators moderate every room, a party's too.
    auto a = as(account(QStringLiteral("admin@example.org"), {{"*", Role::Admin}}));
    EXPECT_EQ(str(joinOrError(*a, room), "type"), QStringLiteral("joined"));
    // A party-shaped room nobody opened.
    EXPECT_EQ(str(joinOrError(*f, QStringLiteral("p-0123456789abcdef")), "code"),
              QStringLiteral("not_found"));

    // The wrong invite, then the right one; then the room lets them in, as an attendee.
    const auto wrong = post(QStringLiteral("/parties/join"), token(friendId),
                            {{QStringLiteral("room"), room}, {QStringLiteral("invite"), "guess"}});
    EXPECT_EQ(wrong.status, 403);
    EXPECT_EQ(str(json(wrong), "error"), QStringLiteral("invite_invalid"));
    const auto redeemed =
        post(QStringLiteral("/parties/join"), token(friendId),
             {{QStringLiteral("room"), room}, {QStringLiteral("invite"), invite}});
    ASSERT_EQ(redeemed.status, 200) << redeemed.body.toStdString();
    EXPECT_EQ(str(json(redeemed), "name"), QStringLiteral("Finals night"));
    ASSERT_EQ(str(joinOrError(*f, room), "type"), QStringLiteral("joined"));
    EXPECT_EQ(str(play(*f, room, "f1"), "code"), QStringLiteral("forbidden"));
    EXPECT_EQ(str(f->chat(room, QStringLiteral("c1"), QStringLiteral("hi")), "type"),
              QStringLiteral("ack"));
    // The host's role is for that room only: in another party's room they are an attendee.
    const auto other =
        post(QStringLiteral("/parties"), token(friendId),
             {{QStringLiteral("name"), "Other"}, {QStringLiteral("invite_only"), false}});
    ASSERT_EQ(other.status, 201) << other.body.toStdString();
    const QString otherRoom = str(json(other), "room");
    EXPECT_NE(otherRoom, room);
    ASSERT_EQ(str(joinOrError(*h, otherRoom), "type"), QStringLiteral("joined"));
    EXPECT_EQ(str(play(*h, otherRoom, "h2"), "code"), QStringLiteral("forbidden"));
}

TEST_F(PartyTest, APublicPartyAdmitsAnyoneAndARunOutInviteSaysSo) {
    const QString host = account(QStringLiteral("host@example.org"));
    const auto opened = post(QStringLiteral("/parties"), token(host),
                             {{QStringLiteral("name"), "Open watch"},
                              {QStringLiteral("invite_only"), false},
                              {QStringLiteral("invite_days"), 1}});
    ASSERT_EQ(opened.status, 201) << opened.body.toStdString();
    const QString room = str(json(opened), "room");
    // What the link's opener is shown first, with no sign-in: its name and that it is public.
    const auto described = httpGet(port, QStringLiteral("/parties?room=") + room);
    ASSERT_EQ(described.status, 200) << described.body.toStdString();
    EXPECT_EQ(str(json(described), "name"), QStringLiteral("Open watch"));
    EXPECT_FALSE(json(described).value(QStringLiteral("invite_only")).toBool(true));
    EXPECT_FALSE(json(described).contains(QStringLiteral("invite")));
    EXPECT_EQ(httpGet(port, QStringLiteral("/parties?room=p-ffffffffffffffff")).status, 404);
    EXPECT_EQ(httpGet(port, QStringLiteral("/parties")).status, 400);
    auto g = client(QStringLiteral("Guest"));
    EXPECT_EQ(str(joinOrError(*g, room), "type"), QStringLiteral("joined"));

    // An invite-only party whose invite ran out (written to the store as it would stand).
    PartyStore store(server->accounts().connectionName());
    Party old;
    old.room = QStringLiteral("p-00000000000000aa");
    old.name = QStringLiteral("Last week");
    old.owner = host;
    old.createdMs = QDateTime::currentMSecsSinceEpoch() - 8 * 24 * 3600 * 1000LL;
    old.inviteHash = PartyStore::hashInvite(QStringLiteral("old-invite"));
    old.inviteExpiresMs = old.createdMs + 7 * 24 * 3600 * 1000LL;
    ASSERT_TRUE(store.create(old));
    const QString late = account(QStringLiteral("late@example.org"));
    const auto expired =
        post(QStringLiteral("/parties/join"), token(late),
             {{QStringLiteral("room"), old.room}, {QStringLiteral("invite"), "old-invite"}});
    EXPECT_EQ(expired.status, 410);
    EXPECT_EQ(str(json(expired), "error"), QStringLiteral("invite_expired"));
    EXPECT_TRUE(str(json(expired), "message").contains(QStringLiteral("ask the host")));
    auto l = as(late);
    EXPECT_EQ(str(joinOrError(*l, old.room), "code"), QStringLiteral("not_invited"));
    const auto none = post(QStringLiteral("/parties/join"), token(late),
                           {{QStringLiteral("room"), QStringLiteral("p-ffffffffffffffff")},
                            {QStringLiteral("invite"), "x"}});
    EXPECT_EQ(none.status, 404);
    EXPECT_EQ(str(json(none), "error"), QStringLiteral("no_party"));
}

TEST_F(PartyTest, GuestsAndBadBodiesOpenNothing) {
    const QString host = account(QStringLiteral("host@example.org"));
    const QJsonObject ok{{QStringLiteral("name"), "x"}};
    EXPECT_EQ(post(QStringLiteral("/parties"), QString(), ok).status, 401);
    const auto guest = post(QStringLiteral("/parties"), token(QStringLiteral("g_0123456789")), ok);
    EXPECT_EQ(guest.status, 403);
    EXPECT_EQ(str(json(guest), "error"), QStringLiteral("account_required"));
    EXPECT_EQ(post(QStringLiteral("/parties"), token(QStringLiteral("u_invite")), ok).status, 403);
    const auto expectBad = [&](const QJsonObject& body, const char* mentions) {
        const auto r = post(QStringLiteral("/parties"), token(host), body);
        EXPECT_EQ(r.status, 400) << r.body.toStdString();
        EXPECT_EQ(str(json(r), "error"), QStringLiteral("bad_request"));
        EXPECT_TRUE(str(json(r), "message").contains(QLatin1String(mentions)))
            << str(json(r), "message").toStdString();
    };
    expectBad({}, "name");
    expectBad({{QStringLiteral("name"), "   "}}, "name");
    expectBad({{QStringLiteral("name"), QString(81, u'a')}}, "name");
    expectBad({{QStringLiteral("name"), "x"}, {QStringLiteral("colour"), "red"}}, "colour");
    expectBad({{QStringLiteral("name"), "x"}, {QStringLiteral("invite_days"), 0}}, "invite_days");
    expectBad({{QStringLiteral("name"), "x"}, {QStringLiteral("invite_days"), 1.5}}, "invite_days");
    expectBad({{QStringLiteral("name"), "x"}, {QStringLiteral("invite_only"), "yes"}},
              "invite_only");
    const auto notJson = httpBearer(port, "POST", QStringLiteral("/parties"), token(host), "[1,");
    EXPECT_EQ(notJson.status, 400);

    // One person opens a handful at most: the next says why.
    for (int i = 0; i < PartyApi::kMaxPartiesPerAccount; ++i)
        ASSERT_EQ(post(QStringLiteral("/parties"), token(host), ok).status, 201);
    const auto tooMany = post(QStringLiteral("/parties"), token(host), ok);
    EXPECT_EQ(tooMany.status, 409);
    EXPECT_EQ(str(json(tooMany), "error"), QStringLiteral("party_limit"));
}

TEST(PartyStore, AHostsRoleIsNoRoleTheOrganizersGave) {
    QMap<QString, Role> roles{{QStringLiteral("p-0123456789abcdef"), Role::Moderator}};
    EXPECT_FALSE(PartyStore::hasEventRole(roles)) << "a registered-only event stays closed to it";
    roles.insert(QStringLiteral("main"), Role::Moderator);
    EXPECT_TRUE(PartyStore::hasEventRole(roles));
    EXPECT_TRUE(PartyStore::isPartyRoom(QStringLiteral("p-0123456789abcdef")));
    for (const char* no : {"p-0123456789ABCDEF", "p-0123", "main", "p-0123456789abcdef0", ""})
        EXPECT_FALSE(PartyStore::isPartyRoom(QString::fromLatin1(no))) << no;
}

}  // namespace

namespace {

TEST_F(PartyTest, APartyNobodyIsInGoesAfterItsTimeAndItsHostLosesTheRole) {
    const QString host = account(QStringLiteral("host@example.org"));
    const auto opened =
        post(QStringLiteral("/parties"), token(host), {{QStringLiteral("name"), "Short-lived"}});
    ASSERT_EQ(opened.status, 201) << opened.body.toStdString();
    const QString room = str(json(opened), "room");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    EXPECT_EQ(config.partyExpiryMinutes, 24 * 60) << "a day by default";

    // Someone in it: seen now, so a day later it is still there.
    auto h = as(host);
    ASSERT_EQ(str(joinOrError(*h, room), "type"), QStringLiteral("joined"));
    EXPECT_EQ(server->partySweep().sweep(now + day / 2), 0);
    h.reset();  // the host leaves; nobody is in it
    ASSERT_TRUE(QTest::qWaitFor([&] { return server->rooms().find(room)->viewers() == 0; }, 5000));
    EXPECT_EQ(server->partySweep().sweep(now + day), 0) << "seen half a day ago";
    EXPECT_EQ(server->partySweep().sweep(now + day / 2 + day + 1000), 1);
    const auto after = server->accounts().byId(host);
    ASSERT_TRUE(after && *after);
    EXPECT_FALSE((*after)->roles.contains(room)) << "the host's role in it is taken back";
    auto back = as(host);
    EXPECT_EQ(str(joinOrError(*back, room), "code"), QStringLiteral("not_found"));
}

}  // namespace
