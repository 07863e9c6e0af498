#pragma once
// The id a new part of the catalog gets from the name an organizer typed (a channel, a
// speaker): its letters and digits in lower case, everything else between them one "-", at
// most 40 characters, made unique against the ids in use with "-2", "-3"… ("Saal 1" → "saal-1",
// "第1会場" stays). Threading: any.

#include <QString>

#include <functional>

namespace omk::ui {

// taken: whether an id is in use already; fallback: the id for a name with no letter or digit
// ("!!!"), made unique the same way.
QString idFromName(const QString& name, const std::function<bool(const QString&)>& taken,
                   const QString& fallback);

}  // namespace omk::ui
