// Signing in from the window under Xvfb, against the real server and a real SMTP server
// (aiosmtpd): the chat header's Sign in, the address typed and Enter, the code read from the
// delivered mail and typed, the room rejoined as the account; a restart keeps the sign-in (its
// refresh token, in a file readable only by the user); Sign out ends it on the server too.
#include "server/AccountStore.h"
#include "server/Jwt.h"
#include "support/OidcProvider.h"
#include "support/RoomTestSupport.h"
#include "support/SmtpSink.h"
#include "support/TestClip.h"
#include "support/WindowItems.h"
#include "ui/AccountSession.h"
#include "ui/EventSource.h"
#include "ui/RoomController.h"
#include "ui/WatchParty.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace {

using namespace omk::room::test;
using omk::ui::test::findNamed;

QString accountEvent() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-account");
    QDir().mkpath(dir);
    const QString clip =
        omk::ui::test::encodeClip(dir + QStringLiteral("/main.mp4"),
                                  QStringLiteral("testsrc2=size=512x256:rate=25:duration=20"));
    auto written = omk::ui::writeDemoEvent(dir, clip, QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(written.has_value());
    return written ? *written : QString();
}

// QTest::keyClicks takes widgets only: one key at a time into the window's focused item.
void typeText(QQuickWindow* window, const QString& text) {
    for (const QChar c : text) QTest::keyClick(window, c.toLatin1());
}

class WindowAccount : public RoomTest {
protected:
    void SetUp() override {
        RoomTest::SetUp();
        m_smtp = std::make_unique<omk::test::SmtpSink>();  // after the application exists
        ASSERT_TRUE(smtp().problem().isEmpty()) << smtp().problem().toStdString();
        // Window tests run one at a time (RESOURCE_LOCK omnikast_xvfb): the file is this test's.
        QFile::remove(credentialsFile());
        config.smtpUrl = smtp().url();
        config.publicUrl = QStringLiteral("http://127.0.0.1:8480");
    }

    // extra: more of Main.qml's initial properties (a link it was opened with).
    QQuickWindow* open(QQmlApplicationEngine& engine, const QVariantMap& extra = {}) {
        QVariantMap initial{
            {QStringLiteral("source"), QString()},
            {QStringLiteral("eventSource"), event},
            {QStringLiteral("roomServer"), QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)}};
        initial.insert(extra);
        engine.setInitialProperties(initial);
        engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        if (engine.rootObjects().isEmpty()) return nullptr;
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        if (window) {
            (void)QTest::qWaitForWindowExposed(window);
            window->requestActivate();
            (void)QTest::qWaitForWindowActive(window, 5000);
        }
        return window;
    }
    void click(QQuickWindow* window, const char* name) {
        QQuickItem* item = findNamed(window->contentItem(), QLatin1String(name));
        ASSERT_NE(item, nullptr) << name;
        ASSERT_TRUE(QTest::qWaitFor([&] { return item->isVisible() && item->isEnabled(); }, 5000))
            << name;
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }
    void TearDown() override {
        QFile::remove(credentialsFile());
        RoomTest::TearDown();
    }
    // Where CredentialStore keeps sign-ins ($XDG_DATA_HOME/omnikast, or Qt's test-mode folder).
    static QString credentialsFile() {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/omnikast/credentials.json");
    }

    // Run by tests/support/with-keyring.sh (ctest's ui_window_keyring): a real GNOME Keyring.
    static bool withKeyring() {
        return qEnvironmentVariable("OMNIKAST_TEST_KEYRING") == QLatin1String("1");
    }
    // The keyring's secret for this test's server, read with libsecret's own command line tool.
    QByteArray keptInKeyring() const {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("127.0.0.1:%1").arg(port)});
        if (!tool.waitForFinished(5000)) return {};
        return tool.readAllStandardOutput();
    }

    omk::test::SmtpSink& smtp() { return *m_smtp; }
    std::unique_ptr<omk::test::SmtpSink> m_smtp;
    QString event = accountEvent();
};

