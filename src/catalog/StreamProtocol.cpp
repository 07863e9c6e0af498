#include "catalog/StreamProtocol.h"

#include <QUrl>

namespace omk::catalog {

QString protocolOfUrl(const QString& url) {
    const QString lower = url.trimmed().toLower();
    if (lower.contains(QLatin1String(".m3u8"))) return QStringLiteral("hls");
    if (lower.contains(QLatin1String(".mpd"))) return QStringLiteral("dash");
    for (const char* scheme : {"rtmp", "rtsp", "srt"})
        if (lower.startsWith(QLatin1String(scheme))) return QLatin1String(scheme);
    // No scheme (a path), a drive letter ("C:\talks\a.mp4") or file:.
    const QString scheme = QUrl(lower).scheme();
    if (scheme.size() <= 1 || scheme == QLatin1String("file")) return QStringLiteral("file");
    return QStringLiteral("hls");
}

}  // namespace omk::catalog
