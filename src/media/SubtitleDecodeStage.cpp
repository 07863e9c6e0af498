#include "media/SubtitleDecodeStage.h"

#include "media/CaptionText.h"
#include "media/Log.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <cstdint>

namespace omk::media {

Expected<std::unique_ptr<SubtitleDecodeStage>> SubtitleDecodeStage::create(const AVStream* stream,
                                                                           Config config) {
    const AVCodecID id = stream->codecpar->codec_id;
    const QString name = QString::fromUtf8(avcodec_get_name(id));
    const AVCodecDescriptor* desc = avcodec_descriptor_get(id);
    if (desc && (desc->props & AV_CODEC_PROP_BITMAP_SUB)) {
        return fail(QStringLiteral("bitmap subtitles (%1) are not shown").arg(name));
    }
    const AVCodec* codec = avcodec_find_decoder(id);
    if (!codec) return fail(QStringLiteral("no decoder for subtitle codec %1").arg(name));
    AvCodecContextPtr ctx(avcodec_alloc_context3(codec));
    if (!ctx) return fail(QStringLiteral("out of memory opening the subtitle decoder"));
    int err = avcodec_parameters_to_context(ctx.get(), stream->codecpar);
    if (err >= 0) {
        // Lets the decoder derive a cue's end from the packet duration when the format has none.
        ctx->pkt_timebase = stream->time_base;
        err = avcodec_open2(ctx.get(), codec, nullptr);
    }
    if (err < 0) {
        return fail(
            QStringLiteral("cannot open subtitle decoder %1: %2").arg(name, avErrorString(err)));
    }
    std::unique_ptr<SubtitleDecodeStage> stage(new SubtitleDecodeStage(config));
    stage->m_ctx = std::move(ctx);
    stage->m_timeBase = stream->time_base;
    return stage;
}

SubtitleDecodeStage::~SubtitleDecodeStage() {
    stop();
}

void SubtitleDecodeStage::start() {
    if (!m_thread.joinable()) m_thread = std::thread([this] { run(); });
}

void SubtitleDecodeStage::stop() {
    m_config.packets->abort();
    if (m_thread.joinable()) m_thread.join();
}

QString SubtitleDecodeStage::codecName() const {
    // The codec's name, not the decoder's: FFmpeg decodes SubRip with a decoder called "srt".
    return m_ctx ? QString::fromUtf8(avcodec_get_name(m_ctx->codec_id)) : QString();
}

void SubtitleDecodeStage::run() {
    while (auto item = m_config.packets->pop()) {
        switch (item->kind) {
            case PacketItem::Kind::Flush:
                avcodec_flush_buffers(m_ctx.get());
                m_config.captions->reset(item->serial);
                break;
            case PacketItem::Kind::EndOfStream:
                break;
            case PacketItem::Kind::Packet:
                if (item->serial != m_config.serial->load()) break;
                decode(item->packet.get(), item->serial);
                break;
        }
    }
}

void SubtitleDecodeStage::decode(AVPacket* pkt, int serial) {
    if (pkt->pts == AV_NOPTS_VALUE) return;  // a cue with no time cannot be shown at one
    AVSubtitle sub{};
    int got = 0;
    const int err = avcodec_decode_subtitle2(m_ctx.get(), &sub, &got, pkt);
    if (err < 0 || !got) {
        if (err < 0) qCDebug(lcMedia) << "subtitle decode error:" << avErrorString(err);
        return;
    }
    const double pts = static_cast<double>(pkt->pts) * av_q2d(m_timeBase);
    double end = sub.end_display_time;
    // No end in the cue and no packet duration: show it for a readable while, as players do.
    if (end <= sub.start_display_time || end == double(UINT32_MAX)) {
        end = pkt->duration > 0 ? pkt->duration * av_q2d(m_timeBase) * 1000.0
                                : sub.start_display_time + 4000.0;
    }
    QString text;
    for (unsigned i = 0; i < sub.num_rects; ++i) {
        const AVSubtitleRect* rect = sub.rects[i];
        QString part;
        if (rect->type == SUBTITLE_ASS && rect->ass) {
            part = captionFromAss(rect->ass);
        } else if (rect->type == SUBTITLE_TEXT && rect->text) {
            part = QString::fromUtf8(rect->text).trimmed().left(kMaxCaptionChars);
        }
        if (part.isEmpty()) continue;
        if (!text.isEmpty()) text += QLatin1Char('\n');
        text += part;
    }
    m_config.captions->add(Caption{pts + sub.start_display_time / 1000.0, pts + end / 1000.0, text},
                           serial);
    avsubtitle_free(&sub);
}

}  // namespace omk::media
