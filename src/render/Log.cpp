#include "render/Log.h"

Q_LOGGING_CATEGORY(lcRender, "omnikast.render", QtInfoMsg)
