// The lean receivers' RFC 6455 pieces against the RFC's own examples and hand-built frames.
#include "preflight/WireFrames.h"

#include <gtest/gtest.h>

namespace omk::preflight::wire {
namespace {

std::string serverFrame(unsigned char b0, std::string_view payload) {
    std::string f(1, char(b0));
    const std::size_t n = payload.size();
    if (n < 126) {
        f.push_back(char(n));
    } else if (n <= 0xFFFF) {
        f.push_back(char(126));
        f.push_back(char(n >> 8));
        f.push_back(char(n & 0xFF));
    } else {
        f.push_back(char(127));
        for (int i = 7; i >= 0; --i) f.push_back(char((std::uint64_t(n) >> (8 * i)) & 0xFF));
    }
    f.append(payload);
    return f;
}

TEST(WireFrames, AcceptKeyIsTheRfcsExample) {
    // RFC 6455, section 1.3.
    EXPECT_EQ(acceptFor("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    const std::string req = upgradeRequest("127.0.0.1:80", "/ws", "dGhlIHNhbXBsZSBub25jZQ==");
    EXPECT_EQ(req.rfind("GET /ws HTTP/1.1\r\n", 0), 0u);
    EXPECT_NE(req.find("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"), std::string::npos);
    EXPECT_EQ(req.substr(req.size() - 4), "\r\n\r\n");
}

TEST(WireFrames, UpgradeAnswerIsCheckedAndFramesAfterItAreKept) {
    const std::string key = "dGhlIHNhbXBsZSBub25jZQ==";
    const std::string ok =
        "HTTP/1.1 101 Switching Protocols\r\nupgrade: WebSocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    std::size_t used = 0;
    QString why;
    EXPECT_EQ(readUpgradeResponse(ok.substr(0, 20), key, &used, &why), Head::NeedMore);
    EXPECT_EQ(readUpgradeResponse(ok + "\x81\x02hi", key, &used, &why), Head::Upgraded);
    EXPECT_EQ(used, ok.size());

    std::string wrong = ok;
    wrong.replace(wrong.find("s3pP"), 4, "AAAA");
    EXPECT_EQ(readUpgradeResponse(wrong, key, &used, &why), Head::Refused);
    EXPECT_TRUE(why.contains(QStringLiteral("Sec-WebSocket-Accept")));
    EXPECT_EQ(readUpgradeResponse("HTTP/1.1 404 Not Found\r\n\r\n", key, &used, &why),
              Head::Refused);
    EXPECT_TRUE(why.contains(QStringLiteral("404")));
    EXPECT_EQ(readUpgradeResponse(std::string(9000, 'x'), key, &used, &why), Head::Refused);
}

TEST(WireFrames, ServerFramesOfEveryLengthEncoding) {
    for (const std::size_t n : {std::size_t(0), std::size_t(125), std::size_t(126),
                                std::size_t(65535), std::size_t(65536)}) {
        const std::string payload(n, 'a');
        const std::string bytes = serverFrame(0x81, payload) + "\x89";
        Frame f;
        QString why;
        ASSERT_EQ(readFrame(bytes, &f, &why), Read::Frame) << n;
        EXPECT_TRUE(f.fin);
        EXPECT_EQ(f.opcode, Opcode::Text);
        EXPECT_EQ(f.payload.size(), n);
        EXPECT_EQ(f.size, bytes.size() - 1);
        // Cut anywhere inside, it asks for more.
        EXPECT_EQ(readFrame(std::string_view(bytes).substr(0, bytes.size() - 2), &f, &why),
                  Read::NeedMore);
    }
}

TEST(WireFrames, FramesNoServerMaySendAreErrors) {
    Frame f;
    QString why;
    EXPECT_EQ(readFrame("\x81\x82"
                        "abcdef",
                        &f, &why),
              Read::Error);  // masked
    EXPECT_TRUE(why.contains(QStringLiteral("masked")));
    EXPECT_EQ(readFrame(std::string("\xC1\x00", 2), &f, &why), Read::Error);  // RSV1
    EXPECT_EQ(readFrame(std::string("\x83\x00", 2), &f, &why), Read::Error);  // opcode 3
    EXPECT_EQ(readFrame(std::string("\x09\x00", 2), &f, &why), Read::Error);  // fragmented ping
    EXPECT_EQ(readFrame(serverFrame(0x89, std::string(126, 'p')), &f, &why), Read::Error);
    const std::string huge =
        std::string("\x81\x7F", 2) + std::string("\x00\x00\x00\x00\x10\x00\x00\x01", 8);
    EXPECT_EQ(readFrame(huge, &f, &why), Read::Error);
    EXPECT_TRUE(why.contains(QStringLiteral("limit")));
}

TEST(WireFrames, ClientFramesAreMaskedAndDecodeBack) {
    const std::string payload(300, 'z');
    const std::string f = clientFrame(Opcode::Text, payload, 0x11223344u);
    ASSERT_EQ(f.size(), 2 + 2 + 4 + payload.size());
    EXPECT_EQ(static_cast<unsigned char>(f[0]), 0x81);
    EXPECT_EQ(static_cast<unsigned char>(f[1]), 0x80 | 126);
    const char* mask = f.data() + 4;
    EXPECT_EQ(std::string(mask, 4), std::string("\x11\x22\x33\x44", 4));
    std::string back;
    for (std::size_t i = 0; i < payload.size(); ++i) back.push_back(char(f[8 + i] ^ mask[i % 4]));
    EXPECT_EQ(back, payload);
}

TEST(WireFrames, LoadMessagesAreFoundOnlyInThisRunsChatMessages) {
    const std::string frame =
        R"({"actor":{"id":"g_1","name":"x","role":"attendee"},"cid":"c1",)"
        R"("data":{"text":"lt abc123 42 987654321"},"room":"r","seq":7,"type":"chat.message","v":1})";
    std::int64_t key = 0, sent = 0;
    ASSERT_TRUE(findLoadMessage(frame, "abc123", &key, &sent));
    EXPECT_EQ(key, 42);
    EXPECT_EQ(sent, 987654321);
    EXPECT_FALSE(findLoadMessage(frame, "other", &key, &sent));
    std::string edit = frame;
    edit.replace(edit.find("chat.message"), 12, "chat.edit");
    EXPECT_FALSE(findLoadMessage(edit, "abc123", &key, &sent));
    std::string notNumber = frame;
    notNumber.replace(notNumber.find("42"), 2, "4x");
    EXPECT_FALSE(findLoadMessage(notNumber, "abc123", &key, &sent));
    std::string tooLong = frame;
    tooLong.replace(tooLong.find("987654321"), 9, "9999999999999999999999");
    EXPECT_FALSE(findLoadMessage(tooLong, "abc123", &key, &sent));
}

}  // namespace
}  // namespace omk::preflight::wire
