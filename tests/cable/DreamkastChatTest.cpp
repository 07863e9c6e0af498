// DreamkastChat over real sockets on loopback: the history from FakeDreamkastHttp's
// /api/v1/chat_messages, ChatChannel from FakeDreamkastCable (test doubles: Dreamkast's Rails +
// MySQL + Redis cannot run here), the rows in the same ChatModel our own server feeds.
#include "FakeDreamkastCable.h"
#include "FakeDreamkastHttp.h"
#include "TestLoop.h"
#include "room/ChatModel.h"
#include "room/DreamkastChat.h"
#include "room/RoomConnection.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace omk;
using namespace omk::room;
using namespace std::chrono_literals;
using ::testing::HasSubstr;

namespace {

const QString kStream = QStringLiteral("chat_channel_talk1");

// The application exists before any socket is made.
struct AppFirst {
    AppFirst() {
        ensureApp();
        QStandardPaths::setTestModeEnabled(true);
    }
};

struct Rig : AppFirst {
    FakeDreamkastCable cable;
    FakeDreamkastHttp http;
    std::unique_ptr<DreamkastChat> chat;

    Rig() {
        cable.setPingInterval(100);
        // What ChatMessageBroadcastJob does after a commit.
        http.onChatCreated = [this](const QJsonObject& m) {
            cable.broadcastToStream(
                QStringLiteral("chat_channel_talk%1").arg(m.value("roomId").toInteger()), m);
        };
    }
    void start(const QString& token = {}, int echoWaitMs = 60000) {
        DreamkastChatConfig c;
        c.apiBase = QUrl(http.base());
        c.cableUrl = cable.url();
        c.eventAbbr = QStringLiteral("cndt2026");
        c.roomId = 1;
        c.token = token;
        c.speakerNames.insert(2, QStringLiteral("やんごとない人"));
        c.cable.reconnectBase = 20ms;
        c.cable.reconnectMax = 200ms;
        c.echoWaitMs = echoWaitMs;
        chat = std::make_unique<DreamkastChat>(c);
        chat->start();
    }
    // Started on this history, subscribed and with the history loaded.
    bool startWith(const QList<QJsonObject>& history) {
        for (const auto& m : history) http.addChat(m);
        start();
        return ready();
    }
    // Subscribed, and the history fetched after the confirmation is in.
    bool ready(int loads = 2) {
        return waitFor([&] {
            return !cable.subscribes.isEmpty() &&
                   chat->cable()->isConfirmed(cable.subscribes.last()) &&
                   chat->historyLoads() >= loads;
        });
    }
    ChatModel* model() { return chat->chat(); }
    int rows() { return model()->rowCount(); }
    QVariant at(int row, ChatModel::Role role) { return model()->data(model()->index(row), role); }
    QStringList texts() {
        QStringList out;
        for (int i = 0; i < rows(); ++i) out.append(at(i, ChatModel::TextRole).toString());
        return out;
    }
    void broadcast(const QJsonObject& stored) {
        EXPECT_EQ(cable.broadcastToStream(kStream, FakeDreamkastHttp::broadcastOf(stored)), 1);
    }
};

QJsonObject msg(qint64 id, const QString& body, const QJsonValue& replyTo = {}) {
    return FakeDreamkastHttp::chatMessage(id, body, 1, 3, replyTo);
}

}  // namespace

