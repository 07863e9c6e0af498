#include "core/FileLimit.h"

#include <sys/resource.h>

#include <limits>

namespace omk::core {

qint64 raiseOpenFileLimit() {
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) != 0) return 0;
    if (lim.rlim_cur < lim.rlim_max) {
        rlimit wanted = lim;
        wanted.rlim_cur = lim.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &wanted) == 0) lim = wanted;
    }
    return lim.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max()
                                         : qint64(lim.rlim_cur);
}

}  // namespace omk::core
