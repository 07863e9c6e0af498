// Inputs that cannot be played fail with a message naming the input and the reason, quickly
// and without crashing.

#include "ProbeTestSupport.h"

#include "media/FrameGrabber.h"
#include "media/Input.h"
#include "media/Probe.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <random>
#include <thread>

namespace omk::media {
namespace {

using namespace testing;

// Opens `url` through every public entry point and checks each fails the same way.
void expectFailure(const QString& url, const QString& reason, int withinMs = 5000) {
    QElapsedTimer t;
    t.start();
    auto input = openInput(url);
    ASSERT_FALSE(input) << url.toStdString() << " opened";
    const QString message = input.error().message;
    EXPECT_TRUE(message.startsWith(url + QStringLiteral(": "))) << message.toStdString();
    EXPECT_TRUE(message.contains(reason)) << message.toStdString();

    auto info = probe(url);
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().message, message);
    auto g = FrameGrabber::open(url);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().message, message);
    EXPECT_LT(t.elapsed(), withinMs);
}

TEST(BadInput, MissingFile) {
    expectFailure(tmpPath(QStringLiteral("does-not-exist.mp4")),
                  QStringLiteral("No such file or directory"));
}

TEST(BadInput, TruncatedMp4) {
    const QByteArray whole = readAll(testsrcClip());
    ASSERT_FALSE(whole.isEmpty());
    const QString path = tmpPath(QStringLiteral("truncated.mp4"));
    ASSERT_TRUE(writeAll(path, whole.left(whole.size() / 3)));
    expectFailure(path, QStringLiteral("Invalid data found when processing input"));
}

TEST(BadInput, RandomBytes) {
    std::mt19937 rng(1234);
    QByteArray noise(256 * 1024, '\0');
    for (char& c : noise) c = char(rng());
    const QString path = tmpPath(QStringLiteral("noise.mp4"));
    ASSERT_TRUE(writeAll(path, noise));
    auto input = openInput(path);
    ASSERT_FALSE(input);
    // Noise is sometimes taken for a headerless format; then it has no video stream instead.
    const QString m = input.error().message;
    EXPECT_TRUE(m == path + QStringLiteral(": Invalid data found when processing input") ||
                m == path + QStringLiteral(": no video stream"))
        << m.toStdString();
}

TEST(BadInput, AudioOnlyHasNoVideoStream) {
    const QString path = ffmpegMake(QStringLiteral("audio-only.m4a"),
                                    QStringLiteral("-f lavfi -i sine=duration=1 -c:a aac"));
    ASSERT_FALSE(path.isEmpty());
    expectFailure(path, QStringLiteral("no video stream"));
}

TEST(BadInput, UnsupportedCodec) {
    // AVS2 has a codec id but no decoder in FFmpeg 5.1. ffmpeg cannot encode it, so an MPEG-4
    // AVI gets its fourcc renamed, which is all the demuxer looks at.
    const QString src = ffmpegMake(
        QStringLiteral("mpeg4.avi"),
        QStringLiteral("-f lavfi -i testsrc2=size=128x64:rate=10:duration=1 -c:v mpeg4"));
    QByteArray bytes = readAll(src);
    ASSERT_GE(bytes.count("FMP4"), 1);
    bytes.replace("FMP4", "AVS2");
    const QString path = tmpPath(QStringLiteral("avs2.avi"));
    ASSERT_TRUE(writeAll(path, bytes));

    auto info = probe(path);  // describing it still works
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_EQ(info->videoCodec, QStringLiteral("avs2"));

    auto g = FrameGrabber::open(path);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().message, path + QStringLiteral(": unsupported video codec 'avs2'"));
}

TEST(BadInput, UnreachableHost) {
    expectFailure(QStringLiteral("http://127.0.0.1:9/x.mp4"), QStringLiteral("Connection refused"));
}

// A server that accepts connections and answers every request with 404.
class NotFoundServer {
public:
    NotFoundServer() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(m_fd, 8);
        socklen_t len = sizeof addr;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~NotFoundServer() {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    int port() const { return m_port; }

private:
    void serve() {
        while (!m_stop) {
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0) return;
            char buf[4096];
            (void)::recv(c, buf, sizeof buf, 0);
            static const char kReply[] =
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            (void)::send(c, kReply, sizeof kReply - 1, MSG_NOSIGNAL);
            ::close(c);
        }
    }
    int m_fd = -1, m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

TEST(BadInput, Http404) {
    NotFoundServer server;
    const QString url = QStringLiteral("http://127.0.0.1:%1/missing.mp4").arg(server.port());
    expectFailure(url, QStringLiteral("Server returned 404 Not Found"));
}

// A server that accepts and then says nothing: the timeout, not the OS, must end the wait.
TEST(BadInput, SilentHostTimesOut) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    ASSERT_EQ(::listen(fd, 8), 0);  // the kernel completes handshakes; nobody ever answers
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    const QString url = QStringLiteral("http://127.0.0.1:%1/x.mp4").arg(ntohs(addr.sin_port));

    QElapsedTimer t;
    t.start();
    OpenOptions options;
    options.timeoutMs = 800;
    auto input = openInput(url, options);
    ASSERT_FALSE(input);
    EXPECT_TRUE(input.error().message.startsWith(url + QStringLiteral(": ")))
        << input.error().message.toStdString();
    EXPECT_LT(t.elapsed(), 4000);
    ::close(fd);
}

TEST(BadInput, AbortFlagEndsTheWait) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    ASSERT_EQ(::listen(fd, 8), 0);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    const QString url = QStringLiteral("http://127.0.0.1:%1/x.mp4").arg(ntohs(addr.sin_port));

    std::atomic<bool> abort{false};
    OpenOptions options;
    options.timeoutMs = 60000;
    options.abort = &abort;
    std::thread aborter([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        abort = true;
    });
    QElapsedTimer t;
    t.start();
    auto input = openInput(url, options);
    aborter.join();
    ASSERT_FALSE(input);
    EXPECT_EQ(input.error().message, url + QStringLiteral(": aborted"));
    EXPECT_LT(t.elapsed(), 3000);
    ::close(fd);
}

}  // namespace
}  // namespace omk::media
