#pragma once
// Argument parsing of `omnikast check` and `omnikast loadtest`: plain structs, no I/O, every
// failure one line.

#include "core/Expected.h"
#include "preflight/LoadTest.h"

#include <QString>
#include <QStringList>

namespace omk::preflight {

struct CheckOptions {
    QString input;      // an event catalog or a sources file: file or http(s) URL
    QString streams;    // the rooms' streams list (--streams); empty: none or the sources file's
    QString report;     // write the JSON report here too
    QString snapshots;  // directory for one PNG per stream; empty: a temporary one, removed
    bool json = false;
    double timeoutS = 20;  // per stream: open, probe and first frame together
    int jobs = 4;          // streams checked at once (each waits on I/O mostly)
};

struct LoadTestCommandOptions {
    LoadTestOptions run;
    bool json = false;
};

// Durations: "30", "30s", "2m", "500ms".
Expected<double> parseSeconds(const QString& text);
// args: everything after the command name.
Expected<CheckOptions> parseCheckArgs(const QStringList& args);
Expected<LoadTestCommandOptions> parseLoadTestArgs(const QStringList& args);

extern const char* const kCheckUsage;
extern const char* const kLoadTestUsage;

}  // namespace omk::preflight
