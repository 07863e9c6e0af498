#pragma once
// The headset sub-commands of `omnikast`, apart from cli's headless ones because they link the
// OpenXR loader (and X11/GLX through omnikast_xr). Each returns the process exit code and, on
// failure, prints one line on stderr (cli::reportFailure).
// Threading: the calling (main) thread.

#include <QStringList>

namespace omk::xrcli {

int runXr(const QStringList& args);
// `omnikast xr-check`: the demo clip in a headset session on whatever runtime is active.
int runXrCheck(const QStringList& args);
// `omnikast --xr ...` with no display for the window (which otherwise opens in VR): prints why
// VR is unavailable (no runtime, no headset...) or, with a runtime, that `omnikast xr INPUT` is
// the headless headset mode; one line on stderr and exit code 1 either way.
int runXrFlag();

// Dispatches argv[1] (`xr`, `xr-check`); -1 when it names neither.
int runCommand(const QStringList& arguments);

}  // namespace omk::xrcli
