#pragma once
// "My schedule" as an iCalendar file (RFC 5545): one VEVENT per session, times in UTC so no
// VTIMEZONE block is needed and every calendar shows them in its own zone.

#include "catalog/Catalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace omk::ui {

// `sessionIds` picks sessions of `catalog` (unknown ids are skipped); `stamp` is DTSTAMP.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence.
QByteArray toIcs(const catalog::Catalog& catalog, const QStringList& sessionIds,
                 const QDateTime& stamp);

// RFC 5545 TEXT escaping: backslash, comma, semicolon and newlines.
QString escapeIcsText(const QString& text);

}  // namespace omk::ui
