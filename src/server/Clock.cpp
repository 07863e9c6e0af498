#include "server/Clock.h"

#include <QDateTime>

#include <chrono>

namespace omk::server {

qint64 wallMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 steadyMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace omk::server
