// The window's room choosing Dreamkast's chat: an event whose catalog came from Dreamkast (from
// FakeDreamkastHttp, with ChatChannel and OnAirChannel on FakeDreamkastCable — test doubles, as
// Dreamkast's Rails + MySQL + Redis cannot run here) and no omnikast-server gives the channel the
// on-air talk's Dreamkast chat in RoomController.
#include "FakeDreamkastCable.h"
#include "FakeDreamkastHttp.h"
#include "TestLoop.h"
#include "room/ChatModel.h"
#include "room/DreamkastChat.h"
#include "support/OidcProvider.h"
#include "ui/AppSettings.h"
#include "ui/BrowserOpener.h"
#include "ui/DreamkastSignIn.h"
#include "ui/EventController.h"
#include "ui/PlayerController.h"
#include "ui/RoomController.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

using namespace omk;
using namespace omk::ui;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

// The application and its settings exist before any socket or controller is made.
struct AppFirst {
    AppFirst() {
        ensureApp();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmnikastDreamkastChatTest"));
        QSettings().clear();
        AppSettings::instance()->setDreamkastToken({});
    }
};

struct DreamkastEvent : AppFirst {
    FakeDreamkastCable cable;
    FakeDreamkastHttp http;
    EventController ec;
    RoomController rc;

    DreamkastEvent() {
        cable.setPingInterval(100);
        http.onChatCreated = [this](const QJsonObject& m) {
            cable.broadcastToStream(
                QStringLiteral("chat_channel_talk%1").arg(m.value("roomId").toInteger()), m);
        };
        http.serveFixture(cable.url().toString(), QString());
        // 10:05 Tokyo on the first day: talk 1 runs on Track A (channel "1").
        http.addChat(FakeDreamkastHttp::chatMessage(1, "hello talk one", 1));
        http.addChat(FakeDreamkastHttp::chatMessage(2, "about talk two", 2));
        ec.setDesktopNotifications(false);
        ec.setViewerZone(QTimeZone("Asia/Tokyo"));
        ec.setClockOverride(QDateTime(QDate(2026, 3, 10), QTime(10, 5), QTimeZone("Asia/Tokyo")));
        ec.setSource(http.catalogUrl());
        rc.setEvent(&ec);
        QObject::connect(&ec, &EventController::streamChanged, &rc,
                         [this] { rc.setRoom(ec.currentChannelId()); });
        rc.setRoom(ec.currentChannelId());
    }
    int rows() { return rc.chat() ? rc.chat()->rowCount() : -1; }
    QString text(int row) {
        return rc.chat()->data(rc.chat()->index(row), room::ChatModel::TextRole).toString();
    }
};

}  // namespace

