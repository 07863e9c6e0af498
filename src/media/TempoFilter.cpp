#include "media/TempoFilter.h"

#include "media/AvPtr.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cstring>

namespace omk::media {

Expected<std::unique_ptr<TempoFilter>> TempoFilter::create(int sampleRate, int channels,
                                                           double tempo) {
    if (tempo < kMinTempo || tempo > kMaxTempo)
        return fail(QStringLiteral("playback rate %1 is outside %2-%3")
                        .arg(tempo)
                        .arg(kMinTempo)
                        .arg(kMaxTempo));
    std::unique_ptr<TempoFilter> f(new TempoFilter);
    f->m_sampleRate = sampleRate;
    f->m_channels = channels;
    f->m_tempo = tempo;
    f->m_graph = avfilter_graph_alloc();
    if (!f->m_graph) return fail(QStringLiteral("out of memory setting up the tempo filter"));
    // One thread: the stage already has its own, and a graph this small gains nothing.
    f->m_graph->nb_threads = 1;

    AVChannelLayout layout;
    av_channel_layout_default(&layout, channels);
    char layoutName[64] = {};
    av_channel_layout_describe(&layout, layoutName, sizeof layoutName);
    av_channel_layout_uninit(&layout);
    const QByteArray sourceArgs = QStringLiteral(
                                      "time_base=1/%1:sample_rate=%1:sample_fmt=flt:"
                                      "channel_layout=%2")
                                      .arg(sampleRate)
                                      .arg(QString::fromLatin1(layoutName))
                                      .toLatin1();
    const QByteArray tempoArgs = QByteArray::number(tempo, 'f', 6);
    AVFilterContext* tempoCtx = nullptr;
    int err = avfilter_graph_create_filter(&f->m_source, avfilter_get_by_name("abuffer"), "in",
                                           sourceArgs.constData(), nullptr, f->m_graph);
    if (err >= 0)
        err = avfilter_graph_create_filter(&tempoCtx, avfilter_get_by_name("atempo"), "tempo",
                                           ("tempo=" + tempoArgs).constData(), nullptr, f->m_graph);
    if (err >= 0)
        err = avfilter_graph_create_filter(&f->m_sink, avfilter_get_by_name("abuffersink"), "out",
                                           nullptr, nullptr, f->m_graph);
    if (err >= 0) {
        const AVSampleFormat formats[] = {AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_NONE};
        err = av_opt_set_int_list(f->m_sink, "sample_fmts", formats, AV_SAMPLE_FMT_NONE,
                                  AV_OPT_SEARCH_CHILDREN);
    }
    if (err >= 0) err = avfilter_link(f->m_source, 0, tempoCtx, 0);
    if (err >= 0) err = avfilter_link(tempoCtx, 0, f->m_sink, 0);
    if (err >= 0) err = avfilter_graph_config(f->m_graph, nullptr);
    if (err < 0)
        return fail(QStringLiteral("cannot set up the tempo filter: %1").arg(avErrorString(err)));
    return f;
}

TempoFilter::~TempoFilter() {
    avfilter_graph_free(&m_graph);
}

Expected<void> TempoFilter::setTempo(double tempo) {
    if (tempo < kMinTempo || tempo > kMaxTempo)
        return fail(QStringLiteral("playback rate %1 is outside %2-%3")
                        .arg(tempo)
                        .arg(kMinTempo)
                        .arg(kMaxTempo));
    if (tempo == m_tempo) return {};
    const QByteArray value = QByteArray::number(tempo, 'f', 6);
    const int err =
        avfilter_graph_send_command(m_graph, "tempo", "tempo", value.constData(), nullptr, 0, 0);
    if (err < 0)
        return fail(QStringLiteral("cannot change the playback rate: %1").arg(avErrorString(err)));
    m_tempo = tempo;
    return {};
}

Expected<void> TempoFilter::process(const float* samples, int frames, std::vector<float>& out) {
    AvFramePtr in = makeFrame();
    if (!in) return fail(QStringLiteral("out of memory in the tempo filter"));
    in->format = AV_SAMPLE_FMT_FLT;
    in->sample_rate = m_sampleRate;
    av_channel_layout_default(&in->ch_layout, m_channels);
    in->nb_samples = frames;
    in->pts = m_nextPts;
    m_nextPts += frames;
    int err = av_frame_get_buffer(in.get(), 0);
    if (err >= 0) {
        std::memcpy(in->data[0], samples, size_t(frames) * size_t(m_channels) * sizeof(float));
        err = av_buffersrc_add_frame_flags(m_source, in.get(), AV_BUFFERSRC_FLAG_KEEP_REF);
    }
    if (err < 0)
        return fail(QStringLiteral("tempo filter input failed: %1").arg(avErrorString(err)));
    AvFramePtr got = makeFrame();
    for (;;) {
        err = av_buffersink_get_frame(m_sink, got.get());
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF) return {};
        if (err < 0)
            return fail(QStringLiteral("tempo filter output failed: %1").arg(avErrorString(err)));
        const auto* data = reinterpret_cast<const float*>(got->data[0]);
        out.insert(out.end(), data, data + size_t(got->nb_samples) * size_t(m_channels));
        av_frame_unref(got.get());
    }
}

}  // namespace omk::media
