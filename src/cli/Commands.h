#pragma once
// The headless sub-commands of `omnikast`. Each returns the process exit code and, on failure,
// prints exactly one line on stderr naming the input and the reason.

#include <QStringList>

namespace omk::cli {

int runProbe(const QStringList& args);
int runSnapshot(const QStringList& args);
int runBench(const QStringList& args);
int runCatalog(const QStringList& args);
int runXr(const QStringList& args);
// `omnikast xr-check`: the demo clip in a headset session on whatever runtime is active.
int runXrCheck(const QStringList& args);
// `omnikast --xr ...` with no display for the window (which otherwise opens in VR): prints why
// VR is unavailable (no runtime, no headset...) or, with a runtime, that `omnikast xr INPUT` is
// the headless headset mode; one line on stderr and exit code 1 either way.
int runXrFlag();

// Dispatches argv[1]; returns -1 when argv[1] names no headless command (the caller opens the
// window instead).
int runHeadlessCommand(const QStringList& arguments);

// The one-line failure report every command uses.
int reportFailure(const QString& command, const QString& input, const QString& reason);

}  // namespace omk::cli
