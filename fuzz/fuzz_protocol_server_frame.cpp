// Any bytes as a server text frame, as the client reads them: the decoder must answer with a
// message or an error naming a field, never crash, hang or read out of bounds.
#include "protocol/ServerDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray frame(reinterpret_cast<const char*>(data), qsizetype(size));
    auto m = omk::protocol::decodeServerMessage(frame);
    if (!m && m.error().message.isEmpty()) std::abort();  // every refusal says why
    if (m) {
        // What a client acts on must be consistent: a decoded replay is consecutive.
        if (const auto* j = std::get_if<omk::protocol::JoinedMessage>(&*m)) {
            for (qsizetype i = 1; i < j->events.size(); ++i)
                if (j->events[i].seq != j->events[i - 1].seq + 1) std::abort();
        }
    }
    return 0;
}
