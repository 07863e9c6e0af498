// "Watch together" (ui/WatchParty) against a real in-process omnikast-server: a host opens an
// invite-only party and its room plays the host's channel; a second attendee opens its link, is
// asked to sign in, joins, and follows what the host switches to; a public party's link lets in
// someone with no account; links to another server, with a wrong invite or to a party that is not
// there, and opening one signed out, say why.
#include "catalog/Catalog.h"
#include "server/AccountStore.h"
#include "server/Jwt.h"
#include "support/RoomTestSupport.h"
#include "ui/EventController.h"
#include "ui/PlayerController.h"
#include "ui/RoomController.h"
#include "ui/WatchParty.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

namespace omk::ui {
namespace {

// Channels whose streams are only names: what a party plays is the room's media, which the test
// reads from the room, not from a decoder.
catalog::Catalog twoChannels() {
    catalog::Catalog c;
    c.event.title = QStringLiteral("Party event");
    for (const char* id : {"a", "b"}) {
        catalog::Channel ch;
        ch.id = QString::fromLatin1(id);
        ch.name = ch.id.toUpper();
        catalog::Stream stream;
        stream.url = QStringLiteral("https://cdn.example/%1.m3u8").arg(ch.id);
        ch.streams.append(stream);
        c.channels.append(ch);
    }
    return c;
}

class WatchPartyTest : public omk::room::test::RoomTest {
protected:
    void SetUp() override {
        RoomTest::SetUp();
        omk::room::test::settingsPerTest("watch-party-test");
        start();
    }
    QString wsUrl() const { return QStringLiteral("ws://127.0.0.1:%1/ws").arg(port); }
    // A signed-in account's access token.
    QString accountToken(const QString& email) {
        auto a = server->accounts().ensure(email, email.section(u'@', 0, 0), {}, 0);
        EXPECT_TRUE(a) << a.error().message.toStdString();
        server::TokenClaims c;
        c.subject = a ? a->id : QString();
        c.name = email.section(u'@', 0, 0);
        c.issuedAt = QDateTime::currentSecsSinceEpoch();
        c.expiresAt = c.issuedAt + 600;
        return *server::Jwt(server::test::kSecret).sign(c);
    }
    // A viewer as the window wires one: its room follows the party (Main.qml's binding).
    struct Viewer {
        EventController event;
        PlayerController player;
        RoomController room;
        WatchParty party;
        Viewer(const QString& ws, const QString& token) {
            event.setDesktopNotifications(false);
            event.setCatalog(twoChannels());
            room.setGuestName(QStringLiteral("viewer"));
            room.setToken(token);
            room.setPlayer(&player);
            room.setServerUrl(ws);
            room.setRoom(event.currentChannelId());
            party.setServerUrl(ws);
            party.setAccessToken(token);
            party.setRoom(&room);
            party.setEvent(&event);
            QObject::connect(&party, &WatchParty::stateChanged, &room, [this] {
                room.setRoom(party.partyRoom().isEmpty() ? event.currentChannelId()
                                                         : party.partyRoom());
            });
        }
        bool inParty() const {
            return party.state() == QLatin1String("joined") && room.room() == party.partyRoom() &&
                   room.state() == QLatin1String("connected");
        }
    };
    static QString roomMedia(const Viewer& v) {
        return v.room.connection() ? v.room.connection()->playback().media : QString();
    }
};

TEST_F(WatchPartyTest, AHostsPartyIsJoinedByItsLinkAndPlaysTheHostsChannel) {
    Viewer host(wsUrl(), accountToken(QStringLiteral("host@example.org")));
    ASSERT_TRUE(host.party.available());
    host.party.open(QStringLiteral("  Finals   night "), true);
    EXPECT_TRUE(host.party.busy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.inParty(); }, 5000))
        << host.party.state().toStdString() << ": " << host.party.message().toStdString();
    EXPECT_TRUE(host.party.isHost());
    EXPECT_EQ(host.party.name(), QStringLiteral("Finals night"));
    EXPECT_TRUE(host.party.partyRoom().startsWith(QStringLiteral("p-")));
    EXPECT_GT(host.party.inviteExpiresMs(), QDateTime::currentMSecsSinceEpoch());
    // The server has no public_url: the link names the server as this viewer reaches it.
    const QUrl link(host.party.link());
    EXPECT_EQ(link.scheme(), QStringLiteral("omnikast"));
    EXPECT_EQ(link.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(link.port(), port);
    EXPECT_EQ(link.path(), QStringLiteral("/room/") + host.party.partyRoom());
    EXPECT_FALSE(QUrlQuery(link).queryItemValue(QStringLiteral("invite")).isEmpty());
    // The host's client puts the host's channel on for the party.
    ASSERT_TRUE(QTest::qWaitFor([&] { return roomMedia(host) == host.event.streamUrl(); }, 5000))
        << roomMedia(host).toStdString();
    EXPECT_TRUE(host.room.canModerate()) << "the host moderates the party's room";

    // Someone opens the link signed out: invite-only, so a sign-in is asked for.
    Viewer friendly(wsUrl(), {});
    ASSERT_TRUE(friendly.party.useLink(host.party.link()));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return friendly.party.state() == QLatin1String("signInNeeded"); }, 5000))
        << friendly.party.message().toStdString();
    EXPECT_EQ(friendly.party.name(), QStringLiteral("Finals night"));
    EXPECT_TRUE(friendly.party.message().contains(QStringLiteral("sign in")));
    EXPECT_TRUE(friendly.party.partyRoom().isEmpty()) << "not in the room before the invite";
    // Signed in: the invite is redeemed and the room joined; the player follows the party.
    const QString token = accountToken(QStringLiteral("friend@example.org"));
    friendly.room.setToken(token);
    friendly.party.setAccessToken(token);
    ASSERT_TRUE(QTest::qWaitFor([&] { return friendly.inParty(); }, 5000))
        << friendly.party.state().toStdString() << ": " << friendly.party.message().toStdString();
    EXPECT_FALSE(friendly.party.isHost());
    EXPECT_TRUE(friendly.party.link().isEmpty()) << "the invite is the host's to share";
    EXPECT_FALSE(friendly.room.canModerate());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return friendly.room.mediaOverride() == QStringLiteral("https://cdn.example/a.m3u8");
        },
        5000))
        << friendly.room.mediaOverride().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.room.viewerCount() == 2; }, 5000));

    // The host switches channel: the party switches with them.
    host.event.selectChannel(1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return friendly.room.mediaOverride() == QStringLiteral("https://cdn.example/b.m3u8");
        },
        5000))
        << friendly.room.mediaOverride().toStdString();
    // The friend's own channel choice moves nothing for the others.
    friendly.event.selectChannel(0);
    QTest::qWait(300);
    EXPECT_EQ(roomMedia(host), QStringLiteral("https://cdn.example/b.m3u8"));

    // Leaving: back to the channel's room.
    friendly.party.leave();
    EXPECT_EQ(friendly.party.state(), QStringLiteral("none"));
    EXPECT_EQ(friendly.room.room(), friendly.event.currentChannelId());
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.room.viewerCount() == 1; }, 5000));
}

