// Network inputs end to end: HLS on demand and live over http from a server inside the test,
// a live stream that drops and comes back, one that never comes back, and shutdown meanwhile.

#include "PipelineTestSupport.h"

#include "media/Player.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace omk::media;
using namespace omk::media::testing;

namespace {

using Clock = std::chrono::steady_clock;

// Makes an HLS rendition (out.m3u8 and one-second segments) once per build tree.
QString makeHls(const QString& dirName, int seconds) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/") + dirName;
    const QString playlist = dir + QStringLiteral("/out.m3u8");
    if (QFile::exists(playlist)) return dir;
    // ctest runs tests in parallel processes that may want the same media: each makes it in a
    // directory of its own and the first rename wins.
    const QString part = dir + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    QDir(part).removeRecursively();
    QDir().mkpath(part);
    // Keyframes exactly once a second, so every segment is one second long and starts on one.
    const QString cmd =
        QStringLiteral(
            "cd \"%1\" && \"%2\" -nostdin -v error -y -f lavfi "
            "-i testsrc2=size=320x160:rate=25 -t %3 -c:v libx264 -preset ultrafast -g 25 "
            "-keyint_min 25 -sc_threshold 0 -pix_fmt yuv420p -f hls -hls_time 1 "
            "-hls_list_size 0 -hls_playlist_type vod -hls_segment_filename 'seg%%03d.ts' "
            "out.m3u8")
            .arg(part, QStringLiteral(OMNIKAST_FFMPEG))
            .arg(seconds);
    const bool made = std::system(cmd.toLocal8Bit().constData()) == 0;
    if (made && !QFile::exists(playlist)) {
        if (QDir(dir).exists() && !QFile::exists(playlist)) QDir(dir).removeRecursively();
        QDir().rename(part, dir);
    }
    QDir(part).removeRecursively();
    return QFile::exists(playlist) ? dir : QString();
}

struct Segment {
    QString name;
    QString extinf;  // the "#EXTINF:..." line as the muxer wrote it
};

std::vector<Segment> readSegments(const QString& dir) {
    std::vector<Segment> out;
    QFile f(dir + QStringLiteral("/out.m3u8"));
    if (!f.open(QIODevice::ReadOnly)) return out;
    QString extinf;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.startsWith(QLatin1String("#EXTINF:"))) {
            extinf = l;
        } else if (!l.isEmpty() && !l.startsWith(QLatin1Char('#'))) {
            out.push_back({l, extinf});
        }
    }
    return out;
}

// A plain HTTP/1.1 server on 127.0.0.1 running on its own thread. Every response carries
// Content-Length and "Connection: close", so requests are served one at a time. setDown(true)
// closes the listening socket, so connections are refused as if the host dropped off the
// network; setDown(false) listens again on the same port.
class HttpServer {
public:
    // Returns the body for a path, or nullopt for 404. Called on the server thread.
    using Handler = std::function<std::optional<QByteArray>(const QString& path)>;

