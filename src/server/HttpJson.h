#pragma once
// JSON answers and request bodies of the server's HTTP endpoints (/auth/…, /admin/…): one shape
// for every error ({"error": CODE, "message": …}), and the body's fields read or refused with a
// 400 that names the field.
// Threading: pure functions.

#include "core/Expected.h"
#include "server/HttpApi.h"

#include <QJsonObject>

#include <optional>

namespace omk::server {

HttpResponse jsonResponse(QHttpServerResponder::StatusCode status, const QJsonObject& body);
HttpResponse errorResponse(QHttpServerResponder::StatusCode status, const char* code,
                           const QString& message);
// An Expected's error: its code ("storage" where it has none) and message.
HttpResponse errorResponse(QHttpServerResponder::StatusCode status, const omk::Error& error);

// The store failed: logged (what, why) for the operator; the client gets 503 "storage", "try again
// later", and nothing of the database's own words.
HttpResponse storageFailed(const char* what, const QString& why);
// The response with Cache-Control: no-store (the admin API: answers that change, and private).
HttpResponse noStore(HttpResponse r);

// The body as a JSON object, or (replied) the answer that says why not.
std::optional<QJsonObject> bodyObject(const PostRequest& r, HttpApi::Reply& reply);
// A non-empty string field of at most maxChars, or (replied) the 400 that names it.
std::optional<QString> stringField(const QJsonObject& o, const char* name, HttpApi::Reply& reply,
                                   int maxChars = 4096);

}  // namespace omk::server
