#include "preflight/Commands.h"

namespace omk::preflight {

int runCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return -1;
    return -1;
}

}  // namespace omk::preflight
