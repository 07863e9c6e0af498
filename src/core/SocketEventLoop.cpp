#include "core/SocketEventLoop.h"

#include <QByteArray>
#include <QtGlobal>

namespace omk::core {

void preferPollEventLoop() {
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB")) qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

}  // namespace omk::core
