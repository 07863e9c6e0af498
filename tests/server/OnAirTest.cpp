// On-air switching (docs/ADMIN.md "On air"): an organizer puts a session on air on a channel and
// every signed-in viewer hears of it at once (onair), a viewer arriving later gets the whole board
// right after its welcome, the board outlives a restart, and each switch is in the audit log. A
// switch naming a channel or session the catalog lacks changes nothing.
#include "AdminTestSupport.h"

#include <QJsonArray>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::Role;

namespace {

class OnAirTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        config.catalog = stage360();
    }
    HttpResult onAir(const QString& channel, const QJsonValue& session) {
        return post(QStringLiteral("/admin/channels/%1/on-air").arg(channel), admin,
                    QJsonObject{{QStringLiteral("session"), session}});
    }
    // A signed-in viewer; *board: the onair board right after its welcome.
    std::unique_ptr<WsClient> viewer(QJsonObject* board) {
        auto c = std::make_unique<WsClient>(port);
        EXPECT_EQ(str(c->hello(QStringLiteral("viewer")), "type"), QStringLiteral("welcome"));
        *board = c->nextOfType(QStringLiteral("onair"), 1000);
        EXPECT_TRUE(board->value(QStringLiteral("full")).toBool());
        return c;
    }
    static QJsonValue entry(const QJsonObject& message, const char* channel) {
        return message.value(QStringLiteral("channels")).toObject().value(QLatin1String(channel));
    }
};

}  // namespace

TEST_F(OnAirTest, ASwitchReachesEveryViewerAtOnceLaterOnesGetTheBoardAndARestartKeepsIt) {
    startAsAdmin();
    QJsonObject boardA, boardB;
    auto a = viewer(&boardA);
    auto b = viewer(&boardB);
    EXPECT_TRUE(boardA.value(QStringLiteral("channels")).toObject().isEmpty())
        << "nothing on air yet";

    const auto r = onAir(QStringLiteral("main"), QStringLiteral("s1"));
    ASSERT_EQ(r.status, 200) << r.body.data();
    const qint64 since = num(json(r), "since");
    EXPECT_GT(since, 0);
    for (WsClient* c : {a.get(), b.get()}) {
        const auto m = c->nextOfType(QStringLiteral("onair"), 1000);
        ASSERT_FALSE(m.isEmpty()) << "no onair within a second";
        EXPECT_FALSE(m.value(QStringLiteral("full")).toBool());
        EXPECT_EQ(str(entry(m, "main").toObject(), "session"), QStringLiteral("s1"));
        EXPECT_EQ(num(entry(m, "main").toObject(), "since"), since);
        EXPECT_FALSE(
            m.value(QStringLiteral("channels")).toObject().contains(QStringLiteral("dome")));
    }

    // Who switched what, in the audit log.
    const auto audit = json(httpBearer(port, "GET", QStringLiteral("/admin/audit"), admin));
    const auto last = audit.value(QStringLiteral("entries")).toArray().first().toObject();
    EXPECT_EQ(str(last, "action"), QStringLiteral("onair.switch"));
    EXPECT_EQ(str(last, "target"), QStringLiteral("main"));
    EXPECT_EQ(str(last.value(QStringLiteral("detail")).toObject(), "session"),
              QStringLiteral("s1"));

    // Off air again: viewers are told "nothing" (null).
    ASSERT_EQ(onAir(QStringLiteral("main"), QJsonValue()).status, 200);
    EXPECT_TRUE(entry(a->nextOfType(QStringLiteral("onair"), 1000), "main").isNull());

    // A viewer arriving later gets the whole board; so does one after a restart.
    ASSERT_EQ(onAir(QStringLiteral("dome"), QStringLiteral("s2")).status, 200);
    QJsonObject late;
    auto c = viewer(&late);
    EXPECT_EQ(str(entry(late, "dome").toObject(), "session"), QStringLiteral("s2"));
    EXPECT_FALSE(
        late.value(QStringLiteral("channels")).toObject().contains(QStringLiteral("main")));
    a.reset();
    b.reset();
    c.reset();
    restart();
    QJsonObject afterRestart;
    auto d = viewer(&afterRestart);
    EXPECT_EQ(str(entry(afterRestart, "dome").toObject(), "session"), QStringLiteral("s2"));
}

TEST_F(OnAirTest, ASwitchTheCatalogCannotHoldIsRefusedAndChangesNothing) {
    startAsAdmin();
    QJsonObject board;
    auto watcher = viewer(&board);
    struct Bad {
        const char* what;
        QString channel;
        QByteArray body;
        int status;
        const char* code;
    };
    const QList<Bad> bad{
        {"unknown channel", QStringLiteral("nowhere"), R"({"session":"s1"})", 404, "no_channel"},
        {"unknown session", QStringLiteral("main"), R"({"session":"s9"})", 422, "no_session"},
        {"another channel's session", QStringLiteral("main"), R"({"session":"s2"})", 422,
         "session_elsewhere"},
        {"not JSON", QStringLiteral("main"), "session=s1", 400, "bad_json"},
        {"a number", QStringLiteral("main"), R"({"session":5})", 400, "bad_request"},
        {"unknown field", QStringLiteral("main"), R"({"session":"s1","when":"now"})", 400,
         "bad_request"},
    };
    for (const Bad& x : bad) {
        SCOPED_TRACE(x.what);
        const auto r =
            httpBearer(port, "POST", QStringLiteral("/admin/channels/%1/on-air").arg(x.channel),
                       admin, x.body);
        EXPECT_EQ(r.status, x.status) << r.body.data();
        EXPECT_EQ(str(json(r), "error"), QLatin1String(x.code)) << r.body.data();
    }
    // Only admins switch.
    const QString moderator =
        token(account(QStringLiteral("mo@example.org"), {{"*", Role::Moderator}}));
    EXPECT_EQ(httpBearer(port, "POST", QStringLiteral("/admin/channels/main/on-air"), moderator,
                         R"({"session":"s1"})")
                  .status,
              403);
    EXPECT_TRUE(watcher->nextOfType(QStringLiteral("onair"), 300).isEmpty())
        << "no one was told of a switch that did not happen";
    QJsonObject again;
    auto late = viewer(&again);
    EXPECT_TRUE(again.value(QStringLiteral("channels")).toObject().isEmpty());
}
