#include "preflight/Log.h"

Q_LOGGING_CATEGORY(lcPreflight, "omnikast.preflight")
