#include "replay/ReplayReport.h"

#include <QJsonArray>

#include <cmath>

namespace omk::replay {

void RunningStat::add(double v) {
    ++samples;
    sumAbs += std::abs(v);
    maxAbs = std::max(maxAbs, std::abs(v));
}

QJsonObject RunningStat::toJson(double scale) const {
    // Rounded to a microsecond: summation order is fixed, but a report is for reading.
    auto round = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return {{QStringLiteral("samples"), samples},
            {QStringLiteral("mean_abs"), round(samples ? sumAbs / double(samples) * scale : 0)},
            {QStringLiteral("max_abs"), round(maxAbs * scale)}};
}

QJsonObject ReplayReport::toJson() const {
    QJsonArray frameArray;
    for (const auto& f : frames)
        frameArray.append(QJsonArray{f.tMs, std::round(f.pts * 1e6) / 1e6, f.hash});
    QJsonArray chatArray;
    for (const auto& r : chat)
        chatArray.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                     {QStringLiteral("author"), r.author},
                                     {QStringLiteral("text"), r.text},
                                     {QStringLiteral("deleted"), r.deleted}});
    QJsonArray errorArray;
    for (const auto& e : errors)
        errorArray.append(
            QJsonObject{{QStringLiteral("t_ms"), e.tMs}, {QStringLiteral("message"), e.message}});

    return {
        {QStringLiteral("format"), QStringLiteral("omnikast-replay-report")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("recording"), recording},
        {QStringLiteral("room"), room},
        {QStringLiteral("options"),
         QJsonObject{
             {QStringLiteral("fps"), fps},
             {QStringLiteral("size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
             {QStringLiteral("camera"), camera},
             {QStringLiteral("snapshot_every_s"), snapshotEvery}}},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("ticks"), ticks},
        {QStringLiteral("frames"), QJsonObject{{QStringLiteral("decoded"), framesDecoded},
                                               {QStringLiteral("rendered"), framesRendered},
                                               {QStringLiteral("dropped"), framesDropped}}},
        // [t_ms, pts_s, hash] per rendered frame.
        {QStringLiteral("frame_hashes"), frameArray},
        {QStringLiteral("snapshots"), QJsonArray::fromStringList(snapshots)},
        {QStringLiteral("av_offset_ms"), avOffset.toJson(1000.0)},
        {QStringLiteral("sync"), QJsonObject{{QStringLiteral("error_ms"), syncError.toJson(1000.0)},
                                             {QStringLiteral("seeks"), seeks},
                                             {QStringLiteral("rate_changes"), rateChanges},
                                             {QStringLiteral("opens"), opens}}},
        {QStringLiteral("room_log"),
         QJsonObject{{QStringLiteral("events_applied"), eventsApplied},
                     {QStringLiteral("resets"), resets},
                     {QStringLiteral("streams"), QJsonArray::fromStringList(streams)},
                     {QStringLiteral("playback"), playback}}},
        {QStringLiteral("chat"), QJsonObject{{QStringLiteral("events_applied"), chatEventsApplied},
                                             {QStringLiteral("rows"), chatArray},
                                             {QStringLiteral("pinned_seq"), pinnedSeq}}},
        {QStringLiteral("catalog"),
         catalogTitle.isEmpty() && catalogChannel.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("title"), catalogTitle},
                                      {QStringLiteral("channel"), catalogChannel}})},
        {QStringLiteral("errors"), errorArray},
        {QStringLiteral("timing"),
         QJsonObject{{QStringLiteral("wall_ms"), wallMs}, {QStringLiteral("renderer"), renderer}}},
    };
}

}  // namespace omk::replay
