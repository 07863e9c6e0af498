// Accounts and e-mail sign-in (docs/AUTH.md) against the real server on loopback and a real SMTP
// server (aiosmtpd): the mail is delivered over SMTP and read back from its maildir.
#include "support/ServerTestSupport.h"
#include "support/SmtpSink.h"

#include "protocol/ErrorCodes.h"
#include "protocol/EventType.h"
#include "server/AccountCli.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;

namespace {

struct SignIn {
    QString access;
    QString refresh;
    QJsonObject account;
};

class AccountsTest : public ServerTest {
protected:
    void SetUp() override {
        ServerTest::SetUp();
        m_smtp = std::make_unique<omk::test::SmtpSink>();  // after the application exists
        ASSERT_TRUE(smtp().problem().isEmpty()) << smtp().problem().toStdString();
        config.smtpUrl = smtp().url();
        config.publicUrl = QStringLiteral("http://127.0.0.1:8480");
        config.mailFrom = QStringLiteral("events@example.org");
        // Generous limits: the limit tests set their own.
        config.authBurst = 1000;
        config.mailBurst = 1000;
    }

    HttpResult askCode(const QString& email, const QByteArray& lang = {}) {
        return httpPostJson(port, QStringLiteral("/auth/email"), {{QStringLiteral("email"), email}},
                            lang);
    }
    // The code of the newest mail to this address, as the mail shows it ("K7Q-4MX").
    QString codeFromMail(int mailCount) {
        EXPECT_TRUE(smtp().waitForMails(mailCount)) << "no mail arrived";
        const auto mails = smtp().mails();
        if (mails.size() < mailCount) return {};
        static const QRegularExpression re(QStringLiteral("\\b([A-Z2-9]{3}-[A-Z2-9]{3})\\b"));
        const auto m = re.match(mails[mailCount - 1].text);
        EXPECT_TRUE(m.hasMatch()) << mails[mailCount - 1].text.toStdString();
        return m.captured(1);
    }
    std::optional<SignIn> exchange(const QString& email, const QString& code) {
        const auto r =
            httpPostJson(port, QStringLiteral("/auth/code"),
                         {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}});
        if (r.status != 200) return std::nullopt;
        const auto o = QJsonDocument::fromJson(r.body).object();
        return SignIn{str(o, "access_token"), str(o, "refresh_token"),
                      o.value(QStringLiteral("account")).toObject()};
    }
    SignIn signIn(const QString& email) {
        const int before = int(smtp().mails().size());
        EXPECT_EQ(askCode(email).status, 202);
        const auto s = exchange(email, codeFromMail(before + 1));
        EXPECT_TRUE(s.has_value());
        return s.value_or(SignIn{});
    }
    std::unique_ptr<WsClient> moderatorClient() {
        TokenClaims c;
        c.subject = QStringLiteral("u_mod");
        c.name = QStringLiteral("Mod");
        c.role = omk::protocol::Role::Moderator;
        c.issuedAt = QDateTime::currentSecsSinceEpoch();
        c.expiresAt = c.issuedAt + 3600;
        auto ws = std::make_unique<WsClient>(port);
        EXPECT_EQ(str(ws->helloToken(*Jwt(kSecret).sign(c)), "type"), QStringLiteral("welcome"));
        return ws;
    }

    omk::test::SmtpSink& smtp() { return *m_smtp; }
    std::unique_ptr<omk::test::SmtpSink> m_smtp;
};