    explicit HttpServer(Handler handler) : m_handler(std::move(handler)) {
        m_listen = listenOn(0);
        if (m_listen < 0) return;
        sockaddr_in addr{};
        socklen_t len = sizeof addr;
        if (::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~HttpServer() {
        m_stop = true;
        if (m_thread.joinable()) m_thread.join();
        if (m_listen >= 0) ::close(m_listen);
    }
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    bool ok() const { return m_port != 0; }
    QString url(const QString& path) const {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
    }
    void setDown(bool down) { m_down = down; }
    // True once the server thread has acted on the last setDown().
    bool isListening() const { return m_listening.load(); }
    int requests() const { return m_requests.load(); }

private:
    static int listenOn(uint16_t port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) return -1;
        const int one = 1;
        // The port is reused after an outage while old connections sit in TIME_WAIT.
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(port);
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
            ::listen(fd, 16) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    void run() {
        while (!m_stop) {
            if (m_down && m_listen >= 0) {
                ::close(m_listen);  // pending connections are reset, new ones refused
                m_listen = -1;
            } else if (!m_down && m_listen < 0) {
                m_listen = listenOn(m_port);
            }
            m_listening = m_listen >= 0;
            if (m_listen < 0) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                continue;
            }
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) continue;
            const int c = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0) continue;
            serve(c);
            ::close(c);
        }
    }

    // Reads until the end of the request head; false on timeout, close or stop.
    bool readHead(int c, std::string& head) {
        const auto deadline = Clock::now() + std::chrono::seconds(5);
        char buf[2048];
        while (head.find("\r\n\r\n") == std::string::npos) {
            if (m_stop || Clock::now() > deadline) return false;
            pollfd p{c, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) continue;
            const ssize_t n = ::recv(c, buf, sizeof buf, 0);
            if (n <= 0) return false;
            head.append(buf, static_cast<size_t>(n));
        }
        return true;
    }

    void sendAll(int c, const QByteArray& data) {
        qsizetype off = 0;
        while (off < data.size() && !m_stop && !m_down) {
            const ssize_t n =
                ::send(c, data.constData() + off, size_t(data.size() - off), MSG_NOSIGNAL);
            if (n <= 0) return;
            off += n;
        }
    }

    void serve(int c) {
        std::string head;
        if (!readHead(c, head)) return;
        ++m_requests;
        // "GET /path HTTP/1.1"
        const auto sp1 = head.find(' ');
        const auto sp2 = head.find(' ', sp1 + 1);
        if (sp1 == std::string::npos || sp2 == std::string::npos) return;
        QString path = QString::fromStdString(head.substr(sp1 + 2, sp2 - sp1 - 2));
        path = path.section(QLatin1Char('?'), 0, 0);
        const std::optional<QByteArray> body = m_handler(path);
        const QByteArray status = body ? "200 OK" : "404 Not Found";
        const QByteArray type =
            path.endsWith(QLatin1String(".m3u8")) ? "application/vnd.apple.mpegurl" : "video/mp2t";
        const QByteArray payload = body.value_or(QByteArray());
        QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                              "\r\nContent-Length: " + QByteArray::number(payload.size()) +
                              "\r\nConnection: close\r\n\r\n";
        response += payload;
        sendAll(c, response);
    }

    Handler m_handler;
    int m_listen = -1;
    uint16_t m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_down{false};
    std::atomic<bool> m_listening{true};
    std::atomic<int> m_requests{0};
    std::thread m_thread;
};

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Serves a finished HLS rendition as it is.
std::optional<QByteArray> serveDir(const QString& dir, const QString& path) {
    if (path.contains(QLatin1String(".."))) return std::nullopt;
    const QString file = dir + QLatin1Char('/') + path;
    if (!QFile::exists(file)) return std::nullopt;
    return readFile(file);
}

// Publishes pre-made one-second segments as a live event would: `initial` are there from the
// start, one more each `interval`, and the playlist is a sliding window of the newest `window`
// without EXT-X-ENDLIST (until every segment is out, then the stream ends with it).
class LivePlaylist {
public:
    // `last`: how many of the segments the event has before it ends; 0: all of them.
    LivePlaylist(QString dir, int initial, std::chrono::milliseconds interval, int window = 5,
                 int last = 0)
        : m_dir(std::move(dir)),
          m_segments(limit(readSegments(m_dir), last)),
          m_initial(initial),
          m_interval(interval),
          m_window(window),
          m_start(Clock::now()) {}

    int segmentCount() const { return int(m_segments.size()); }
    // How many segments are out now.
    int published() const {
        const auto ticks = (Clock::now() - m_start) / m_interval;
        return std::min<int>(segmentCount(), m_initial + static_cast<int>(ticks));
    }

    std::optional<QByteArray> serve(const QString& path) const {
        if (path == QLatin1String("live.m3u8")) return playlist();
        // Only published segments exist, as on a real origin.
        for (int i = 0; i < published(); ++i)
            if (m_segments[size_t(i)].name == path)
                return readFile(m_dir + QLatin1Char('/') + path);
        return std::nullopt;
    }

private:
    static std::vector<Segment> limit(std::vector<Segment> all, int last) {
        if (last > 0 && last < int(all.size())) all.resize(size_t(last));
        return all;
    }

    QByteArray playlist() const {
        const int end = published();
        const int first = std::max(0, end - m_window);
        QByteArray out =
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:" +
            QByteArray::number(first) + "\n";
        for (int i = first; i < end; ++i) {
            out += m_segments[size_t(i)].extinf.toUtf8() + "\n" +
                   m_segments[size_t(i)].name.toUtf8() + "\n";
        }
        if (end == segmentCount()) out += "#EXT-X-ENDLIST\n";
        return out;
    }

    const QString m_dir;
    const std::vector<Segment> m_segments;
    const int m_initial;
    const std::chrono::milliseconds m_interval;
    const int m_window;
    const Clock::time_point m_start;
};

