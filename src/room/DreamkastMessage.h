#pragma once
// Dreamkast's chat messages as they arrive (docs/DREAMKAST.md), read strictly. The same shape
// comes from two places:
//   GET /api/v1/chat_messages (Api::V1::ChatMessagesController#index, a JSON array), and
//   ChatChannel broadcasts (ChatMessageBroadcastJob, one object, sent on create AND on update):
//   {"id": 41, "profileId": 7, "speakerId": null, "body": "…", "roomType": "talk",
//    "roomId": 12, "createdAt": "2026-03-10T01:02:03.456Z", "replyTo": null,
//    "messageType": "chat"}      (the index adds "eventAbbr"; the broadcast does not)
// Anything else is refused with an error naming the field, never a crash.

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace omk::room {

// Dreamkast validates 512 characters; a body far past that did not come through its checks.
inline constexpr qsizetype kDreamkastMaxBodyChars = 4096;
// One talk's chat is hundreds of messages; a reply this large is not a chat history.
inline constexpr qsizetype kDreamkastMaxHistoryBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kDreamkastMaxHistoryMessages = 20000;

struct DreamkastMessage {
    enum class Type { Chat, Qa };

    qint64 id = 0;
    qint64 profileId = 0;  // 0: none (Dreamkast allows a message without a profile)
    qint64 speakerId = 0;  // 0: not a speaker
    QString body;
    QString roomType;
    qint64 roomId = 0;
    qint64 createdAtMs = 0;  // ms since the Unix epoch
    qint64 replyTo = 0;      // the parent message's id; 0: none
    Type type = Type::Chat;

    bool operator==(const DreamkastMessage&) const = default;
};

Expected<DreamkastMessage> parseDreamkastMessage(const QJsonValue& value);

struct DreamkastHistory {
    QList<DreamkastMessage> messages;  // in the order the server sent them
    QStringList refused;               // one reason per element that could not be read
};
// The index's body: a JSON array. One bad element is refused on its own (its reason in
// `refused`); a body that is not an array at all is an error.
Expected<DreamkastHistory> parseDreamkastHistory(const QByteArray& body);

}  // namespace omk::room
