#include "core/Log.h"

Q_LOGGING_CATEGORY(lcCore, "omnikast.core", QtInfoMsg)