TEST_F(WindowAccount, SignInByMailedCodeSurvivesARestartAndSignsOut) {
    start();
    QString accountId;
    {
        QQmlApplicationEngine engine;
        QQuickWindow* window = open(engine);
        ASSERT_NE(window, nullptr);
        auto* room = window->property("roomController").value<omk::ui::RoomController*>();
        auto* account = window->property("accountSession").value<omk::ui::AccountSession*>();
        ASSERT_NE(account, nullptr);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return room->state() == QLatin1String("connected"); }, 8000));
        EXPECT_TRUE(room->userId().startsWith(QLatin1String("g_")));  // a guest until signed in
        EXPECT_EQ(account->state(), QStringLiteral("signedOut"));

        click(window, "signInButton");
        QQuickItem* email = findNamed(window->contentItem(), QStringLiteral("signInEmail"));
        ASSERT_NE(email, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return email->hasActiveFocus(); }, 3000));
        typeText(window, QStringLiteral("ada@example.org"));
        QTest::keyClick(window, Qt::Key_Return);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return account->state() == QLatin1String("codeSent"); }, 10000))
            << account->message().toStdString();
        ASSERT_TRUE(smtp().waitForMails(1));
        static const QRegularExpression codeRe(QStringLiteral("\\b([A-Z2-9]{3}-[A-Z2-9]{3})\\b"));
        const QString code = codeRe.match(smtp().mails().first().text).captured(1);
        ASSERT_FALSE(code.isEmpty());

        // A wrong code first: the box says so and stays on the code step.
        click(window, "signInCode");
        typeText(window, QStringLiteral("AAA-AAA"));
        QTest::keyClick(window, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return account->messageIsError(); }, 5000));
        EXPECT_TRUE(account->message().contains(QLatin1String("wrong or has expired")))
            << account->message().toStdString();
        QQuickItem* codeField = findNamed(window->contentItem(), QStringLiteral("signInCode"));
        codeField->setProperty("text", QString());
        typeText(window, code);
        QTest::keyClick(window, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return account->signedIn(); }, 5000))
            << account->message().toStdString();
        accountId = account->accountId();
        EXPECT_TRUE(accountId.startsWith(QLatin1String("a_")));
        // The room starts over as the account.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return room->userId() == accountId && room->state() == QLatin1String("connected");
            },
            8000))
            << room->userId().toStdString();
        QQuickItem* who = findNamed(window->contentItem(), QStringLiteral("signedInAs"));
        ASSERT_NE(who, nullptr);
        EXPECT_EQ(who->property("text").toString(), QStringLiteral("ada (ada@example.org)"));
        // Kept for next time: in the keyring where the test has one (with-keyring.sh), else in a
        // file readable only by this user; the box says which.
        if (withKeyring()) {
            ASSERT_TRUE(QTest::qWaitFor([&] { return !keptInKeyring().isEmpty(); }, 8000))
                << account->storageNote().toStdString();
            EXPECT_FALSE(QFile::exists(credentialsFile()));
            EXPECT_TRUE(account->storageNote().contains(QLatin1String("system keyring.")))
                << account->storageNote().toStdString();
        } else {
            QFile f(credentialsFile());
            ASSERT_TRUE(QTest::qWaitFor([&] { return f.exists(); }, 5000))
                << account->storageNote().toStdString() << " / "
                << account->message().toStdString();
            EXPECT_EQ(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
                      QFileDevice::Permissions());
            EXPECT_TRUE(account->storageNote().contains(credentialsFile()))
                << account->storageNote().toStdString();
        }
        omk::ui::test::saveShot(window->grabWindow(), QStringLiteral(OMNIKAST_TEST_TMP),
                                QStringLiteral(OMNIKAST_DOCS_IMAGES),
                                QStringLiteral("sign-in.png"));
    }

    // A restart: signed in again without a step, as the same account.
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine);
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    auto* account = window->property("accountSession").value<omk::ui::AccountSession*>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return account->signedIn(); }, 8000))
        << account->message().toStdString();
    EXPECT_EQ(account->accountId(), accountId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->userId() == accountId; }, 8000));
    const QByteArray stored = [&] {
        if (withKeyring()) return keptInKeyring();
        QFile f(credentialsFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    static const QRegularExpression refreshRe(
        QStringLiteral("\"refresh_token\": ?\"(okr_[0-9a-f]+)\""));
    const QString refresh = refreshRe.match(QString::fromUtf8(stored)).captured(1);
    ASSERT_FALSE(refresh.isEmpty()) << stored.toStdString();

    // Sign out: the room goes back to a guest, the file forgets, the server refuses the token.
    click(window, "signInButton");
    click(window, "signOutButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !account->signedIn(); }, 3000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return room->userId().startsWith(QLatin1String("g_")); }, 8000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            QFile after(credentialsFile());
            return !(after.open(QIODevice::ReadOnly) && after.readAll().contains("okr_")) &&
                   (!withKeyring() || keptInKeyring().isEmpty());
        },
        5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return omk::server::test::httpPostJson(port, QStringLiteral("/auth/refresh"),
                                                   {{QStringLiteral("refresh_token"), refresh}})
                       .status == 401;
        },
        5000));
}

