#pragma once
// The testers' headless commands of this library (check, loadtest). Each returns the process exit
// code; failures print one line through cli::reportFailure.
// Exit codes: 0 passed; 1 bad arguments or input that could not be read; 2 the checks ran and a
// stream or a threshold failed.

#include <QStringList>

namespace omk::preflight {

// Runs argv[1] when it names one of this library's commands; -1 otherwise.
int runCommand(const QStringList& arguments);

// args: what follows the command name.
int runCheckCommand(const QStringList& args);
int runLoadTestCommand(const QStringList& args);

}  // namespace omk::preflight
