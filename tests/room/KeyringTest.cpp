// Kept sign-ins in a real system keyring: GNOME Keyring on a D-Bus session of the test's own
// (tests/support/with-keyring.sh runs this binary; run alone, it skips). What the keyring holds
// is read back over D-Bus with Qt's own client (org.freedesktop.Secret.Service.SearchItems),
// not through libsecret, so the store cannot agree with itself by mistake.
#include "room/CredentialStore.h"

#include "support/CredentialWait.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using omk::room::CredentialFile;
using omk::room::CredentialStore;
using omk::room::StoredCredential;
using omk::room::test::loadNow;
using omk::room::test::saveNow;

namespace {

void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "keyring_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

bool keyringHere() {
    return qEnvironmentVariable("OMNIKAST_TEST_KEYRING") == QLatin1String("1");
}

StoredCredential ada(const QString& token) {
    return {QStringLiteral("ada@example.org"), QStringLiteral("Ada"), QStringLiteral("a_1"), token};
}

QDBusInterface secrets(const QString& path, const QString& iface) {
    return QDBusInterface(QStringLiteral("org.freedesktop.secrets"), path, iface,
                          QDBusConnection::sessionBus());
}

// The keyring's items for a server: unlocked ones, then locked ones.
std::pair<int, int> itemsFor(const QString& server) {
    QDBusInterface service = secrets(QStringLiteral("/org/freedesktop/secrets"),
                                     QStringLiteral("org.freedesktop.Secret.Service"));
    QMap<QString, QString> attributes{
        {QStringLiteral("server"), server},
        {QStringLiteral("xdg:schema"), QStringLiteral("org.omnikast.Credential")}};
    const QDBusMessage reply =
        service.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        ADD_FAILURE() << "SearchItems: " << reply.errorMessage().toStdString();
        return {-1, -1};
    }
    const auto count = [](const QVariant& v) {
        return int(qdbus_cast<QList<QDBusObjectPath>>(v).size());
    };
    return {count(reply.arguments().at(0)), count(reply.arguments().at(1))};
}

// The login keyring locked, as a screen lock or a timeout leaves it.
void lockKeyring() {
    QDBusInterface service = secrets(QStringLiteral("/org/freedesktop/secrets"),
                                     QStringLiteral("org.freedesktop.Secret.Service"));
    const QList<QDBusObjectPath> all{
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))};
    const QDBusMessage locked = service.call(QStringLiteral("Lock"), QVariant::fromValue(all));
    EXPECT_EQ(locked.type(), QDBusMessage::ReplyMessage) << locked.errorMessage().toStdString();
}

}  // namespace

// A Secret Service secret (oayays), for unlocking with the password as the person would type it.
struct DBusSecret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(DBusSecret)
QDBusArgument& operator<<(QDBusArgument& a, const DBusSecret& s) {
    a.beginStructure();
    a << s.session << s.parameters << s.value << s.contentType;
    a.endStructure();
    return a;
}
const QDBusArgument& operator>>(const QDBusArgument& a, DBusSecret& s) {
    a.beginStructure();
    a >> s.session >> s.parameters >> s.value >> s.contentType;
    a.endStructure();
    return a;
}

namespace {

// Unlocks the login keyring with its password (with-keyring.sh's "test"), through GNOME
// Keyring's own unlock call: no prompt can be shown here.
void unlockKeyring() {
    qDBusRegisterMetaType<DBusSecret>();
    QDBusInterface service = secrets(QStringLiteral("/org/freedesktop/secrets"),
                                     QStringLiteral("org.freedesktop.Secret.Service"));
    const QDBusMessage opened = service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                                             QVariant::fromValue(QDBusVariant(QString())));
    ASSERT_EQ(opened.type(), QDBusMessage::ReplyMessage) << opened.errorMessage().toStdString();
    const auto session = qdbus_cast<QDBusObjectPath>(opened.arguments().at(1));
    QDBusInterface internal =
        secrets(QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"));
    const DBusSecret password{session, {}, QByteArrayLiteral("test"), QStringLiteral("text/plain")};
    const QDBusMessage unlocked = internal.call(QStringLiteral("UnlockWithMasterPassword"),
                                                QVariant::fromValue(QDBusObjectPath(QStringLiteral(
                                                    "/org/freedesktop/secrets/collection/login"))),
                                                QVariant::fromValue(password));
    ASSERT_EQ(unlocked.type(), QDBusMessage::ReplyMessage) << unlocked.errorMessage().toStdString();
}

}  // namespace

