#include "replay/Recording.h"

#include "protocol/FieldReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace omk::replay {

using protocol::FieldReader;

namespace {

constexpr qint64 kMaxT = qint64(1) << 52;  // exact in a JSON double, and ~142,000 years of ms
constexpr qint64 kMaxFileBytes = qint64(1) << 31;

QByteArray line(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject record(qint64 t, const char* kind) {
    return {{QStringLiteral("t"), t}, {QStringLiteral("k"), QLatin1String(kind)}};
}

// Reads records one line at a time, keeping what the next record must agree with.
class Parser {
public:
    explicit Parser(Recording& out) : m_out(out) {}

    Expected<void> header(const QByteArray& text);
    Expected<void> next(const QByteArray& text, qint64 lineNo);
    bool ended() const { return m_ended; }

private:
    Expected<void> reset(const QJsonObject& o, FieldReader& r, Record& rec);
    Expected<void> event(const QJsonObject& o, FieldReader& r, Record& rec);
    Expected<protocol::Event> decodeEvent(const QJsonValue& v, const QString& where);

    Recording& m_out;
    qint64 m_lastT = 0;
    qint64 m_lastSeq = -1;  // -1: no reset yet, so no event may come
    bool m_ended = false;
};

Expected<void> Parser::header(const QByteArray& text) {
    auto parsed = protocol::parseFrameObject(text);
    if (!parsed) return parsed.unexpected();
    const QJsonObject o = *parsed;
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kRecordingFormat))
        return fail(QStringLiteral("not an omnikast recording (no \"format\":\"%1\" header)")
                        .arg(QLatin1String(kRecordingFormat)));
    FieldReader r(o, QString());
    // The version is checked before any other field: a newer file may have other fields.
    const auto version = r.integer("version", true, 1, std::numeric_limits<int>::max());
    if (!r.ok()) return fail(r.error());
    if (*version > kRecordingVersion)
        return fail(QStringLiteral("recording version %1 is newer than this omnikast reads (%2)")
                        .arg(*version)
                        .arg(kRecordingVersion));
    r.allowOnly({"format", "version", "room", "server", "started", "client"});
    m_out.header.version = int(*version);
    m_out.header.room = r.identifier("room", true).value_or(QString());
    m_out.header.server = r.string("server", false, 2048).value_or(QString());
    m_out.header.started = r.string("started", false, 64).value_or(QString());
    m_out.header.client = r.string("client", false, 256).value_or(QString());
    if (!r.ok()) return fail(r.error());
    return {};
}

Expected<protocol::Event> Parser::decodeEvent(const QJsonValue& v, const QString& where) {
    if (!v.isObject()) return fail(where + QStringLiteral(": expected an event object"));
    auto e = protocol::eventFromJson(v.toObject());
    if (!e) return fail(where + QStringLiteral(".") + e.error().message);
    if (e->room != m_out.header.room)
        return fail(where + QStringLiteral(".room: \"%1\" is not the recorded room \"%2\"")
                                .arg(e->room, m_out.header.room));
    return e;
}

Expected<void> Parser::reset(const QJsonObject& o, FieldReader& r, Record& rec) {
    r.allowOnly({"t", "k", "epoch", "head", "snapshot", "history"});
    auto& h = rec.joined.header;
    h.room = m_out.header.room;
    h.recovered = false;
    h.epoch = r.identifier("epoch", true).value_or(QString());
    h.head = r.integer("head", true, 0, kMaxT).value_or(0);
    h.snapshot = r.object("snapshot", true).value_or(QJsonObject());
    if (!r.ok()) return fail(r.error());
    const QJsonValue history = o.value(QStringLiteral("history"));
    if (!history.isUndefined() && !history.isArray())
        return fail(QStringLiteral("history: expected an array"));
    const QJsonArray events = history.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto e = decodeEvent(events.at(i), QStringLiteral("history[%1]").arg(i));
        if (!e) return e.unexpected();
        if (i > 0 && e->seq != rec.joined.events.last().seq + 1)
            return fail(QStringLiteral("history[%1].seq: %2 does not follow %3")
                            .arg(i)
                            .arg(e->seq)
                            .arg(rec.joined.events.last().seq));
        if (e->seq > h.head)
            return fail(QStringLiteral("history[%1].seq: %2 is past head %3")
                            .arg(i)
                            .arg(e->seq)
                            .arg(h.head));
        rec.joined.events.append(*e);
    }
    m_lastSeq = h.head;
    return {};
}

Expected<void> Parser::event(const QJsonObject& o, FieldReader& r, Record& rec) {
    r.allowOnly({"t", "k", "e"});
    if (!r.ok()) return fail(r.error());
    if (m_lastSeq < 0) return fail(QStringLiteral("an event before the first reset"));
    auto e = decodeEvent(o.value(QStringLiteral("e")), QStringLiteral("e"));
    if (!e) return e.unexpected();
    if (e->seq != m_lastSeq + 1)
        return fail(QStringLiteral("e.seq: %1 does not follow %2").arg(e->seq).arg(m_lastSeq));
    m_lastSeq = e->seq;
    rec.event = *e;
    ++m_out.eventCount;
    return {};
}

