#pragma once
// The subtitle stage: text subtitle packets in, captions with their media times out into a
// CaptionTrack. Bitmap subtitles (DVD, PGS) are refused at create(): Omnikast draws captions as
// text over the sphere, and a bitmap cut for a flat screen would land wherever it falls on it.

#include "core/Expected.h"
#include "media/AvPtr.h"
#include "media/CaptionTrack.h"
#include "media/Demuxer.h"

#include <atomic>
#include <memory>
#include <thread>

namespace omk::media {

// Threading: created, started and stopped on the owner's thread; decodes on its own thread.
class SubtitleDecodeStage {
public:
    struct Config {
        PacketQueue* packets = nullptr;
        CaptionTrack* captions = nullptr;
        const std::atomic<int>* serial = nullptr;
    };

    static Expected<std::unique_ptr<SubtitleDecodeStage>> create(const AVStream* stream,
                                                                 Config config);
    ~SubtitleDecodeStage();
    SubtitleDecodeStage(const SubtitleDecodeStage&) = delete;
    SubtitleDecodeStage& operator=(const SubtitleDecodeStage&) = delete;

    void start();
    void stop();
    // The codec, e.g. "subrip", for the info overlay.
    QString codecName() const;

private:
    explicit SubtitleDecodeStage(Config config) : m_config(config) {}
    void run();
    void decode(AVPacket* pkt, int serial);

    Config m_config;
    AvCodecContextPtr m_ctx;
    AVRational m_timeBase{1, 1};
    std::thread m_thread;
};

}  // namespace omk::media