TEST_F(WatchPartyTest, APublicPartysLinkNeedsNoAccount) {
    Viewer host(wsUrl(), accountToken(QStringLiteral("host@example.org")));
    host.party.open(QStringLiteral("Open watch"), false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.inParty(); }, 5000))
        << host.party.message().toStdString();
    Viewer guest(wsUrl(), {});
    ASSERT_TRUE(guest.party.useLink(host.party.link()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return guest.inParty(); }, 5000))
        << guest.party.state().toStdString() << ": " << guest.party.message().toStdString();
    EXPECT_FALSE(guest.party.inviteOnly());
    EXPECT_EQ(guest.party.name(), QStringLiteral("Open watch"));
}

TEST_F(WatchPartyTest, BadLinksAndRefusalsSayWhy) {
    Viewer host(wsUrl(), accountToken(QStringLiteral("host@example.org")));
    host.party.open(QStringLiteral("Ours"), true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.inParty(); }, 5000));
    const QString room = host.party.partyRoom();

    Viewer v(wsUrl(), accountToken(QStringLiteral("v@example.org")));
    auto failsWith = [&](const QString& link, const char* words) {
        v.party.useLink(link);
        const bool failed = QTest::qWaitFor(
            [&] { return v.party.state() == QLatin1String("failed") || !v.party.busy(); }, 5000);
        EXPECT_TRUE(failed) << link.toStdString();
        EXPECT_TRUE(v.party.messageIsError()) << link.toStdString();
        EXPECT_TRUE(v.party.message().contains(QLatin1String(words)))
            << link.toStdString() << ": " << v.party.message().toStdString();
        EXPECT_TRUE(v.party.partyRoom().isEmpty());
        EXPECT_EQ(v.room.room(), v.event.currentChannelId());
    };
    QSignalSpy errors(&v.party, &WatchParty::errorOccurred);
    failsWith(QStringLiteral("omnikast://elsewhere.example/room/%1?invite=abc").arg(room),
              "not on this event's server");
    failsWith(QStringLiteral("omnikast://127.0.0.1:%1/event/a").arg(port), "not a watch party");
    failsWith(QStringLiteral("omnikast://127.0.0.1:%1/room/%2?invite=wrong").arg(port).arg(room),
              "ask its host");
    failsWith(QStringLiteral("omnikast://127.0.0.1:%1/room/%2").arg(port).arg(room),
              "has no invite");
    failsWith(QStringLiteral("omnikast://127.0.0.1:%1/room/p-ffffffffffffffff?invite=x").arg(port),
              "no watch party");
    EXPECT_EQ(errors.count(), 5);

    // Opening one needs an account, and a name.
    Viewer guest(wsUrl(), {});
    guest.party.open(QStringLiteral("Mine"), true);
    EXPECT_TRUE(guest.party.message().contains(QStringLiteral("Sign in first")));
    EXPECT_EQ(guest.party.state(), QStringLiteral("none"));
    v.party.open(QStringLiteral("   "), true);
    EXPECT_TRUE(v.party.message().contains(QStringLiteral("name")));
}

}  // namespace
}  // namespace omk::ui
