#include "ui/Log.h"

Q_LOGGING_CATEGORY(lcUi, "omnikast.ui", QtInfoMsg)
