#include "catalog/Log.h"

Q_LOGGING_CATEGORY(lcCatalog, "omnikast.catalog", QtInfoMsg)
