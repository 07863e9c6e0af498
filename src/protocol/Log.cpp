#include "protocol/Log.h"

Q_LOGGING_CATEGORY(lcProtocol, "omnikast.protocol", QtInfoMsg)
