#include "cable/Log.h"

Q_LOGGING_CATEGORY(lcCable, "omnikast.cable", QtInfoMsg)