TEST_F(AccountsTest, AMailedCodeSignsInAndTheTokenJoinsARoomAsTheAccount) {
    start();
    const auto asked = askCode(QStringLiteral("  Ada@Example.ORG "));
    ASSERT_EQ(asked.status, 202) << asked.body.toStdString();
    EXPECT_EQ(asked.cacheControl, QByteArray("no-store"));
    ASSERT_TRUE(smtp().waitForMails(1));
    const auto mail = smtp().mails().first();
    EXPECT_EQ(mail.to, QStringLiteral("ada@example.org"));
    EXPECT_TRUE(mail.subject.contains(QLatin1String("sign-in code"))) << mail.subject.toStdString();
    // The link carries the same code the text shows, and opens the viewer (omnikast://).
    static const QRegularExpression linkRe(QStringLiteral("(omnikast://\\S+)"));
    const QUrl link(linkRe.match(mail.text).captured(1));
    ASSERT_TRUE(link.isValid()) << mail.text.toStdString();
    EXPECT_EQ(link.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(link.port(), 8480);
    EXPECT_EQ(link.path(), QStringLiteral("/signin"));
    const QUrlQuery q(link);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded),
              QStringLiteral("ada@example.org"));
    const QString code = codeFromMail(1);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("code")), QString(code).remove(u'-'));
    EXPECT_TRUE(mail.html.contains(link.toString(QUrl::FullyEncoded).toHtmlEscaped()));

    // Typed in lower case without the dash: still the code.
    const auto s = exchange(QStringLiteral("ada@example.org"), code.toLower().remove(u'-'));
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(str(s->account, "id").startsWith(QLatin1String("a_")));
    EXPECT_EQ(str(s->account, "name"), QStringLiteral("ada"));
    EXPECT_TRUE(s->refresh.startsWith(QLatin1String("okr_")));

    WsClient ws(port);
    const auto welcome = ws.helloToken(s->access);
    ASSERT_EQ(str(welcome, "type"), QStringLiteral("welcome"));
    EXPECT_EQ(str(welcome.value(QStringLiteral("user")).toObject(), "id"), str(s->account, "id"));
    ws.join(QStringLiteral("main"));
    EXPECT_EQ(
        str(ws.chat(QStringLiteral("main"), QStringLiteral("c1"), QStringLiteral("hi")), "type"),
        QStringLiteral("ack"));

    // Single use: the same code again is refused.
    EXPECT_FALSE(exchange(QStringLiteral("ada@example.org"), code).has_value());
    // The same address signs in to the same account.
    EXPECT_EQ(str(signIn(QStringLiteral("ada@example.org")).account, "id"), str(s->account, "id"));
}

TEST_F(AccountsTest, TheMailSpeaksTheReadersLanguage) {
    start();
    ASSERT_EQ(askCode(QStringLiteral("ken@example.jp"), "ja,en;q=0.5").status, 202);
    ASSERT_EQ(httpPostJson(port, QStringLiteral("/auth/email"),
                           {{QStringLiteral("email"), QStringLiteral("ana@example.es")},
                            {QStringLiteral("lang"), QStringLiteral("es")}})
                  .status,
              202);
    ASSERT_TRUE(smtp().waitForMails(2));
    QStringList subjects;
    for (const auto& m : smtp().mails()) subjects << m.to + u' ' + m.subject;
    EXPECT_TRUE(subjects.contains(QStringLiteral("ken@example.jp Omnikast のサインインコード")))
        << subjects.join(u'|').toStdString();
    EXPECT_TRUE(
        subjects.contains(QStringLiteral("ana@example.es Tu código de acceso para Omnikast")))
        << subjects.join(u'|').toStdString();
}

TEST_F(AccountsTest, WrongTriesLockTheCodeAndAnExpiredCodeFails) {
    config.codeTries = 3;
    start();
    ASSERT_EQ(askCode(QStringLiteral("bob@example.org")).status, 202);
    const QString code = codeFromMail(1);
    for (int i = 0; i < 3; ++i) {
        const auto r = httpPostJson(port, QStringLiteral("/auth/code"),
                                    {{QStringLiteral("email"), QStringLiteral("bob@example.org")},
                                     {QStringLiteral("code"), QStringLiteral("AAAAAA")}});
        EXPECT_EQ(r.status, 401);
        EXPECT_EQ(str(QJsonDocument::fromJson(r.body).object(), "error"),
                  QStringLiteral("code_invalid"));
    }
    // Locked: even the right code is refused now, with the same answer.
    EXPECT_FALSE(exchange(QStringLiteral("bob@example.org"), code).has_value());

    server.reset();
    config.codeTtlS = 1;
    start();
    ASSERT_EQ(askCode(QStringLiteral("bob@example.org")).status, 202);
    const QString late = codeFromMail(2);
    QTest::qWait(1200);
    EXPECT_FALSE(exchange(QStringLiteral("bob@example.org"), late).has_value());
}

