#include "server/PresenceWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace omk::server {

namespace {

// Short keys: a room of a thousand viewers still fits in a few parts.
QJsonObject header(const QString& instance, const QString& room, qint64 generation, int viewers,
                   int ttlMs) {
    return QJsonObject{{QStringLiteral("i"), instance},
                       {QStringLiteral("r"), room},
                       {QStringLiteral("g"), generation},
                       {QStringLiteral("v"), viewers},
                       {QStringLiteral("t"), ttlMs}};
}

QJsonArray memberJson(const protocol::Actor& a) {
    return QJsonArray{a.id, a.name, protocol::roleName(a.role)};
}

qsizetype compactSize(const QJsonArray& a) {
    return QJsonDocument(a).toJson(QJsonDocument::Compact).size();
}

bool isInt(const QJsonValue& v, qint64 lo, qint64 hi) {
    if (!v.isDouble()) return false;
    const double d = v.toDouble();
    return d >= double(lo) && d <= double(hi) && d == std::floor(d);
}

bool isText(const QJsonValue& v, int maxChars, bool mayBeEmpty) {
    return v.isString() && v.toString().size() <= maxChars &&
           (mayBeEmpty || !v.toString().isEmpty());
}

}  // namespace

QList<QByteArray> encodePresence(const QString& instance, const QString& room, qint64 generation,
                                 int viewers, int ttlMs, const QList<protocol::Actor>& members) {
    const QJsonObject base = header(instance, room, generation, viewers, ttlMs);
    // Room for "p", "n", "m" and the brackets, whatever their digits.
    const qsizetype budget =
        presence::kMaxPartBytes - QJsonDocument(base).toJson(QJsonDocument::Compact).size() - 64;
    QList<QJsonArray> groups{QJsonArray{}};
    qsizetype used = 0;
    const qsizetype listed = std::min<qsizetype>(members.size(), presence::kMaxMembers);
    for (qsizetype i = 0; i < listed; ++i) {
        const QJsonArray m = memberJson(members[i]);
        const qsizetype size = compactSize(m) + 1;
        if (used + size > budget && !groups.last().isEmpty()) {
            if (groups.size() == presence::kMaxParts) break;
            groups.append(QJsonArray{});
            used = 0;
        }
        groups.last().append(m);
        used += size;
    }
    QList<QByteArray> out;
    for (qsizetype p = 0; p < groups.size(); ++p) {
        QJsonObject o = base;
        o.insert(QStringLiteral("p"), int(p));
        o.insert(QStringLiteral("n"), int(groups.size()));
        o.insert(QStringLiteral("m"), groups[p]);
        out.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return out;
}

omk::Expected<PresencePart> decodePresence(const QByteArray& body) {
    if (body.size() > presence::kMaxPartBytes * 2)
        return omk::fail(QStringLiteral("presence: %1 bytes is too long").arg(body.size()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return omk::fail(
            QStringLiteral("presence: not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject o = doc.object();
    const auto field = [&](const char* key) { return o.value(QLatin1String(key)); };
    if (!isText(field("i"), 64, false)) return omk::fail(QStringLiteral("presence: bad i"));
    if (!isText(field("r"), 1024, false)) return omk::fail(QStringLiteral("presence: bad r"));
    if (!isInt(field("g"), 1, qint64(1) << 52)) return omk::fail(QStringLiteral("presence: bad g"));
    if (!isInt(field("n"), 1, presence::kMaxParts))
        return omk::fail(QStringLiteral("presence: bad n"));
    const int parts = field("n").toInt();
    if (!isInt(field("p"), 0, parts - 1)) return omk::fail(QStringLiteral("presence: bad p"));
    if (!isInt(field("v"), 0, presence::kMaxViewers))
        return omk::fail(QStringLiteral("presence: bad v"));
    if (!isInt(field("t"), presence::kMinTtlMs, presence::kMaxTtlMs))
        return omk::fail(QStringLiteral("presence: bad t"));
    if (!field("m").isArray()) return omk::fail(QStringLiteral("presence: bad m"));
    const QJsonArray list = field("m").toArray();
    if (list.size() > presence::kMaxMembers)
        return omk::fail(QStringLiteral("presence: too many members"));
    PresencePart p;
    p.instance = field("i").toString();
    p.room = field("r").toString();
    p.generation = field("g").toInteger();
    p.parts = parts;
    p.part = field("p").toInt();
    p.viewers = field("v").toInt();
    p.ttlMs = field("t").toInt();
    p.members.reserve(list.size());
    for (const auto& entry : list) {
        const QJsonArray m = entry.toArray();
        if (!entry.isArray() || m.size() != 3 || !isText(m[0], 256, false) ||
            !isText(m[1], 1024, true) || !m[2].isString())
            return omk::fail(QStringLiteral("presence: bad member"));
        const auto role = protocol::roleFromName(m[2].toString());
        if (!role) return omk::fail(QStringLiteral("presence: bad member role"));
        p.members.append(protocol::Actor{m[0].toString(), m[1].toString(), *role});
    }
    return p;
}

}  // namespace omk::server
