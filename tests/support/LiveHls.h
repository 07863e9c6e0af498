#pragma once
// Live HLS on loopback for tests: an HLS rendition made once per build tree with the ffmpeg CLI,
// an origin's handler for the tests' one HTTP server, and a sliding live playlist that publishes
// one pre-made segment per interval, as a live origin would. A test double of a live origin (the
// segments are real, only their publishing is simulated). Needs OMNIKAST_TEST_TMP and
// OMNIKAST_FFMPEG defined by the including test.

#include "support/HttpTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <optional>
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

// The handler of a test origin on the tests' one HTTP server (HttpTestServer, on its own
// thread): `serve` maps a path (without its leading slash or query) to a body, nullopt for 404.
// Every response carries Content-Length and "Connection: close"; the playlist is served as
// application/vnd.apple.mpegurl, anything else as video/mp2t.
inline omk::test::HttpTestServer::Handler hlsOrigin(
    std::function<std::optional<QByteArray>(const QString& path)> serve) {
    return [serve = std::move(serve)](const omk::test::HttpRequest& request) {
        const QString path = request.path.mid(1);
        const std::optional<QByteArray> body = serve(path);
        const QByteArray type =
            path.endsWith(QLatin1String(".m3u8")) ? "application/vnd.apple.mpegurl" : "video/mp2t";
        return omk::test::HttpResponse::withStatus(body ? 200 : 404, body.value_or(QByteArray()),
                                                   type);
    };
}

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