TEST_F(AccountsTest, RefreshRotatesAReusedTokenEndsTheFamilyAndSignOutRevokes) {
    start();
    const SignIn first = signIn(QStringLiteral("cy@example.org"));
    auto refresh = [&](const QString& token) {
        return httpPostJson(port, QStringLiteral("/auth/refresh"),
                            {{QStringLiteral("refresh_token"), token}});
    };
    const auto r1 = refresh(first.refresh);
    ASSERT_EQ(r1.status, 200) << r1.body.toStdString();
    const QString second = str(QJsonDocument::fromJson(r1.body).object(), "refresh_token");
    EXPECT_NE(second, first.refresh);
    // The stolen first token comes back: refused, and the thief's use ends the rightful one too.
    const auto reused = refresh(first.refresh);
    EXPECT_EQ(reused.status, 401);
    EXPECT_EQ(str(QJsonDocument::fromJson(reused.body).object(), "error"),
              QStringLiteral("refresh_reused"));
    EXPECT_EQ(refresh(second).status, 401);

    // Sign out: 204, then the token is dead.
    const SignIn again = signIn(QStringLiteral("cy@example.org"));
    EXPECT_EQ(httpPostJson(port, QStringLiteral("/auth/logout"),
                           {{QStringLiteral("refresh_token"), again.refresh}})
                  .status,
              204);
    const auto after = refresh(again.refresh);
    EXPECT_EQ(after.status, 401);
    EXPECT_EQ(str(QJsonDocument::fromJson(after.body).object(), "error"),
              QStringLiteral("refresh_invalid"));
    // Signing out an unknown token says the same (nothing to learn from it).
    EXPECT_EQ(httpPostJson(port, QStringLiteral("/auth/logout"),
                           {{QStringLiteral("refresh_token"), QStringLiteral("okr_nope")}})
                  .status,
              204);
}

TEST_F(AccountsTest, ARegisteredOnlyEventAdmitsItsListAndNobodyElse) {
    config.registration = ServerConfig::Registration::Registered;
    const QString csv = m_dir.filePath(QStringLiteral("reg.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("email,name\nreg@example.org,Reg Istered\n");
    }
    ASSERT_EQ(runRegistrationsImport(csv, config), 0);
    start();
    // The unregistered address gets the same 202, and no mail.
    EXPECT_EQ(askCode(QStringLiteral("stranger@example.org")).status, 202);
    EXPECT_EQ(askCode(QStringLiteral("reg@example.org")).status, 202);
    ASSERT_TRUE(smtp().waitForMails(1));
    QTest::qWait(300);
    const auto mails = smtp().mails();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().to, QStringLiteral("reg@example.org"));
    // Whatever code the stranger guesses gets the same answer as a wrong one.
    const auto guess =
        httpPostJson(port, QStringLiteral("/auth/code"),
                     {{QStringLiteral("email"), QStringLiteral("stranger@example.org")},
                      {QStringLiteral("code"), QStringLiteral("ABC-DEF")}});
    EXPECT_EQ(guess.status, 401);
    EXPECT_EQ(str(QJsonDocument::fromJson(guess.body).object(), "error"),
              QStringLiteral("code_invalid"));

    const auto s = exchange(QStringLiteral("reg@example.org"), codeFromMail(1));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(str(s->account, "name"), QStringLiteral("Reg Istered"));
    WsClient ws(port);
    EXPECT_EQ(str(ws.helloToken(s->access), "type"), QStringLiteral("welcome"));

    // A guest is refused with a documented code and close 4001.
    WsClient guest(port);
    omk::protocol::Hello h;
    h.name = QStringLiteral("Guest");
    guest.send(omk::protocol::encode(h));
    const auto refused = guest.nextOfType(QStringLiteral("error"));
    EXPECT_EQ(str(refused, "code"), QLatin1String(omk::protocol::error::kRegistrationRequired));
    EXPECT_TRUE(guest.waitClosed());
    EXPECT_EQ(guest.socket().closeCode(), 4001);
}

