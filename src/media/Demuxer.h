#pragma once
// The first pipeline stage: reads packets from the input and sorts them into one bounded queue
// per decoder. Seeks run here, on the thread that owns the AVFormatContext, and are announced
// downstream with a flush marker carrying a new serial, so each stage can tell stale packets and
// frames from current ones without any stage waiting for another.

#include "core/BoundedQueue.h"
#include "media/AvPtr.h"
#include "media/Input.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace omk::media {

struct PacketItem {
    enum class Kind { Packet, Flush, EndOfStream };
    Kind kind = Kind::Packet;
    // Kind::Packet only; timestamps stay in the time base the stream had when first opened, even
    // across reconnects, so decoders keep one time base for their whole life.
    AvPacketPtr packet;
    int serial = 0;
    // Kind::Flush after a seek: output before this (seconds) is dropped. Negative: keep all.
    double seekTarget = -1;
};
using PacketQueue = BoundedQueue<PacketItem>;

// Failed: a live input could not be reopened within Config::reconnectTimeout; see error().
enum class DemuxState { Running, Reconnecting, EndOfStream, Failed };

// Threading: the public members are called from the owner's thread; the input is read on the
// demuxer's own thread. state() and the queues may be read from anywhere. The owner must raise
// the OpenOptions::abort flag before destroying a demuxer whose input may block on the network.
class Demuxer {
public:
    struct Config {
        QString url;          // reopened on reconnect
        OpenOptions options;  // options.abort must outlive the demuxer
        // Live inputs reconnect on read errors and at EOF instead of ending: FFmpeg's hls
        // demuxer reports a host that went away as EOF, not as an error.
        bool live = false;
        // How long a live input may stay unreachable before the demuxer gives up (Failed).
        std::chrono::milliseconds reconnectTimeout{60000};
        int videoStream = -1;     // -1: none
        int audioStream = -1;     // -1: none
        int subtitleStream = -1;  // -1: none; text captions (SubtitleDecodeStage)
        PacketQueue* video = nullptr;
        PacketQueue* audio = nullptr;
        PacketQueue* subtitles = nullptr;
        // The playback serial shared by every stage; seeks and reconnects advance it.
        std::atomic<int>* serial = nullptr;
    };

    Demuxer(AvFormatContextPtr input, Config config);
    ~Demuxer();
    Demuxer(const Demuxer&) = delete;
    Demuxer& operator=(const Demuxer&) = delete;

    void start();
    // Wakes and joins the thread; aborts the output queues so a blocked push returns.
    void stop();

    // Seeks to `seconds` on the input's own timeline (start time included). The caller first
    // advances the shared serial to `serial` (making everything queued stale) and clears its own
    // downstream queues; packets and the flush marker for the new position carry `serial`.
    void seek(double seconds, int serial);
    // Audio packets are discarded once the audio path is gone (no device, sink error), so a full
    // audio queue can never stall the video.
    void setAudioEnabled(bool enabled);

    DemuxState state() const { return m_state.load(); }
    int reconnectAttempts() const { return m_reconnectAttempts.load(); }
    // Why a live input was given up on (state() == Failed), naming the input; else empty.
    QString error() const;

private:
    void run();
    bool readOnePacket();
    void performSeek(double seconds, int serial);
    void sendEndOfStream();
    bool reconnect(int readError);
    bool waitFor(std::chrono::milliseconds d);
    bool aborted();
    void mapStreams();
    void discardUnused();

    AvFormatContextPtr m_input;
    Config m_config;
    AVRational m_videoTb{0, 1}, m_audioTb{0, 1};        // as first opened
    AVRational m_curVideoTb{0, 1}, m_curAudioTb{0, 1};  // of the current input
    AVRational m_subtitleTb{0, 1}, m_curSubtitleTb{0, 1};
    int m_curVideo = -1, m_curAudio = -1, m_curSubtitle = -1;
    int m_outSerial = 0;

    mutable std::mutex m_mutex;
    QString m_error;
    std::condition_variable m_wake;
    std::optional<std::pair<double, int>> m_seekRequest;  // seconds, serial
    bool m_stop = false;

    std::atomic<bool> m_audioEnabled{true};
    std::atomic<DemuxState> m_state{DemuxState::Running};
    std::atomic<int> m_reconnectAttempts{0};
    std::thread m_thread;
};

}  // namespace omk::media
