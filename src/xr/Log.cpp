#include "xr/Log.h"

Q_LOGGING_CATEGORY(lcXr, "omnikast.xr", QtInfoMsg)