TEST_F(AccountsTest, ABanSticksToTheAccountAcrossSignIns) {
    start();
    const SignIn s = signIn(QStringLiteral("troll@example.org"));
    const QString id = str(s.account, "id");
    {
        WsClient t(port);
        ASSERT_EQ(str(t.helloToken(s.access), "type"), QStringLiteral("welcome"));
        t.join(QStringLiteral("main"));
        auto m = moderatorClient();
        m->join(QStringLiteral("main"));
        ASSERT_EQ(str(m->sendEvent(QStringLiteral("main"), QStringLiteral("b1"), EventType::ModBan,
                                   {{QStringLiteral("user"), id}}),
                      "type"),
                  QStringLiteral("ack"));
    }
    // Signs out, signs in again: a new code, new tokens, the same account, still banned.
    EXPECT_EQ(httpPostJson(port, QStringLiteral("/auth/logout"),
                           {{QStringLiteral("refresh_token"), s.refresh}})
                  .status,
              204);
    const SignIn back = signIn(QStringLiteral("troll@example.org"));
    EXPECT_NE(back.refresh, s.refresh);
    EXPECT_EQ(str(back.account, "id"), id);
    WsClient t(port);
    ASSERT_EQ(str(t.helloToken(back.access), "type"), QStringLiteral("welcome"));
    t.join(QStringLiteral("main"));
    EXPECT_EQ(
        str(t.chat(QStringLiteral("main"), QStringLiteral("x"), QStringLiteral("hi")), "code"),
        QLatin1String(omk::protocol::error::kBanned));
}

TEST_F(AccountsTest, ADisabledAccountCannotSayHelloRefreshOrSignIn) {
    start();
    const SignIn s = signIn(QStringLiteral("gone@example.org"));
    ASSERT_EQ(runAccountDisable(true, QStringLiteral("gone@example.org"), config), 0);
    WsClient ws(port);
    EXPECT_EQ(str(ws.helloToken(s.access), "code"),
              QLatin1String(omk::protocol::error::kAccountDisabled));
    const auto r = httpPostJson(port, QStringLiteral("/auth/refresh"),
                                {{QStringLiteral("refresh_token"), s.refresh}});
    EXPECT_EQ(r.status, 403);
    // No mail for a disabled address, and the same 202 as for anyone.
    const int before = int(smtp().mails().size());
    EXPECT_EQ(askCode(QStringLiteral("gone@example.org")).status, 202);
    QTest::qWait(300);
    EXPECT_EQ(smtp().mails().size(), before);
    // Enabled again: back in.
    ASSERT_EQ(runAccountDisable(false, QStringLiteral("gone@example.org"), config), 0);
    EXPECT_EQ(str(signIn(QStringLiteral("gone@example.org")).account, "id"), str(s.account, "id"));
}

TEST_F(AccountsTest, ARoleGrantedByEmailHoldsInItsRoomOnly) {
    start();
    ASSERT_EQ(runRoles(true, QStringLiteral("Mo@Example.org"), omk::protocol::Role::Moderator,
                       QStringLiteral("stage"), config),
              0);
    const SignIn s = signIn(QStringLiteral("mo@example.org"));
    EXPECT_EQ(str(s.account.value(QStringLiteral("roles")).toObject(), "stage"),
              QStringLiteral("moderator"));
    WsClient ws(port);
    ASSERT_EQ(str(ws.helloToken(s.access), "type"), QStringLiteral("welcome"));
    const auto stage = ws.join(QStringLiteral("stage"));
    const auto other = ws.join(QStringLiteral("hall"));
    // A moderator may set slow mode where the role holds, not elsewhere.
    EXPECT_EQ(str(ws.sendEvent(QStringLiteral("stage"), QStringLiteral("s1"),
                               EventType::ModSlowMode, {{QStringLiteral("interval_ms"), 1000}}),
                  "type"),
              QStringLiteral("ack"));
    EXPECT_EQ(str(ws.sendEvent(QStringLiteral("hall"), QStringLiteral("s2"), EventType::ModSlowMode,
                               {{QStringLiteral("interval_ms"), 1000}}),
                  "code"),
              QLatin1String(omk::protocol::error::kForbidden));
    (void)stage;
    (void)other;
    // Revoked: at the next connection the role is gone, whatever token the client holds.
    ASSERT_EQ(runRoles(false, QStringLiteral("mo@example.org"), omk::protocol::Role::Moderator,
                       QStringLiteral("stage"), config),
              0);
    WsClient later(port);
    ASSERT_EQ(str(later.helloToken(s.access), "type"), QStringLiteral("welcome"));
    later.join(QStringLiteral("stage"));
    EXPECT_EQ(str(later.sendEvent(QStringLiteral("stage"), QStringLiteral("s3"),
                                  EventType::ModSlowMode, {{QStringLiteral("interval_ms"), 0}}),
                  "code"),
              QLatin1String(omk::protocol::error::kForbidden));
}

