// Any bytes as what a server sends a lean load-test receiver (preflight/WireFrames): first as
// the answer to the upgrade, then as a stream of frames read one after another the way the
// receiver reads them. Every refusal says why, a frame never claims more bytes than it was
// given, and the chat-text scanner reads only inside the frame.
#include "preflight/WireFrames.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace omk::preflight::wire;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    std::string_view in(bytes);
    QString why;
    std::size_t head = 0;
    const std::string key = "dGhlIHNhbXBsZSBub25jZQ==";
    const Head h = readUpgradeResponse(in, key, &head, &why);
    if (h == Head::Refused && why.isEmpty()) std::abort();
    if (h == Head::Upgraded) {
        if (head > in.size()) std::abort();
        in.remove_prefix(head);
    }
    for (int i = 0; i < 10000; ++i) {
        Frame f;
        why.clear();
        const Read r = readFrame(in, &f, &why);
        if (r == Read::Error && why.isEmpty()) std::abort();
        if (r != Read::Frame) break;
        if (f.size == 0 || f.size > in.size() || f.payload.size() > f.size) std::abort();
        std::int64_t k = 0, sent = 0;
        if (findLoadMessage(f.payload, "run", &k, &sent) && (k < 0 || sent < 0)) std::abort();
        const std::string echo = clientFrame(Opcode::Pong, f.payload, 0x01020304u);
        if (echo.size() < f.payload.size() + 6) std::abort();
        in.remove_prefix(f.size);
    }
    return 0;
}
