#include "room/Log.h"

Q_LOGGING_CATEGORY(lcRoom, "omnikast.room", QtInfoMsg)