TEST_F(AccountsTest, WithTheMailServerDownEveryAddressGetsTheSame503) {
    config.registration = ServerConfig::Registration::Registered;
    const QString csv = m_dir.filePath(QStringLiteral("reg.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("email\nreg@example.org\n");
    }
    ASSERT_EQ(runRegistrationsImport(csv, config), 0);
    config.smtpTimeoutMs = 2000;
    start();
    smtp().stop();
    const auto registered = askCode(QStringLiteral("reg@example.org"));
    const auto stranger = askCode(QStringLiteral("stranger@example.org"));
    EXPECT_EQ(registered.status, 503);
    EXPECT_EQ(stranger.status, 503);
    EXPECT_EQ(registered.body, stranger.body);
    EXPECT_EQ(str(QJsonDocument::fromJson(registered.body).object(), "error"),
              QStringLiteral("mail_unavailable"));
}

TEST_F(AccountsTest, BadBodiesAndFloodsGetClearAnswers) {
    config.mailBurst = 2;
    config.mailPerSecond = 0.001;
    start();
    auto error = [](const HttpResult& r) {
        return str(QJsonDocument::fromJson(r.body).object(), "error");
    };
    EXPECT_EQ(httpPost(port, QStringLiteral("/auth/email"), "not json").status, 400);
    EXPECT_EQ(httpPost(port, QStringLiteral("/auth/email"), "[1,2]").status, 400);
    EXPECT_EQ(httpPost(port, QStringLiteral("/auth/email"), "{}").status, 400);
    EXPECT_EQ(httpPost(port, QStringLiteral("/auth/email"), "{\"email\":42}").status, 400);
    const auto injected = askCode(QStringLiteral("a@example.org\r\nBcc: all@example.org"));
    EXPECT_EQ(injected.status, 400);
    EXPECT_EQ(error(injected), QStringLiteral("bad_email"));
    EXPECT_EQ(askCode(QStringLiteral("no-at-sign")).status, 400);
    const auto big = httpPost(port, QStringLiteral("/auth/code"), QByteArray(9000, 'x'));
    EXPECT_EQ(big.status, 413);
    EXPECT_EQ(httpGet(port, QStringLiteral("/auth/email")).status, 405);
    EXPECT_EQ(httpPost(port, QStringLiteral("/auth/refresh"), "{\"refresh_token\":\"\"}").status,
              400);

    // Two mails per address, then 429 with Retry-After; another address is not held back.
    EXPECT_EQ(askCode(QStringLiteral("flood@example.org")).status, 202);
    EXPECT_EQ(askCode(QStringLiteral("flood@example.org")).status, 202);
    const auto third = askCode(QStringLiteral("flood@example.org"));
    EXPECT_EQ(third.status, 429);
    EXPECT_EQ(error(third), QStringLiteral("rate_limited"));
    EXPECT_GT(third.retryAfter.toInt(), 0);
    EXPECT_EQ(askCode(QStringLiteral("other@example.org")).status, 202);
    // The server still serves everyone.
    EXPECT_EQ(httpGet(port, QStringLiteral("/health")).status, 200);
}

}  // namespace
