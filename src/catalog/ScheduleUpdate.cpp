#include "catalog/ScheduleUpdate.h"

#include <QHash>

namespace omk::catalog {

ScheduleChanges carryOver(const Catalog& before, Catalog& update) {
    ScheduleChanges changes;
    QHash<QString, const Session*> old;
    for (const Session& s : before.sessions) old.insert(s.id, &s);
    QHash<QString, bool> listed;
    for (const Session& s : update.sessions) {
        listed.insert(s.id, true);
        const Session* was = old.value(s.id);
        if (!was || was->cancelled) {
            ++changes.added;  // new, or back after being cancelled
        } else if (was->start != s.start || was->duration != s.duration ||
                   was->channelId != s.channelId) {
            ++changes.moved;
        } else if (!(*was == s)) {
            ++changes.edited;
        }
    }
    bool appended = false;
    for (const Session& s : before.sessions) {
        if (listed.contains(s.id)) continue;
        // A cancelled talk stays on its channel; a channel the update dropped takes it along.
        if (!update.channel(s.channelId)) continue;
        Session kept = s;
        if (!kept.cancelled) ++changes.cancelled;
        kept.cancelled = true;
        kept.keptByUpdate = true;
        update.sessions.append(std::move(kept));
        appended = true;
    }
    if (appended) sortSessions(update);
    return changes;
}

}  // namespace omk::catalog
