#pragma once
// The few pieces of RFC 6455 a lean load-test receiver needs, as pure functions over bytes: the
// client's upgrade request and the check of the server's answer, reading one server frame,
// writing one masked client frame, and finding the load test's chat text in a frame without
// decoding its JSON. Kept apart from the sockets so they can be fuzzed (fuzz_wire_frames).

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace omk::preflight::wire {

// The GET that asks for an upgrade, with a Sec-WebSocket-Key of 16 random bytes in base64.
std::string upgradeRequest(std::string_view host, std::string_view path, std::string_view key);
// What Sec-WebSocket-Accept must be for key.
std::string acceptFor(std::string_view key);

enum class Head { NeedMore, Upgraded, Refused };
// Reads the server's HTTP answer from the start of in. Upgraded: *consumed is the length of the
// head (frames may follow in the same bytes). Refused: *why says why, in one line.
Head readUpgradeResponse(std::string_view in, std::string_view key, std::size_t* consumed,
                         QString* why);

enum class Opcode : std::uint8_t {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

struct Frame {
    bool fin = false;
    Opcode opcode = Opcode::Text;
    std::string_view payload;  // into the bytes read from
    std::size_t size = 0;      // header and payload: where the next frame starts
};

// Server frames above this are refused rather than buffered for.
inline constexpr std::uint64_t kMaxFramePayload = 16ULL * 1024 * 1024;

enum class Read { Frame, NeedMore, Error };
// One server-to-client frame from the start of in: unmasked (a masked one is an error, as the
// RFC says), a known opcode, control frames short and final, at most kMaxFramePayload.
Read readFrame(std::string_view in, Frame* frame, QString* why);

// A client frame: FIN set, masked with mask as the RFC requires of every client frame.
std::string clientFrame(Opcode opcode, std::string_view payload, std::uint32_t mask);

// In a text frame holding a chat.message whose text is "lt RUN KEY SENT_NS" (loadMessageText in
// LoadWorker.h) for this run: KEY and SENT_NS. False for every other frame.
bool findLoadMessage(std::string_view frame, std::string_view run, std::int64_t* key,
                     std::int64_t* sentNs);

}  // namespace omk::preflight::wire
