#pragma once
// The URL schemes of streams: the network ones the player opens (through FFmpeg's protocols) and
// which of them are live by nature. One list for the player (media/Input) and for the server's
// check of a catalog organizers send (server/CatalogRequests).

#include <QString>

namespace omk::core {

// http, https, hls, rtmp(s/t/e), rtsp(s), srt, tcp, udp, rtp, tls, mmsh, mmst, ftp.
bool isNetworkStreamScheme(const QString& scheme);
// The network schemes with no seekable file behind them (rtmp, rtsp, srt, udp, …).
bool isLiveStreamScheme(const QString& scheme);

}  // namespace omk::core
