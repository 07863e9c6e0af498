#include "core/StreamSchemes.h"

#include <QStringList>

namespace omk::core {

bool isNetworkStreamScheme(const QString& s) {
    static const QStringList kNetwork = {"http",  "https", "hls",   "rtmp", "rtmps", "rtmpt",
                                         "rtmpe", "rtsp",  "rtsps", "srt",  "tcp",   "udp",
                                         "rtp",   "tls",   "mmsh",  "mmst", "ftp"};
    return kNetwork.contains(s);
}

bool isLiveStreamScheme(const QString& s) {
    static const QStringList kLive = {"rtmp", "rtmps", "rtmpt", "rtmpe", "rtsp", "rtsps",
                                      "srt",  "udp",   "rtp",   "tcp",   "mmsh", "mmst"};
    return kLive.contains(s);
}

}  // namespace omk::core
