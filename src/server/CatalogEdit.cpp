#include "server/CatalogEdit.h"

#include "catalog/OmnikastCatalogFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <initializer_list>

namespace omk::server {

namespace {

using Part = CatalogEdit::Part;
using Op = CatalogEdit::Op;

constexpr qsizetype kMaxIdChars = 256;

QStringList fieldsOf(Part part) {
    switch (part) {
        case Part::Channel:
            return {QStringLiteral("id"),          QStringLiteral("name"),
                    QStringLiteral("description"), QStringLiteral("streams"),
                    QStringLiteral("room"),        QStringLiteral("position")};
        case Part::Stream:
            return {QStringLiteral("url"),        QStringLiteral("protocol"),
                    QStringLiteral("projection"), QStringLiteral("stereo"),
                    QStringLiteral("language"),   QStringLiteral("label"),
                    QStringLiteral("position")};
        case Part::Session:
            return {QStringLiteral("id"),       QStringLiteral("title"),
                    QStringLiteral("subtitle"), QStringLiteral("channel"),
                    QStringLiteral("topic"),    QStringLiteral("language"),
                    QStringLiteral("type"),     QStringLiteral("start"),
                    QStringLiteral("duration"), QStringLiteral("speakers"),
                    QStringLiteral("abstract"), QStringLiteral("description"),
                    QStringLiteral("url"),      QStringLiteral("links"),
                    QStringLiteral("cancelled")};
    }
    return {};
}

const char* partName(Part part) {
    switch (part) {
        case Part::Channel:
            return "channel";
        case Part::Stream:
            return "stream";
        case Part::Session:
            return "session";
    }
    return "";
}

// The list a part lives in, and where the one with this id is in it (-1: nowhere).
qsizetype indexOfId(const QJsonArray& list, const QString& id) {
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].toObject().value(QStringLiteral("id")).toString() == id) return i;
    return -1;
}

// fields merged into o: null removes, anything else sets; an object into an object (a channel's
// "room") merges the same way one level down, so a change names only the rule it changes.
QJsonObject merged(QJsonObject o, const QJsonObject& fields) {
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else if (it.value().isObject() && o.value(it.key()).isObject())
            o.insert(it.key(), merged(o.value(it.key()).toObject(), it.value().toObject()));
        else
            o.insert(it.key(), it.value());
    }
    return o;
}

// list with the part at from moved to position (clamped; -1 leaves it).
void moveTo(QJsonArray& list, qsizetype from, int position) {
    if (position < 0) return;
    const qsizetype to = std::min<qsizetype>(position, list.size() - 1);
    if (to == from) return;
    const QJsonValue v = list.takeAt(from);
    list.insert(to, v);
}

void insertAt(QJsonArray& list, const QJsonObject& o, int position) {
    if (position < 0 || position >= list.size())
        list.append(o);
    else
        list.insert(position, o);
}

omk::Unexpected noChannel(const QString& id) {
    return omk::fail("no_channel",
                     QStringLiteral("the catalog has no channel \"%1\"").arg(id.left(64)));
}

}  // namespace

omk::Expected<CatalogEdit> readCatalogEdit(Part part, Op op, const QStringList& pathIds,
                                           const QByteArray& body) {
    CatalogEdit e;
    e.part = part;
    e.op = op;
    const bool idInPath = !(op == Op::Add && part != Part::Stream);
    if (idInPath) {
        if (pathIds.isEmpty() || pathIds[0].isEmpty() || pathIds[0].size() > kMaxIdChars)
            return omk::fail("bad_request", QStringLiteral("the path names no id"));
        e.id = pathIds[0];
    }
    if (part == Part::Stream && op != Op::Add) {
        bool ok = false;
        e.stream = pathIds.value(1).toInt(&ok);
        if (!ok || e.stream < 0)
            return omk::fail("bad_request",
                             QStringLiteral("a stream is named by its place in its channel's "
                                            "list, 0 first: \"%1\" is none")
                                 .arg(pathIds.value(1).left(20)));
    }
    if (op == Op::Remove) {
        if (!body.trimmed().isEmpty())
            return omk::fail("bad_request", QStringLiteral("a removal has no body"));
        return e;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return omk::fail("bad_json", QStringLiteral("expected a JSON object with the %1's fields")
                                         .arg(QLatin1String(partName(part))));
    QJsonObject fields = doc.object();
    const QStringList known = fieldsOf(part);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!known.contains(it.key()))
            return omk::fail("bad_request",
                             QStringLiteral("%1: not a field of a %2 (%3)")
                                 .arg(it.key().left(40), QLatin1String(partName(part)),
                                      known.join(QStringLiteral(", "))));
    // The catalog reader passes over fields it does not know; here a misspelt rule would merge
    // in as nothing, and the organizer would think it set.
    if (const QJsonValue room = fields.value(QStringLiteral("room")); room.isObject())
        for (const QString& key : room.toObject().keys())
            if (!catalog::roomRuleKeys().contains(key))
                return omk::fail(
                    "bad_request",
                    QStringLiteral("room.%1: not a rule of a room (%2)")
                        .arg(key.left(40), catalog::roomRuleKeys().join(QStringLiteral(", "))));
    const auto id = fields.constFind(QStringLiteral("id"));
    if (id != fields.constEnd()) {
        if (op == Op::Change)
            return omk::fail("bad_request",
                             QStringLiteral("id: an id does not change (add a new %1 and remove "
                                            "this one)")
                                 .arg(QLatin1String(partName(part))));
        const QString text = id->toString();
        const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        });
        // "." and ".." would be taken out of a request's path by the clients that edit it.
        if (!id->isString() || text.trimmed().isEmpty() || text.size() > kMaxIdChars ||
            text != text.trimmed() || control || text == QLatin1String(".") ||
            text == QLatin1String(".."))
            return omk::fail("bad_request",
                             QStringLiteral("id: expected 1-256 characters, no spaces around, no "
                                            "control characters, not \".\" or \"..\""));
        e.id = id->toString();
    } else if (op == Op::Add && part != Part::Stream) {
        return omk::fail("bad_request", QStringLiteral("id: required"));
    }
    const auto position = fields.constFind(QStringLiteral("position"));
    if (position != fields.constEnd()) {
        const double p = position->toDouble(-1);
        if (!position->isDouble() || p < 0 || p > 100000 || p != double(int(p)))
            return omk::fail("bad_request",
                             QStringLiteral("position: expected a whole number ≥ 0 (0: first)"));
        e.position = int(p);
        fields.remove(QStringLiteral("position"));
    }
    if (op == Op::Add)  // nothing to remove in a new part
        for (auto it = fields.begin(); it != fields.end();)
            it = it.value().isNull() ? fields.erase(it) : std::next(it);
    if (op == Op::Change && fields.isEmpty() && e.position < 0)
        return omk::fail("bad_request", QStringLiteral("the change names no field"));
    e.fields = fields;
    return e;
}

