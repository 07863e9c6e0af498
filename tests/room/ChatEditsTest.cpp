// Protocol 1.1 in the chat model, through real connections: edits and reactions reach every
// client, and scrolling back pages in older messages — with the edits and reactions that were
// made to them after the rows a client had loaded.
#include "support/RoomTestSupport.h"

using namespace omk::room;
using namespace omk::room::test;
using omk::protocol::EventType;

namespace {

int rowOf(const Client& c, const QString& text) {
    for (int i = 0; i < c.chat->rowCount(); ++i)
        if (c.chat->row(i).text == text && !c.chat->row(i).pending) return i;
    return -1;
}

QVariantList reactions(const Client& c, int row) {
    return c.chat->data(c.chat->index(row), ChatModel::ReactionsRole).toList();
}

}  // namespace

TEST_F(RoomTest, EditsAndReactionsReachEveryClient) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    ASSERT_TRUE(a->connection->sendChat(QStringLiteral("helo")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowOf(*b, QStringLiteral("helo")) >= 0; }, 5000));
    const qint64 seq = b->chat->row(rowOf(*b, QStringLiteral("helo"))).seq;

    ASSERT_TRUE(a->connection->send(EventType::ChatEdit, {{"seq", seq}, {"text", "hello"}}));
    ASSERT_TRUE(b->connection->send(EventType::ChatReact, {{"seq", seq}, {"emoji", "👍"}}));
    ASSERT_TRUE(a->connection->send(EventType::ChatReact, {{"seq", seq}, {"emoji", "👍"}}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const int i = rowOf(*b, QStringLiteral("hello"));
            return i >= 0 && !reactions(*b, i).isEmpty() &&
                   reactions(*b, i).at(0).toMap().value("count").toInt() == 2;
        },
        5000));
    const int i = rowOf(*b, QStringLiteral("hello"));
    EXPECT_TRUE(b->chat->data(b->chat->index(i), ChatModel::EditedRole).toBool());
    EXPECT_TRUE(reactions(*b, i).at(0).toMap().value("mine").toBool());
    EXPECT_EQ(reactions(*b, i).at(0).toMap().value("emoji").toString(), QStringLiteral("👍"));

    // Taking a reaction back.
    ASSERT_TRUE(
        b->connection->send(EventType::ChatReact, {{"seq", seq}, {"emoji", "👍"}, {"on", false}}));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto r = reactions(*a, rowOf(*a, QStringLiteral("hello")));
            return r.size() == 1 && r.at(0).toMap().value("count").toInt() == 1 &&
                   r.at(0).toMap().value("mine").toBool();
        },
        5000));
}

TEST_F(RoomTest, ScrollingBackLoadsOlderMessagesWithTheirLaterEdits) {
    config.historyOnJoin = 5;
    start();
    auto a = guest(QStringLiteral("Ann"));
    for (int n = 1; n <= 30; ++n)
        ASSERT_TRUE(a->connection->sendChat(QStringLiteral("m%1").arg(n)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 30; }, 10000));
    // An edit and a reaction on the very first message, made after everything else.
    ASSERT_TRUE(a->connection->send(EventType::ChatEdit, {{"seq", 1}, {"text", "m1 (fixed)"}}));
    ASSERT_TRUE(a->connection->send(EventType::ChatReact, {{"seq", 1}, {"emoji", "🎉"}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->lastSeq() == 32; }, 5000));

    auto late = guest(QStringLiteral("Late"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return late->chat->rowCount() > 0; }, 5000));
    EXPECT_LT(late->chat->rowCount(), 30);
    ASSERT_TRUE(late->chat->canLoadOlder());
    for (int page = 0; page < 10 && late->chat->canLoadOlder(); ++page) {
        const int before = late->chat->rowCount();
        late->chat->loadOlder(10);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !late->chat->loadingOlder() && late->chat->rowCount() > before; }, 5000))
            << "page " << page;
    }
    EXPECT_FALSE(late->chat->canLoadOlder());
    ASSERT_EQ(late->chat->rowCount(), 30);
    for (int n = 0; n < 30; ++n) EXPECT_EQ(late->chat->row(n).seq, n + 1);
    EXPECT_EQ(late->chat->row(0).text, QStringLiteral("m1 (fixed)"));
    EXPECT_TRUE(late->chat->row(0).edited);
    EXPECT_EQ(reactions(*late, 0).size(), 1);
}
