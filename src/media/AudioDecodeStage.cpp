#include "media/AudioDecodeStage.h"

#include "media/Log.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>

namespace omk::media {

Expected<std::unique_ptr<AudioDecodeStage>> AudioDecodeStage::create(const AVStream* stream,
                                                                     Config config) {
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec) {
        return fail(QStringLiteral("no decoder for audio codec %1")
                        .arg(QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id))));
    }
    AvCodecContextPtr ctx(avcodec_alloc_context3(codec));
    if (!ctx) return fail(QStringLiteral("out of memory opening the audio decoder"));
    int err = avcodec_parameters_to_context(ctx.get(), stream->codecpar);
    if (err >= 0) {
        ctx->pkt_timebase = stream->time_base;
        err = avcodec_open2(ctx.get(), codec, nullptr);
    }
    if (err < 0) {
        return fail(QStringLiteral("cannot open audio decoder %1: %2")
                        .arg(QString::fromUtf8(codec->name), avErrorString(err)));
    }
    std::unique_ptr<AudioDecodeStage> stage(new AudioDecodeStage(config));
    stage->m_ctx = std::move(ctx);
    stage->m_timeBase = stream->time_base;
    return stage;
}

AudioDecodeStage::~AudioDecodeStage() {
    stop();
    av_channel_layout_uninit(&m_swrInLayout);
}

void AudioDecodeStage::start() {
    if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
}

void AudioDecodeStage::stop() {
    m_config.packets->abort();
    m_config.chunks->abort();
    if (m_thread.joinable()) m_thread.join();
}

void AudioDecodeStage::run() {
    while (auto item = m_config.packets->pop()) {
        switch (item->kind) {
            case PacketItem::Kind::Flush:
                avcodec_flush_buffers(m_ctx.get());
                m_swr.reset();  // drops the resampler's buffered tail of the old position
                m_tempo.reset();
                m_drained = false;
                m_dropBefore = item->seekTarget >= 0 ? item->seekTarget : -1e300;
                break;
            case PacketItem::Kind::EndOfStream:
                if (item->serial != m_config.serial->load()) break;
                if (!m_drained) {
                    avcodec_send_packet(m_ctx.get(), nullptr);
                    if (!receiveAll(item->serial)) return;
                    m_drained = true;
                }
                if (!m_config.chunks->push(AudioChunk{0, {}, item->serial, true})) return;
                break;
            case PacketItem::Kind::Packet:
                if (item->serial != m_config.serial->load()) break;
                if (m_drained) {
                    avcodec_flush_buffers(m_ctx.get());
                    m_drained = false;
                }
                if (!decodePacket(item->packet.get(), item->serial)) return;
                break;
        }
    }
}

bool AudioDecodeStage::decodePacket(const AVPacket* pkt, int serial) {
    int err = avcodec_send_packet(m_ctx.get(), pkt);
    while (err == AVERROR(EAGAIN)) {
        if (!receiveAll(serial)) return false;
        err = avcodec_send_packet(m_ctx.get(), pkt);
    }
    if (err < 0 && err != AVERROR_EOF)
        qCDebug(lcMedia) << "audio decode error:" << avErrorString(err);
    return receiveAll(serial);
}

bool AudioDecodeStage::receiveAll(int serial) {
    auto frame = makeFrame();
    for (;;) {
        const int err = avcodec_receive_frame(m_ctx.get(), frame.get());
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return true;
        if (err < 0) {
            qCDebug(lcMedia) << "audio decode error:" << avErrorString(err);
            return true;
        }
        const bool ok = deliver(frame.get(), serial);
        av_frame_unref(frame.get());
        if (!ok) return false;
    }
}

