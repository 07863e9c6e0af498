// Protocol 1.1 over real sockets: a message edited by its author only, reactions on and off,
// and paging back through a room's log.
#include "support/ServerTestSupport.h"

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::EventType;

namespace {

const QString kRoom = QStringLiteral("main");

QString code(const QJsonObject& reply) {
    return reply.value(QStringLiteral("type")).toString() == QLatin1String("error")
               ? str(reply, "code")
               : QStringLiteral("ack");
}

}  // namespace

TEST_F(ServerTest, OnlyTheAuthorEditsAMessage) {
    start();
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    alice->join(kRoom);
    bob->join(kRoom);
    const auto sent = alice->chat(kRoom, QStringLiteral("a1"), QStringLiteral("helo"));
    const qint64 seq = num(sent, "seq");
    ASSERT_GT(seq, 0);

    EXPECT_EQ(code(bob->sendEvent(kRoom, QStringLiteral("b1"), EventType::ChatEdit,
                                  {{"seq", seq}, {"text", "hijacked"}})),
              QStringLiteral("forbidden"));
    EXPECT_EQ(code(alice->sendEvent(kRoom, QStringLiteral("a2"), EventType::ChatEdit,
                                    {{"seq", seq + 50}, {"text", "x"}})),
              QStringLiteral("not_found"));
    EXPECT_EQ(code(alice->sendEvent(kRoom, QStringLiteral("a3"), EventType::ChatEdit,
                                    {{"seq", seq}, {"text", "hello"}})),
              QStringLiteral("ack"));
    const auto edit = bob->next([](const QJsonObject& o) { return str(o, "type") == "chat.edit"; });
    EXPECT_EQ(edit.value("data").toObject().value("text").toString(), QStringLiteral("hello"));
    EXPECT_EQ(edit.value("data").toObject().value("seq").toInteger(), seq);
}

TEST_F(ServerTest, ReactionsNeedALiveMessageAndOneEmoji) {
    start();
    auto alice = client(QStringLiteral("alice"));
    auto bob = client(QStringLiteral("bob"));
    alice->join(kRoom);
    bob->join(kRoom);
    const qint64 seq =
        num(alice->chat(kRoom, QStringLiteral("a1"), QStringLiteral("goal!")), "seq");
    EXPECT_EQ(code(bob->sendEvent(kRoom, QStringLiteral("b1"), EventType::ChatReact,
                                  {{"seq", seq}, {"emoji", "🎉"}})),
              QStringLiteral("ack"));
    EXPECT_EQ(code(bob->sendEvent(kRoom, QStringLiteral("b2"), EventType::ChatReact,
                                  {{"seq", seq}, {"emoji", "two words"}})),
              QStringLiteral("bad_message"));
    EXPECT_EQ(code(bob->sendEvent(kRoom, QStringLiteral("b3"), EventType::ChatReact,
                                  {{"seq", seq}, {"emoji", ""}})),
              QStringLiteral("bad_message"));
    // A deleted message takes no more reactions.
    auto mod = std::make_unique<WsClient>(port);
    ASSERT_EQ(str(mod->helloToken(*Jwt(kSecret).sign(
                      TokenClaims{"u_mod", "Mod", omk::protocol::Role::Moderator, kRoom, 0,
                                  QDateTime::currentSecsSinceEpoch() + 600})),
                  "type"),
              QStringLiteral("welcome"));
    mod->join(kRoom);
    EXPECT_EQ(
        code(mod->sendEvent(kRoom, QStringLiteral("m1"), EventType::ChatDelete, {{"seq", seq}})),
        QStringLiteral("ack"));
    EXPECT_EQ(code(bob->sendEvent(kRoom, QStringLiteral("b4"), EventType::ChatReact,
                                  {{"seq", seq}, {"emoji", "👍"}})),
              QStringLiteral("not_found"));
}

TEST_F(ServerTest, HistoryPagesBackToTheStart) {
    config.historyOnJoin = 5;
    start();
    auto alice = client(QStringLiteral("alice"));
    alice->join(kRoom);
    for (int i = 1; i <= 30; ++i)
        ASSERT_EQ(
            num(alice->chat(kRoom, QStringLiteral("c%1").arg(i), QStringLiteral("m%1").arg(i)),
                "seq"),
            i);
    auto late = client(QStringLiteral("late"));
    const auto joined = late->join(kRoom);
    EXPECT_EQ(joined.value("events").toArray().size(), 5);

    qint64 before = 26;  // the oldest event the join gave
    QList<qint64> seen;
    for (int page = 0; page < 10 && before > 1; ++page) {
        late->sendJson({{"type", "history"}, {"room", kRoom}, {"before", before}, {"limit", 10}});
        const auto h = late->nextOfType(QStringLiteral("history"));
        const auto events = h.value("events").toArray();
        ASSERT_FALSE(events.isEmpty());
        for (const auto& e : events) seen.append(e.toObject().value("seq").toInteger());
        before = events.first().toObject().value("seq").toInteger();
        EXPECT_EQ(h.value("more").toBool(), before > 1);
    }
    std::sort(seen.begin(), seen.end());
    QList<qint64> expected;
    for (qint64 s = 1; s <= 25; ++s) expected.append(s);
    EXPECT_EQ(seen, expected);

    // Not joined: refused, as every room request.
    auto stranger = client(QStringLiteral("stranger"));
    stranger->sendJson({{"type", "history"}, {"room", kRoom}});
    EXPECT_EQ(str(stranger->nextOfType(QStringLiteral("error")), "code"),
              QStringLiteral("not_joined"));
}
