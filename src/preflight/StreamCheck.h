#pragma once
// One stream of an event, checked the way the viewer would open it: reachable, decodes, what
// projection the file itself declares, time to the first frame and the bit rate. Rendering the
// snapshot is left to the caller's thread (the headless renderer belongs to one thread).

#include "core/Spherical.h"
#include "media/VideoFrame.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <optional>

namespace omk::preflight {

struct StreamTarget {
    QString channelId;
    QString channelName;
    QString label;  // the stream's label, else its protocol and index within the channel
    QString url;
    QString protocol;
    Projection projection = Projection::Equirect;  // what the catalog declares
    StereoLayout stereo = StereoLayout::Mono;
};

// Where a check got to; a failure names the stage it failed in.
enum class CheckStage { Open, Decode, Snapshot, Done };
QString toString(CheckStage s);

struct StreamResult {
    StreamTarget target;
    bool ok = false;
    CheckStage stage = CheckStage::Open;
    QString reason;        // why it failed; empty when ok
    QStringList warnings;  // passed, but worth a look (projection disagreement, unknown rate)
    QString container;
    QString codec;
    int width = 0, height = 0;
    double frameRate = 0;
    bool live = false;
    SphericalInfo detected;  // what the file says (InfoSource::Default: nothing)
    double openMs = 0;
    double firstFrameMs = 0;  // from the start of the open to the first decoded frame
    qint64 bitRate = 0;       // bits per second; 0: unknown
    QString bitRateSource;    // "container", "stream", "variant", "measured"
    QString snapshot;         // PNG path when one was written
    std::optional<media::VideoFrame> frame;  // the first frame, for the snapshot
};

QJsonObject toJson(const StreamResult& r);

// Opens, probes and decodes the first second (at most) of the stream on the calling thread.
// `abort` ends blocking network I/O promptly; `stage` follows progress so a timeout can name it.
StreamResult checkStream(const StreamTarget& target, int timeoutMs, const std::atomic<bool>* abort,
                         std::atomic<int>* stage);

}  // namespace omk::preflight
