#pragma once
// RAII owners for FFmpeg objects. Every AV object in Omnikast lives in one of these, so no
// error path can leak a frame, packet or context.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <QString>

#include <memory>

namespace omk::media {

struct AvFrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct AvPacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct AvCodecContextDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct AvFormatContextDeleter {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct SwrContextDeleter {
    void operator()(SwrContext* c) const { swr_free(&c); }
};
struct SwsContextDeleter {
    void operator()(SwsContext* c) const { sws_freeContext(c); }
};
struct AvBufferDeleter {
    void operator()(AVBufferRef* b) const { av_buffer_unref(&b); }
};

using AvFramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;
using AvPacketPtr = std::unique_ptr<AVPacket, AvPacketDeleter>;
using AvCodecContextPtr = std::unique_ptr<AVCodecContext, AvCodecContextDeleter>;
using AvFormatContextPtr = std::unique_ptr<AVFormatContext, AvFormatContextDeleter>;
using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;
using AvBufferPtr = std::unique_ptr<AVBufferRef, AvBufferDeleter>;

inline AvFramePtr makeFrame() {
    return AvFramePtr(av_frame_alloc());
}
inline AvPacketPtr makePacket() {
    return AvPacketPtr(av_packet_alloc());
}

// FFmpeg's error code as a sentence.
inline QString avErrorString(int err) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(err, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

}  // namespace omk::media
