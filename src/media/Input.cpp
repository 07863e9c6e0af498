#include "media/Input.h"

#include "core/StreamSchemes.h"

extern "C" {
#include <libavutil/dict.h>
}

#include <QStringList>

#include <chrono>

namespace omk::media {

namespace {

using Clock = std::chrono::steady_clock;

// The deadline lives in a thread_local rather than in the callback's opaque: FFmpeg copies the
// interrupt callback into every URLContext it opens, and those outlive openInput, so the opaque
// must be something the caller already keeps alive (its abort flag). Opening and probing run on
// the calling thread, so a deadline set here covers exactly them; later reads on other threads
// see no deadline and rely on rw_timeout instead.
thread_local Clock::time_point t_deadline = Clock::time_point::max();

int interruptCallback(void* opaque) {
    const auto* abort = static_cast<const std::atomic<bool>*>(opaque);
    if (abort && abort->load(std::memory_order_relaxed)) return 1;
    return Clock::now() > t_deadline ? 1 : 0;
}

class DeadlineScope {
public:
    explicit DeadlineScope(int timeoutMs) : m_previous(t_deadline) {
        t_deadline = timeoutMs > 0 ? Clock::now() + std::chrono::milliseconds(timeoutMs)
                                   : Clock::time_point::max();
    }
    ~DeadlineScope() { t_deadline = m_previous; }
    DeadlineScope(const DeadlineScope&) = delete;
    DeadlineScope& operator=(const DeadlineScope&) = delete;

private:
    Clock::time_point m_previous;
};

QString scheme(const QString& url) {
    const int colon = url.indexOf(QLatin1Char(':'));
    // "C:\..." and plain paths have no scheme worth the name.
    if (colon < 2) return {};
    const QString s = url.left(colon).toLower();
    for (QChar c : s)
        if (!c.isLetterOrNumber() && c != QLatin1Char('+') && c != QLatin1Char('-') &&
            c != QLatin1Char('.'))
            return {};
    return s;
}

void setNetworkOptions(AVDictionary** opts, const QString& s, int timeoutMs) {
    if (timeoutMs > 0) {
        const QByteArray us = QByteArray::number(qint64(timeoutMs) * 1000);
        av_dict_set(opts, "rw_timeout", us.constData(), 0);
        // "timeout" means microseconds of socket I/O for these, but for rtmp it is a listen
        // timeout in seconds that also switches the protocol into server mode.
        if (!s.startsWith(QLatin1String("rtmp"))) av_dict_set(opts, "timeout", us.constData(), 0);
    }
    if (s == QLatin1String("http") || s == QLatin1String("https") || s == QLatin1String("hls")) {
        av_dict_set(opts, "reconnect", "1", 0);
        av_dict_set(opts, "reconnect_streamed", "1", 0);
        av_dict_set(opts, "reconnect_delay_max", "4", 0);
    }
    if (s.startsWith(QLatin1String("rtsp"))) av_dict_set(opts, "rtsp_flags", "prefer_tcp", 0);
}

QString openError(const QString& url, int err, const OpenOptions& options) {
    if (err == AVERROR_EXIT) {
        if (options.abort && options.abort->load()) return QStringLiteral("%1: aborted").arg(url);
        return QStringLiteral("%1: timed out after %2 ms").arg(url).arg(options.timeoutMs);
    }
    return QStringLiteral("%1: %2").arg(url, avErrorString(err));
}

}  // namespace

Expected<AvFormatContextPtr> openInput(const QString& url, const OpenOptions& options) {
    if (url.isEmpty()) return fail(QStringLiteral("no input given"));
    AVFormatContext* raw = avformat_alloc_context();
    if (!raw) return fail(QStringLiteral("%1: out of memory").arg(url));
    // FFmpeg's const-less opaque; the flag is only ever read.
    raw->interrupt_callback.callback = &interruptCallback;
    raw->interrupt_callback.opaque = const_cast<std::atomic<bool>*>(options.abort);

    const QString s = scheme(url);
    AVDictionary* opts = nullptr;
    if (core::isNetworkStreamScheme(s)) setNetworkOptions(&opts, s, options.timeoutMs);

    int err = 0;
    {
        DeadlineScope deadline(options.timeoutMs);
        // On failure avformat_open_input frees the context itself.
        err = avformat_open_input(&raw, url.toUtf8().constData(), nullptr, &opts);
    }
    av_dict_free(&opts);
    if (err < 0) return fail(openError(url, err, options));
    AvFormatContextPtr ctx(raw);

    {
        DeadlineScope deadline(options.timeoutMs);
        err = avformat_find_stream_info(ctx.get(), nullptr);
    }
    if (err < 0) return fail(openError(url, err, options));

    if (av_find_best_stream(ctx.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0) < 0)
        return fail(QStringLiteral("%1: no video stream").arg(url));
    return ctx;
}

bool isLiveInput(const AVFormatContext* ctx) {
    if (!ctx) return false;
    if (core::isLiveStreamScheme(scheme(QString::fromUtf8(ctx->url ? ctx->url : "")))) return true;
    // A growing HLS playlist or an endless HTTP stream: no duration and nowhere to seek to.
    if (ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0) return false;
    if (ctx->iformat && QByteArray(ctx->iformat->name) == "hls") return true;
    // Image sequences and device inputs carry no AVIOContext yet are not live.
    if (ctx->iformat && (ctx->iformat->flags & AVFMT_NOFILE)) return false;
    return !ctx->pb || !(ctx->pb->seekable & AVIO_SEEKABLE_NORMAL);
}

bool isStillImage(const AVFormatContext* ctx, const AVStream* st) {
    if (!ctx || !st) return false;
    if (st->disposition & AV_DISPOSITION_ATTACHED_PIC) return true;
    const QByteArray name = ctx->iformat ? QByteArray(ctx->iformat->name) : QByteArray();
    const bool imageDemuxer = name == "image2" || name.endsWith("_pipe");
    return imageDemuxer && st->nb_frames <= 1 && ctx->duration <= AV_TIME_BASE / 10;
}

}  // namespace omk::media
