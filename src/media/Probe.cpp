#include "media/Probe.h"

#include "media/SphericalMetadata.h"
#include "media/VideoDecoderContext.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

namespace omk::media {

namespace {

QString nameOr(const char* name, const char* fallback = "unknown") {
    return QString::fromUtf8(name ? name : fallback);
}

}  // namespace

Expected<MediaInfo> probe(const QString& url, const OpenOptions& options) {
    auto input = openInput(url, options);
    if (!input) return input.unexpected();
    const AVFormatContext* ctx = input->get();

    MediaInfo info;
    info.url = url;
    info.container = nameOr(ctx->iformat->long_name ? ctx->iformat->long_name : ctx->iformat->name);
    info.duration = ctx->duration > 0 ? ctx->duration / double(AV_TIME_BASE) : 0;
    info.bitRate = ctx->bit_rate > 0 ? ctx->bit_rate : 0;
    info.live = isLiveInput(ctx);

    const int v = av_find_best_stream(input->get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const AVStream* vs = ctx->streams[v];  // openInput guarantees a video stream
    const AVCodecParameters* vp = vs->codecpar;
    info.videoCodec = nameOr(avcodec_get_name(vp->codec_id));
    info.width = vp->width;
    info.height = vp->height;
    const AVRational rate = vs->avg_frame_rate.num > 0 ? vs->avg_frame_rate : vs->r_frame_rate;
    info.frameRate = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0;
    info.pixelFormat = nameOr(av_get_pix_fmt_name(AVPixelFormat(vp->format)));
    info.colorMatrix = nameOr(av_color_space_name(vp->color_space));
    info.colorRange = nameOr(av_color_range_name(vp->color_range));
    info.colorPrimaries = nameOr(av_color_primaries_name(vp->color_primaries));
    info.colorTransfer = nameOr(av_color_transfer_name(vp->color_trc));
    info.spherical = detectSpherical(vs);

    const int a = av_find_best_stream(input->get(), AVMEDIA_TYPE_AUDIO, -1, v, nullptr, 0);
    if (a >= 0) {
        const AVCodecParameters* ap = ctx->streams[a]->codecpar;
        info.hasAudio = true;
        info.audioCodec = nameOr(avcodec_get_name(ap->codec_id));
        info.sampleRate = ap->sample_rate;
        info.channels = ap->ch_layout.nb_channels;
    }
    info.hardwareDecoders = usableHardwareDecoders();
    return info;
}

}  // namespace omk::media
