#include "media/FrameGrabber.h"

#include "media/SphericalMetadata.h"

#include <cmath>

namespace omk::media {

Expected<FrameGrabber> FrameGrabber::open(const QString& url, const OpenOptions& options,
                                          HwPolicy policy) {
    auto input = openInput(url, options);
    if (!input) return input.unexpected();

    FrameGrabber g;
    g.m_url = url;
    g.m_format = std::move(input.value());
    g.m_streamIndex = av_find_best_stream(g.m_format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (g.m_streamIndex < 0) return fail(QStringLiteral("%1: no video stream").arg(url));
    AVStream* st = g.m_format->streams[g.m_streamIndex];
    // Only the video stream is decoded; the demuxer may drop the rest early.
    for (unsigned i = 0; i < g.m_format->nb_streams; ++i)
        if (int(i) != g.m_streamIndex) g.m_format->streams[i]->discard = AVDISCARD_ALL;

    auto decoder = openVideoDecoder(st, policy, 0);
    if (!decoder) return fail(QStringLiteral("%1: %2").arg(url, decoder.error().message));
    g.m_decoder = std::move(decoder.value());
    g.m_packet = makePacket();
    g.m_spherical = detectSpherical(st);
    const AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
    g.m_frameRate = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0;
    g.m_still = media::isStillImage(g.m_format.get(), st);
    return g;
}

double FrameGrabber::duration() const {
    const AVStream* st = stream();
    if (st->duration > 0) return st->duration * av_q2d(st->time_base);
    return m_format->duration > 0 ? m_format->duration / double(AV_TIME_BASE) : 0;
}

double FrameGrabber::ptsOf(const AVFrame* f) const {
    int64_t ts = f->best_effort_timestamp != AV_NOPTS_VALUE ? f->best_effort_timestamp : f->pts;
    return ts == AV_NOPTS_VALUE ? 0.0 : ts * av_q2d(stream()->time_base);
}

Expected<AvFramePtr> FrameGrabber::decodeNext() {
    AVCodecContext* dec = m_decoder.ctx.get();
    for (;;) {
        AvFramePtr frame = makeFrame();
        int err = avcodec_receive_frame(dec, frame.get());
        if (err >= 0) return frame;
        if (err == AVERROR_EOF) return AvFramePtr{};
        if (err != AVERROR(EAGAIN))
            return fail(QStringLiteral("%1: %2").arg(m_url, avErrorString(err)));
        if (m_flushed) return AvFramePtr{};

        err = av_read_frame(m_format.get(), m_packet.get());
        if (err == AVERROR_EOF || (err < 0 && m_format->pb && avio_feof(m_format->pb))) {
            m_flushed = true;
            avcodec_send_packet(dec, nullptr);
            continue;
        }
        if (err < 0) return fail(QStringLiteral("%1: %2").arg(m_url, avErrorString(err)));
        if (m_packet->stream_index == m_streamIndex) {
            err = avcodec_send_packet(dec, m_packet.get());
            // A damaged packet costs a frame, not the stream.
            if (err < 0 && err != AVERROR_INVALIDDATA && err != AVERROR(EAGAIN)) {
                av_packet_unref(m_packet.get());
                return fail(QStringLiteral("%1: %2").arg(m_url, avErrorString(err)));
            }
        }
        av_packet_unref(m_packet.get());
    }
}

Expected<VideoFrame> FrameGrabber::convert(AvFramePtr frame) {
    auto out = m_converter.convert(std::move(frame), stream()->time_base);
    if (!out) return fail(QStringLiteral("%1: %2").arg(m_url, out.error().message));
    return out;
}

Expected<VideoFrame> FrameGrabber::nextFrame() {
    if (m_still && m_stillImage) return fail(QStringLiteral("%1: end of stream").arg(m_url));
    auto frame = decodeNext();
    if (!frame) return frame.unexpected();
    if (!*frame) return fail(QStringLiteral("%1: end of stream").arg(m_url));
    if (m_still) m_stillImage.reset(av_frame_clone(frame->get()));
    return convert(std::move(frame.value()));
}

Expected<VideoFrame> FrameGrabber::decodeFrom(double seekTo, double threshold, bool* overshot) {
    const AVStream* st = stream();
    const int64_t ts = std::llround(std::max(0.0, seekTo) / av_q2d(st->time_base));
    // A failed seek (a non-seekable input) leaves the position alone: decoding on from there
    // is the best this input allows.
    if (av_seek_frame(m_format.get(), m_streamIndex, ts, AVSEEK_FLAG_BACKWARD) >= 0) {
        avcodec_flush_buffers(m_decoder.ctx.get());
        m_flushed = false;
    }
    AvFramePtr last;
    bool first = true;
    for (;;) {
        auto frame = decodeNext();
        if (!frame) return frame.unexpected();
        if (!*frame) break;
        const double pts = ptsOf(frame->get());
        if (first && pts > threshold + 1.0 / std::max(m_frameRate, 1.0) && seekTo > 0) {
            *overshot = true;
            return fail(QStringLiteral("overshot"));
        }
        first = false;
        if (pts >= threshold) return convert(std::move(frame.value()));
        last = std::move(frame.value());
    }
    if (!last) return fail(QStringLiteral("%1: end of stream").arg(m_url));
    return convert(std::move(last));
}

Expected<VideoFrame> FrameGrabber::frameAt(double seconds) {
    if (m_still) {
        if (!m_stillImage) {
            auto first = nextFrame();
            if (!first) return first;
        }
        return convert(AvFramePtr(av_frame_clone(m_stillImage.get())));
    }
    const double halfFrame = m_frameRate > 0 ? 0.5 / m_frameRate : 0.02;
    const double threshold = seconds - halfFrame;
    // Seeking lands on the keyframe before the target by index, but timestamps reordered by
    // B-frames can put the first decoded frame past it; step further back until it does not.
    double back = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        bool overshot = false;
        auto frame = decodeFrom(seconds - back, threshold, &overshot);
        if (frame || !overshot) return frame;
        back = back == 0 ? 1.0 : back * 4;
    }
    bool overshot = false;
    return decodeFrom(0, threshold, &overshot);
}

}  // namespace omk::media
