#include "preflight/Commands.h"

namespace omk::preflight {

int runCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return -1;
    const QString& command = arguments.at(1);
    const QStringList args = arguments.mid(2);
    if (command == QLatin1String("check")) return runCheckCommand(args);
    if (command == QLatin1String("loadtest")) return runLoadTestCommand(args);
    return -1;
}

}  // namespace omk::preflight
