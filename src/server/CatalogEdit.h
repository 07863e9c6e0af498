#pragma once
// One organizer's change to one part of the live catalog (the catalog's fine-grained admin
// endpoints, docs/ADMIN.md "Editing one part of the catalog"): a channel, one of a channel's
// streams, a session, a speaker or a topic, added, changed or removed, applied to the catalog in
// Omnikast's format (its JSON root, docs/CATALOG-FORMAT.md). A body names only the fields of its
// part (anything else is refused with its name); in a change, a field set to null is removed (as
// in JSON Merge Patch, RFC 7396) and "position" moves a channel or a stream in its list. Ids never
// change: a new id is a new part. Whether the result is a valid catalog is the catalog reader's
// to say (server/CatalogRequests), before anything is stored.
// Error codes: bad_json, bad_request (the request), no_channel, no_stream, no_session,
// no_speaker, no_topic (what it names is not there), duplicate_id, channel_in_use (a removed
// channel still has sessions), speaker_in_use, topic_in_use (sessions still name the removed
// speaker or topic).
// Fuzzed by fuzz_catalog_edit.
// Threading: pure functions.

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace omk::server {

struct CatalogEdit {
    enum class Part { Channel, Stream, Session, Speaker, Topic };
    enum class Op { Add, Change, Remove };
    Part part = Part::Channel;
    Op op = Op::Add;
    QString id;          // the channel's (Channel, Stream), else the session's, speaker's, topic's
    int stream = -1;     // Stream Change/Remove: its place in the channel's list, 0 first
    QJsonObject fields;  // Add, Change: the part's fields as sent, "position" left out
    int position = -1;   // where in its list the part goes, 0 first; -1: at the end / unmoved
};

// pathIds: the path's {…} segments (the channel's, session's, speaker's or topic's id, a stream's
// index); body: the request's (empty for Remove).
omk::Expected<CatalogEdit> readCatalogEdit(CatalogEdit::Part part, CatalogEdit::Op op,
                                           const QStringList& pathIds, const QByteArray& body);

// The catalog with the edit made.
omk::Expected<QJsonObject> applyCatalogEdit(const QJsonObject& root, const CatalogEdit& edit);

// The audit log's action ("channel.add", "stream.change", "session.remove", "speaker.add",
// "topic.change"…) and target (the channel's, session's, speaker's or topic's id) of an edit.
QString auditAction(const CatalogEdit& edit);
QString auditTarget(const CatalogEdit& edit);

}  // namespace omk::server