TEST(Keyring, SignInsGoToTheKeyringAndOldFileOnesMoveThere) {
    if (!keyringHere()) GTEST_SKIP() << "run by tests/support/with-keyring.sh";
    ensureApp();
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QTemporaryDir dir;
    // Kept in the file by an earlier version, before there was a keyring.
    ASSERT_TRUE(
        CredentialFile(dir.path()).save(QStringLiteral("old:1"), ada(QStringLiteral("okr_old"))));

    CredentialStore store(dir.path());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return store.keeping() != CredentialStore::Keeping::Unknown; }, 10000));
    ASSERT_EQ(store.keeping(), CredentialStore::Keeping::Keyring)
        << store.keyringWhyNot().toStdString();

    EXPECT_EQ(saveNow(store, QStringLiteral("a:1"), ada(QStringLiteral("okr_1"))), QString());
    EXPECT_EQ(itemsFor(QStringLiteral("a:1")), std::make_pair(1, 0));
    EXPECT_FALSE(CredentialFile(dir.path()).load(QStringLiteral("a:1"))) << "not in the file";
    // Saved again (a rotation): still one item, the new token.
    EXPECT_EQ(saveNow(store, QStringLiteral("a:1"), ada(QStringLiteral("okr_2"))), QString());
    EXPECT_EQ(itemsFor(QStringLiteral("a:1")), std::make_pair(1, 0));
    {
        CredentialStore again(dir.path());  // the next run
        const auto a = loadNow(again, QStringLiteral("a:1"));
        ASSERT_TRUE(a);
        EXPECT_EQ(a->refreshToken, QStringLiteral("okr_2"));
        EXPECT_EQ(a->email, QStringLiteral("ada@example.org"));
    }

    // The file's sign-in moves into the keyring on its first load.
    const auto old = loadNow(store, QStringLiteral("old:1"));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->refreshToken, QStringLiteral("okr_old"));
    EXPECT_EQ(itemsFor(QStringLiteral("old:1")), std::make_pair(1, 0));
    EXPECT_FALSE(CredentialFile(dir.path()).load(QStringLiteral("old:1")));

    store.remove(QStringLiteral("a:1"));
    EXPECT_FALSE(loadNow(store, QStringLiteral("a:1")));
    EXPECT_EQ(itemsFor(QStringLiteral("a:1")), std::make_pair(0, 0));
    EXPECT_EQ(itemsFor(QStringLiteral("old:1")), std::make_pair(1, 0)) << "only that server's";
}

// A keyring that locks while signed in: the renewal's newest token goes to the file and is the
// one read back (the keyring's older one is spent), and moves into the keyring once it opens; a
// sign-out while it is locked is kept in the file, so its copy in the keyring never signs in.
TEST(Keyring, ALockedKeyringNeverBringsBackASpentOrSignedOutSignIn) {
    if (!keyringHere()) GTEST_SKIP() << "run by tests/support/with-keyring.sh";
    ensureApp();
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QTemporaryDir dir;
    {
        CredentialStore store(dir.path());
        ASSERT_EQ(saveNow(store, QStringLiteral("b:2"), ada(QStringLiteral("okr_b1"))), QString());
        ASSERT_EQ(store.keeping(), CredentialStore::Keeping::Keyring);
        lockKeyring();
        // Unlocking needs the person; with no display the keyring cannot ask: the file keeps it.
        EXPECT_EQ(saveNow(store, QStringLiteral("b:2"), ada(QStringLiteral("okr_b2"))), QString());
        EXPECT_EQ(store.keeping(), CredentialStore::Keeping::File);
        EXPECT_FALSE(store.keyringWhyNot().isEmpty());
        const auto inFile = CredentialFile(dir.path()).load(QStringLiteral("b:2"));
        ASSERT_TRUE(inFile);
        EXPECT_EQ(inFile->refreshToken, QStringLiteral("okr_b2"));
    }
    unlockKeyring();
    {
        CredentialStore next(dir.path());  // the next run, the keyring open again
        const auto back = loadNow(next, QStringLiteral("b:2"));
        ASSERT_TRUE(back);
        EXPECT_EQ(back->refreshToken, QStringLiteral("okr_b2")) << "the newest, not the spent one";
        EXPECT_FALSE(CredentialFile(dir.path()).load(QStringLiteral("b:2"))) << "moved";
        EXPECT_EQ(itemsFor(QStringLiteral("b:2")), std::make_pair(1, 0));
        // Locked again, then signed out: the file remembers the sign-out.
        lockKeyring();
        next.remove(QStringLiteral("b:2"));
        EXPECT_FALSE(loadNow(next, QStringLiteral("b:2")));
        EXPECT_TRUE(CredentialFile(dir.path()).signedOut(QStringLiteral("b:2")));
    }
    unlockKeyring();
    {
        CredentialStore after(dir.path());
        EXPECT_FALSE(loadNow(after, QStringLiteral("b:2"))) << "signed out stays signed out";
        EXPECT_EQ(itemsFor(QStringLiteral("b:2")), std::make_pair(0, 0))
            << "and the keyring forgot";
        EXPECT_FALSE(CredentialFile(dir.path()).signedOut(QStringLiteral("b:2")));
    }
}
