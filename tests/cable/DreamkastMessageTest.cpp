// The strict reader of Dreamkast's chat messages (room/DreamkastMessage): the shapes the index
// and ChatMessageBroadcastJob send, and every kind of damage refused with the field named.
#include "room/DreamkastMessage.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace omk::room;
using ::testing::HasSubstr;

namespace {

QJsonObject good() {
    return QJsonObject{{"id", 41},
                       {"profileId", 7},
                       {"speakerId", QJsonValue::Null},
                       {"body", "こんにちは"},
                       {"roomType", "talk"},
                       {"roomId", 12},
                       {"createdAt", "2026-03-10T01:02:03.456Z"},
                       {"replyTo", QJsonValue::Null},
                       {"messageType", "chat"}};
}

QString refusal(const QJsonValue& v) {
    auto m = parseDreamkastMessage(v);
    return m ? QString() : m.error().message;
}

}  // namespace

TEST(DreamkastMessage, ReadsTheBroadcastShape) {
    auto m = parseDreamkastMessage(good());
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(m->id, 41);
    EXPECT_EQ(m->profileId, 7);
    EXPECT_EQ(m->speakerId, 0);
    EXPECT_EQ(m->body, QStringLiteral("こんにちは"));
    EXPECT_EQ(m->roomType, QStringLiteral("talk"));
    EXPECT_EQ(m->roomId, 12);
    EXPECT_EQ(
        m->createdAtMs,
        QDateTime(QDate(2026, 3, 10), QTime(1, 2, 3, 456), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(m->replyTo, 0);
    EXPECT_EQ(m->type, DreamkastMessage::Type::Chat);
}

TEST(DreamkastMessage, ReadsRepliesQuestionsSpeakersAndTheIndexExtras) {
    QJsonObject o = good();
    o["replyTo"] = 40;
    o["speakerId"] = 2;
    o["messageType"] = "qa";
    o["eventAbbr"] = "cndt2026";  // the index adds it
    auto m = parseDreamkastMessage(o);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->replyTo, 40);
    EXPECT_EQ(m->speakerId, 2);
    EXPECT_EQ(m->type, DreamkastMessage::Type::Qa);
    // ChatChannel#post creates messages with no type and no profile.
    o.remove("messageType");
    o["profileId"] = QJsonValue::Null;
    m = parseDreamkastMessage(o);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->type, DreamkastMessage::Type::Chat);
    EXPECT_EQ(m->profileId, 0);
}

TEST(DreamkastMessage, RefusesWrongTypesAndMissingFieldsNamingTheField) {
    EXPECT_THAT(refusal(QJsonValue("text")).toStdString(), HasSubstr("not a JSON object"));
    EXPECT_THAT(refusal(QJsonArray{good()}).toStdString(), HasSubstr("not a JSON object"));
    struct Case {
        const char* key;
        QJsonValue value;
        const char* says;
    };
    const Case cases[] = {
        {"id", "41", "id is not a number"},
        {"id", 0, "id is not a positive integer"},
        {"id", 1.5, "id is not a positive integer"},
        {"id", 1e300, "id is not a positive integer"},
        {"id", QJsonValue::Undefined, "id is missing"},
        {"profileId", "7", "profileId is not a number"},
        {"speakerId", true, "speakerId is not a number"},
        {"replyTo", -3, "replyTo is not a positive integer"},
        {"replyTo", 41, "replyTo names itself"},
        {"body", 5, "body is not a string"},
        {"body", QJsonValue::Null, "body is missing"},
        {"body", "   ", "body is empty"},
        {"body", QString(kDreamkastMaxBodyChars + 1, u'x'), "body is 4097 characters"},
        {"roomType", QJsonArray{}, "roomType is not a string"},
        {"roomId", "12", "roomId is not a number"},
        {"roomId", QJsonValue::Undefined, "roomId is missing"},
        {"createdAt", "yesterday", "createdAt is not an ISO 8601 time"},
        {"createdAt", 1773100000, "createdAt is not a string"},
        {"messageType", "poll", "messageType is neither"},
        {"messageType", 1, "messageType is neither"},
    };
    for (const auto& c : cases) {
        QJsonObject o = good();
        if (c.value.isUndefined())
            o.remove(QLatin1String(c.key));
        else
            o[QLatin1String(c.key)] = c.value;
        EXPECT_THAT(refusal(o).toStdString(), HasSubstr(c.says)) << c.key;
    }
}

TEST(DreamkastMessage, AHistoryKeepsTheGoodAndNamesTheBad) {
    QJsonObject bad = good();
    bad["id"] = 42;
    bad["body"] = 3;
    QJsonObject second = good();
    second["id"] = 43;
    const QByteArray body = QJsonDocument(QJsonArray{good(), bad, "x", second}).toJson();
    auto h = parseDreamkastHistory(body);
    ASSERT_TRUE(h);
    ASSERT_EQ(h->messages.size(), 2);
    EXPECT_EQ(h->messages.at(0).id, 41);
    EXPECT_EQ(h->messages.at(1).id, 43);
    ASSERT_EQ(h->refused.size(), 2);
    EXPECT_THAT(h->refused.at(0).toStdString(), HasSubstr("message 42: body is not a string"));

    EXPECT_THAT(
        parseDreamkastHistory("{\"errors\":[\"Not Authenticated\"]}").error().message.toStdString(),
        HasSubstr("not a JSON array"));
    EXPECT_THAT(parseDreamkastHistory("[{").error().message.toStdString(), HasSubstr("not JSON"));
    EXPECT_FALSE(parseDreamkastHistory(QByteArray(kDreamkastMaxHistoryBytes + 1, ' ')));
}
