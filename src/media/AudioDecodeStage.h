#pragma once
// The audio decoding stage: packets in, interleaved float PCM at the sink's rate and channel
// count out, in chunks stamped with the media time of their first sample.

#include "core/BoundedQueue.h"
#include "core/Expected.h"
#include "media/AvPtr.h"
#include "media/Demuxer.h"
#include "media/TempoFilter.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace omk::media {

// What the audio sink consumes: packed 32-bit float.
struct AudioFormat {
    int sampleRate = 48000;
    int channels = 2;
    int bytesPerFrame() const { return channels * static_cast<int>(sizeof(float)); }
    int bytesPerSecond() const { return sampleRate * bytesPerFrame(); }
};

struct AudioChunk {
    double pts = 0;              // media time of the first sample, seconds
    std::vector<float> samples;  // interleaved, AudioFormat::channels per frame
    int serial = 0;
    bool endOfStream = false;  // no samples: the input ended (until the next seek)
    double rate = 1.0;         // media seconds per second of these samples (playback rate)
};
using AudioChunkQueue = BoundedQueue<AudioChunk>;

// Threading: created, started and stopped on the owner's thread; decodes on its own thread.
class AudioDecodeStage {
public:
    struct Config {
        AudioFormat format;
        PacketQueue* packets = nullptr;
        AudioChunkQueue* chunks = nullptr;
        const std::atomic<int>* serial = nullptr;
        // The playback rate the player wants; read for every decoded frame. Null means 1.
        const std::atomic<double>* rate = nullptr;
    };

    static Expected<std::unique_ptr<AudioDecodeStage>> create(const AVStream* stream,
                                                              Config config);
    ~AudioDecodeStage();
    AudioDecodeStage(const AudioDecodeStage&) = delete;
    AudioDecodeStage& operator=(const AudioDecodeStage&) = delete;

    void start();
    void stop();

private:
    explicit AudioDecodeStage(Config config) : m_config(config) {}
    void run();
    bool decodePacket(const AVPacket* pkt, int serial);
    bool receiveAll(int serial);
    bool deliver(const AVFrame* frame, int serial);
    bool ensureResampler(const AVFrame* frame);
    // Passes a chunk on, through the tempo filter once a rate other than 1 was asked for.
    bool handOn(AudioChunk chunk);

    Config m_config;
    AvCodecContextPtr m_ctx;
    AVRational m_timeBase{0, 1};
    // Resampling to the sink's format, then (for rates other than 1) the tempo filter: pitch is
    // kept, which swr_set_compensation alone would not do. Once engaged the filter stays until
    // the next seek, even back at rate 1, so small sync corrections never drop its buffer.
    SwrContextPtr m_swr;
    std::unique_ptr<TempoFilter> m_tempo;
    double m_tempoPts = 0;  // media time the tempo filter's next output sample stands for
    int m_swrInFormat = -1, m_swrInRate = 0;
    AVChannelLayout m_swrInLayout{};
    double m_nextPts = 0;          // for frames without timestamps
    double m_dropBefore = -1e300;  // after a seek: samples before the target are skipped
    bool m_drained = false;
    std::thread m_thread;
};

}  // namespace omk::media
