// The AccountStore's rules on both databases it runs on: SQLite (one file) and a real PostgreSQL
// (the scale_out_services fixture): one account per address, roles per room, single-use codes
// that lock, refresh tokens that rotate and whose reuse revokes the family.
#include "ScaleOutSupport.h"
#include "support/ServerTestSupport.h"

#include "server/AccountStore.h"
#include "server/ServiceUrls.h"

using namespace omk;
using namespace omk::server;
using namespace omk::server::test;

namespace {

enum class Backend { Sqlite, Postgres };

void PrintTo(Backend b, std::ostream* os) {
    *os << (b == Backend::Sqlite ? "sqlite" : "postgres");
}

class AccountStoreContractTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override {
        ensureApp();
        ServerConfig c;
        c.jwtSecret = kSecret;
        if (GetParam() == Backend::Postgres) {
            const auto services = scaleOutServices();
            ASSERT_TRUE(services.error.isEmpty()) << services.error.toStdString();
            c.store = ServerConfig::Store::Postgres;
            c.postgres = freshPostgresDatabase(services);
            ASSERT_FALSE(c.postgres.isEmpty());
        } else {
            c.db = m_dir.filePath(QStringLiteral("rooms.db"));
        }
        auto s = openAccounts(c);
        ASSERT_TRUE(s) << s.error().message.toStdString();
        store = std::move(*s);
    }
    QTemporaryDir m_dir{tempRoot() + QStringLiteral("/accounts-XXXXXX")};
    std::unique_ptr<AccountStore> store;
};

TEST_P(AccountStoreContractTest, OneAccountPerAddressWithRolesPerRoom) {
    auto a = store->ensure(QStringLiteral("ada@example.org"), QStringLiteral("Ada"), {}, 1000);
    ASSERT_TRUE(a) << a.error().message.toStdString();
    auto again = store->ensure(QStringLiteral("ada@example.org"), {}, QStringLiteral("ja"), 2000);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->id, a->id);
    EXPECT_EQ(again->name, QStringLiteral("Ada"));
    EXPECT_EQ(again->lang, QStringLiteral("ja"));
    EXPECT_FALSE(again->registered);
    EXPECT_TRUE(*store->registerAddress(QStringLiteral("ada@example.org"), {}, 3000));
    EXPECT_FALSE(*store->registerAddress(QStringLiteral("ada@example.org"), {}, 3000));
    ASSERT_TRUE(store->setRole(a->id, QStringLiteral("stage"), protocol::Role::Moderator));
    ASSERT_TRUE(store->setRole(a->id, QStringLiteral("*"), protocol::Role::Admin));
    ASSERT_TRUE(store->setRole(a->id, QStringLiteral("stage"), protocol::Role::Admin));
    auto read = store->byId(a->id);
    ASSERT_TRUE(read && *read);
    EXPECT_TRUE((*read)->registered);
    EXPECT_EQ((*read)->roles.size(), 2);
    EXPECT_EQ((*read)->roles.value(QStringLiteral("stage")), protocol::Role::Admin);
    ASSERT_TRUE(store->setRole(a->id, QStringLiteral("*"), std::nullopt));
    EXPECT_EQ((*store->byId(a->id))->roles.size(), 1);
    EXPECT_EQ(*store->accountCount(), 1);
    EXPECT_FALSE(*store->byEmail(QStringLiteral("nobody@example.org")));
}

TEST_P(AccountStoreContractTest, CodesAreSingleUseExpireAndLock) {
    const QString e = QStringLiteral("bob@example.org");
    ASSERT_TRUE(store->putCode(e, QStringLiteral("ABCDEF"), 10000));
    EXPECT_EQ(store->checkCode(e, QStringLiteral("ZZZZZZ"), 100, 3)->result,
              CodeCheck::Result::Wrong);
    EXPECT_EQ(store->checkCode(e, QStringLiteral("ABCDEF"), 100, 3)->result,
              CodeCheck::Result::Accepted);
    EXPECT_EQ(store->checkCode(e, QStringLiteral("ABCDEF"), 100, 3)->result,
              CodeCheck::Result::Missing);
    ASSERT_TRUE(store->putCode(e, QStringLiteral("GHJKLM"), 10000));
    EXPECT_EQ(store->checkCode(e, QStringLiteral("GHJKLM"), 10000, 3)->result,
              CodeCheck::Result::Expired);
    ASSERT_TRUE(store->putCode(e, QStringLiteral("NPQRST"), 10000));
    EXPECT_EQ(store->checkCode(e, QStringLiteral("X"), 1, 2)->result, CodeCheck::Result::Wrong);
    EXPECT_EQ(store->checkCode(e, QStringLiteral("Y"), 1, 2)->result, CodeCheck::Result::Locked);
    EXPECT_EQ(store->checkCode(e, QStringLiteral("NPQRST"), 1, 2)->result,
              CodeCheck::Result::Locked);
}

TEST_P(AccountStoreContractTest, RefreshTokensRotateAndAReuseRevokesTheFamily) {
    ASSERT_TRUE(
        store->putRefresh(QStringLiteral("t1"), QStringLiteral("a_x"), QStringLiteral("f"), 5000));
    auto first = store->useRefresh(QStringLiteral("t1"), 100);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->result, RefreshUse::Result::Rotated);
    EXPECT_EQ(first->accountId, QStringLiteral("a_x"));
    ASSERT_TRUE(
        store->putRefresh(QStringLiteral("t2"), QStringLiteral("a_x"), QStringLiteral("f"), 5000));
    EXPECT_EQ(store->useRefresh(QStringLiteral("t1"), 100)->result, RefreshUse::Result::Reused);
    EXPECT_EQ(store->useRefresh(QStringLiteral("t2"), 100)->result, RefreshUse::Result::Revoked);
    EXPECT_EQ(store->useRefresh(QStringLiteral("nope"), 100)->result, RefreshUse::Result::Unknown);
    ASSERT_TRUE(
        store->putRefresh(QStringLiteral("t3"), QStringLiteral("a_x"), QStringLiteral("g"), 5000));
    EXPECT_EQ(store->useRefresh(QStringLiteral("t3"), 6000)->result, RefreshUse::Result::Expired);
    ASSERT_TRUE(
        store->putRefresh(QStringLiteral("t4"), QStringLiteral("a_x"), QStringLiteral("h"), 5000));
    ASSERT_TRUE(store->revokeFamilyOf(QStringLiteral("t4")));
    EXPECT_EQ(store->useRefresh(QStringLiteral("t4"), 100)->result, RefreshUse::Result::Revoked);
}

TEST_P(AccountStoreContractTest, AnImportIsOneTransaction) {
    auto failed = store->inTransaction([&]() -> omk::Expected<void> {
        (void)store->registerAddress(QStringLiteral("x@example.org"), {}, 1);
        return omk::fail(QStringLiteral("stop"));
    });
    EXPECT_FALSE(failed);
    EXPECT_EQ(*store->accountCount(), 0);
    ASSERT_TRUE(store->inTransaction([&]() -> omk::Expected<void> {
        for (int i = 0; i < 2000; ++i) {
            auto r = store->registerAddress(QStringLiteral("p%1@example.org").arg(i), {}, 1);
            if (!r) return r.unexpected();
        }
        return {};
    }));
    EXPECT_EQ(*store->accountCount(), 2000);
}

INSTANTIATE_TEST_SUITE_P(Stores, AccountStoreContractTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const auto& param) {
                             return std::string(param.param == Backend::Sqlite ? "Sqlite"
                                                                               : "Postgres");
                         });

}  // namespace
