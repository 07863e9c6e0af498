// Any bytes as Dreamkast's chat history (GET /api/v1/chat_messages) and, when they are one JSON
// value, as a ChatChannel broadcast: the reader must answer with messages or reasons, never
// crash, hang or read out of bounds, and what it accepts must hold to its own limits.
#include "room/DreamkastMessage.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void check(const omk::room::DreamkastMessage& m) {
    if (m.id <= 0 || m.roomId <= 0 || m.profileId < 0 || m.speakerId < 0 || m.replyTo < 0 ||
        m.replyTo == m.id)
        std::abort();
    if (m.body.trimmed().isEmpty() || m.body.size() > omk::room::kDreamkastMaxBodyChars)
        std::abort();
    if (m.roomType.isEmpty()) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto history = omk::room::parseDreamkastHistory(bytes);
    if (!history) {
        if (history.error().message.isEmpty()) std::abort();  // every refusal says why
    } else {
        for (const auto& m : history->messages) check(m);
        for (const auto& reason : history->refused)
            if (reason.isEmpty()) std::abort();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        auto m = omk::room::parseDreamkastMessage(doc.object());
        if (m)
            check(*m);
        else if (m.error().message.isEmpty())
            std::abort();
    }
    return 0;
}
