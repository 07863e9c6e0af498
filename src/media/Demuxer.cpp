#include "media/Demuxer.h"

#include "core/Backoff.h"
#include "media/Log.h"

#include <algorithm>

namespace omk::media {

namespace {
// Live reconnects wait 1, 2, 4, 8, then 10 s between attempts (no jitter: one viewer's
// player, not a herd).
constexpr core::Backoff::Policy kReconnectPolicy{std::chrono::seconds(1), std::chrono::seconds(10),
                                                 0.0};
}  // namespace

Demuxer::Demuxer(AvFormatContextPtr input, Config config)
    : m_input(std::move(input)), m_config(std::move(config)) {
    m_outSerial = m_config.serial ? m_config.serial->load() : 0;
    m_curVideo = m_config.videoStream;
    m_curAudio = m_config.audioStream;
    if (m_curVideo >= 0) m_videoTb = m_curVideoTb = m_input->streams[m_curVideo]->time_base;
    if (m_curAudio >= 0) m_audioTb = m_curAudioTb = m_input->streams[m_curAudio]->time_base;
    m_curSubtitle = m_config.subtitles ? m_config.subtitleStream : -1;
    if (m_curSubtitle >= 0)
        m_subtitleTb = m_curSubtitleTb = m_input->streams[m_curSubtitle]->time_base;
    if (!m_config.audio) m_audioEnabled = false;
    discardUnused();
}

Demuxer::~Demuxer() {
    stop();
}

void Demuxer::start() {
    if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
}

void Demuxer::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_config.video) m_config.video->abort();
    if (m_config.audio) m_config.audio->abort();
    if (m_config.subtitles) m_config.subtitles->abort();
    if (m_thread.joinable()) m_thread.join();
}

void Demuxer::seek(double seconds, int serial) {
    // Clear before publishing: once the request is visible the demux thread may queue the flush
    // marker, and a reset after that would lose it. A push this reset unblocks delivers a stale
    // packet, which the decoder drops by its serial.
    m_config.video->reset();
    if (m_audioEnabled) m_config.audio->reset();
    if (m_config.subtitles) m_config.subtitles->reset();
    {
        std::lock_guard lock(m_mutex);
        m_seekRequest = std::make_pair(seconds, serial);
    }
    m_wake.notify_all();
}

void Demuxer::setAudioEnabled(bool enabled) {
    m_audioEnabled = enabled && m_config.audio;
    if (!m_audioEnabled && m_config.audio) m_config.audio->abort();
}

bool Demuxer::aborted() {
    if (m_config.options.abort && m_config.options.abort->load()) return true;
    std::lock_guard lock(m_mutex);
    return m_stop;
}

bool Demuxer::waitFor(std::chrono::milliseconds d) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, d, [&] { return m_stop || m_seekRequest.has_value(); });
    return !m_stop;
}

void Demuxer::run() {
    for (;;) {
        std::optional<std::pair<double, int>> request;
        {
            std::unique_lock lock(m_mutex);
            if (m_state == DemuxState::EndOfStream) {
                // Nothing to read until someone seeks back.
                m_wake.wait(lock, [&] { return m_stop || m_seekRequest.has_value(); });
            }
            if (m_stop) return;
            request.swap(m_seekRequest);
        }
        if (request) performSeek(request->first, request->second);
        if (!readOnePacket()) return;
    }
}

void Demuxer::performSeek(double seconds, int serial) {
    const auto ts = static_cast<int64_t>(seconds * AV_TIME_BASE);
    // max_ts = ts lands on the keyframe at or before the target; decoders drop the lead-in.
    int err = avformat_seek_file(m_input.get(), -1, INT64_MIN, ts, ts, 0);
    if (err < 0) err = avformat_seek_file(m_input.get(), -1, INT64_MIN, ts, INT64_MAX, 0);
    if (err < 0) qCWarning(lcMedia) << "seek to" << seconds << "failed:" << avErrorString(err);
    m_outSerial = serial;
    m_state = DemuxState::Running;
    auto flush = [&](PacketQueue* q) {
        if (!q) return;
        q->reset();
        q->push(PacketItem{PacketItem::Kind::Flush, nullptr, serial, seconds});
    };
    flush(m_config.video);
    if (m_audioEnabled) flush(m_config.audio);
    flush(m_config.subtitles);
}

void Demuxer::sendEndOfStream() {
    m_state = DemuxState::EndOfStream;
    m_config.video->push(PacketItem{PacketItem::Kind::EndOfStream, nullptr, m_outSerial, -1});
    if (m_audioEnabled) {
        m_config.audio->push(PacketItem{PacketItem::Kind::EndOfStream, nullptr, m_outSerial, -1});
    }
}