// A watch party's link opens the window on the event: the party is invite-only, so its box asks
// for a sign-in; signed in by the mailed code, the invite is redeemed and the room is the party's;
// the bar names the party; Leave goes back to the channel's room.
TEST_F(WindowAccount, AWatchPartysLinkAsksForASignInThenJoinsTheParty) {
    start();
    auto host = server->accounts().ensure(QStringLiteral("host@example.org"),
                                          QStringLiteral("host"), {}, 0);
    ASSERT_TRUE(host);
    omk::server::TokenClaims claims;
    claims.subject = host->id;
    claims.name = QStringLiteral("host");
    claims.issuedAt = QDateTime::currentSecsSinceEpoch();
    claims.expiresAt = claims.issuedAt + 600;
    const auto opened =
        omk::server::test::httpBearer(port, "POST", QStringLiteral("/parties"),
                                      *omk::server::Jwt(omk::server::test::kSecret).sign(claims),
                                      QByteArrayLiteral("{\"name\":\"Finals night\"}"));
    ASSERT_EQ(opened.status, 201) << opened.body.toStdString();
    const QJsonObject party = QJsonDocument::fromJson(opened.body).object();
    const QString roomId = party.value(QStringLiteral("room")).toString();
    // public_url names port 8480; the window's server is this test's.
    const QString link = QStringLiteral("omnikast://127.0.0.1:%1/room/%2?invite=%3")
                             .arg(port)
                             .arg(roomId, party.value(QStringLiteral("invite")).toString());

    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine, {{QStringLiteral("partyLink"), link}});
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    auto* watch = window->property("watchParty").value<omk::ui::WatchParty*>();
    auto* account = window->property("accountSession").value<omk::ui::AccountSession*>();
    ASSERT_NE(watch, nullptr);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return watch->state() == QLatin1String("signInNeeded"); }, 8000))
        << watch->state().toStdString() << ": " << watch->message().toStdString();
    // Its box opens by itself, saying why.
    QQuickItem* popup = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            popup = findNamed(window->contentItem(), QStringLiteral("partyMessage"));
            return popup && popup->isVisible();
        },
        5000));
    EXPECT_TRUE(popup->property("text").toString().contains(QLatin1String("Finals night")));
    EXPECT_NE(room->room(), roomId) << "not in the party before its invite is redeemed";

    // Sign in from the party's box: the chat's sign-in box opens on the address.
    click(window, "partySignIn");
    QQuickItem* email = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            email = findNamed(window->contentItem(), QStringLiteral("signInEmail"));
            return email && email->hasActiveFocus();
        },
        5000));
    typeText(window, QStringLiteral("friend@example.org"));
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(smtp().waitForMails(1));
    static const QRegularExpression codeRe(QStringLiteral("\\b([A-Z2-9]{3}-[A-Z2-9]{3})\\b"));
    const QString code = codeRe.match(smtp().mails().first().text).captured(1);
    ASSERT_FALSE(code.isEmpty());
    click(window, "signInCode");
    typeText(window, code);
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return account->signedIn(); }, 5000))
        << account->message().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return watch->state() == QLatin1String("joined") && room->room() == roomId &&
                   room->state() == QLatin1String("connected") &&
                   room->userId() == account->accountId();
        },
        8000))
        << watch->state().toStdString() << ": " << watch->message().toStdString() << " / "
        << room->room().toStdString() << " " << room->statusText().toStdString();
    QQuickItem* button = findNamed(window->contentItem(), QStringLiteral("partyButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->property("text").toString(), QStringLiteral("Finals night"));
    QTest::keyClick(window, Qt::Key_Escape);  // the sign-in box
    click(window, "partyButton");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            QQuickItem* leave = findNamed(window->contentItem(), QStringLiteral("partyLeave"));
            return leave && leave->isVisible();
        },
        5000));
    omk::ui::test::saveShot(window->grabWindow(), QStringLiteral(OMNIKAST_TEST_TMP),
                            QStringLiteral(OMNIKAST_DOCS_IMAGES),
                            QStringLiteral("watch-party.png"));
    click(window, "partyLeave");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return room->room() != roomId && room->state() == QLatin1String("connected"); },
        8000));
    EXPECT_EQ(button->property("text").toString(), QStringLiteral("Watch together"));
}

}  // namespace

