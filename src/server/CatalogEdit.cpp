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
                    QStringLiteral("room"),        QStringLiteral("hidden"),
                    QStringLiteral("position")};
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
        case Part::Speaker:
            return {QStringLiteral("id"),        QStringLiteral("name"),
                    QStringLiteral("biography"), QStringLiteral("organisation"),
                    QStringLiteral("avatar"),    QStringLiteral("links")};
        case Part::Topic:
            return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("color")};
    }
    return {};
}

// A part's names: in messages, its list in the catalog's root (a stream's is its channel's), and
// its error codes when it is not there and when sessions still name it (none for a stream or a
// session).
struct PartNames {
    const char* name = "";
    const char* list = "";
    const char* missing = "";
    const char* inUse = "";
};

PartNames namesOf(Part part) {
    switch (part) {
        case Part::Channel:
            return {"channel", "channels", "no_channel", "channel_in_use"};
        case Part::Stream:
            return {"stream", "channels", "no_stream", ""};
        case Part::Session:
            return {"session", "sessions", "no_session", ""};
        case Part::Speaker:
            return {"speaker", "speakers", "no_speaker", "speaker_in_use"};
        case Part::Topic:
            return {"topic", "topics", "no_topic", "topic_in_use"};
    }
    return {};
}

const char* partName(Part part) {
    return namesOf(part).name;
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

// A channel, session, speaker or topic that is not there.
omk::Unexpected missing(Part part, const QString& id) {
    return omk::fail(namesOf(part).missing, QStringLiteral("the catalog has no %1 \"%2\"")
                                                .arg(QLatin1String(partName(part)), id.left(64)));
}

omk::Unexpected duplicateId(const CatalogEdit& e) {
    return omk::fail("duplicate_id", QStringLiteral("id: the catalog has a %1 \"%2\" already")
                                         .arg(QLatin1String(partName(e.part)), e.id.left(64)));
}

// How many sessions name the channel, speaker or topic id (as their "channel", one of their
// "speakers", their "topic"); nothing names a stream or a session.
qsizetype sessionsNaming(const QJsonObject& root, Part part, const QString& id) {
    const QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    return std::count_if(sessions.cbegin(), sessions.cend(), [&](const auto& s) {
        const QJsonObject session = s.toObject();
        switch (part) {
            case Part::Channel:
                return session.value(QStringLiteral("channel")).toString() == id;
            case Part::Speaker:
                return session.value(QStringLiteral("speakers")).toArray().contains(QJsonValue(id));
            case Part::Topic:
                return session.value(QStringLiteral("topic")).toString() == id;
            case Part::Stream:
            case Part::Session:
                return false;
        }
        return false;
    });
}

// The refusal to remove a channel, speaker or topic that sessions still name.
omk::Unexpected stillNamed(const CatalogEdit& e, qsizetype sessions) {
    const char* code = namesOf(e.part).inUse;
    if (e.part == Part::Channel)
        return omk::fail(code, QStringLiteral("%1 session(s) are on channel \"%2\": move or "
                                              "remove them first")
                                   .arg(sessions)
                                   .arg(e.id.left(64)));
    return omk::fail(code, QStringLiteral("%1 session(s) name %2 \"%3\": take it off them first")
                               .arg(sessions)
                               .arg(QLatin1String(partName(e.part)), e.id.left(64)));
}

omk::Expected<QJsonObject> editChannel(QJsonObject root, const CatalogEdit& e) {
    QJsonArray channels = root.value(QStringLiteral("channels")).toArray();
    const qsizetype channel = indexOfId(channels, e.id);
    if (e.op == Op::Add) {
        if (channel >= 0) return duplicateId(e);
        insertAt(channels, e.fields, e.position);
    } else if (channel < 0) {
        return missing(Part::Channel, e.id);
    } else if (e.op == Op::Change) {
        channels[channel] = merged(channels[channel].toObject(), e.fields);
        moveTo(channels, channel, e.position);
    } else {
        if (const qsizetype on = sessionsNaming(root, Part::Channel, e.id); on > 0)
            return stillNamed(e, on);
        channels.removeAt(channel);
    }
    root.insert(QStringLiteral("channels"), channels);
    return root;
}

omk::Expected<QJsonObject> editStream(QJsonObject root, const CatalogEdit& e) {
    QJsonArray channels = root.value(QStringLiteral("channels")).toArray();
    const qsizetype channel = indexOfId(channels, e.id);
    if (channel < 0) return missing(Part::Channel, e.id);
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
    root.insert(QStringLiteral("channels"), channels);
    return root;
}

// A session, a speaker or a topic: one of a list in the catalog's root, named by its id, added at
// the end.
omk::Expected<QJsonObject> editListed(QJsonObject root, const CatalogEdit& e) {
    const QString key = QString::fromLatin1(namesOf(e.part).list);
    QJsonArray list = root.value(key).toArray();
    const qsizetype at = indexOfId(list, e.id);
    if (e.op == Op::Add) {
        if (at >= 0) return duplicateId(e);
        list.append(e.fields);
    } else if (at < 0) {
        return missing(e.part, e.id);
    } else if (e.op == Op::Change) {
        list[at] = merged(list[at].toObject(), e.fields);
    } else {
        if (const qsizetype named = sessionsNaming(root, e.part, e.id); named > 0)
            return stillNamed(e, named);
        list.removeAt(at);
    }
    root.insert(key, list);
    return root;
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
    switch (e.part) {
        case Part::Channel:
            return editChannel(root, e);
        case Part::Stream:
            return editStream(root, e);
        case Part::Session:
        case Part::Speaker:
        case Part::Topic:
            return editListed(root, e);
    }
    return root;
}

QString auditAction(const CatalogEdit& e) {
    const char* op = e.op == Op::Add ? "add" : e.op == Op::Change ? "change" : "remove";
    return QLatin1String(partName(e.part)) + u'.' + QLatin1String(op);
}

QString auditTarget(const CatalogEdit& e) {
    return e.id;
}

}  // namespace omk::server
