#pragma once
// What changed between two versions of a catalog (Omnikast's format), by id: channels and
// sessions added, removed or changed, and whether the event's own fields changed. Sent with
// catalog.changed (docs/PROTOCOL.md) and kept in the audit entry of the change.
// Threading: pure functions.

#include <QJsonObject>

namespace omk::server {

// {"event": true?, "channels": {"added": [ids], "removed": […], "changed": […], "reordered":
// true?}, "sessions": …};
// empty lists and unchanged parts are left out. Lists longer than maxIds are cut there and
// marked "more": true (the client fetches the catalog either way).
QJsonObject catalogDiff(const QJsonObject& before, const QJsonObject& after, int maxIds = 200);

}  // namespace omk::server