TEST(DreamkastRoom, ADreamkastEventWithoutAServerChatsInTheOnAirTalksDreamkastChat) {
    DreamkastEvent e;
    ASSERT_TRUE(
        waitFor([&] { return e.rc.backend() == QStringLiteral("dreamkast") && e.rows() == 1; }));
    EXPECT_TRUE(e.rc.available());
    EXPECT_TRUE(e.rc.active());
    EXPECT_EQ(e.text(0), QStringLiteral("hello talk one"));
    ASSERT_TRUE(e.rc.dreamkastChat());
    EXPECT_EQ(e.rc.dreamkastChat()->config().roomId, 1);
    EXPECT_EQ(e.rc.dreamkastChat()->config().apiBase, QUrl(e.http.base()));
    // Dreamkast's moderation is not ours; there is no presence to count.
    EXPECT_FALSE(e.rc.canModerate());
    EXPECT_EQ(e.rc.viewerCount(), 0);
    ASSERT_TRUE(waitFor([&] { return e.rc.state() == QStringLiteral("connected"); }));
    EXPECT_EQ(e.rc.statusText(), QStringLiteral("Connected to Dreamkast"));

    // No token: sending says how to sign in, nothing reaches Dreamkast.
    EXPECT_THAT(e.rc.readOnlyReason().toStdString(), HasSubstr("Sign in to Dreamkast to chat"));
    EXPECT_FALSE(e.rc.send(QStringLiteral("hi")));
    EXPECT_THAT(e.rc.inputHint().toStdString(), HasSubstr("Sign in to Dreamkast to chat"));
    EXPECT_TRUE(e.http.chatPosts.isEmpty());

    // With a token (Settings): a fresh session that posts, shown once.
    e.http.chatToken = QStringLiteral("tok");
    AppSettings::instance()->setDreamkastToken(QStringLiteral("tok"));
    ASSERT_TRUE(waitFor([&] {
        return e.rc.dreamkastChat() && e.rc.dreamkastChat()->canPost() && e.rows() == 1 &&
               e.rc.state() == QStringLiteral("connected");
    }));
    EXPECT_EQ(e.rc.readOnlyReason(), QString());
    EXPECT_TRUE(e.rc.send(QStringLiteral("hi from the window")));
    ASSERT_TRUE(waitFor([&] {
        return e.rows() == 2 &&
               !e.rc.chat()->data(e.rc.chat()->index(1), room::ChatModel::PendingRole).toBool();
    }));
    EXPECT_EQ(e.text(1), QStringLiteral("hi from the window"));
    EXPECT_EQ(e.rc.pendingCount(), 0);
    EXPECT_EQ(e.http.chatAuthorizations.last(), QStringLiteral("Bearer tok"));
    // Edits and reactions are not Dreamkast's: said, not silently dropped.
    EXPECT_FALSE(e.rc.react(1, QStringLiteral("👍")));
    EXPECT_FALSE(e.rc.inputHint().isEmpty());

    // A talk with nothing on air on the channel: no chat, and the status line says why.
    e.ec.setClockOverride(QDateTime(QDate(2026, 3, 10), QTime(18, 0), QTimeZone("Asia/Tokyo")));
    e.ec.refresh();
    ASSERT_TRUE(waitFor([&] { return !e.rc.active(); }));
    EXPECT_TRUE(e.rc.available());
    EXPECT_EQ(e.rc.statusText(), QStringLiteral("No talk on air on this channel"));

    // A server wins over Dreamkast.
    e.rc.setServerUrl(QStringLiteral("ws://127.0.0.1:9/ws"));
    ASSERT_TRUE(waitFor([&] { return e.rc.backend() == QStringLiteral("omnikast"); }));
    EXPECT_EQ(e.rc.dreamkastChat(), nullptr);
    AppSettings::instance()->setDreamkastToken({});
}

TEST(DreamkastRoom, TheOnAirSwitchMovesTheChatToTheNewTalk) {
    DreamkastEvent e;
    ASSERT_TRUE(waitFor([&] { return e.rows() == 1; }));
    const QString onAir = QStringLiteral(R"({"channel":"OnAirChannel","eventAbbr":"cndt2026"})");
    ASSERT_TRUE(waitFor([&] { return e.ec.onAirFollower()->client()->isConfirmed(onAir); }));
    e.cable.broadcast(onAir,
                      QJsonObject{{"1", QJsonObject{{"id", 2},
                                                    {"trackId", 1},
                                                    {"videoPlatform", "ivs"},
                                                    {"videoId", QJsonValue::Null},
                                                    {"title", "めちゃすごい発表"},
                                                    {"abstract", ""},
                                                    {"speakers", QJsonArray{}},
                                                    {"startTime", "2026-03-10T11:00:00.000+09:00"},
                                                    {"endTime", "2026-03-10T11:40:00.000+09:00"},
                                                    {"onAir", true}}}});
    ASSERT_TRUE(waitFor([&] {
        return e.rc.dreamkastChat() && e.rc.dreamkastChat()->config().roomId == 2 &&
               e.rows() == 1 && e.text(0) == QStringLiteral("about talk two");
    }));
}

