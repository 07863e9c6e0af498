#pragma once
// The headless sub-commands of `omnikast`. Each returns the process exit code and, on failure,
// prints exactly one line on stderr naming the input and the reason.

#include <QStringList>

namespace omk::cli {

int runProbe(const QStringList& args);
int runSnapshot(const QStringList& args);
int runBench(const QStringList& args);
int runCatalog(const QStringList& args);

// Dispatches argv[1]; returns -1 when argv[1] names no headless command (the caller opens the
// window instead). `xr` and `xr-check` are xrcli's (xrcli/Commands.h).
int runHeadlessCommand(const QStringList& arguments);

// The one-line failure report every command uses.
int reportFailure(const QString& command, const QString& input, const QString& reason);

}  // namespace omk::cli