namespace {

class WindowProviderAccount : public WindowAccount {
protected:
    void SetUp() override {
        WindowAccount::SetUp();
        m_provider = std::make_unique<omk::test::OidcProvider>();
        ASSERT_TRUE(m_provider->problem().isEmpty()) << m_provider->problem().toStdString();
        config.oidcIssuer = m_provider->issuer();
        config.oidcClientId = QStringLiteral("omnikast");
        config.oidcName = QStringLiteral("Example ID");
        // The system browser, scripted: the provider's forms as "grace", then back to the viewer.
        omk::ui::AccountSession::setBrowserOpener([this](const QUrl& url) {
            QTimer::singleShot(0, [this, url] {
                m_browserError = m_provider->authorize(url, QStringLiteral("grace"));
            });
            return true;
        });
    }
    void TearDown() override {
        omk::ui::AccountSession::setBrowserOpener(nullptr);
        WindowAccount::TearDown();
    }
    std::unique_ptr<omk::test::OidcProvider> m_provider;
    QString m_browserError;
};

TEST_F(WindowProviderAccount, SignInWithTheEventsIdentityProviderInTheBrowser) {
    start();
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine);
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    auto* account = window->property("accountSession").value<omk::ui::AccountSession*>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return account->providerAvailable(); }, 8000));
    EXPECT_EQ(account->providerName(), QStringLiteral("Example ID"));
    click(window, "signInButton");
    QQuickItem* button = findNamed(window->contentItem(), QStringLiteral("signInProviderButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->property("text").toString(), QStringLiteral("Sign in with Example ID"));
    click(window, "signInProviderButton");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return account->signedIn() || account->messageIsError(); }, 20000))
        << account->message().toStdString();
    ASSERT_TRUE(account->signedIn())
        << account->message().toStdString() << " / browser: " << m_browserError.toStdString();
    EXPECT_EQ(account->email(), QStringLiteral("grace@example.org"));
    EXPECT_EQ(account->displayName(), QStringLiteral("Grace"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->userId() == account->accountId(); }, 8000));
    click(window, "signOutButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !account->signedIn(); }, 3000));
}

}  // namespace

namespace {

TEST_F(WindowAccount, NoSignInButtonWhereTheServerOffersNoWayIn) {
    config.smtpUrl.clear();  // as the demo's server: no mail relay, no identity provider
    start();
    QQmlApplicationEngine engine;
    QQuickWindow* window = open(engine);
    ASSERT_NE(window, nullptr);
    auto* room = window->property("roomController").value<omk::ui::RoomController*>();
    auto* account = window->property("accountSession").value<omk::ui::AccountSession*>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return room->state() == QLatin1String("connected"); }, 8000));
    QQuickItem* button = findNamed(window->contentItem(), QStringLiteral("signInButton"));
    ASSERT_NE(button, nullptr);
    // Once the server has said what it offers (nothing), the button goes.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !button->isVisible(); }, 5000));
    EXPECT_FALSE(account->emailAvailable());
    EXPECT_FALSE(account->providerAvailable());
}

}  // namespace
