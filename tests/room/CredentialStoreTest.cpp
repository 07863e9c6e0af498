// Where the viewer keeps sign-ins between runs. The file (room/CredentialFile): per server, only
// its user may read it, rewritten whole (never half a file). The store (room/CredentialStore) in
// front of it, here without a keyring (OMNIKAST_KEYRING=off; KeyringTest.cpp runs the store
// against a real GNOME Keyring): answers come back in order, and a renewal that ends after a
// sign-out does not bring the sign-in back.
#include "room/CredentialStore.h"

#include "support/CredentialWait.h"

#include "support/ServerTestSupport.h"

#include <QFile>
#include <QSignalSpy>
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

StoredCredential ada(const QString& token) {
    return {QStringLiteral("ada@example.org"), QStringLiteral("Ada"), QStringLiteral("a_1"), token};
}

}  // namespace

TEST(CredentialFile, PerServerOwnerOnlyAndForgotten) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    CredentialFile file(dir.filePath(QStringLiteral("nested/omnikast")));
    EXPECT_FALSE(file.load(QStringLiteral("a:1")));
    ASSERT_TRUE(file.remove(QStringLiteral("a:1")));
    EXPECT_FALSE(QFile::exists(file.path())) << "forgetting nothing makes no file";
    ASSERT_TRUE(file.save(QStringLiteral("a:1"), ada(QStringLiteral("okr_1"))))
        << file.error().toStdString();
    ASSERT_TRUE(file.save(QStringLiteral("b:2"), StoredCredential{QStringLiteral("bob@example.org"),
                                                                  {},
                                                                  QStringLiteral("a_2"),
                                                                  QStringLiteral("okr_2")}));
    const auto a =
        CredentialFile(dir.filePath(QStringLiteral("nested/omnikast"))).load(QStringLiteral("a:1"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->email, QStringLiteral("ada@example.org"));
    EXPECT_EQ(a->refreshToken, QStringLiteral("okr_1"));
    const QFile f(file.path());
    EXPECT_EQ(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                 QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    ASSERT_TRUE(file.remove(QStringLiteral("a:1")));
    EXPECT_FALSE(file.load(QStringLiteral("a:1")));
    EXPECT_TRUE(file.load(QStringLiteral("b:2")));
}

TEST(CredentialFile, AnUnwritablePlaceSaysWhy) {
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder that cannot exist (its parent is a file).
    CredentialFile file(dir.filePath(QStringLiteral("file/omnikast")));
    EXPECT_FALSE(
        file.save(QStringLiteral("a:1"), StoredCredential{{}, {}, {}, QStringLiteral("okr_1")}));
    EXPECT_TRUE(file.error().contains(QLatin1String("Cannot write"))) << file.error().toStdString();
}

TEST(CredentialStore, WithoutAKeyringTheFileKeepsItAndSaysWhy) {
    omk::server::test::ensureApp();
    qputenv("OMNIKAST_KEYRING", "off");
    QTemporaryDir dir;
    CredentialStore store(dir.path());
    QSignalSpy keeping(&store, &CredentialStore::keepingChanged);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return store.keeping() != CredentialStore::Keeping::Unknown; }, 5000));
    EXPECT_EQ(store.keeping(), CredentialStore::Keeping::File);
    EXPECT_TRUE(store.keyringWhyNot().contains(QLatin1String("OMNIKAST_KEYRING=off")))
        << store.keyringWhyNot().toStdString();
    EXPECT_EQ(keeping.count(), 1);

    auto saveError = std::make_shared<std::optional<QString>>();
    store.save(QStringLiteral("a:1"), ada(QStringLiteral("okr_1")),
               [saveError](const QString& e) { *saveError = e; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return saveError->has_value(); }, 10000));
    EXPECT_TRUE((*saveError)->isEmpty()) << (*saveError)->toStdString();
    const auto kept = CredentialFile(dir.path()).load(QStringLiteral("a:1"));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->refreshToken, QStringLiteral("okr_1"));

    // Asked in this order: save, remove, then a late renewal's replace: nothing comes back.
    store.save(QStringLiteral("a:1"), ada(QStringLiteral("okr_2")));
    store.remove(QStringLiteral("a:1"));
    store.replace(QStringLiteral("a:1"), ada(QStringLiteral("okr_3")));
    EXPECT_FALSE(loadNow(store, QStringLiteral("a:1")));
    // While kept, a replace does replace.
    store.save(QStringLiteral("b:2"), ada(QStringLiteral("okr_4")));
    store.replace(QStringLiteral("b:2"), ada(QStringLiteral("okr_5")));
    const auto b = loadNow(store, QStringLiteral("b:2"));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->refreshToken, QStringLiteral("okr_5"));
    qunsetenv("OMNIKAST_KEYRING");
}

TEST(CredentialStore, DestroyingTheStoreFinishesWhatWasAsked) {
    omk::server::test::ensureApp();
    qputenv("OMNIKAST_KEYRING", "off");
    QTemporaryDir dir;
    {
        CredentialStore store(dir.path());
        for (int i = 0; i < 50; ++i)
            store.save(QStringLiteral("s:%1").arg(i), ada(QStringLiteral("okr_%1").arg(i)));
    }
    const CredentialFile file(dir.path());
    for (int i = 0; i < 50; ++i) EXPECT_TRUE(file.load(QStringLiteral("s:%1").arg(i))) << i;
    qunsetenv("OMNIKAST_KEYRING");
}
