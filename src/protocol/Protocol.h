#pragma once
// The version every hello and welcome carries; docs/PROTOCOL.md describes version 1.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace omk::protocol {

inline constexpr int kVersion = 1;

// Bounds the decoder enforces. The server may configure tighter ones; these defaults are what
// docs/PROTOCOL.md promises.
struct DecodeLimits {
    int maxTextChars = 2000;  // chat.message text, in UTF-16 code units
    int maxNameChars = 64;    // display names
    int maxTokenChars = 4096;
    int maxMediaChars = 2048;  // playback.state media
    int maxReasonChars = 200;
    int maxMembersPage = 200;
    int maxHistoryPage = 200;  // events per history request
    int maxEmojiChars = 32;    // a reaction: one emoji, possibly a ZWJ sequence
};

inline QByteArray toFrame(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace omk::protocol