PlayerOptions untimed() {
    PlayerOptions o;
    o.enableAudio = false;
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
        QObject::connect(&p, &Player::stateChanged, [this] {
            if (player.isReconnecting()) sawReconnectingSignal = true;
        });
    }

    // Pulls frames until `done` or the timeout; returns done().
    bool drainUntil(const std::function<bool()>& done, int timeoutMs) {
        return pumpUntil(
            [&] {
                while (auto f = player.takeNextFrame(std::chrono::milliseconds(0))) {
                    ++frames;
                    lastPts = f->pts;
                    maxPts = std::max(maxPts, f->pts);
                }
                if (player.isReconnecting()) sawReconnecting = true;
                return done();
            },
            timeoutMs);
    }

    Player& player;
    long frames = 0;
    double lastPts = -1, maxPts = -1;
    int errors = 0;
    int finishedCount = 0;
    QString lastError;
    bool sawReconnecting = false;
    bool sawReconnectingSignal = false;
};

constexpr double kFrame = 1.0 / 25;

}  // namespace

TEST(PipelineLiveHls, OnDemandOverHttpPlaysEveryFrameAndSeeks) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_vod_6s"), 6);
    ASSERT_FALSE(dir.isEmpty());
    HttpServer server([dir](const QString& p) { return serveDir(dir, p); });
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("out.m3u8")), &error))
        << error.toStdString();
    EXPECT_FALSE(player.isLive());
    EXPECT_TRUE(player.isSeekable());
    EXPECT_NEAR(player.duration(), 6.0, 0.1);
    EXPECT_EQ(player.mediaSize(), QSize(320, 160));

    std::vector<double> pts;
    while (auto f = player.takeNextFrame(std::chrono::seconds(10))) pts.push_back(f->pts);
    ASSERT_EQ(pts.size(), 150u);
    // mpegts timestamps do not start at 0; what counts is that no frame is missing or repeated.
    for (size_t i = 1; i < pts.size(); ++i)
        EXPECT_NEAR(pts[i] - pts[i - 1], kFrame, 1e-3) << "frame " << i;
    EXPECT_TRUE(w.drainUntil([&] { return w.finishedCount == 1; }, 5000));

    for (double target : {4.2, 1.0, 2.5}) {
        player.seek(target);
        auto f = player.takeNextFrame(std::chrono::seconds(10));
        ASSERT_TRUE(f) << "no frame after seek to " << target;
        EXPECT_LE(std::abs(f->pts - pts.front() - target), kFrame + 1e-3) << "seek to " << target;
        auto next = player.takeNextFrame(std::chrono::seconds(10));
        ASSERT_TRUE(next);
        EXPECT_NEAR(next->pts - f->pts, kFrame, 1e-3);
    }
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
}

TEST(PipelineLiveHls, LivePlaylistKeepsDeliveringNewSegments) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    ASSERT_EQ(live.segmentCount(), 40);
    HttpServer server([&live](const QString& p) { return live.serve(p); });
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    EXPECT_TRUE(player.isLive());
    EXPECT_FALSE(player.isSeekable());

    // Frames from segments that did not exist yet when the first frame came.
    ASSERT_TRUE(w.drainUntil([&] { return w.frames > 0; }, 10000));
    const int publishedAtStart = live.published();
    const long framesAtStart = w.frames;
    ASSERT_TRUE(w.drainUntil(
        [&] { return live.published() >= publishedAtStart + 3 && w.frames >= framesAtStart + 75; },
        15000))
        << "frames " << w.frames << " published " << live.published();
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    EXPECT_EQ(w.finishedCount, 0);
    EXPECT_FALSE(w.sawReconnecting);
}

TEST(PipelineLiveHls, LiveEventThatEndsFinishesWithoutAnError) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    // Six seconds in all; EXT-X-ENDLIST goes up with the last segment.
    LivePlaylist live(dir, 3, std::chrono::seconds(1), 5, 6);
    HttpServer server([&live](const QString& p) { return live.serve(p); });
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    ASSERT_TRUE(player.isLive());
    // FFmpeg ends a live playlist with EOF either way, so the player reconnects once and then
    // finds a finished playlist: that is the end, not something to replay from its start.
    ASSERT_TRUE(w.drainUntil([&] { return w.finishedCount > 0; }, 15000))
        << "frames " << w.frames << " reconnecting " << player.isReconnecting();
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    // Three segments were out at the start, so everything from the live edge on arrived once.
    EXPECT_GE(w.frames, 6 * 25 - 3 * 25);
    EXPECT_LE(w.frames, 6 * 25);
    const long frames = w.frames;
    w.drainUntil([] { return false; }, 1500);
    EXPECT_EQ(w.frames, frames) << "the finished event was played again";
    EXPECT_EQ(w.finishedCount, 1);
}

