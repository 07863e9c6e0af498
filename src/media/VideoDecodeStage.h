#pragma once
// The video decoding stage: packets in, renderable frames out. The output queue is a handful of
// frames deep, so memory stays flat however long the input is: decoding simply waits for the
// renderer.

#include "core/BoundedQueue.h"
#include "core/Expected.h"
#include "media/Demuxer.h"
#include "media/VideoDecoderContext.h"
#include "media/VideoFrame.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace omk::media {

struct DecodedFrame {
    VideoFrame video;
    int serial = 0;
    // No picture: the input ended here (until the next seek).
    bool endOfStream = false;
};
using FrameQueue = BoundedQueue<DecodedFrame>;

// Threading: created, started and stopped on the owner's thread; decodes on its own thread.
// decoderName()/hardware() may be read from anywhere.
class VideoDecodeStage {
public:
    struct Config {
        HwPolicy hw = HwPolicy::Auto;
        int threads = 0;  // 0: one per core
        PacketQueue* packets = nullptr;
        FrameQueue* frames = nullptr;
        const std::atomic<int>* serial = nullptr;
        // Runs on the decoding thread after each frame is queued; must not block.
        std::function<void()> onFrame;
    };

    static Expected<std::unique_ptr<VideoDecodeStage>> create(const AVStream* stream,
                                                              Config config);
    ~VideoDecodeStage();
    VideoDecodeStage(const VideoDecodeStage&) = delete;
    VideoDecodeStage& operator=(const VideoDecodeStage&) = delete;

    void start();
    // Aborts both queues so a blocked pop or push returns, then joins.
    void stop();

    QString decoderName() const;
    bool hardware() const { return m_hardware.load(); }
    double frameDuration() const { return m_frameDuration; }

private:
    VideoDecodeStage(Config config, OpenedVideoDecoder decoder);
    void run();
    bool decodePacket(const AVPacket* pkt, int serial);
    bool receiveAll(int serial);
    bool deliver(AvFramePtr frame, int serial);
    bool fallBackToSoftware(const QString& why);

    struct StreamCopyDeleter {
        void operator()(AVFormatContext* c) const { avformat_free_context(c); }
    };

    Config m_config;
    // A detached copy of the stream, so the decoder can be reopened in software after a hardware
    // failure even when the demuxer has since reconnected and freed the original.
    std::unique_ptr<AVFormatContext, StreamCopyDeleter> m_streamCopy;
    AVRational m_timeBase{0, 1};
    double m_frameDuration = 0;

    OpenedVideoDecoder m_decoder;
    FrameConverter m_converter;
    double m_dropBefore = -1e300;  // after a seek: frames ending before the target are skipped
    bool m_drained = false;        // the decoder saw end of stream and needs a flush to restart

    mutable std::mutex m_nameMutex;
    QString m_name;
    std::atomic<bool> m_hardware{false};
    std::thread m_thread;
};

}  // namespace omk::media
