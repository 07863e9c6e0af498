// Chat through real connections: ordering, pending rows turning into confirmed ones, replies,
// mentions, unread marker.
#include "support/RoomTestSupport.h"

using namespace omk::room;
using namespace omk::room::test;

TEST_F(RoomTest, ThreeClientsSendingConcurrentlyEndWithIdenticalRows) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    auto c = guest(QStringLiteral("Cat"));
    constexpr int kEach = 15;
    for (int i = 0; i < kEach; ++i)
        for (auto* client : {a.get(), b.get(), c.get()})
            ASSERT_TRUE(client->connection->sendChat(
                QStringLiteral("%1 #%2").arg(client->connection->userName()).arg(i)));
    for (auto* client : {a.get(), b.get(), c.get()})
        ASSERT_TRUE(QTest::qWaitFor([&] { return client->confirmedCount() == 3 * kEach; }, 10000))
            << client->confirmedCount();
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->connection->pendingCount() == 0; }, 5000));
    const auto rows = a->confirmed();
    EXPECT_EQ(rows, b->confirmed());
    EXPECT_EQ(rows, c->confirmed());
    for (int i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].first, i + 1);
    // No pending row is left behind: each turned into its confirmed row.
    for (auto* client : {a.get(), b.get(), c.get()}) EXPECT_EQ(client->chat->rowCount(), 3 * kEach);
    // Each sender's own messages stay in the order sent.
    int last = -1;
    for (int i = 0; i < a->chat->rowCount(); ++i) {
        const auto& r = a->chat->row(i);
        if (r.author.name != QLatin1String("Ann")) continue;
        const int n = r.text.section(u'#', 1).toInt();
        EXPECT_EQ(n, last + 1);
        last = n;
    }
}

TEST_F(RoomTest, PendingRowBecomesConfirmedAndRepliesMentionsUnread) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    auto b = guest(QStringLiteral("Ben"));
    const auto cid = a->connection->sendChat(QStringLiteral("hello @Ben"));
    ASSERT_TRUE(cid);
    ASSERT_EQ(a->chat->rowCount(), 1);
    EXPECT_TRUE(a->chat->row(0).pending);
    ASSERT_TRUE(QTest::qWaitFor([&] { return b->confirmedCount() == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !a->chat->row(0).pending; }, 5000));
    EXPECT_EQ(a->chat->rowCount(), 1);
    EXPECT_EQ(a->chat->row(0).cid, *cid);
    const auto idx = b->chat->index(0);
    EXPECT_TRUE(b->chat->data(idx, ChatModel::MentionsMeRole).toBool());
    EXPECT_FALSE(a->chat->data(a->chat->index(0), ChatModel::MentionsMeRole).toBool());
    EXPECT_EQ(b->chat->unreadCount(), 1);
    EXPECT_TRUE(b->chat->data(idx, ChatModel::IsNewMarkerRole).toBool());
    b->chat->markRead();
    EXPECT_EQ(b->chat->unreadCount(), 0);
    EXPECT_FALSE(b->chat->data(idx, ChatModel::IsNewMarkerRole).toBool());

    ASSERT_TRUE(b->connection->sendChat(QStringLiteral("hi"), 1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return a->confirmedCount() == 2; }, 5000));
    const auto reply = a->chat->index(1);
    EXPECT_EQ(a->chat->data(reply, ChatModel::ReplyToSeqRole).toLongLong(), 1);
    EXPECT_EQ(a->chat->data(reply, ChatModel::ReplyToSnippetRole).toString(),
              QStringLiteral("hello @Ben"));
    // Everything from seq 1 is loaded: nothing older to ask for.
    EXPECT_FALSE(a->chat->canLoadOlder());
}

TEST_F(RoomTest, MalformedSendIsRefusedLocally) {
    start();
    auto a = guest(QStringLiteral("Ann"));
    const auto r = a->connection->sendChat(QString());
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.startsWith(QLatin1String("data.text")))
        << r.error().message.toStdString();
    EXPECT_EQ(a->chat->rowCount(), 0);
    EXPECT_EQ(a->connection->pendingCount(), 0);
}
