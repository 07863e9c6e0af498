// Where the viewer keeps sign-ins between runs (room/CredentialStore): per server, in a file only
// its user may read, rewritten whole (never half a file).
#include "room/CredentialStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using omk::room::CredentialStore;
using omk::room::StoredCredential;

TEST(CredentialStore, PerServerOwnerOnlyAndForgotten) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    CredentialStore store(dir.filePath(QStringLiteral("nested/omnikast")));
    EXPECT_FALSE(store.load(QStringLiteral("a:1")));
    ASSERT_TRUE(
        store.save(QStringLiteral("a:1"),
                   StoredCredential{QStringLiteral("ada@example.org"), QStringLiteral("Ada"),
                                    QStringLiteral("a_1"), QStringLiteral("okr_1")}))
        << store.error().toStdString();
    ASSERT_TRUE(
        store.save(QStringLiteral("b:2"), StoredCredential{QStringLiteral("bob@example.org"),
                                                           {},
                                                           QStringLiteral("a_2"),
                                                           QStringLiteral("okr_2")}));
    const auto a = CredentialStore(dir.filePath(QStringLiteral("nested/omnikast")))
                       .load(QStringLiteral("a:1"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->email, QStringLiteral("ada@example.org"));
    EXPECT_EQ(a->refreshToken, QStringLiteral("okr_1"));
    const QFile f(store.path());
    EXPECT_EQ(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                 QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_TRUE(store.where().contains(store.path()));
    ASSERT_TRUE(store.remove(QStringLiteral("a:1")));
    EXPECT_FALSE(store.load(QStringLiteral("a:1")));
    EXPECT_TRUE(store.load(QStringLiteral("b:2")));
}

TEST(CredentialStore, AnUnwritablePlaceSaysWhy) {
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder that cannot exist (its parent is a file).
    CredentialStore store(dir.filePath(QStringLiteral("file/omnikast")));
    EXPECT_FALSE(
        store.save(QStringLiteral("a:1"), StoredCredential{{}, {}, {}, QStringLiteral("okr_1")}));
    EXPECT_TRUE(store.error().contains(QLatin1String("Cannot write")))
        << store.error().toStdString();
}
