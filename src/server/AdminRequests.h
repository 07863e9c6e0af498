#pragma once
// What an admin request asks for, read from its body or query string (the admin API's readers;
// fuzzed by fuzz_admin_requests): a role change {"email", "role", "room"?} and a page of the
// audit log (?limit=&before=&action=&actor=), an on-air switch {"session"}, an announcement
// {"text", "channel"?}. Error codes:
// bad_json, bad_request, bad_role.
// The e-mail address is checked where it is used (server/RoleGrants, bad_email).
// Threading: pure functions.

#include "core/Expected.h"
#include "server/AuditLog.h"
#include "server/RoleChange.h"

#include <QByteArray>
#include <QString>

namespace omk::server {

omk::Expected<RoleChange> readRoleChange(const QByteArray& body, bool grant);
// query: the query string as sent (percent-encoded); decoded once here.
omk::Expected<AuditQuery> readAuditQuery(const QString& query);
// An on-air switch's body {"session": ID | null}: the session id (at most 256 characters), empty
// for nothing on air. Whether the catalog has it is checked where it is used (OnAirApi).
omk::Expected<QString> readOnAirSwitch(const QByteArray& body);

// An announcement {"text", "channel"?}: text of 1-500 characters (trimmed), channel an id of at
// most 256 characters, empty for every channel. Whether the catalog has it is checked where it
// is used (AnnouncementApi).
struct AnnouncementRequest {
    QString text;
    QString channel;
};
omk::Expected<AnnouncementRequest> readAnnouncement(const QByteArray& body);

// POST /admin/bans/lift {"room", "user"}: both 1-256 characters.
struct BanLift {
    QString room;
    QString user;
};
omk::Expected<BanLift> readBanLift(const QByteArray& body);

// POST /admin/import/preview {"url"?} and POST /admin/import {"url"?, "source_hash"}: url an http
// or https URL with a host (empty: the configured schedule_url), source_hash what the preview
// answered (required to apply: 64 hex digits). An empty body is {}.
struct ImportRequest {
    QString url;
    QString sourceHash;
};
omk::Expected<ImportRequest> readImportRequest(const QByteArray& body, bool apply);

}  // namespace omk::server
