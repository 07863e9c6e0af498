#include "replay/Log.h"

Q_LOGGING_CATEGORY(lcReplay, "omnikast.replay")