Expected<void> Parser::next(const QByteArray& text, qint64 lineNo) {
    if (m_ended) return fail(QStringLiteral("a record after the end record"));
    auto parsed = protocol::parseFrameObject(text);
    if (!parsed) return parsed.unexpected();
    const QJsonObject o = *parsed;
    FieldReader r(o, QString());
    Record rec;
    rec.line = lineNo;
    rec.t = r.integer("t", true, 0, kMaxT).value_or(0);
    const QString kind = r.string("k", true, 16).value_or(QString());
    if (!r.ok()) return fail(r.error());
    if (rec.t < m_lastT)
        return fail(
            QStringLiteral("t: %1 is before the previous record's %2").arg(rec.t).arg(m_lastT));
    m_lastT = rec.t;

    if (kind == QLatin1String("reset")) {
        rec.kind = RecordKind::Reset;
        if (auto ok = reset(o, r, rec); !ok) return ok;
    } else if (kind == QLatin1String("event")) {
        rec.kind = RecordKind::Event;
        if (auto ok = event(o, r, rec); !ok) return ok;
    } else if (kind == QLatin1String("clock")) {
        rec.kind = RecordKind::Clock;
        r.allowOnly({"t", "k", "server_ms"});
        rec.serverMs = r.number("server_ms", true, 0, double(kMaxT)).value_or(0);
    } else if (kind == QLatin1String("stream")) {
        rec.kind = RecordKind::Stream;
        r.allowOnly({"t", "k", "media"});
        rec.media = r.string("media", true, 4096).value_or(QString());
        if (r.ok() && rec.media.isEmpty()) r.fail("media", QStringLiteral("must not be empty"));
        if (r.ok() && !m_out.streams.contains(rec.media)) m_out.streams.append(rec.media);
    } else if (kind == QLatin1String("catalog") && m_out.header.version >= 2) {
        rec.kind = RecordKind::Catalog;
        r.allowOnly({"t", "k", "catalog"});
        // Kept as JSON: the replayer imports it with the app's own importer, which says what is
        // wrong with it in the report rather than refusing the whole recording.
        rec.catalog = r.object("catalog", true).value_or(QJsonObject());
        if (r.ok()) m_out.catalog = rec.catalog;
    } else if (kind == QLatin1String("end")) {
        rec.kind = RecordKind::End;
        r.allowOnly({"t", "k", "events"});
        const auto events = r.integer("events", true, 0, kMaxT);
        if (r.ok() && *events != m_out.eventCount)
            return fail(QStringLiteral("events: the end record counts %1 events, the file has %2")
                            .arg(*events)
                            .arg(m_out.eventCount));
        m_out.durationMs = rec.t;
        m_ended = true;
    } else {
        return fail(QStringLiteral("k: unknown record kind \"%1\"").arg(kind));
    }
    if (!r.ok()) return fail(r.error());
    if (rec.kind != RecordKind::End) m_out.records.append(std::move(rec));
    return {};
}

}  // namespace

Expected<Recording> parseRecording(const QByteArray& bytes, qint64* failedLine) {
    qint64 dummy = 0;
    qint64& where = failedLine ? *failedLine : dummy;
    where = 0;
    Recording out;
    Parser parser(out);
    qint64 lineNo = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        ++lineNo;
        where = lineNo;
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0) return fail(QStringLiteral("truncated: the last line has no end of line"));
        if (nl - pos > kMaxLineBytes)
            return fail(QStringLiteral("line longer than %1 bytes").arg(kMaxLineBytes));
        const QByteArray text = bytes.mid(pos, nl - pos);
        pos = nl + 1;
        if (text.trimmed().isEmpty()) return fail(QStringLiteral("empty line"));
        auto ok = lineNo == 1 ? parser.header(text) : parser.next(text, lineNo);
        if (!ok) return ok.unexpected();
    }
    where = lineNo + 1;
    if (lineNo == 0) return fail(QStringLiteral("empty file"));
    if (!parser.ended())
        return fail(QStringLiteral("truncated: no end record after line %1").arg(lineNo));
    where = 0;
    return out;
}

Expected<Recording> readRecording(const QString& path, qint64* failedLine) {
    if (failedLine) *failedLine = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
    if (file.size() > kMaxFileBytes)
        return fail(QStringLiteral("larger than %1 bytes").arg(kMaxFileBytes));
    return parseRecording(file.readAll(), failedLine);
}

QByteArray headerLine(const RecordingHeader& h) {
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kRecordingFormat)},
                  {QStringLiteral("version"), h.version},
                  {QStringLiteral("room"), h.room}};
    if (!h.server.isEmpty()) o.insert(QStringLiteral("server"), h.server);
    if (!h.started.isEmpty()) o.insert(QStringLiteral("started"), h.started);
    if (!h.client.isEmpty()) o.insert(QStringLiteral("client"), h.client);
    return line(o);
}

QByteArray resetLine(qint64 t, const QString& epoch, qint64 head, const QJsonObject& snapshot,
                     const QList<protocol::Event>& history) {
    QJsonObject o = record(t, "reset");
    o.insert(QStringLiteral("epoch"), epoch);
    o.insert(QStringLiteral("head"), head);
    o.insert(QStringLiteral("snapshot"), snapshot);
    QJsonArray events;
    for (const auto& e : history) events.append(protocol::eventToJson(e));
    o.insert(QStringLiteral("history"), events);
    return line(o);
}

QByteArray eventLine(qint64 t, const protocol::Event& event) {
    QJsonObject o = record(t, "event");
    o.insert(QStringLiteral("e"), protocol::eventToJson(event));
    return line(o);
}

QByteArray clockLine(qint64 t, double serverMs) {
    QJsonObject o = record(t, "clock");
    o.insert(QStringLiteral("server_ms"), serverMs);
    return line(o);
}

QByteArray streamLine(qint64 t, const QString& media) {
    QJsonObject o = record(t, "stream");
    o.insert(QStringLiteral("media"), media);
    return line(o);
}

QByteArray catalogLine(qint64 t, const QJsonObject& catalog) {
    QJsonObject o = record(t, "catalog");
    o.insert(QStringLiteral("catalog"), catalog);
    return line(o);
}

QByteArray endLine(qint64 t, qint64 events) {
    QJsonObject o = record(t, "end");
    o.insert(QStringLiteral("events"), events);
    return line(o);
}

}  // namespace omk::replay
