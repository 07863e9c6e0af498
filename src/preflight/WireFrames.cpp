#include "preflight/WireFrames.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>
#include <cctype>

namespace omk::preflight::wire {

namespace {

constexpr std::string_view kGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr std::size_t kMaxHead = 8192;

bool equalsNoCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Digits at the start of s, as a number; false for none or more than 18 (no overflow).
bool leadingNumber(std::string_view s, std::int64_t* value, std::size_t* used) {
    std::size_t i = 0;
    std::int64_t v = 0;
    while (i < s.size() && i < 18 && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
    if (i == 0 || (i < s.size() && s[i] >= '0' && s[i] <= '9')) return false;
    *value = v;
    *used = i;
    return true;
}

}  // namespace

std::string upgradeRequest(std::string_view host, std::string_view path, std::string_view key) {
    std::string r;
    r.reserve(160 + host.size() + path.size());
    r.append("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    r.append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ").append(key);
    r.append("\r\nSec-WebSocket-Version: 13\r\n\r\n");
    return r;
}

std::string acceptFor(std::string_view key) {
    QByteArray in(key.data(), qsizetype(key.size()));
    in.append(kGuid.data(), qsizetype(kGuid.size()));
    return QCryptographicHash::hash(in, QCryptographicHash::Sha1).toBase64().toStdString();
}

Head readUpgradeResponse(std::string_view in, std::string_view key, std::size_t* consumed,
                         QString* why) {
    const std::size_t end = in.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        if (in.size() <= kMaxHead) return Head::NeedMore;
        *why = QStringLiteral("the server's answer to the upgrade has no end");
        return Head::Refused;
    }
    const std::string_view head = in.substr(0, end);
    const std::size_t lineEnd = head.find("\r\n");
    const std::string_view status = head.substr(0, lineEnd);
    if (status.substr(0, 9) != "HTTP/1.1 " || status.substr(9, 3) != "101") {
        *why =
            QStringLiteral("upgrade refused: ") +
            QString::fromUtf8(status.data(), qsizetype(std::min<std::size_t>(status.size(), 80)));
        return Head::Refused;
    }
    bool upgrade = false, accepted = false;
    std::string_view rest =
        lineEnd == std::string_view::npos ? std::string_view{} : head.substr(lineEnd + 2);
    const std::string expected = acceptFor(key);
    while (!rest.empty()) {
        const std::size_t n = rest.find("\r\n");
        const std::string_view line = rest.substr(0, n);
        rest = n == std::string_view::npos ? std::string_view{} : rest.substr(n + 2);
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view name = trim(line.substr(0, colon));
        const std::string_view value = trim(line.substr(colon + 1));
        if (equalsNoCase(name, "upgrade")) upgrade = equalsNoCase(value, "websocket");
        if (equalsNoCase(name, "sec-websocket-accept")) accepted = value == expected;
    }
    if (!upgrade || !accepted) {
        *why = !upgrade ? QStringLiteral("upgrade answer without \"Upgrade: websocket\"")
                        : QStringLiteral("upgrade answer with a wrong Sec-WebSocket-Accept");
        return Head::Refused;
    }
    *consumed = end + 4;
    return Head::Upgraded;
}

Read readFrame(std::string_view in, Frame* frame, QString* why) {
    if (in.size() < 2) return Read::NeedMore;
    const auto b0 = static_cast<unsigned char>(in[0]);
    const auto b1 = static_cast<unsigned char>(in[1]);
    if (b0 & 0x70) {
        *why = QStringLiteral("frame with reserved bits set");
        return Read::Error;
    }
    const unsigned op = b0 & 0x0F;
    const bool known = op <= 0x2 || (op >= 0x8 && op <= 0xA);
    if (!known) {
        *why = QStringLiteral("frame with unknown opcode %1").arg(op);
        return Read::Error;
    }
    if (b1 & 0x80) {
        *why = QStringLiteral("masked frame from the server");
        return Read::Error;
    }
    std::uint64_t length = b1 & 0x7F;
    std::size_t header = 2;
    if (length == 126) {
        if (in.size() < 4) return Read::NeedMore;
        length = (std::uint64_t(static_cast<unsigned char>(in[2])) << 8) |
                 static_cast<unsigned char>(in[3]);
        header = 4;
    } else if (length == 127) {
        if (in.size() < 10) return Read::NeedMore;
        length = 0;
        for (int i = 2; i < 10; ++i) length = (length << 8) | static_cast<unsigned char>(in[i]);
        header = 10;
    }
    const bool fin = b0 & 0x80;
    if (op >= 0x8 && (length > 125 || !fin)) {
        *why = QStringLiteral("control frame that is long or fragmented");
        return Read::Error;
    }
    if (length > kMaxFramePayload) {
        *why = QStringLiteral("frame of %1 bytes, above the receiver's limit").arg(length);
        return Read::Error;
    }
    if (in.size() - header < length) return Read::NeedMore;
    frame->fin = fin;
    frame->opcode = static_cast<Opcode>(op);
    frame->payload = in.substr(header, std::size_t(length));
    frame->size = header + std::size_t(length);
    return Read::Frame;
}

std::string clientFrame(Opcode opcode, std::string_view payload, std::uint32_t mask) {
    std::string f;
    f.reserve(payload.size() + 14);
    f.push_back(char(0x80 | static_cast<unsigned>(opcode)));
    const std::uint64_t n = payload.size();
    if (n < 126) {
        f.push_back(char(0x80 | n));
    } else if (n <= 0xFFFF) {
        f.push_back(char(0x80 | 126));
        f.push_back(char(n >> 8));
        f.push_back(char(n & 0xFF));
    } else {
        f.push_back(char(0x80 | 127));
        for (int i = 7; i >= 0; --i) f.push_back(char((n >> (8 * i)) & 0xFF));
    }
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    f.append(key, 4);
    for (std::size_t i = 0; i < payload.size(); ++i) f.push_back(char(payload[i] ^ key[i % 4]));
    return f;
}

bool findLoadMessage(std::string_view frame, std::string_view run, std::int64_t* key,
                     std::int64_t* sentNs) {
    if (frame.find(R"("type":"chat.message")") == std::string_view::npos) return false;
    std::string marker = R"("text":"lt )";
    marker.append(run).push_back(' ');
    const std::size_t at = frame.find(marker);
    if (at == std::string_view::npos) return false;
    std::string_view rest = frame.substr(at + marker.size());
    std::size_t used = 0;
    if (!leadingNumber(rest, key, &used) || used >= rest.size() || rest[used] != ' ') return false;
    rest.remove_prefix(used + 1);
    if (!leadingNumber(rest, sentNs, &used) || used >= rest.size() || rest[used] != '"')
        return false;
    return true;
}

}  // namespace omk::preflight::wire