bool AudioDecodeStage::ensureResampler(const AVFrame* frame) {
    if (m_swr && frame->format == m_swrInFormat && frame->sample_rate == m_swrInRate &&
        av_channel_layout_compare(&frame->ch_layout, &m_swrInLayout) == 0) {
        return true;
    }
    AVChannelLayout outLayout;
    av_channel_layout_default(&outLayout, m_config.format.channels);
    AVChannelLayout inLayout{};
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) {
        av_channel_layout_default(&inLayout, frame->ch_layout.nb_channels);
    } else {
        av_channel_layout_copy(&inLayout, &frame->ch_layout);
    }
    SwrContext* swr = nullptr;
    int err = swr_alloc_set_opts2(&swr, &outLayout, AV_SAMPLE_FMT_FLT, m_config.format.sampleRate,
                                  &inLayout, static_cast<AVSampleFormat>(frame->format),
                                  frame->sample_rate, 0, nullptr);
    av_channel_layout_uninit(&inLayout);
    av_channel_layout_uninit(&outLayout);
    SwrContextPtr owned(swr);
    if (err >= 0) err = swr_init(swr);
    if (err < 0) {
        qCWarning(lcMedia) << "cannot set up audio resampling:" << avErrorString(err);
        return false;
    }
    m_swr = std::move(owned);
    m_swrInFormat = frame->format;
    m_swrInRate = frame->sample_rate;
    av_channel_layout_uninit(&m_swrInLayout);
    av_channel_layout_copy(&m_swrInLayout, &frame->ch_layout);
    return true;
}

bool AudioDecodeStage::deliver(const AVFrame* frame, int serial) {
    if (serial != m_config.serial->load()) return true;
    if (!ensureResampler(frame)) return true;  // skip what we cannot convert; video goes on

    const int outRate = m_config.format.sampleRate;
    const int channels = m_config.format.channels;
    const int64_t ts =
        frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : frame->pts;
    // The resampler holds back a few samples; the first sample out is that much older.
    const double delay = static_cast<double>(swr_get_delay(m_swr.get(), outRate)) / outRate;
    double pts = ts != AV_NOPTS_VALUE ? ts * av_q2d(m_timeBase) - delay : m_nextPts;

    const int maxOut = swr_get_out_samples(m_swr.get(), frame->nb_samples);
    if (maxOut <= 0) return true;
    AudioChunk chunk{pts, std::vector<float>(static_cast<size_t>(maxOut) * channels), serial,
                     false};
    auto* out = reinterpret_cast<uint8_t*>(chunk.samples.data());
    const int got =
        swr_convert(m_swr.get(), &out, maxOut, const_cast<const uint8_t**>(frame->extended_data),
                    frame->nb_samples);
    if (got <= 0) return true;
    chunk.samples.resize(static_cast<size_t>(got) * channels);
    m_nextPts = pts + static_cast<double>(got) / outRate;

    if (m_nextPts <= m_dropBefore) return true;
    if (pts < m_dropBefore) {
        const auto skip = std::min(static_cast<size_t>(std::lround((m_dropBefore - pts) * outRate)),
                                   static_cast<size_t>(got));
        chunk.samples.erase(chunk.samples.begin(),
                            chunk.samples.begin() + static_cast<std::ptrdiff_t>(skip * channels));
        chunk.pts = m_dropBefore;
    }
    m_dropBefore = -1e300;
    return handOn(std::move(chunk));
}

bool AudioDecodeStage::handOn(AudioChunk chunk) {
    const double rate = m_config.rate ? m_config.rate->load() : 1.0;
    if (!m_tempo && rate != 1.0) {
        auto tempo =
            TempoFilter::create(m_config.format.sampleRate, m_config.format.channels, rate);
        if (!tempo) {
            qCWarning(lcMedia) << tempo.error().message << "; playing at normal speed";
        } else {
            m_tempo = std::move(tempo).value();
            m_tempoPts = chunk.pts;
        }
    }
    if (!m_tempo) return m_config.chunks->push(std::move(chunk));
    if (auto r = m_tempo->setTempo(rate); !r) qCWarning(lcMedia) << r.error().message;
    const int channels = m_config.format.channels;
    AudioChunk out{m_tempoPts, {}, chunk.serial, false, m_tempo->tempo()};
    if (auto r = m_tempo->process(chunk.samples.data(),
                                  static_cast<int>(chunk.samples.size()) / channels, out.samples);
        !r) {
        qCWarning(lcMedia) << r.error().message << "; playing at normal speed";
        m_tempo.reset();
        return m_config.chunks->push(std::move(chunk));
    }
    if (out.samples.empty()) return true;
    m_tempoPts += static_cast<double>(out.samples.size() / static_cast<size_t>(channels)) *
                  out.rate / m_config.format.sampleRate;
    return m_config.chunks->push(std::move(out));
}

}  // namespace omk::media
