#pragma once
// The testers' headless commands of this library (record, replay). Each returns the process exit
// code; failures print one line through cli::reportFailure.

#include <QStringList>

namespace omk::replay {

// Runs argv[1] when it names one of this library's commands; -1 otherwise.
int runCommand(const QStringList& arguments);

}  // namespace omk::replay