TEST(DreamkastChat, HistoryLoadsInTimeOrderWithRepliesAuthorsAndQuestions) {
    Rig rig;
    rig.http.addChat(msg(3, "third", 1));
    rig.http.addChat(msg(1, "first"));
    rig.http.addChat(FakeDreamkastHttp::chatMessage(2, "other talk", 2));
    QJsonObject q = msg(2, "a question");
    q["messageType"] = "qa";
    q["speakerId"] = 2;
    rig.http.addChat(q);
    rig.start();
    ASSERT_TRUE(rig.ready());
    EXPECT_EQ(rig.texts(), (QStringList{"first", QStringLiteral("❓ a question"), "third"}));
    EXPECT_EQ(rig.at(1, ChatModel::AuthorRole).toString(), QStringLiteral("やんごとない人"));
    EXPECT_EQ(rig.at(0, ChatModel::AuthorRole).toString(), QStringLiteral("#3"));
    EXPECT_EQ(rig.at(0, ChatModel::AuthorIdRole).toString(), QStringLiteral("dreamkast:profile:3"));
    EXPECT_EQ(rig.at(2, ChatModel::ReplyToSeqRole).toLongLong(),
              rig.at(0, ChatModel::SeqRole).toLongLong());
    EXPECT_EQ(rig.at(2, ChatModel::ReplyToSnippetRole).toString(), QStringLiteral("first"));
    EXPECT_EQ(rig.at(0, ChatModel::TimestampRole).toLongLong(),
              QDateTime(QDate(2026, 3, 10), QTime(1, 0, 1), QTimeZone::utc()).toMSecsSinceEpoch());

    // What dreamkast-ui sends: the talk's id as a string, no token without one, no createdFrom.
    const QJsonObject id = QJsonDocument::fromJson(rig.cable.subscribes.first().toUtf8()).object();
    EXPECT_EQ(id, (QJsonObject{{"channel", "ChatChannel"}, {"roomType", "talk"}, {"roomId", "1"}}));
    ASSERT_FALSE(rig.http.chatQueries.isEmpty());
    const QUrlQuery query = rig.http.chatQueries.first();
    EXPECT_EQ(query.queryItemValue("eventAbbr"), QStringLiteral("cndt2026"));
    EXPECT_EQ(query.queryItemValue("roomType"), QStringLiteral("talk"));
    EXPECT_EQ(query.queryItemValue("roomId"), QStringLiteral("1"));
    EXPECT_FALSE(query.hasQueryItem("createdFrom"));
    EXPECT_EQ(rig.http.chatAuthorizations.first(), QString());
    EXPECT_FALSE(rig.model()->canLoadOlder());
    // What was said before we came counts as read, as a join's history does.
    EXPECT_EQ(rig.model()->unreadCount(), 0);
}

TEST(DreamkastChat, ALiveBroadcastAppearsOnceAndARepeatedIdIsAnEdit) {
    Rig rig;
    ASSERT_TRUE(rig.startWith({msg(1, "first")}));
    ASSERT_EQ(rig.rows(), 1);
    rig.broadcast(msg(5, "live"));
    ASSERT_TRUE(waitFor([&] { return rig.rows() == 2; }));
    EXPECT_EQ(rig.model()->unreadCount(), 1);
    rig.broadcast(msg(5, "live"));  // the same message again (a retried job)
    spin(300ms);
    EXPECT_EQ(rig.texts(), (QStringList{"first", "live"}));

    // Dreamkast broadcasts the same payload after an update: the row changes, marked edited.
    rig.broadcast(msg(5, "live, corrected"));
    ASSERT_TRUE(waitFor([&] { return rig.at(1, ChatModel::EditedRole).toBool(); }));
    EXPECT_EQ(rig.texts(), (QStringList{"first", "live, corrected"}));
    // Another room's message on our identifier (a misrouted broadcast) is refused.
    rig.cable.broadcastToStream(kStream, FakeDreamkastHttp::chatMessage(9, "elsewhere", 2));
    ASSERT_TRUE(waitFor([&] { return rig.chat->refusedCount() == 1; }));
    EXPECT_EQ(rig.rows(), 2);
}

TEST(DreamkastChat, AMessageInTheHistoryAndBroadcastShowsOnce) {
    Rig rig;
    ASSERT_TRUE(rig.startWith({msg(1, "first"), msg(2, "second")}));
    rig.broadcast(msg(2, "second"));
    rig.broadcast(msg(3, "third"));
    ASSERT_TRUE(waitFor([&] { return rig.rows() >= 3; }));
    spin(300ms);
    EXPECT_EQ(rig.texts(), (QStringList{"first", "second", "third"}));
    EXPECT_FALSE(rig.at(1, ChatModel::EditedRole).toBool());
}

TEST(DreamkastChat, PostingWithoutATokenIsRefusedWithAClearError) {
    Rig rig;
    rig.http.chatToken = QStringLiteral("secret");
    rig.start();
    ASSERT_TRUE(waitFor([&] { return !rig.chat->historyError().isEmpty(); }));
    // Dreamkast's index needs the token too: the history says why it is missing.
    EXPECT_THAT(rig.chat->historyError().toStdString(), HasSubstr("401"));
    EXPECT_FALSE(rig.chat->canPost());
    auto posted = rig.chat->post(QStringLiteral("hello"));
    ASSERT_FALSE(posted);
    EXPECT_THAT(posted.error().message.toStdString(), HasSubstr("Sign in to Dreamkast to chat"));
    spin(200ms);
    EXPECT_TRUE(rig.http.chatPosts.isEmpty());
    EXPECT_EQ(rig.rows(), 0);
    // Live messages still show.
    ASSERT_TRUE(
        waitFor([&] { return rig.chat->cable()->isConfirmed(rig.cable.subscribes.last()); }));
    rig.broadcast(msg(4, "live without history"));
    ASSERT_TRUE(waitFor([&] { return rig.rows() == 1; }));
}

