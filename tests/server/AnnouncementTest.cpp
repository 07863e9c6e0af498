// Announcements (docs/ADMIN.md "Announcements"): an organizer's text reaches every signed-in
// viewer at once, for everyone or for one channel's viewers (the channel travels with it), each
// is in the audit log, and a bad one changes nothing.
#include "AdminTestSupport.h"

#include <QJsonArray>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::Role;

namespace {

class AnnouncementTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        config.catalog = stage360();
        start();
        adminId = account(QStringLiteral("ada@example.org"), {{"*", Role::Admin}});
        admin = token(adminId);
    }
    std::unique_ptr<WsClient> viewer() {
        auto c = std::make_unique<WsClient>(port);
        EXPECT_EQ(str(c->hello(QStringLiteral("viewer")), "type"), QStringLiteral("welcome"));
        return c;
    }
    HttpResult announce(const QByteArray& body) {
        return httpBearer(port, "POST", QStringLiteral("/admin/announcements"), admin, body);
    }

    QString adminId;
};

}  // namespace

TEST_F(AnnouncementTest, ReachesEveryViewerAtOnceWithItsChannelAndIsAudited) {
    auto a = viewer();
    auto b = viewer();
    const auto r = announce(R"({"text":"  Lunch is served in the foyer  "})");
    ASSERT_EQ(r.status, 200) << r.body.data();
    const QString id = str(json(r), "id");
    for (WsClient* c : {a.get(), b.get()}) {
        const auto m = c->nextOfType(QStringLiteral("announcement"), 1000);
        ASSERT_FALSE(m.isEmpty()) << "no announcement within a second";
        EXPECT_EQ(str(m, "id"), id);
        EXPECT_EQ(str(m, "text"), QStringLiteral("Lunch is served in the foyer")) << "trimmed";
        EXPECT_FALSE(m.contains(QStringLiteral("channel"))) << "for everyone";
        EXPECT_EQ(str(m, "by"), QStringLiteral("ada")) << "the account's name";
        EXPECT_GT(num(m, "at"), 0);
    }
    // One channel's: the channel travels with it (the viewer shows it to that channel's viewers).
    ASSERT_EQ(announce(R"({"text":"The dome opens in 5 minutes","channel":"dome"})").status, 200);
    EXPECT_EQ(str(a->nextOfType(QStringLiteral("announcement"), 1000), "channel"),
              QStringLiteral("dome"));

    const auto audit = json(httpBearer(port, "GET", QStringLiteral("/admin/audit"), admin));
    const auto entries = audit.value(QStringLiteral("entries")).toArray();
    EXPECT_EQ(str(entries[0].toObject(), "action"), QStringLiteral("announcement.post"));
    EXPECT_EQ(str(entries[0].toObject(), "target"), QStringLiteral("dome"));
    EXPECT_EQ(str(entries[1].toObject(), "target"), QStringLiteral("*"));
    EXPECT_EQ(str(entries[1].toObject(), "actor"), adminId);
}

TEST_F(AnnouncementTest, ABadAnnouncementIsRefusedAndNobodyHearsIt) {
    auto watcher = viewer();
    struct Bad {
        const char* what;
        QByteArray body;
        int status;
        const char* code;
    };
    const QList<Bad> bad{
        {"no text", R"({"channel":"main"})", 400, "bad_request"},
        {"only spaces", R"({"text":"   "})", 400, "bad_request"},
        {"too long", "{\"text\":\"" + QByteArray(501, 'x') + "\"}", 400, "bad_request"},
        {"unknown field", R"({"text":"hi","colour":"red"})", 400, "bad_request"},
        {"not JSON", "hello everyone", 400, "bad_json"},
        {"unknown channel", R"({"text":"hi","channel":"nowhere"})", 404, "no_channel"},
    };
    for (const Bad& x : bad) {
        SCOPED_TRACE(x.what);
        const auto r = announce(x.body);
        EXPECT_EQ(r.status, x.status) << r.body.data();
        EXPECT_EQ(str(json(r), "error"), QLatin1String(x.code)) << r.body.data();
    }
    EXPECT_TRUE(watcher->nextOfType(QStringLiteral("announcement"), 300).isEmpty());
}
