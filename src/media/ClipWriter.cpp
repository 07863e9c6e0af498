#include "media/ClipWriter.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/spherical.h>
#include <libavutil/stereo3d.h>
}

#include <algorithm>
#include <cmath>

namespace omk::media {

namespace {

QString err(const QString& what, int code) {
    return QStringLiteral("%1: %2").arg(what, avErrorString(code));
}

const AVCodec* findVideoEncoder() {
    if (const AVCodec* c = avcodec_find_encoder_by_name("libx264")) return c;
    if (const AVCodec* c = avcodec_find_encoder(AV_CODEC_ID_H264)) return c;
    return avcodec_find_encoder(AV_CODEC_ID_MPEG4);
}

uint32_t toFixed32(double fraction) {
    return uint32_t(std::clamp(fraction, 0.0, 1.0) * 4294967295.0);
}

Expected<void> addSphericalSideData(AVStream* st, const SphericalInfo& meta) {
    size_t size = 0;
    AVSphericalMapping* map = av_spherical_alloc(&size);
    if (!map) return fail(QStringLiteral("out of memory"));
    switch (meta.projection) {
        case Projection::Cubemap:
        case Projection::Eac:
            map->projection = AV_SPHERICAL_CUBEMAP;
            break;
        case Projection::Equirect180: {
            map->projection = AV_SPHERICAL_EQUIRECTANGULAR_TILE;
            const bool unset = meta.boundLeft == 0 && meta.boundRight == 0;
            map->bound_left = toFixed32(unset ? 0.25 : meta.boundLeft);
            map->bound_right = toFixed32(unset ? 0.25 : meta.boundRight);
            map->bound_top = toFixed32(meta.boundTop);
            map->bound_bottom = toFixed32(meta.boundBottom);
            break;
        }
        default:
            map->projection = AV_SPHERICAL_EQUIRECTANGULAR;
            break;
    }
    map->yaw = int32_t(std::lround(meta.yaw * 65536));
    map->pitch = int32_t(std::lround(meta.pitch * 65536));
    map->roll = int32_t(std::lround(meta.roll * 65536));
    int r =
        av_stream_add_side_data(st, AV_PKT_DATA_SPHERICAL, reinterpret_cast<uint8_t*>(map), size);
    if (r < 0) {
        av_free(map);
        return fail(err(QStringLiteral("spherical metadata"), r));
    }
    if (meta.stereo == StereoLayout::Mono) return {};
    AVStereo3D* stereo = av_stereo3d_alloc();
    if (!stereo) return fail(QStringLiteral("out of memory"));
    stereo->type =
        meta.stereo == StereoLayout::TopBottom ? AV_STEREO3D_TOPBOTTOM : AV_STEREO3D_SIDEBYSIDE;
    r = av_stream_add_side_data(st, AV_PKT_DATA_STEREO3D, reinterpret_cast<uint8_t*>(stereo),
                                sizeof(AVStereo3D));
    if (r < 0) {
        av_free(stereo);
        return fail(err(QStringLiteral("stereo metadata"), r));
    }
    return {};
}

}  // namespace

Expected<std::unique_ptr<ClipWriter>> ClipWriter::open(const QString& path, int width, int height,
                                                       int fps, bool withAudio,
                                                       const SphericalInfo* meta) {
    if (width <= 0 || height <= 0 || width % 2 || height % 2 || fps <= 0)
        return fail(QStringLiteral("%1: invalid clip size %2x%3@%4")
                        .arg(path)
                        .arg(width)
                        .arg(height)
                        .arg(fps));
    std::unique_ptr<ClipWriter> w(new ClipWriter);
    w->m_path = path;
    const QByteArray file = path.toUtf8();
    int r = avformat_alloc_output_context2(&w->m_format, nullptr, nullptr, file.constData());
    if (r < 0 || !w->m_format) return fail(err(path, r < 0 ? r : AVERROR_MUXER_NOT_FOUND));
    // The mp4 muxer writes the Spherical V2 boxes only when allowed to go beyond the standard.
    w->m_format->strict_std_compliance = FF_COMPLIANCE_UNOFFICIAL;

    if (auto v = w->addVideoStream(width, height, fps, meta); !v)
        return fail(QStringLiteral("%1: %2").arg(path, v.error().message));
    if (withAudio)
        if (auto a = w->addAudioStream(); !a)
            return fail(QStringLiteral("%1: %2").arg(path, a.error().message));

    if (!(w->m_format->oformat->flags & AVFMT_NOFILE)) {
        r = avio_open(&w->m_format->pb, file.constData(), AVIO_FLAG_WRITE);
        if (r < 0) return fail(err(path, r));
    }
    r = avformat_write_header(w->m_format, nullptr);
    if (r < 0) return fail(err(path, r));
    w->m_packet = makePacket();
    return w;
}

ClipWriter::~ClipWriter() {
    if (!m_format) return;
    if (m_format->pb && !(m_format->oformat->flags & AVFMT_NOFILE)) avio_closep(&m_format->pb);
    avformat_free_context(m_format);
}

QString ClipWriter::videoEncoderName() const {
    return m_video ? QString::fromUtf8(m_video->codec->name) : QString();
}

Expected<void> ClipWriter::addVideoStream(int width, int height, int fps,
                                          const SphericalInfo* meta) {
    const AVCodec* codec = findVideoEncoder();
    if (!codec) return fail(QStringLiteral("no H.264 or MPEG-4 encoder available"));
    m_video.reset(avcodec_alloc_context3(codec));
    if (!m_video) return fail(QStringLiteral("out of memory"));
    AVCodecContext* c = m_video.get();
    c->width = width;
    c->height = height;
    c->time_base = AVRational{1, fps};
    c->framerate = AVRational{fps, 1};
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->gop_size = fps;
    c->max_b_frames = 2;
    c->color_primaries = AVCOL_PRI_BT709;
    c->color_trc = AVCOL_TRC_BT709;
    c->colorspace = AVCOL_SPC_BT709;
    c->color_range = AVCOL_RANGE_MPEG;
    c->thread_count = 0;
    c->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (QByteArray(codec->name) == "libx264") {
        av_opt_set(c->priv_data, "preset", "veryfast", 0);
        av_opt_set(c->priv_data, "crf", "23", 0);
    } else {
        c->bit_rate = int64_t(width) * height * fps / 8;  // ~0.125 bit per pixel
    }
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER) c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int r = avcodec_open2(c, codec, nullptr);
    if (r < 0) return fail(err(QStringLiteral("cannot open %1").arg(codec->name), r));