TEST(DreamkastChat, APostWithATokenReachesDreamkastAndShowsOnce) {
    Rig rig;
    rig.http.chatToken = QStringLiteral("secret");
    rig.http.addChat(msg(1, "first"));
    rig.start(QStringLiteral("secret"));
    ASSERT_TRUE(rig.ready());
    EXPECT_EQ(rig.http.chatAuthorizations.first(), QStringLiteral("Bearer secret"));

    auto cid = rig.chat->post(QStringLiteral("  hello from omnikast  "));
    ASSERT_TRUE(cid) << cid.error().message.toStdString();
    ASSERT_EQ(rig.rows(), 2);
    EXPECT_TRUE(rig.at(1, ChatModel::PendingRole).toBool());
    ASSERT_TRUE(waitFor([&] { return !rig.at(1, ChatModel::PendingRole).toBool(); }));
    spin(300ms);
    EXPECT_EQ(rig.texts(), (QStringList{"first", "hello from omnikast"}));
    EXPECT_EQ(rig.chat->pendingCount(), 0);
    EXPECT_EQ(rig.chat->mirror()->pendingCount(), 0);
    ASSERT_EQ(rig.http.chatPosts.size(), 1);
    const QJsonObject sent = rig.http.chatPosts.first();
    EXPECT_EQ(sent.value("eventAbbr").toString(), QStringLiteral("cndt2026"));
    EXPECT_EQ(sent.value("roomType").toString(), QStringLiteral("talk"));
    EXPECT_EQ(sent.value("roomId").toInteger(), 1);
    EXPECT_TRUE(sent.value("roomId").isDouble());
    EXPECT_EQ(sent.value("body").toString(), QStringLiteral("hello from omnikast"));
    EXPECT_EQ(sent.value("messageType").toString(), QStringLiteral("chat"));
    EXPECT_FALSE(sent.contains("replyTo"));
    EXPECT_EQ(rig.http.chatAuthorizations.last(), QStringLiteral("Bearer secret"));
    // The echo taught us our profile: our rows are ours.
    EXPECT_EQ(rig.chat->mirror()->userId(), QStringLiteral("dreamkast:profile:7"));

    // A reply names the Dreamkast id of the row replied to.
    ASSERT_TRUE(rig.chat->post(QStringLiteral("re"), rig.at(0, ChatModel::SeqRole).toLongLong()));
    ASSERT_TRUE(
        waitFor([&] { return rig.rows() == 3 && !rig.at(2, ChatModel::PendingRole).toBool(); }));
    EXPECT_EQ(rig.http.chatPosts.last().value("replyTo").toInteger(), 1);
    EXPECT_EQ(rig.at(2, ChatModel::ReplyToSnippetRole).toString(), QStringLiteral("first"));
}

TEST(DreamkastChat, ARefusedPostMarksTheRowFailedAndSaysWhy) {
    Rig rig;
    rig.http.chatToken = QStringLiteral("secret");
    rig.start(QStringLiteral("expired"));
    ASSERT_TRUE(waitFor([&] { return !rig.chat->historyError().isEmpty(); }));
    QSignalSpy failed(rig.chat.get(), &DreamkastChat::postFailed);
    ASSERT_TRUE(rig.chat->post(QStringLiteral("hello")));
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
    EXPECT_THAT(failed.first().first().toString().toStdString(), HasSubstr("401"));
    ASSERT_EQ(rig.rows(), 1);
    EXPECT_TRUE(rig.at(0, ChatModel::FailedRole).toBool());
    EXPECT_EQ(rig.chat->pendingCount(), 0);
    // Too long for Dreamkast (512 characters) is refused before it is sent.
    EXPECT_FALSE(rig.chat->post(QString(513, u'x')));
}

TEST(DreamkastChat, AnEchoThatNeverComesLiveIsFoundInTheHistory) {
    Rig rig;
    rig.http.onChatCreated = nullptr;  // the broadcast job is lost
    rig.start(QStringLiteral("t"), 100);
    ASSERT_TRUE(rig.ready());
    ASSERT_TRUE(rig.chat->post(QStringLiteral("hello")));
    ASSERT_TRUE(
        waitFor([&] { return rig.rows() == 1 && !rig.at(0, ChatModel::PendingRole).toBool(); }));
    spin(300ms);
    EXPECT_EQ(rig.texts(), QStringList{"hello"});
}

