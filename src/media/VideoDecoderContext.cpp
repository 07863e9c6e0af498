#include "media/VideoDecoderContext.h"

#include "media/Log.h"

extern "C" {
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

#include <array>
#include <mutex>
#include <thread>

namespace omk::media {

namespace {

// VAAPI first: it is the native path on Linux desktops; CUDA next for NVIDIA's proprietary
// driver, VDPAU as the legacy fallback.
constexpr std::array kHwTypes = {AV_HWDEVICE_TYPE_VAAPI, AV_HWDEVICE_TYPE_CUDA,
                                 AV_HWDEVICE_TYPE_VDPAU};

// Creating a device that does not exist prints errors and can take a while (VDPAU probes X), so
// the answer is found once per process.
const QList<AVHWDeviceType>& usableTypes() {
    static const QList<AVHWDeviceType> types = [] {
        QList<AVHWDeviceType> found;
        for (AVHWDeviceType t : kHwTypes) {
            AVBufferRef* dev = nullptr;
            if (av_hwdevice_ctx_create(&dev, t, nullptr, nullptr, 0) >= 0) found.append(t);
            av_buffer_unref(&dev);
        }
        return found;
    }();
    return types;
}

const AVCodecHWConfig* hwConfigFor(const AVCodec* codec, AVHWDeviceType type) {
    for (int i = 0;; ++i) {
        const AVCodecHWConfig* cfg = avcodec_get_hw_config(codec, i);
        if (!cfg) return nullptr;
        if ((cfg->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) && cfg->device_type == type)
            return cfg;
    }
}

// The hardware pixel format travels in ctx->opaque. When the hardware cannot take this stream
// (an unsupported profile), the first software format is returned and decoding quietly goes on
// in software, which FrameConverter handles like any other frame.
AVPixelFormat pickHwFormat(AVCodecContext* ctx, const AVPixelFormat* formats) {
    const auto wanted = static_cast<AVPixelFormat>(reinterpret_cast<intptr_t>(ctx->opaque));
    for (const AVPixelFormat* f = formats; *f != AV_PIX_FMT_NONE; ++f)
        if (*f == wanted) return *f;
    for (const AVPixelFormat* f = formats; *f != AV_PIX_FMT_NONE; ++f) {
        const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(*f);
        if (d && !(d->flags & AV_PIX_FMT_FLAG_HWACCEL)) return *f;
    }
    return AV_PIX_FMT_NONE;
}

Expected<AvCodecContextPtr> makeContext(const AVCodec* codec, const AVStream* stream) {
    AvCodecContextPtr ctx(avcodec_alloc_context3(codec));
    if (!ctx) return fail(QStringLiteral("out of memory"));
    int err = avcodec_parameters_to_context(ctx.get(), stream->codecpar);
    if (err < 0) return fail(avErrorString(err));
    ctx->pkt_timebase = stream->time_base;
    return ctx;
}

Expected<OpenedVideoDecoder> openHardware(const AVCodec* codec, const AVStream* stream,
                                          AVHWDeviceType type) {
    const AVCodecHWConfig* cfg = hwConfigFor(codec, type);
    if (!cfg) return fail(QStringLiteral("no hw config"));
    AVBufferRef* rawDev = nullptr;
    int err = av_hwdevice_ctx_create(&rawDev, type, nullptr, nullptr, 0);
    if (err < 0) return fail(avErrorString(err));
    AvBufferPtr dev(rawDev);

    auto ctx = makeContext(codec, stream);
    if (!ctx) return ctx.unexpected();
    (*ctx)->hw_device_ctx = av_buffer_ref(dev.get());
    (*ctx)->opaque = reinterpret_cast<void*>(static_cast<intptr_t>(cfg->pix_fmt));
    (*ctx)->get_format = &pickHwFormat;
    err = avcodec_open2(ctx->get(), codec, nullptr);
    if (err < 0) return fail(avErrorString(err));

    OpenedVideoDecoder out;
    out.ctx = std::move(ctx.value());
    out.hwDevice = std::move(dev);
    out.hardware = true;
    out.decoderName = QStringLiteral("%1 (%2)").arg(
        QString::fromUtf8(codec->name), QString::fromUtf8(av_hwdevice_get_type_name(type)));
    return out;
}

Expected<OpenedVideoDecoder> openSoftware(const AVCodec* codec, const AVStream* stream,
                                          int threads) {
    auto ctx = makeContext(codec, stream);
    if (!ctx) return ctx.unexpected();
    (*ctx)->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    (*ctx)->thread_count = threads > 0 ? threads : 0;
    const int err = avcodec_open2(ctx->get(), codec, nullptr);
    if (err < 0) return fail(avErrorString(err));

    OpenedVideoDecoder out;
    const int used = (*ctx)->thread_count;
    out.ctx = std::move(ctx.value());
    out.decoderName = QStringLiteral("%1 (software, %2 thread%3)")
                          .arg(QString::fromUtf8(codec->name))
                          .arg(used)
                          .arg(used == 1 ? "" : "s");
    return out;
}

AVPixelFormat conversionTarget(AVPixelFormat src) {
    const AVPixFmtDescriptor* d = av_pix_fmt_desc_get(src);
    if (!d) return AV_PIX_FMT_RGBA;
    if (d->flags & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL)) return AV_PIX_FMT_RGBA;
    return d->comp[0].depth > 8 ? AV_PIX_FMT_YUV420P10LE : AV_PIX_FMT_YUV420P;
}

bool isFullRange(const AVFrame* f) {
    switch (f->format) {
        case AV_PIX_FMT_YUVJ411P:
        case AV_PIX_FMT_YUVJ420P:
        case AV_PIX_FMT_YUVJ422P:
        case AV_PIX_FMT_YUVJ440P:
        case AV_PIX_FMT_YUVJ444P:
            return true;
        default:
            return f->color_range == AVCOL_RANGE_JPEG;
    }
}

}  // namespace

Expected<OpenedVideoDecoder> openVideoDecoder(const AVStream* stream, HwPolicy policy,
                                              int threads) {
    if (!stream || !stream->codecpar) return fail(QStringLiteral("no video stream"));
    const AVCodecID id = stream->codecpar->codec_id;
    const AVCodec* codec = avcodec_find_decoder(id);
    if (!codec)
        return fail(QStringLiteral("unsupported video codec '%1'")
                        .arg(QString::fromUtf8(avcodec_get_name(id))));

    if (policy == HwPolicy::Auto) {
        for (AVHWDeviceType type : usableTypes()) {
            if (!hwConfigFor(codec, type)) continue;
            auto hw = openHardware(codec, stream, type);
            if (hw) return hw;
            qCInfo(lcMedia) << av_hwdevice_get_type_name(type) << "decoder for" << codec->name
                            << "unavailable:" << hw.error().message;
        }
    }
    auto sw = openSoftware(codec, stream, threads);
    if (!sw)
        return fail(QStringLiteral("cannot open %1 decoder: %2")
                        .arg(QString::fromUtf8(codec->name), sw.error().message));
    return sw;
}

QStringList usableHardwareDecoders() {
    QStringList names;
    for (AVHWDeviceType t : usableTypes()) names << QString::fromUtf8(av_hwdevice_get_type_name(t));
    return names;
}

Expected<VideoFrame> FrameConverter::convert(AvFramePtr decoded, AVRational timeBase) {
    if (!decoded) return fail(QStringLiteral("no frame"));
    VideoFrame out;
    if (decoded->hw_frames_ctx) {
        AvFramePtr sw = makeFrame();
        if (!sw) return fail(QStringLiteral("out of memory"));
        int err = av_hwframe_transfer_data(sw.get(), decoded.get(), 0);
        if (err < 0)
            return fail(
                QStringLiteral("cannot download hardware frame: %1").arg(avErrorString(err)));
        err = av_frame_copy_props(sw.get(), decoded.get());
        if (err < 0) return fail(avErrorString(err));
        decoded = std::move(sw);
        out.hardwareDecoded = true;
    }

    const auto srcFormat = static_cast<AVPixelFormat>(decoded->format);
    if (!isRenderablePixelFormat(srcFormat)) {
        const AVPixelFormat dstFormat = conversionTarget(srcFormat);
        const int w = decoded->width, h = decoded->height;
        if (!m_sws || m_swsSrcFormat != srcFormat || m_swsW != w || m_swsH != h) {
            m_sws.reset(sws_getContext(w, h, srcFormat, w, h, dstFormat, SWS_BILINEAR, nullptr,
                                       nullptr, nullptr));
            if (!m_sws)
                return fail(QStringLiteral("cannot convert pixel format %1")
                                .arg(QString::fromUtf8(av_get_pix_fmt_name(srcFormat))));
            m_swsSrcFormat = srcFormat;
            m_swsW = w;
            m_swsH = h;
            // Keep the source's range and matrix: the frame keeps its colour tags and the
            // renderer applies them, so swscale must not convert range on the way.
            const int full = isFullRange(decoded.get()) ? 1 : 0;
            const int* coeffs = sws_getCoefficients(decoded->colorspace != AVCOL_SPC_UNSPECIFIED
                                                        ? decoded->colorspace
                                                        : SWS_CS_DEFAULT);
            sws_setColorspaceDetails(m_sws.get(), coeffs, full, coeffs,
                                     dstFormat == AV_PIX_FMT_RGBA ? 1 : full, 0, 1 << 16, 1 << 16);
        }
        AvFramePtr dst = makeFrame();
        if (!dst) return fail(QStringLiteral("out of memory"));
        dst->format = dstFormat;
        dst->width = w;
        dst->height = h;
        int err = av_frame_get_buffer(dst.get(), 0);
        if (err < 0) return fail(avErrorString(err));
        err = av_frame_copy_props(dst.get(), decoded.get());
        if (err < 0) return fail(avErrorString(err));
        sws_scale(m_sws.get(), decoded->data, decoded->linesize, 0, h, dst->data, dst->linesize);
        if (dstFormat != AV_PIX_FMT_RGBA && isFullRange(decoded.get()))
            dst->color_range = AVCOL_RANGE_JPEG;
        decoded = std::move(dst);
    }

    int64_t ts = decoded->best_effort_timestamp;
    if (ts == AV_NOPTS_VALUE) ts = decoded->pts;
    out.pts = ts == AV_NOPTS_VALUE ? 0.0 : ts * av_q2d(timeBase);
    out.duration = decoded->pkt_duration > 0 ? decoded->pkt_duration * av_q2d(timeBase) : 0.0;
    out.frame = std::move(decoded);
    return out;
}

}  // namespace omk::media
