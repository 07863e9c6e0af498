#include "media/Log.h"

Q_LOGGING_CATEGORY(lcMedia, "omnikast.media", QtInfoMsg)
