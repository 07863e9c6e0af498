#pragma once
// What `omnikast INPUT` opens: an event (a catalog file or URL) or media. And the demo event,
// written at run time next to the generated demo clip (no media in git).

#include "core/Expected.h"

#include <QDateTime>
#include <QString>

namespace omk::ui {

// True for a path or http(s) URL ending in .json/.xml (media never does, and the catalog is
// read and checked when opened, so a broken one is reported as a catalog error), for
// dreamkast:HOST/ABBR, and for an event's page address (http(s)://HOST/NAME: one name, no file
// suffix), which is opened as a Dreamkast event, a catalog or a Pretalx event, in that order.
bool isEventSource(const QString& input);

// The room server of an event fetched from an omnikast-server (http(s)://HOST:PORT/…/catalog.json
// → ws(s)://HOST:PORT/ws): that server also hosts the event's rooms. Empty for anything else (a
// file, a Pretalx export on some web server): such an event has no chat unless --server says.
QString roomServerFor(const QString& eventSource);

// Writes dir/omnikast-demo-event.json in Omnikast's catalog format: two channels, "Main stage"
// and "Workshop room", both streaming `clipPath`, with sessions around `now` so now/next and the
// schedule's time line show something. Rewritten each time, as the times move with the clock.
Expected<QString> writeDemoEvent(const QString& dir, const QString& clipPath, const QDateTime& now);

}  // namespace omk::ui