// "Sign in to Dreamkast in the browser": a real OpenID Connect provider standing in for Dreamkast's
// Auth0 tenant (named by OMNIKAST_DREAMKAST_OIDC_*), a scripted browser through its forms; the
// access token it ends in is for the API's audience and is what the chat then posts with.
TEST(DreamkastRoom, SigningInInTheBrowserGivesTheChatItsToken) {
    for (const char* name : {"OMNIKAST_DREAMKAST_OIDC_ISSUER", "OMNIKAST_DREAMKAST_OIDC_CLIENT_ID",
                             "OMNIKAST_DREAMKAST_OIDC_AUDIENCE", "OMNIKAST_DREAMKAST_OIDC_PORT"})
        qunsetenv(name);
    DreamkastEvent e;
    omk::test::OidcProvider provider;
    QString browserError;
    const auto cleanup = qScopeGuard([&] {
        setBrowserOpener(nullptr);
        e.http.acceptBearer = {};
        qunsetenv("OMNIKAST_DREAMKAST_OIDC_ISSUER");
        qunsetenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID");
        AppSettings::instance()->setDreamkastToken({});
    });
    ASSERT_TRUE(provider.problem().isEmpty()) << provider.problem().toStdString();
    const QString audience = e.http.base() + QStringLiteral("/");
    e.http.acceptBearer = [&](const QString& token) {
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1().split('.').value(1),
                                                           QByteArray::Base64UrlEncoding))
                .object();
        return claims.value(QStringLiteral("iss")).toString() == provider.issuer() &&
               claims.value(QStringLiteral("aud")).toString() == audience;
    };
    ASSERT_TRUE(waitFor([&] { return e.rc.backend() == QStringLiteral("dreamkast"); }));
    EXPECT_THAT(e.rc.readOnlyReason().toStdString(), HasSubstr("Sign in to Dreamkast to chat"));

    DreamkastSignIn unknown;
    unknown.setEvent(&e.ec);
    EXPECT_FALSE(unknown.available()) << "no tenant is known for this host";
    unknown.signIn();
    EXPECT_TRUE(unknown.messageIsError());
    EXPECT_THAT(unknown.message().toStdString(), HasSubstr("Paste a token"));

    qputenv("OMNIKAST_DREAMKAST_OIDC_ISSUER", provider.issuer().toUtf8());
    qputenv("OMNIKAST_DREAMKAST_OIDC_CLIENT_ID", "omnikast");
    setBrowserOpener([&](const QUrl& url) {
        QTimer::singleShot(
            0, [&, url] { browserError = provider.authorize(url, QStringLiteral("ada")); });
        return true;
    });
    DreamkastSignIn signIn;
    signIn.setEvent(&e.ec);
    EXPECT_TRUE(signIn.available());
    signIn.signIn();
    EXPECT_TRUE(signIn.inBrowser());
    EXPECT_THAT(signIn.message().toStdString(), HasSubstr("in your web browser"));
    ASSERT_TRUE(waitFor([&] { return !signIn.inBrowser(); }, 20s)) << browserError.toStdString();
    EXPECT_FALSE(signIn.messageIsError())
        << signIn.message().toStdString() << " / " << browserError.toStdString();
    const QString token = AppSettings::instance()->dreamkastToken();
    ASSERT_FALSE(token.isEmpty());
    EXPECT_TRUE(e.http.acceptBearer(token));
    EXPECT_TRUE(signIn.signedIn());
    // Kept for this Dreamkast host only: another host's chat does not get it.
    EXPECT_EQ(AppSettings::instance()->dreamkastTokenHost(), e.http.base());
    EXPECT_EQ(AppSettings::instance()->dreamkastTokenForApi(e.http.base()), token);
    EXPECT_EQ(AppSettings::instance()->dreamkastTokenForApi(
                  QStringLiteral("https://event.cloudnativedays.jp")),
              QString());

    ASSERT_TRUE(waitFor([&] {
        return e.rc.dreamkastChat() && e.rc.dreamkastChat()->canPost() &&
               e.rc.state() == QStringLiteral("connected") && e.rows() == 1;
    }));
    EXPECT_TRUE(e.rc.send(QStringLiteral("signed in through the browser")));
    ASSERT_TRUE(waitFor([&] { return e.http.chatPosts.size() == 1; }));
    EXPECT_EQ(e.http.chatAuthorizations.last(), QStringLiteral("Bearer ") + token);

    // The browser never comes back: Cancel ends the wait, the kept token stays.
    setBrowserOpener([](const QUrl&) { return true; });
    signIn.signIn();
    ASSERT_TRUE(signIn.inBrowser());
    signIn.cancel();
    EXPECT_FALSE(signIn.inBrowser());
    EXPECT_FALSE(signIn.messageIsError());
    EXPECT_EQ(AppSettings::instance()->dreamkastToken(), token);

    signIn.signOut();
    EXPECT_FALSE(signIn.signedIn());
}