    m_videoStream = avformat_new_stream(m_format, nullptr);
    if (!m_videoStream) return fail(QStringLiteral("out of memory"));
    m_videoStream->time_base = c->time_base;
    m_videoStream->avg_frame_rate = c->framerate;
    r = avcodec_parameters_from_context(m_videoStream->codecpar, c);
    if (r < 0) return fail(err(QStringLiteral("video parameters"), r));
    if (meta)
        if (auto s = addSphericalSideData(m_videoStream, *meta); !s) return s;

    m_yuv = makeFrame();
    m_yuv->format = c->pix_fmt;
    m_yuv->width = width;
    m_yuv->height = height;
    r = av_frame_get_buffer(m_yuv.get(), 0);
    if (r < 0) return fail(err(QStringLiteral("frame"), r));
    m_sws.reset(sws_getContext(width, height, AV_PIX_FMT_RGB32, width, height, AV_PIX_FMT_YUV420P,
                               SWS_BILINEAR, nullptr, nullptr, nullptr));
    if (!m_sws) return fail(QStringLiteral("cannot create the colour converter"));
    // Full-range RGB in, BT.709 limited-range YUV out, matching the stream's tags.
    const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(m_sws.get(), bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
    return {};
}

Expected<void> ClipWriter::addAudioStream() {
    const AVCodec* codec = avcodec_find_encoder_by_name("aac");
    if (!codec) return fail(QStringLiteral("no AAC encoder available"));
    m_audio.reset(avcodec_alloc_context3(codec));
    if (!m_audio) return fail(QStringLiteral("out of memory"));
    AVCodecContext* c = m_audio.get();
    c->sample_rate = kSampleRate;
    c->sample_fmt = AV_SAMPLE_FMT_FLTP;
    av_channel_layout_default(&c->ch_layout, kChannels);
    c->bit_rate = 128000;
    c->time_base = AVRational{1, kSampleRate};
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER) c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int r = avcodec_open2(c, codec, nullptr);
    if (r < 0) return fail(err(QStringLiteral("cannot open aac"), r));

    m_audioStream = avformat_new_stream(m_format, nullptr);
    if (!m_audioStream) return fail(QStringLiteral("out of memory"));
    m_audioStream->time_base = c->time_base;
    r = avcodec_parameters_from_context(m_audioStream->codecpar, c);
    if (r < 0) return fail(err(QStringLiteral("audio parameters"), r));
    m_pcm = makeFrame();
    return {};
}

