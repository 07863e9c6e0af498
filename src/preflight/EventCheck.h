#pragma once
// `omnikast check`'s engine: every stream of every channel of an event catalog (file or URL),
// each on a thread of its own under a per-stream deadline so a dead host never hangs the run,
// at most `jobs` at once; snapshots are rendered afterwards on the calling thread, which owns
// the headless renderer.

#include "core/Expected.h"
#include "preflight/Options.h"
#include "preflight/StreamCheck.h"

#include <QJsonObject>
#include <QSize>

#include <functional>
#include <vector>

namespace omk::preflight {

struct EventCheckReport {
    QString input;
    QString title;
    QString format;  // the catalog's source format
    QString snapshotDir;
    QString snapshotWarning;  // set when no snapshot could be rendered at all (no EGL)
    std::vector<StreamResult> streams;

    int failed() const;
    bool passed() const { return failed() == 0; }
};

QJsonObject toJson(const EventCheckReport& r);

// (streams finished, streams in all, the one just finished)
using CheckProgress = std::function<void(int done, int total, const StreamResult* last)>;

// Errors: the catalog could not be read, or lists no stream. Streams that fail are in the report.
omk::Expected<EventCheckReport> runEventCheck(const CheckOptions& options,
                                              const CheckProgress& progress = {},
                                              QSize snapshotSize = QSize(640, 360));

}  // namespace omk::preflight
