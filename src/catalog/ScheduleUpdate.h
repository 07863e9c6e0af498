#pragma once
// A schedule fetched again while the event is open (a Pretalx export re-fetched every few
// minutes): what changed against the copy on screen, and the talks it no longer lists kept as
// cancelled — an export drops a cancelled talk, but an attendee who planned to watch it should
// see that it is off, not that it vanished. A talk that comes back is no longer cancelled.
//
// Threading: pure functions; any thread.

#include "catalog/Catalog.h"

#include <QString>

namespace omk::catalog {

struct ScheduleChanges {
    int added = 0;      // ids new in the update
    int moved = 0;      // same id, another start or channel
    int cancelled = 0;  // listed before, not in the update
    int edited = 0;     // same id, place and time; title, speakers or the like changed
    bool any() const { return added + moved + cancelled + edited > 0; }
    bool operator==(const ScheduleChanges&) const = default;
};

// Adds to `update` the sessions of `before` that it no longer lists, as cancelled (sessions
// already cancelled stay so while they stay away), re-sorts it, and says what changed.
ScheduleChanges carryOver(const Catalog& before, Catalog& update);

}  // namespace omk::catalog
