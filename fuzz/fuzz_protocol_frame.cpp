// Any bytes as a client text frame: the decoder must answer with a message or an error naming a
// field, never crash, hang or read out of bounds; whatever decodes must survive re-encoding.
#include "protocol/ClientMessage.h"
#include "protocol/Event.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray frame(reinterpret_cast<const char*>(data), qsizetype(size));
    auto m = omk::protocol::decodeClientMessage(frame);
    if (!m) {
        if (m.error().message.isEmpty()) std::abort();  // every refusal says why
        // The same bytes read as a stored/sent event (the client side's decoder).
        const auto doc = QJsonDocument::fromJson(frame);
        if (doc.isObject()) (void)omk::protocol::eventFromJson(doc.object());
        return 0;
    }
    // Round trip: what decoded must encode to something that decodes to the same kind.
    const QByteArray again =
        std::visit([](const auto& msg) { return omk::protocol::encode(msg); }, *m);
    auto back = omk::protocol::decodeClientMessage(again);
    if (!back || back->index() != m->index()) std::abort();
    return 0;
}
