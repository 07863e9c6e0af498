#include "media/VideoDecodeStage.h"

#include "media/Log.h"

namespace omk::media {

Expected<std::unique_ptr<VideoDecodeStage>> VideoDecodeStage::create(const AVStream* stream,
                                                                     Config config) {
    auto decoder = openVideoDecoder(stream, config.hw, config.threads);
    if (!decoder) return decoder.unexpected();
    std::unique_ptr<VideoDecodeStage> stage(
        new VideoDecodeStage(std::move(config), std::move(decoder.value())));

    stage->m_streamCopy.reset(avformat_alloc_context());
    AVStream* copy =
        stage->m_streamCopy ? avformat_new_stream(stage->m_streamCopy.get(), nullptr) : nullptr;
    if (!copy || avcodec_parameters_copy(copy->codecpar, stream->codecpar) < 0) {
        return fail(QStringLiteral("out of memory copying the video stream parameters"));
    }
    copy->time_base = stream->time_base;
    copy->avg_frame_rate = stream->avg_frame_rate;
    copy->r_frame_rate = stream->r_frame_rate;

    stage->m_timeBase = stream->time_base;
    AVRational rate =
        stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
    stage->m_frameDuration = rate.num > 0 && rate.den > 0 ? av_q2d(av_inv_q(rate)) : 0.0;
    return stage;
}

VideoDecodeStage::VideoDecodeStage(Config config, OpenedVideoDecoder decoder)
    : m_config(std::move(config)), m_decoder(std::move(decoder)) {
    m_name = m_decoder.decoderName;
    m_hardware = m_decoder.hardware;
}

VideoDecodeStage::~VideoDecodeStage() {
    stop();
}

void VideoDecodeStage::start() {
    if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
}

void VideoDecodeStage::stop() {
    m_config.packets->abort();
    m_config.frames->abort();
    if (m_thread.joinable()) m_thread.join();
}

QString VideoDecodeStage::decoderName() const {
    std::lock_guard lock(m_nameMutex);
    return m_name;
}

void VideoDecodeStage::run() {
    while (auto item = m_config.packets->pop()) {
        switch (item->kind) {
            case PacketItem::Kind::Flush:
                avcodec_flush_buffers(m_decoder.ctx.get());
                m_drained = false;
                m_dropBefore =
                    item->seekTarget >= 0 ? item->seekTarget - m_frameDuration / 2 : -1e300;
                break;
            case PacketItem::Kind::EndOfStream:
                if (item->serial != m_config.serial->load()) break;
                if (!m_drained) {
                    avcodec_send_packet(m_decoder.ctx.get(), nullptr);
                    if (!receiveAll(item->serial)) return;
                    m_drained = true;
                }
                if (!m_config.frames->push(DecodedFrame{{}, item->serial, true})) return;
                if (m_config.onFrame) m_config.onFrame();
                break;
            case PacketItem::Kind::Packet:
                if (item->serial != m_config.serial->load()) break;  // stale: a seek overtook it
                if (m_drained) {
                    avcodec_flush_buffers(m_decoder.ctx.get());
                    m_drained = false;
                }
                if (!decodePacket(item->packet.get(), item->serial)) return;
                break;
        }
    }
}

bool VideoDecodeStage::decodePacket(const AVPacket* pkt, int serial) {
    int err = avcodec_send_packet(m_decoder.ctx.get(), pkt);
    while (err == AVERROR(EAGAIN)) {
        if (!receiveAll(serial)) return false;
        err = avcodec_send_packet(m_decoder.ctx.get(), pkt);
    }
    if (err < 0 && err != AVERROR_EOF) {
        if (m_decoder.hardware) return fallBackToSoftware(avErrorString(err));
        // A damaged packet; the decoder recovers at the next keyframe.
        qCDebug(lcMedia) << "video decode error:" << avErrorString(err);
    }
    return receiveAll(serial);
}

bool VideoDecodeStage::receiveAll(int serial) {
    for (;;) {
        auto frame = makeFrame();
        const int err = avcodec_receive_frame(m_decoder.ctx.get(), frame.get());
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return true;
        if (err < 0) {
            if (m_decoder.hardware) return fallBackToSoftware(avErrorString(err));
            qCDebug(lcMedia) << "video decode error:" << avErrorString(err);
            return true;
        }
        if (!deliver(std::move(frame), serial)) return false;
    }
}

bool VideoDecodeStage::deliver(AvFramePtr frame, int serial) {
    if (serial != m_config.serial->load()) return true;
    const int64_t ts =
        frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
    if (ts != AV_NOPTS_VALUE && ts * av_q2d(m_timeBase) < m_dropBefore) return true;

    auto converted = m_converter.convert(std::move(frame), m_timeBase);
    if (!converted) {
        if (m_decoder.hardware) return fallBackToSoftware(converted.error().message);
        qCWarning(lcMedia) << "dropping a frame:" << converted.error().message;
        return true;
    }
    m_dropBefore = -1e300;  // target reached; later timestamp glitches must not drop frames
    VideoFrame video = std::move(converted.value());
    if (video.duration <= 0) video.duration = m_frameDuration;
    if (!m_config.frames->push(DecodedFrame{std::move(video), serial, false})) return false;
    if (m_config.onFrame) m_config.onFrame();
    return true;
}

bool VideoDecodeStage::fallBackToSoftware(const QString& why) {
    qCWarning(lcMedia) << "hardware decoding failed (" << why << "), switching to software";
    auto sw = openVideoDecoder(m_streamCopy->streams[0], HwPolicy::SoftwareOnly, m_config.threads);
    if (!sw) {
        qCWarning(lcMedia) << "software decoder unavailable:" << sw.error().message;
        return false;
    }
    m_decoder = std::move(sw.value());
    m_converter = FrameConverter{};
    m_drained = false;
    {
        std::lock_guard lock(m_nameMutex);
        m_name = m_decoder.decoderName;
    }
    m_hardware = false;
    return true;
}

}  // namespace omk::media
