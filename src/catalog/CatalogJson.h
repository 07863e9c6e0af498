#pragma once
// The `omnikast catalog --json` dump, for scripts: the whole model as Omnikast's own format
// writes it, plus what a script would otherwise recompute — each session's end, length in
// seconds and schedule day, sessions per day, and each channel's now/next at one instant.

#include "catalog/Catalog.h"

#include <QJsonObject>

namespace omk::catalog {

QJsonObject catalogToJson(const Catalog& catalog, const QDateTime& at);

}  // namespace omk::catalog
