#pragma once
// How a chat message reads in the room's list: rich text for a Label, escaped, with web links
// made clickable (the view opens them in the browser) and @mentions of this user highlighted;
// and the names offered when completing an @mention. Pure functions, unit-tested.
// Threading: any thread.

#include <QString>
#include <QStringList>

namespace omk::ui::MessageFormatter {

// `text` as rich text; `me` is this user's name (empty: nothing highlighted).
QString richText(const QString& text, const QString& me);

// @mentions: the names in `names` starting with `prefix` (without the @, case-insensitive),
// without duplicates, at most 8 (the first 8 found), sorted case-insensitively.
QStringList completeMention(const QStringList& names, const QString& prefix);

}  // namespace omk::ui::MessageFormatter
