#pragma once
// Live HLS on loopback for tests: an HLS rendition made once per build tree with the ffmpeg CLI,
// a plain HTTP/1.1 server on its own thread, and a sliding live playlist that publishes one
// pre-made segment per interval, as a live origin would. A test double of a live origin (the
// segments are real, only their publishing is simulated). Needs OMNIKAST_TEST_TMP and
// OMNIKAST_FFMPEG defined by the including test.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace omk::media::testing {

// Makes an HLS rendition (out.m3u8 and one-second segments) once per build tree.
inline QString makeHls(const QString& dirName, int seconds) {
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

inline std::vector<Segment> readSegments(const QString& dir) {
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
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        char buf[2048];
        while (head.find("\r\n\r\n") == std::string::npos) {
            if (m_stop || std::chrono::steady_clock::now() > deadline) return false;
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

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Serves a finished HLS rendition as it is.
inline std::optional<QByteArray> serveDir(const QString& dir, const QString& path) {
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
          m_start(std::chrono::steady_clock::now()) {}

    int segmentCount() const { return int(m_segments.size()); }
    // How many segments are out now.
    int published() const {
        const auto ticks = (std::chrono::steady_clock::now() - m_start) / m_interval;
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
    const std::chrono::steady_clock::time_point m_start;
};

}  // namespace omk::media::testing
