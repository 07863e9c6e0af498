#pragma once
// What re-importing the event's schedule (its Pretalx or frab export, read again) does to the
// live catalog, worked out from three catalogs in Omnikast's format: base (what the schedule
// gave at its last import here; empty before the first), incoming (what it gives now) and live
// (the catalog as organizers have changed it since).
//
// Entities are matched by id: the channels, topics, speakers and sessions. Per field, a field the
// schedule changed since base takes the schedule's value; any other field keeps the live one. So
// an organizer's edit (a stream, a room's rules, a talk moved by hand) stays until the schedule
// itself changes that field. Without a base, every field the schedule gives takes its value.
// - new in the schedule: added (channels after the live ones);
// - a channel's streams and room rules are never taken from the schedule for a channel that is
//   here (a schedule has none; its import writes "streams": []);
// - gone from the schedule: sessions, topics and speakers are removed (a topic or speaker still
//   named by a session stays); channels never are (their streams and rules are organizers'
//   work): "kept", reason not_in_schedule;
// - removed here by an organizer: stays removed, reported as "kept", reason removed_here, when
//   the schedule changed it since base (a channel a session still needs comes back);
// - a session on air (onAir) is neither removed nor moved to another channel: "kept", reason
//   on_air;
// - added here by an organizer (in neither base nor incoming): left alone.
// The result is not checked here: the caller reads it as a whole catalog (readCatalogPut).
// Threading: pure functions.

#include <QJsonObject>
#include <QSet>

namespace omk::server {

struct ScheduleMerge {
    QJsonObject root;  // the merged catalog
    // For the preview and the answer (docs/ADMIN.md "Re-import the schedule"): {"event":
    // [fields], "channels"|"topics"|"speakers"|"sessions": {"added"|"changed"|"removed"|"kept":
    // [{"id", "title", "fields"?, "channel"?, "start"?, "reason"?}]}}; empty parts left out.
    QJsonObject changes;
};

ScheduleMerge mergeSchedule(const QJsonObject& base, const QJsonObject& incoming,
                            const QJsonObject& live, const QSet<QString>& onAir);

}  // namespace omk::server
