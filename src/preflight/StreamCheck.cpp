#include "preflight/StreamCheck.h"

#include "media/FrameGrabber.h"

#include <QElapsedTimer>
#include <QJsonArray>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

namespace omk::preflight {

namespace {

constexpr int kMaxMeasuredFrames = 30;
constexpr double kMeasureSeconds = 1.0;

// The rate the source declares, best first: the container's, the video stream's, or the HLS
// variant's from a master playlist.
std::pair<qint64, QString> declaredBitRate(const media::FrameGrabber& g) {
    // FFmpeg's hls demuxer puts the playlist's size over its duration here, not the media's.
    const bool hls = qstrcmp(g.format()->iformat->name, "hls") == 0;
    if (!hls && g.format()->bit_rate > 0)
        return {g.format()->bit_rate, QStringLiteral("container")};
    if (g.stream()->codecpar->bit_rate > 0)
        return {g.stream()->codecpar->bit_rate, QStringLiteral("stream")};
    if (const AVDictionaryEntry* e =
            av_dict_get(g.stream()->metadata, "variant_bitrate", nullptr, 0)) {
        const qint64 v = QByteArray(e->value).toLongLong();
        if (v > 0) return {v, QStringLiteral("variant")};
    }
    return {0, QString()};
}

}  // namespace

QString toString(CheckStage s) {
    switch (s) {
        case CheckStage::Open:
            return QStringLiteral("open");
        case CheckStage::Decode:
            return QStringLiteral("decode");
        case CheckStage::Snapshot:
            return QStringLiteral("snapshot");
        case CheckStage::Done:
            return QStringLiteral("done");
    }
    return {};
}

StreamResult checkStream(const StreamTarget& target, int timeoutMs, const std::atomic<bool>* abort,
                         std::atomic<int>* stage) {
    StreamResult r;
    r.target = target;
    auto enter = [&](CheckStage s) {
        r.stage = s;
        if (stage) stage->store(int(s));
    };
    enter(CheckStage::Open);
    QElapsedTimer clock;
    clock.start();
    media::OpenOptions options;
    options.timeoutMs = timeoutMs;
    options.abort = abort;
    auto grabber = media::FrameGrabber::open(target.url, options);
    if (!grabber) {
        r.reason = grabber.error().message;
        return r;
    }
    r.openMs = double(clock.nsecsElapsed()) / 1e6;
    r.container = QString::fromUtf8(grabber->format()->iformat->name);
    r.codec = QString::fromUtf8(avcodec_get_name(grabber->stream()->codecpar->codec_id));
    r.width = grabber->width();
    r.height = grabber->height();
    r.frameRate = grabber->frameRate();
    r.live = media::isLiveInput(grabber->format());
    r.detected = grabber->spherical();

    enter(CheckStage::Decode);
    auto first = grabber->nextFrame();
    if (!first) {
        r.reason = first.error().message;
        return r;
    }
    r.firstFrameMs = double(clock.nsecsElapsed()) / 1e6;

    // Decoding on for up to a second of media shows the stream keeps decoding past its first
    // frame, and gives a rate where the source declares none.
    qint64 bytes = first->frame->pkt_size > 0 ? first->frame->pkt_size : 0;
    const double startPts = first->pts;
    double endPts = first->pts + first->duration;
    for (int i = 1; i < kMaxMeasuredFrames && endPts - startPts < kMeasureSeconds; ++i) {
        if (abort && abort->load()) break;
        auto next = grabber->nextFrame();
        if (!next) {
            // The end of a short clip is fine; anything else is a stream that stops decoding.
            if (!next.error().message.endsWith(QLatin1String("end of stream"))) {
                r.reason = next.error().message;
                return r;
            }
            break;
        }
        if (next->frame->pkt_size > 0) bytes += next->frame->pkt_size;
        endPts = std::max(endPts, next->pts + next->duration);
    }
    auto [declared, source] = declaredBitRate(*grabber);
    if (declared > 0) {
        r.bitRate = declared;
        r.bitRateSource = source;
    } else if (bytes > 0 && endPts - startPts > 0.2) {
        r.bitRate = qint64(double(bytes) * 8.0 / (endPts - startPts));
        r.bitRateSource = QStringLiteral("measured");
    } else {
        r.warnings.append(QStringLiteral("bit rate unknown"));
    }
    if (r.detected.projectionSource != InfoSource::Default &&
        r.detected.projection != target.projection)
        r.warnings.append(
            QStringLiteral("the file says %1, the catalog %2")
                .arg(omk::toString(r.detected.projection), omk::toString(target.projection)));
    r.frame = std::move(*first);
    enter(CheckStage::Snapshot);
    r.ok = true;
    return r;
}

QJsonObject toJson(const StreamResult& r) {
    QJsonObject o{
        {QStringLiteral("channel"), r.target.channelName},
        {QStringLiteral("channel_id"), r.target.channelId},
        {QStringLiteral("stream"), r.target.label},
        {QStringLiteral("url"), r.target.url},
        {QStringLiteral("protocol"), r.target.protocol},
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("stage"), toString(r.stage)},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("declared_projection"), omk::toString(r.target.projection)},
        {QStringLiteral("declared_stereo"), omk::toString(r.target.stereo)},
        {QStringLiteral("detected_projection"), omk::toString(r.detected.projection)},
        {QStringLiteral("detected_projection_source"), omk::toString(r.detected.projectionSource)},
        {QStringLiteral("detected_stereo"), omk::toString(r.detected.stereo)},
        {QStringLiteral("container"), r.container},
        {QStringLiteral("codec"), r.codec},
        {QStringLiteral("width"), r.width},
        {QStringLiteral("height"), r.height},
        {QStringLiteral("frame_rate"), r.frameRate},
        {QStringLiteral("live"), r.live},
        {QStringLiteral("open_ms"), r.openMs},
        {QStringLiteral("first_frame_ms"), r.firstFrameMs},
        {QStringLiteral("bit_rate"), double(r.bitRate)},
        {QStringLiteral("bit_rate_source"), r.bitRateSource},
        {QStringLiteral("snapshot"), r.snapshot},
    };
    return o;
}

}  // namespace omk::preflight