Expected<void> ClipWriter::encode(AVCodecContext* enc, AVStream* st, const AVFrame* frame) {
    int r = avcodec_send_frame(enc, frame);
    if (r < 0) return fail(err(m_path, r));
    for (;;) {
        r = avcodec_receive_packet(enc, m_packet.get());
        if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return {};
        if (r < 0) return fail(err(m_path, r));
        av_packet_rescale_ts(m_packet.get(), enc->time_base, st->time_base);
        m_packet->stream_index = st->index;
        r = av_interleaved_write_frame(m_format, m_packet.get());
        if (r < 0) return fail(err(m_path, r));
    }
}

Expected<void> ClipWriter::writeVideo(const QImage& image) {
    if (m_finished) return fail(QStringLiteral("%1: already finished").arg(m_path));
    QImage src = image.size() == QSize(m_video->width, m_video->height)
                     ? image
                     : image.scaled(m_video->width, m_video->height, Qt::IgnoreAspectRatio,
                                    Qt::SmoothTransformation);
    if (src.format() != QImage::Format_RGB32 && src.format() != QImage::Format_ARGB32)
        src = src.convertToFormat(QImage::Format_RGB32);
    int r = av_frame_make_writable(m_yuv.get());
    if (r < 0) return fail(err(m_path, r));
    const uint8_t* planes[1] = {src.constBits()};
    const int strides[1] = {int(src.bytesPerLine())};
    sws_scale(m_sws.get(), planes, strides, 0, src.height(), m_yuv->data, m_yuv->linesize);
    m_yuv->pts = m_videoPts++;
    m_yuv->color_primaries = AVCOL_PRI_BT709;
    m_yuv->color_trc = AVCOL_TRC_BT709;
    m_yuv->colorspace = AVCOL_SPC_BT709;
    m_yuv->color_range = AVCOL_RANGE_MPEG;
    return encode(m_video.get(), m_videoStream, m_yuv.get());
}

Expected<void> ClipWriter::encodeAudioChunk(int sampleFrames) {
    AVFrame* f = m_pcm.get();
    av_frame_unref(f);
    f->format = AV_SAMPLE_FMT_FLTP;
    f->sample_rate = kSampleRate;
    f->nb_samples = sampleFrames;
    int r = av_channel_layout_copy(&f->ch_layout, &m_audio->ch_layout);
    if (r < 0) return fail(err(m_path, r));
    r = av_frame_get_buffer(f, 0);
    if (r < 0) return fail(err(m_path, r));
    for (int ch = 0; ch < kChannels; ++ch) {
        auto* dst = reinterpret_cast<float*>(f->extended_data[ch]);
        for (int i = 0; i < sampleFrames; ++i) dst[i] = m_pending[size_t(i) * kChannels + ch];
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + ptrdiff_t(sampleFrames) * kChannels);
    f->pts = m_audioPts;
    m_audioPts += sampleFrames;
    return encode(m_audio.get(), m_audioStream, f);
}

Expected<void> ClipWriter::writeAudio(const float* interleaved, int sampleFrames) {
    if (!m_audio) return fail(QStringLiteral("%1: opened without audio").arg(m_path));
    if (m_finished) return fail(QStringLiteral("%1: already finished").arg(m_path));
    m_pending.insert(m_pending.end(), interleaved,
                     interleaved + ptrdiff_t(sampleFrames) * kChannels);
    const int frameSize = m_audio->frame_size > 0 ? m_audio->frame_size : 1024;
    while (m_pending.size() >= size_t(frameSize) * kChannels)
        if (auto r = encodeAudioChunk(frameSize); !r) return r;
    return {};
}

Expected<void> ClipWriter::finish() {
    if (m_finished) return {};
    m_finished = true;
    if (m_audio) {
        // The AAC encoder takes a short last frame, so the tail needs no padding.
        if (!m_pending.empty())
            if (auto r = encodeAudioChunk(int(m_pending.size() / kChannels)); !r) return r;
        if (auto r = encode(m_audio.get(), m_audioStream, nullptr); !r) return r;
    }
    if (auto r = encode(m_video.get(), m_videoStream, nullptr); !r) return r;
    const int r = av_write_trailer(m_format);
    if (r < 0) return fail(err(m_path, r));
    if (m_format->pb && !(m_format->oformat->flags & AVFMT_NOFILE)) {
        const int c = avio_closep(&m_format->pb);
        if (c < 0) return fail(err(m_path, c));
    }
    return {};
}

}  // namespace omk::media
