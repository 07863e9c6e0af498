#pragma once
// The protocol a catalog names for a stream (docs/CATALOG-FORMAT.md: hls dash rtmp rtsp srt
// webrtc file), told from its URL where a source names none (Dreamkast's video ids, an address an
// organizer types): a playlist's suffix (.m3u8, .mpd), the scheme (rtmp, rtsp, srt), a path or
// file: URL; any other http(s) address is taken for HLS, as live platforms serve it.
// Threading: pure functions.

#include <QString>

namespace omk::catalog {

QString protocolOfUrl(const QString& url);

}  // namespace omk::catalog