bool Demuxer::readOnePacket() {
    auto pkt = makePacket();
    const int err = av_read_frame(m_input.get(), pkt.get());
    if (aborted()) return false;  // the read was cut short on purpose; its packet is garbage
    if (err == AVERROR(EAGAIN)) return waitFor(std::chrono::milliseconds(5));
    // A live input has no end of its own: FFmpeg's hls demuxer skips segments it cannot fetch
    // and, once the playlist cannot be reloaded either, reports EOF rather than the error.
    if (m_config.live && err < 0) return reconnect(err);
    if (err == AVERROR_EOF) {
        sendEndOfStream();
        return true;
    }
    if (err < 0) {
        qCWarning(lcMedia) << m_config.url << "read error, ending playback:" << avErrorString(err);
        sendEndOfStream();
        return true;
    }

    if (pkt->stream_index == m_curVideo) {
        if (av_cmp_q(m_curVideoTb, m_videoTb) != 0) {
            av_packet_rescale_ts(pkt.get(), m_curVideoTb, m_videoTb);
        }
        m_config.video->push(PacketItem{PacketItem::Kind::Packet, std::move(pkt), m_outSerial, -1});
    } else if (pkt->stream_index == m_curAudio && m_audioEnabled) {
        if (av_cmp_q(m_curAudioTb, m_audioTb) != 0) {
            av_packet_rescale_ts(pkt.get(), m_curAudioTb, m_audioTb);
        }
        m_config.audio->push(PacketItem{PacketItem::Kind::Packet, std::move(pkt), m_outSerial, -1});
    } else if (pkt->stream_index == m_curSubtitle && m_curSubtitle >= 0) {
        if (av_cmp_q(m_curSubtitleTb, m_subtitleTb) != 0) {
            av_packet_rescale_ts(pkt.get(), m_curSubtitleTb, m_subtitleTb);
        }
        m_config.subtitles->push(
            PacketItem{PacketItem::Kind::Packet, std::move(pkt), m_outSerial, -1});
    }
    return true;
}

void Demuxer::discardUnused() {
    for (unsigned i = 0; i < m_input->nb_streams; ++i) {
        const int idx = static_cast<int>(i);
        if (idx != m_curVideo && idx != m_curAudio && idx != m_curSubtitle)
            m_input->streams[i]->discard = AVDISCARD_ALL;
    }
}

void Demuxer::mapStreams() {
    // Stream indices may differ on the new connection; match by type.
    m_curVideo = m_config.videoStream >= 0
                     ? av_find_best_stream(m_input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0)
                     : -1;
    m_curAudio = m_config.audioStream >= 0 ? av_find_best_stream(m_input.get(), AVMEDIA_TYPE_AUDIO,
                                                                 -1, m_curVideo, nullptr, 0)
                                           : -1;
    m_curVideo = std::max(m_curVideo, -1);
    m_curAudio = std::max(m_curAudio, -1);
    if (m_curVideo >= 0) m_curVideoTb = m_input->streams[m_curVideo]->time_base;
    if (m_curAudio >= 0) m_curAudioTb = m_input->streams[m_curAudio]->time_base;
    m_curSubtitle =
        m_config.subtitles && m_config.subtitleStream >= 0
            ? av_find_best_stream(m_input.get(), AVMEDIA_TYPE_SUBTITLE, -1, m_curVideo, nullptr, 0)
            : -1;
    m_curSubtitle = std::max(m_curSubtitle, -1);
    if (m_curSubtitle >= 0) m_curSubtitleTb = m_input->streams[m_curSubtitle]->time_base;
    discardUnused();
}

QString Demuxer::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool Demuxer::reconnect(int readError) {
    qCWarning(lcMedia) << m_config.url << "lost (" << avErrorString(readError) << "); reconnecting";
    m_state = DemuxState::Reconnecting;
    m_input.reset();
    const auto since = std::chrono::steady_clock::now();
    core::Backoff backoff(kReconnectPolicy);
    auto delay = backoff.next();
    for (;;) {
        if (!waitFor(delay)) return false;
        m_reconnectAttempts.fetch_add(1);
        auto reopened = openInput(m_config.url, m_config.options);
        if (aborted()) return false;
        if (reopened) {
            m_input = std::move(reopened.value());
            mapStreams();
            break;
        }
        qCWarning(lcMedia) << "reconnect failed:" << reopened.error().message;
        const auto waited = std::chrono::steady_clock::now() - since;
        if (waited >= m_config.reconnectTimeout) {
            // Retrying for ever would leave the user looking at "reconnecting" with no way to
            // tell a blip from a stream that is gone; past the limit it is an error.
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(waited).count();
            std::lock_guard lock(m_mutex);
            m_error = QStringLiteral("%1; gave up reconnecting after %2 s")
                          .arg(reopened.error().message)
                          .arg(seconds);
            m_state = DemuxState::Failed;
            return false;
        }
        // The last wait ends at the limit, so giving up comes when promised, not up to one
        // full backoff later.
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            m_config.reconnectTimeout - waited);
        delay = std::max(std::chrono::milliseconds(100), std::min(backoff.next(), left));
    }
    if (!isLiveInput(m_input.get())) {
        // The broadcast ended while we were away (e.g. the HLS playlist now has EXT-X-ENDLIST):
        // replaying it from the start would be wrong, so this is the end.
        sendEndOfStream();
        return true;
    }
    // Timestamps restart on a new connection; a new serial makes the player resync its clock.
    const int serial = m_config.serial->fetch_add(1) + 1;
    m_outSerial = serial;
    m_state = DemuxState::Running;
    m_config.video->push(PacketItem{PacketItem::Kind::Flush, nullptr, serial, -1});
    if (m_audioEnabled)
        m_config.audio->push(PacketItem{PacketItem::Kind::Flush, nullptr, serial, -1});
    if (m_config.subtitles)
        m_config.subtitles->push(PacketItem{PacketItem::Kind::Flush, nullptr, serial, -1});
    return true;
}

}  // namespace omk::media