TEST(DreamkastChat, AfterTheCableDropsMessagesFromTheOutageAppearOnceInOrder) {
    Rig rig;
    ASSERT_TRUE(rig.startWith({msg(1, "first"), msg(2, "second")}));
    const int loads = rig.chat->historyLoads();
    ASSERT_EQ(rig.cable.connections, 1);

    rig.cable.dropAll();
    // Said while we were away: stored, broadcast to nobody of ours.
    rig.http.addChat(msg(4, "fourth"));
    rig.http.addChat(msg(3, "third"));
    ASSERT_TRUE(waitFor([&] { return rig.cable.connections >= 2; }));
    ASSERT_TRUE(rig.ready(loads + 1));
    ASSERT_TRUE(waitFor([&] { return rig.rows() == 4; }));
    // A broadcast that was in flight when the link went arrives after all.
    rig.broadcast(msg(4, "fourth"));
    rig.broadcast(msg(5, "fifth"));
    ASSERT_TRUE(waitFor([&] { return rig.rows() >= 5; }));
    spin(300ms);
    EXPECT_EQ(rig.texts(), (QStringList{"first", "second", "third", "fourth", "fifth"}));
    EXPECT_EQ(rig.chat->refusedCount(), 0);
}

TEST(DreamkastChat, AnOlderMessageRebuildsInOrderAndAVanishedOneShowsDeleted) {
    Rig rig;
    ASSERT_TRUE(rig.startWith({msg(5, "fifth"), msg(6, "sixth")}));
    ASSERT_EQ(rig.rows(), 2);
    // A late commit older than the rows shown, and an admin removing one (no broadcast for it).
    QJsonArray kept;
    for (const auto& v : std::as_const(rig.http.chatMessages))
        if (v.toObject().value("id").toInteger() != 6) kept.append(v);
    rig.http.chatMessages = kept;
    rig.http.addChat(msg(3, "third"));
    const int loads = rig.chat->historyLoads();
    rig.cable.dropAll();
    ASSERT_TRUE(rig.ready(loads + 1));
    ASSERT_TRUE(waitFor([&] { return rig.rows() == 3; }));
    EXPECT_EQ(rig.at(0, ChatModel::TextRole).toString(), QStringLiteral("third"));
    EXPECT_EQ(rig.at(1, ChatModel::TextRole).toString(), QStringLiteral("fifth"));
    EXPECT_TRUE(rig.at(2, ChatModel::DeletedRole).toBool());
}

TEST(DreamkastChat, MalformedMessagesAreRefusedWithAReasonAndNeverCrash) {
    Rig rig;
    // A history with damage: the good ones load, the bad ones are refused one by one.
    QJsonObject badBody = msg(2, "x");
    badBody["body"] = QJsonArray{1, 2};
    rig.http.chatIndexOverride =
        QJsonDocument(QJsonArray{msg(1, "first"), badBody, 17, QJsonValue::Null}).toJson();
    rig.start();
    ASSERT_TRUE(rig.ready());
    EXPECT_EQ(rig.texts(), QStringList{"first"});
    EXPECT_GE(rig.chat->refusedCount(), 3);

    const int before = rig.chat->refusedCount();
    QJsonObject missing = msg(10, "x");
    missing.remove("createdAt");
    QJsonObject wrongId = msg(11, "x");
    wrongId["id"] = "eleven";
    QJsonObject huge = msg(12, QString(1 << 20, u'y'));
    QJsonObject badType = msg(13, "x");
    badType["messageType"] = "poll";
    const QList<QJsonValue> bad{missing,
                                wrongId,
                                huge,
                                badType,
                                QJsonValue("text"),
                                QJsonArray{msg(14, "in an array")},
                                QJsonValue::Null};
    for (const auto& b : bad) rig.cable.broadcastToStream(kStream, b);
    rig.cable.sendRaw("{not json");
    rig.broadcast(msg(20, "still fine"));
    ASSERT_TRUE(waitFor([&] { return rig.rows() == 2; }));
    EXPECT_EQ(rig.chat->refusedCount(), before + int(bad.size()));
    EXPECT_THAT(rig.chat->lastRefusal().toStdString(), HasSubstr("not a JSON object"));
    EXPECT_EQ(rig.texts(), (QStringList{"first", "still fine"}));

    // A history that is not a list at all: an error, the rows stay.
    rig.http.chatIndexOverride = "<html>502 Bad Gateway</html>";
    const int loads = rig.chat->historyLoads();
    rig.cable.dropAll();
    ASSERT_TRUE(waitFor([&] { return !rig.chat->historyError().isEmpty(); }));
    EXPECT_THAT(rig.chat->historyError().toStdString(), HasSubstr("not JSON"));
    EXPECT_EQ(rig.chat->historyLoads(), loads);
    EXPECT_EQ(rig.texts(), (QStringList{"first", "still fine"}));
}
