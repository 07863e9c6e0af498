#pragma once
// Opening any input Omnikast plays: local files and still images, http(s), HLS, RTMP, RTSP, SRT.
// Network inputs get timeouts and an interrupt callback so a dead host can never hang a thread.

#include "core/Expected.h"
#include "media/AvPtr.h"

#include <QString>

#include <atomic>

namespace omk::media {

struct OpenOptions {
    int timeoutMs = 10000;  // connect/read timeout for network inputs
    // When set and becomes true, blocking FFmpeg I/O on this input returns promptly.
    const std::atomic<bool>* abort = nullptr;
};

// Opens the input and reads stream info. The error message names the input and the reason,
// e.g. "/tmp/x.mp4: No such file or directory".
Expected<AvFormatContextPtr> openInput(const QString& url, const OpenOptions& options = {});

// True for inputs that have no end and no seeking (live HLS, RTMP, RTSP, SRT, ...).
bool isLiveInput(const AVFormatContext* ctx);

// True for a picture rather than a video: one image file (JPEG, PNG, …) or a stream that is only
// an attached picture. A still has no transport: nothing to play, pause or seek.
bool isStillImage(const AVFormatContext* ctx, const AVStream* stream);

}  // namespace omk::media
