#include "replay/Commands.h"

namespace omk::replay {

int runCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return -1;
    return -1;
}

}  // namespace omk::replay