TEST(PipelineLiveDrop, LiveStreamReconnectsAfterTheServerComesBack) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    HttpServer server([&live](const QString& p) { return live.serve(p); });
    ASSERT_TRUE(server.ok());

    Player player(untimed());
    Watcher w(player);
    QString error;
    ASSERT_TRUE(openAndWait(player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    ASSERT_TRUE(player.isLive());
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 50; }, 10000));

    server.setDown(true);
    QElapsedTimer outage;
    outage.start();
    EXPECT_TRUE(w.drainUntil([&] { return player.isReconnecting(); }, 10000))
        << "the player never said it was reconnecting";
    // Keep the host away for 3 s in all, then let it back.
    w.drainUntil([] { return false; }, int(std::max<qint64>(0, 3000 - outage.elapsed())));
    server.setDown(false);
    const long framesBefore = w.frames;
    const double ptsBefore = w.maxPts;
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= framesBefore + 50; }, 15000))
        << "no frames after the host came back; reconnecting=" << player.isReconnecting();
    EXPECT_FALSE(player.isReconnecting());
    EXPECT_GT(w.maxPts, ptsBefore);
    EXPECT_TRUE(w.sawReconnectingSignal) << "the overlay is never told";
    EXPECT_EQ(w.errors, 0) << w.lastError.toStdString();
    EXPECT_EQ(w.finishedCount, 0);
    std::printf("outage to recovery: %lld ms\n", static_cast<long long>(outage.elapsed()));
}

TEST(PipelineLiveDrop, HostThatNeverComesBackEndsWithAnError) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    HttpServer server([&live](const QString& p) { return live.serve(p); });
    ASSERT_TRUE(server.ok());

    PlayerOptions o = untimed();
    o.reconnectTimeout = std::chrono::seconds(3);
    Player player(o);
    Watcher w(player);
    const QString url = server.url(QStringLiteral("live.m3u8"));
    QString error;
    ASSERT_TRUE(openAndWait(player, url, &error)) << error.toStdString();
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 25; }, 10000));

    server.setDown(true);
    ASSERT_TRUE(w.drainUntil([&] { return player.isReconnecting(); }, 10000));
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(w.drainUntil([&] { return w.errors > 0; }, 15000));
    EXPECT_EQ(w.errors, 1);
    EXPECT_TRUE(w.lastError.startsWith(url + QStringLiteral(": "))) << w.lastError.toStdString();
    EXPECT_TRUE(w.lastError.contains(QStringLiteral("Connection refused")))
        << w.lastError.toStdString();
    EXPECT_FALSE(player.isReconnecting());
    EXPECT_FALSE(player.isBuffering());
    // Not a normal end: the UI shows the error, not "finished".
    EXPECT_EQ(w.finishedCount, 0);
    std::printf("gave up %lld ms after the drop was noticed: %s\n",
                static_cast<long long>(t.elapsed()), qPrintable(w.lastError));
    // No second report later.
    w.drainUntil([] { return false; }, 1500);
    EXPECT_EQ(w.errors, 1);
}

TEST(PipelineLiveShutdown, DestroyingAPlayerWhileReconnectingIsPrompt) {
    ensureApp();
    const QString dir = makeHls(QStringLiteral("hls_live_40s"), 40);
    ASSERT_FALSE(dir.isEmpty());
    LivePlaylist live(dir, 3, std::chrono::seconds(1));
    HttpServer server([&live](const QString& p) { return live.serve(p); });
    ASSERT_TRUE(server.ok());

    auto player = std::make_unique<Player>(untimed());
    Watcher w(*player);
    QString error;
    ASSERT_TRUE(openAndWait(*player, server.url(QStringLiteral("live.m3u8")), &error))
        << error.toStdString();
    ASSERT_TRUE(w.drainUntil([&] { return w.frames >= 25; }, 10000));
    server.setDown(true);
    ASSERT_TRUE(w.drainUntil([&] { return player->isReconnecting(); }, 10000));
    // Inside the backoff wait or a reopen attempt; either must give way at once.
    w.drainUntil([] { return false; }, 300);
    QElapsedTimer t;
    t.start();
    player.reset();
    EXPECT_LT(t.elapsed(), 2000);
}