omk::Expected<QJsonObject> applyCatalogEdit(const QJsonObject& root, const CatalogEdit& e) {
    QJsonObject out = root;
    QJsonArray channels = root.value(QStringLiteral("channels")).toArray();
    QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    const qsizetype channel = e.part == Part::Session ? -1 : indexOfId(channels, e.id);
    switch (e.part) {
        case Part::Channel:
            if (e.op == Op::Add) {
                if (channel >= 0)
                    return omk::fail("duplicate_id",
                                     QStringLiteral("id: the catalog has a channel \"%1\" already")
                                         .arg(e.id.left(64)));
                insertAt(channels, e.fields, e.position);
            } else if (channel < 0) {
                return noChannel(e.id);
            } else if (e.op == Op::Change) {
                channels[channel] = merged(channels[channel].toObject(), e.fields);
                moveTo(channels, channel, e.position);
            } else {
                const auto on =
                    std::count_if(sessions.cbegin(), sessions.cend(), [&](const auto& s) {
                        return s.toObject().value(QStringLiteral("channel")).toString() == e.id;
                    });
                if (on > 0)
                    return omk::fail("channel_in_use",
                                     QStringLiteral("%1 session(s) are on channel \"%2\": move or "
                                                    "remove them first")
                                         .arg(on)
                                         .arg(e.id.left(64)));
                channels.removeAt(channel);
            }
            out.insert(QStringLiteral("channels"), channels);
            break;
        case Part::Stream: {
            if (channel < 0) return noChannel(e.id);
            QJsonObject c = channels[channel].toObject();
            QJsonArray streams = c.value(QStringLiteral("streams")).toArray();
            if (e.op == Op::Add) {
                insertAt(streams, e.fields, e.position);
            } else if (e.stream >= streams.size()) {
                return omk::fail("no_stream", QStringLiteral("channel \"%1\" has %2 stream(s): "
                                                             "none at place %3")
                                                  .arg(e.id.left(64))
                                                  .arg(streams.size())
                                                  .arg(e.stream));
            } else if (e.op == Op::Change) {
                streams[e.stream] = merged(streams[e.stream].toObject(), e.fields);
                moveTo(streams, e.stream, e.position);
            } else {
                streams.removeAt(e.stream);
            }
            c.insert(QStringLiteral("streams"), streams);
            channels[channel] = c;
            out.insert(QStringLiteral("channels"), channels);
            break;
        }
        case Part::Session: {
            const qsizetype session = indexOfId(sessions, e.id);
            if (e.op == Op::Add) {
                if (session >= 0)
                    return omk::fail("duplicate_id",
                                     QStringLiteral("id: the catalog has a session \"%1\" already")
                                         .arg(e.id.left(64)));
                sessions.append(e.fields);
            } else if (session < 0) {
                return omk::fail(
                    "no_session",
                    QStringLiteral("the catalog has no session \"%1\"").arg(e.id.left(64)));
            } else if (e.op == Op::Change) {
                sessions[session] = merged(sessions[session].toObject(), e.fields);
            } else {
                sessions.removeAt(session);
            }
            out.insert(QStringLiteral("sessions"), sessions);
            break;
        }
    }
    return out;
}

QString auditAction(const CatalogEdit& e) {
    const char* op = e.op == Op::Add ? "add" : e.op == Op::Change ? "change" : "remove";
    return QLatin1String(partName(e.part)) + u'.' + QLatin1String(op);
}

QString auditTarget(const CatalogEdit& e) {
    return e.id;
}

}  // namespace omk::server
