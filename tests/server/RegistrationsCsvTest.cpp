// The registrations reader (server/RegistrationsCsv) on the minimal form, a Pretix order-positions
// export and a Tito tickets export (both shaped as those systems write them; the people are made
// up), and on what a spreadsheet can do to a CSV file. Also the e-mail rule and the sign-in mail.
#include "server/AuthService.h"
#include "server/EmailAddress.h"
#include "server/Mailer.h"
#include "server/RegistrationsCsv.h"
#include "server/SignInMail.h"
#include "support/SmtpSink.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace omk::server;

namespace {

QByteArray readData(const char* name) {
    QFile f(QStringLiteral(OMNIKAST_SERVER_TEST_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

RegistrationsFile readOk(const QByteArray& bytes) {
    auto r = readRegistrationsCsv(bytes, QStringLiteral("t.csv"));
    EXPECT_TRUE(r) << (r ? "" : r.error().message.toStdString());
    return r ? *r : RegistrationsFile{};
}

QString failure(const QByteArray& bytes) {
    auto r = readRegistrationsCsv(bytes, QStringLiteral("t.csv"));
    EXPECT_FALSE(r);
    return r ? QString() : r.error().message;
}

TEST(RegistrationsCsv, TheMinimalFormWithQuotesRolesAndDuplicates) {
    const auto f = readOk(
        "Email,Name,Role\r\n"
        "ada@example.org,\"Lovelace, Ada\",moderator\r\n"
        "\r\n"
        "\"bob@example.org\",\"Bob \"\"the\"\" Builder\",\r\n"
        "ADA@example.org,Ada L.,\r\n"
        "carol@example.org,\"Carol\nTwo Lines\",admin\r\n"
        "dave@example.org,Dave,superuser\r\n");
    EXPECT_EQ(f.format, QStringLiteral("minimal"));
    ASSERT_EQ(f.rows.size(), 3);
    EXPECT_EQ(f.rows[0].email, QStringLiteral("ada@example.org"));
    EXPECT_EQ(f.rows[0].name, QStringLiteral("Ada L."));  // the last row wins
    EXPECT_EQ(f.rows[0].role, QString());
    EXPECT_EQ(f.rows[1].name, QStringLiteral("Bob \"the\" Builder"));
    EXPECT_EQ(f.rows[2].role, QStringLiteral("admin"));
    EXPECT_EQ(f.rows[2].name, QStringLiteral("Carol\nTwo Lines"));
    EXPECT_EQ(f.duplicates, 1);
    EXPECT_EQ(f.skipped, 1);
    ASSERT_EQ(f.warnings.size(), 1);
    EXPECT_TRUE(f.warnings[0].startsWith(QLatin1String("line 8: skipped, unknown role")))
        << f.warnings[0].toStdString();
}

TEST(RegistrationsCsv, APretixExportUsesAttendeeAddressesAndSkipsCancelledOrders) {
    const auto f = readOk(readData("pretix-order-positions.csv"));
    EXPECT_EQ(f.format, QStringLiteral("pretix"));
    ASSERT_EQ(f.rows.size(), 3);
    EXPECT_EQ(f.rows[0].email, QStringLiteral("ana.garcia@example.es"));
    EXPECT_EQ(f.rows[0].name, QStringLiteral("Ana García"));
    // No attendee address: the order's.
    EXPECT_EQ(f.rows[1].email, QStringLiteral("buyer@example.org"));
    EXPECT_EQ(f.rows[1].name, QStringLiteral("Müller, Jörg"));
    // Name from its parts, the address lower-cased.
    EXPECT_EQ(f.rows[2].email, QStringLiteral("kenji@example.jp"));
    EXPECT_EQ(f.rows[2].name, QStringLiteral("健二 佐藤"));
    EXPECT_EQ(f.skipped, 1);
    EXPECT_TRUE(f.warnings.value(0).contains(QLatin1String("canceled")));
}

TEST(RegistrationsCsv, ATitoExportUsesTicketAddressesAndSkipsVoidTickets) {
    const auto f = readOk(readData("tito-tickets.csv"));
    EXPECT_EQ(f.format, QStringLiteral("tito"));
    ASSERT_EQ(f.rows.size(), 2);
    EXPECT_EQ(f.rows[0].email, QStringLiteral("grace@example.com"));
    EXPECT_EQ(f.rows[0].name, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(f.rows[1].email, QStringLiteral("alan@example.com"));
    EXPECT_EQ(f.rows[1].name, QStringLiteral("Alan Turing"));
    EXPECT_EQ(f.skipped, 1);
}

TEST(RegistrationsCsv, SpreadsheetEncodingsAndSeparators) {
    // Excel's "CSV UTF-8" (a BOM, semicolons in a German locale).
    auto f = readOk(
        "\xEF\xBB\xBF"
        "E-Mail;Name\nzoe@example.de;Zoë\n");
    ASSERT_EQ(f.rows.size(), 1);
    EXPECT_EQ(f.rows[0].name, QStringLiteral("Zoë"));
    // "Unicode text": UTF-16 LE with a BOM, tab-separated.
    QStringEncoder enc(QStringEncoder::Utf16LE);
    QByteArray utf16 = "\xFF\xFE";
    utf16 += QByteArray(enc.encode(QStringLiteral("email\tname\r\nyu@example.jp\t結衣\r\n")));
    f = readOk(utf16);
    ASSERT_EQ(f.rows.size(), 1);
    EXPECT_EQ(f.rows[0].name, QStringLiteral("結衣"));
    // Latin-1 from an old export: the line is named, nothing is guessed.
    const QString latin1 = failure("email,name\nok@example.org,ok\nrene@example.fr,Ren\xE9\n");
    EXPECT_TRUE(latin1.contains(QLatin1String("line 3 is not UTF-8"))) << latin1.toStdString();
}

TEST(RegistrationsCsv, BadFilesGetOneLineReasons) {
    EXPECT_TRUE(failure("").contains(QLatin1String("empty")));
    const QString noEmail = failure("name,company\nAda,Engines\n");
    EXPECT_TRUE(noEmail.contains(QLatin1String("no e-mail column"))) << noEmail.toStdString();
    EXPECT_TRUE(noEmail.contains(QLatin1String("name,company")));
    EXPECT_TRUE(failure("email\n\"open@example.org\n").contains(QLatin1String("never closed")));
    EXPECT_TRUE(
        failure("email\n" + QByteArray(5000, 'a') + "\n").contains(QLatin1String("longer than")));
    EXPECT_TRUE(failure(QByteArray("email\n\0\n", 8)).contains(QLatin1String("NUL")));
    for (const QString& m : {failure(""), noEmail}) EXPECT_FALSE(m.contains(u'\n'));
}

TEST(RegistrationsCsv, AHundredThousandRows) {
    QByteArray big = "email,name\n";
    for (int i = 0; i < 100000; ++i)
        big += "person" + QByteArray::number(i) + "@example.org,Person " + QByteArray::number(i) +
               "\n";
    const auto f = readOk(big);
    EXPECT_EQ(f.rows.size(), 100000);
    EXPECT_EQ(f.rows.last().email, QStringLiteral("person99999@example.org"));
}

TEST(EmailAddress, NormalisesAndRefusesWhatCouldBreakAHeader) {
    EXPECT_EQ(*normaliseEmail(QStringLiteral("  Ada@Example.ORG ")),
              QStringLiteral("ada@example.org"));
    for (const char* bad : {"", "ada", "@example.org", "ada@", "ada@localhost", "a@b@c.org",
                            "ada@example..org", "ada@example.org\r\nBcc: x@y.z", "a da@example.org",
                            "<ada@example.org>", "ada@example.org,bob@example.org"})
        EXPECT_FALSE(normaliseEmail(QString::fromLatin1(bad))) << bad;
}

TEST(SignInCode, CodesAreSixUnambiguousCharactersTypedAnyWay) {
    for (int i = 0; i < 200; ++i) {
        const QString c = AuthService::makeCode();
        ASSERT_EQ(c.size(), 6);
        for (const QChar ch : c)
            EXPECT_FALSE(QStringLiteral("01OI").contains(ch)) << c.toStdString();
    }
    EXPECT_EQ(AuthService::normaliseCode(QStringLiteral(" k7q-4mx ")), QStringLiteral("K7Q4MX"));
}

TEST(SignInMail, HeadersCannotBeInjectedAndTheBodyRoundTrips) {
    MailMessage m;
    m.to = QStringLiteral("ada@example.org");
    m.subject = QStringLiteral("Hi\r\nBcc: everyone@example.org");
    m.text = QStringLiteral("código ✓");
    m.html = QStringLiteral("<p>código</p>");
    const QByteArray mime =
        composeMime(m, QStringLiteral("events@example.org"), QStringLiteral("id@example.org"), 0);
    EXPECT_FALSE(mime.contains("\r\nBcc:"));
    const auto back = omk::test::SmtpSink::parse(mime);
    EXPECT_EQ(back.text, m.text);
    EXPECT_EQ(back.html, m.html);
    EXPECT_EQ(back.to, m.to);
}

TEST(SignInMail, LanguageFromChoiceThenAcceptLanguage) {
    EXPECT_EQ(mailLanguage(QStringLiteral("ja"), QString()), QStringLiteral("ja"));
    EXPECT_EQ(mailLanguage(QString(), QStringLiteral("fr-FR, es;q=0.8")), QStringLiteral("es"));
    EXPECT_EQ(mailLanguage(QStringLiteral("de"), QStringLiteral("de")), QStringLiteral("en"));
    SignInMailFacts f;
    f.lang = QStringLiteral("es");
    f.code = QStringLiteral("ABC-DEF");
    f.link = QStringLiteral("omnikast://h:1/signin?email=a%40b.c&code=ABCDEF&x=<y>");
    const auto mail = signInMail(f);
    EXPECT_TRUE(mail.text.contains(f.code));
    EXPECT_TRUE(mail.html.contains(QStringLiteral("&lt;y&gt;")));
    EXPECT_FALSE(mail.html.contains(QStringLiteral("<y>")));
}

}  // namespace
