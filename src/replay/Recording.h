#pragma once
// A room recording (docs/RECORDING.md): what one client saw of a room's log, with the time it
// saw it, as JSON Lines. This file holds the in-memory form, the strict reader (any damage is
// reported with the 1-based line where it breaks) and the line encoders the recorder writes.

#include "core/Expected.h"
#include "protocol/ServerDecoder.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace omk::replay {

// 2 added the catalog record; version 1 files read as they always did.
inline constexpr int kRecordingVersion = 2;
inline constexpr char kRecordingFormat[] = "omnikast-recording";
// A line longer than this is damage, not a record (a history of 1000 events stays far below).
inline constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;

struct RecordingHeader {
    int version = kRecordingVersion;
    QString room;
    QString server;   // where it was recorded from (informational)
    QString started;  // ISO 8601 UTC wall time of t = 0 (informational)
    QString client;   // the recorder's version (informational)
};

enum class RecordKind { Reset, Event, Clock, Stream, Catalog, End };

struct Record {
    RecordKind kind = RecordKind::Event;
    qint64 t = 0;     // ms since the recording started, on the recorder's steady clock
    qint64 line = 0;  // where it is in the file, for messages
    protocol::JoinedMessage joined;  // Reset: the join that replaced the room's state
    protocol::Event event;           // Event: one log event, applied in seq order
    double serverMs = 0;             // Clock: the server's time at t
    QString media;                   // Stream: a media URL the room's playback refers to
    QJsonObject catalog;             // Catalog: the server's event catalog, as it served it
};

struct Recording {
    RecordingHeader header;
    QList<Record> records;  // in file order; the End record is not kept
    qint64 durationMs = 0;  // t of the End record
    qint64 eventCount = 0;  // Event records
    QStringList streams;    // every Stream record's media, first mention first
    QJsonObject catalog;    // the last Catalog record's; empty when there is none
};

// Parses a whole recording. On failure *failedLine (when given) is the 1-based line where the
// file breaks: a line past the last one when the end record is missing.
Expected<Recording> parseRecording(const QByteArray& bytes, qint64* failedLine = nullptr);
// Reads and parses a file; an unreadable file fails with *failedLine 0.
Expected<Recording> readRecording(const QString& path, qint64* failedLine = nullptr);

// The records as lines (compact JSON and '\n'), as the recorder appends them.
QByteArray headerLine(const RecordingHeader& header);
QByteArray resetLine(qint64 t, const QString& epoch, qint64 head, const QJsonObject& snapshot,
                     const QList<protocol::Event>& history);
QByteArray eventLine(qint64 t, const protocol::Event& event);
QByteArray clockLine(qint64 t, double serverMs);
QByteArray streamLine(qint64 t, const QString& media);
QByteArray catalogLine(qint64 t, const QJsonObject& catalog);
QByteArray endLine(qint64 t, qint64 events);

}  // namespace omk::replay
