// Live protocols the player claims besides HLS: RTMP and SRT, each pulled from an ffmpeg process
// that serves on 127.0.0.1, and what happens when that server dies mid-stream.
//
// RTSP is not covered: ffmpeg can only push to an RTSP server, not serve pullers, and Debian
// ships no small headless RTSP server these tests could start on a free port.

#include "PipelineTestSupport.h"

#include "media/Player.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <thread>

using namespace omk::media;
using namespace omk::media::testing;

namespace {

// A port nothing listens on right now. The gap until ffmpeg binds it is a race in principle,
// but the kernel hands out ephemeral ports round-robin, so a reuse that soon is unlikely.
uint16_t freePort(int type) {
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    if (fd < 0) return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    uint16_t port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// Whether some socket is bound to the port: a listening one for TCP. Read from /proc rather
// than by connecting, because ffmpeg's listeners serve exactly one client and a probe would be
// that client.
bool portBound(const char* procFile, uint16_t port, bool tcpListen) {
    QFile f(QString::fromLatin1(procFile));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return false;
    const QString needle = QStringLiteral(":%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    f.readLine();  // header
    for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine()) {
        const QStringList cols = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        // "sl local_address rem_address st ..."; state 0A is LISTEN.
        if (cols.size() < 4 || !cols[1].endsWith(needle)) continue;
        if (!tcpListen || cols[3] == QLatin1String("0A")) return true;
    }
    return false;
}

bool ffmpegHasProtocol(const QString& name) {
    QProcess p;
    p.start(QStringLiteral(OMNIKAST_FFMPEG),
            {QStringLiteral("-hide_banner"), QStringLiteral("-protocols")});
    if (!p.waitForFinished(10000)) return false;
    const QStringList lines = QString::fromLocal8Bit(p.readAllStandardOutput()).split('\n');
    // The list is "Input:" then "Output:"; a puller needs the input side.
    bool input = false;
    for (const QString& raw : lines) {
        const QString l = raw.trimmed();
        if (l == QLatin1String("Input:"))
            input = true;
        else if (l == QLatin1String("Output:"))
            input = false;
        else if (input && l == name)
            return true;
    }
    return false;
}

// testsrc2 in real time, video only, one keyframe a second so a late joiner starts quickly.
QStringList sourceArgs() {
    return {QStringLiteral("-nostdin"), QStringLiteral("-v"),
            QStringLiteral("error"),    QStringLiteral("-re"),
            QStringLiteral("-f"),       QStringLiteral("lavfi"),
            QStringLiteral("-i"),       QStringLiteral("testsrc2=size=320x160:rate=25"),
            QStringLiteral("-c:v"),     QStringLiteral("libx264"),
            QStringLiteral("-preset"),  QStringLiteral("ultrafast"),
            QStringLiteral("-tune"),    QStringLiteral("zerolatency"),
            QStringLiteral("-g"),       QStringLiteral("25"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
}

// An ffmpeg process serving one stream; killed (not asked to stop) on destruction or kill(),
// as a crashed or unplugged encoder would be.
class FfmpegServer {
public:
    explicit FfmpegServer(const QStringList& args) {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral(OMNIKAST_FFMPEG), args);
        m_started = m_process.waitForStarted(10000);
    }
    ~FfmpegServer() { kill(); }
    FfmpegServer(const FfmpegServer&) = delete;
    FfmpegServer& operator=(const FfmpegServer&) = delete;

    bool started() const { return m_started; }
    bool running() const { return m_process.state() == QProcess::Running; }
    void kill() {
        if (m_process.state() == QProcess::NotRunning) return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    bool m_started = false;
};

// Waits until the server's socket is up; false if it died or took too long.
bool waitUntilServing(const FfmpegServer& server, const std::function<bool()>& bound) {
    return pumpUntil([&] { return bound() || !server.running(); }, 10000) && server.running();
}

PlayerOptions untimed(std::chrono::milliseconds reconnectTimeout = std::chrono::seconds(60)) {
    PlayerOptions o;
    o.enableAudio = false;
    o.reconnectTimeout = reconnectTimeout;
    return o;
}

// Records what a player says, and drains its frames on this thread while the event loop runs.
struct Watcher {
    explicit Watcher(Player& p) : player(p) {
        QObject::connect(&p, &Player::errorOccurred, [this](const QString& m) {
            ++errors;
            lastError = m;
        });
        QObject::connect(&p, &Player::finished, [this] { ++finishedCount; });
    }

    bool drainUntil(const std::function<bool()>& done, int timeoutMs) {
        return pumpUntil(
            [&] {
                while (player.takeNextFrame(std::chrono::milliseconds(0))) ++frames;
                if (player.isReconnecting()) sawReconnecting = true;
                return done();
            },
            timeoutMs);
    }

    Player& player;
    long frames = 0;
    int errors = 0;
    int finishedCount = 0;
    QString lastError;
    bool sawReconnecting = false;
};

// A UDP listener cannot be seen accepting, and the first handshake may race its start-up, so
// the open is retried a few times on a fresh attempt each.
bool openWithRetries(Player& player, const QString& url, int attempts, QString* error) {
    for (int i = 0; i < attempts; ++i) {
        if (openAndWait(player, url, error)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
    return false;
}

struct Protocol {
    const char* name;
    std::function<QStringList(uint16_t port)> serverArgs;
    std::function<QString(uint16_t port)> playerUrl;
    int socketType;
    const char* procFile;
    bool tcpListen;
    int openAttempts;
};

Protocol rtmp() {
    return {"rtmp",
            [](uint16_t port) {
                return sourceArgs() +
                       QStringList{QStringLiteral("-f"), QStringLiteral("flv"),
                                   QStringLiteral("-listen"), QStringLiteral("1"),
                                   QStringLiteral("rtmp://127.0.0.1:%1/live/test").arg(port)};
            },
            [](uint16_t port) { return QStringLiteral("rtmp://127.0.0.1:%1/live/test").arg(port); },
            SOCK_STREAM,
            "/proc/net/tcp",
            true,
            1};
}

Protocol srt() {
    return {
        "srt",
        [](uint16_t port) {
            return sourceArgs() +
                   QStringList{QStringLiteral("-f"), QStringLiteral("mpegts"),
                               QStringLiteral("srt://127.0.0.1:%1?mode=listener").arg(port)};
        },
        [](uint16_t port) { return QStringLiteral("srt://127.0.0.1:%1?mode=caller").arg(port); },
        SOCK_DGRAM,
        "/proc/net/udp",
        false,
        3};
}

// Starts the server and opens the player on it; the test has failed or been skipped if false.
bool startAndOpen(const Protocol& proto, std::unique_ptr<FfmpegServer>& server, Player& player,
                  QString& url) {
    const uint16_t port = freePort(proto.socketType);
    EXPECT_NE(port, 0);
    if (port == 0) return false;
    server = std::make_unique<FfmpegServer>(proto.serverArgs(port));
    EXPECT_TRUE(server->started()) << "cannot run " OMNIKAST_FFMPEG;
    if (!server->started()) return false;
    const bool serving =
        waitUntilServing(*server, [&] { return portBound(proto.procFile, port, proto.tcpListen); });
    EXPECT_TRUE(serving) << proto.name << " server never bound port " << port;
    if (!serving) return false;
    url = proto.playerUrl(port);
    QString error;
    const bool opened = openWithRetries(player, url, proto.openAttempts, &error);
    EXPECT_TRUE(opened) << error.toStdString();
    return opened;
}

void playsLive(const Protocol& proto) {
    ensureApp();
    if (!ffmpegHasProtocol(QString::fromLatin1(proto.name)))
        GTEST_SKIP() << "this FFmpeg build has no " << proto.name << " protocol";
    QElapsedTimer t;
    t.start();
    Player player(untimed());
    Watcher w(player);
    std::unique_ptr<FfmpegServer> server;
    QString url;
    if (!startAndOpen(proto, server, player, url)) return;
    EXPECT_TRUE(player.isLive());
    EXPECT_FALSE(player.isSeekable());
    EXPECT_EQ(player.mediaSize(), QSize(320, 160));
    EXPECT_TRUE(w.drainUntil([&] { return w.frames >= 50; }, 10000)) << "frames " << w.frames;
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    EXPECT_EQ(w.finishedCount, 0);
    EXPECT_FALSE(player.isReconnecting());
    std::printf("%s: %ld frames in %lld ms\n", proto.name, w.frames,
                static_cast<long long>(t.elapsed()));
}

void serverDeathEndsInOneError(const Protocol& proto) {
    ensureApp();
    if (!ffmpegHasProtocol(QString::fromLatin1(proto.name)))
        GTEST_SKIP() << "this FFmpeg build has no " << proto.name << " protocol";
    Player player(untimed(std::chrono::seconds(3)));
    Watcher w(player);
    std::unique_ptr<FfmpegServer> server;
    QString url;
    if (!startAndOpen(proto, server, player, url)) return;
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 25; }, 10000)) << "frames " << w.frames;

    server->kill();
    QElapsedTimer t;
    t.start();
    // SRT only notices a silent peer after its idle timeout (5 s by default); TCP at once.
    ASSERT_TRUE(w.drainUntil([&] { return w.sawReconnecting || w.errors > 0; }, 10000))
        << "the player never noticed the server was gone";
    EXPECT_TRUE(w.sawReconnecting) << "went straight to an error: " << w.lastError.toStdString();
    const qint64 noticedMs = t.elapsed();
    ASSERT_TRUE(w.drainUntil([&] { return w.errors > 0; }, 15000))
        << "still reconnecting=" << player.isReconnecting() << " after the limit";
    EXPECT_EQ(w.errors, 1);
    EXPECT_TRUE(w.lastError.startsWith(url + QStringLiteral(": "))) << w.lastError.toStdString();
    EXPECT_FALSE(player.isReconnecting());
    EXPECT_EQ(w.finishedCount, 0);
    std::printf("%s: drop noticed after %lld ms, error after %lld ms: %s\n", proto.name,
                static_cast<long long>(noticedMs), static_cast<long long>(t.elapsed()),
                qPrintable(w.lastError));
    // No second report later.
    w.drainUntil([] { return false; }, 1000);
    EXPECT_EQ(w.errors, 1);
}

}  // namespace

TEST(PipelineStreamRtmp, PlaysALiveStreamFromAnRtmpServer) {
    playsLive(rtmp());
}

TEST(PipelineStreamRtmp, ServerDeathEndsInOneErrorNamingTheUrl) {
    serverDeathEndsInOneError(rtmp());
}

TEST(PipelineStreamSrt, PlaysALiveStreamFromAnSrtListener) {
    playsLive(srt());
}

TEST(PipelineStreamSrt, ServerDeathEndsInOneErrorNamingTheUrl) {
    serverDeathEndsInOneError(srt());
}
