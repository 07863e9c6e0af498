#include "room/DreamkastMessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace omk::room {
namespace {

// Integers beyond 2^53 do not survive a JSON double; no Dreamkast id gets near that.
constexpr double kMaxId = 9007199254740991.0;

// A positive integral number; null or missing gives `fallback` when allowed.
Expected<qint64> readId(const QJsonObject& o, const char* key, bool nullable) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (nullable) return qint64(0);
        return fail(QStringLiteral("%1 is missing").arg(QLatin1String(key)));
    }
    if (!v.isDouble()) return fail(QStringLiteral("%1 is not a number").arg(QLatin1String(key)));
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < 1 || d > kMaxId)
        return fail(QStringLiteral("%1 is not a positive integer").arg(QLatin1String(key)));
    return qint64(d);
}

Expected<QString> readString(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fail(QStringLiteral("%1 is missing").arg(QLatin1String(key)));
    if (!v.isString()) return fail(QStringLiteral("%1 is not a string").arg(QLatin1String(key)));
    return v.toString();
}

}  // namespace

Expected<DreamkastMessage> parseDreamkastMessage(const QJsonValue& value) {
    if (!value.isObject()) return fail(QStringLiteral("a chat message is not a JSON object"));
    const QJsonObject o = value.toObject();
    DreamkastMessage m;

    auto id = readId(o, "id", false);
    if (!id) return id.unexpected();
    m.id = *id;
    const QString where = QStringLiteral("message %1: ").arg(m.id);
    auto withId = [&](const Error& e) { return fail(where + e.message); };

    auto profile = readId(o, "profileId", true);
    if (!profile) return withId(profile.error());
    m.profileId = *profile;
    auto speaker = readId(o, "speakerId", true);
    if (!speaker) return withId(speaker.error());
    m.speakerId = *speaker;
    auto reply = readId(o, "replyTo", true);
    if (!reply) return withId(reply.error());
    m.replyTo = *reply;
    if (m.replyTo == m.id) return fail(where + QStringLiteral("replyTo names itself"));

    auto body = readString(o, "body");
    if (!body) return withId(body.error());
    if (body->size() > kDreamkastMaxBodyChars)
        return fail(where + QStringLiteral("body is %1 characters (at most %2)")
                                .arg(body->size())
                                .arg(kDreamkastMaxBodyChars));
    if (body->trimmed().isEmpty()) return fail(where + QStringLiteral("body is empty"));
    m.body = *body;

    auto roomType = readString(o, "roomType");
    if (!roomType) return withId(roomType.error());
    if (roomType->isEmpty() || roomType->size() > 64)
        return fail(where + QStringLiteral("roomType is empty or too long"));
    m.roomType = *roomType;
    auto roomId = readId(o, "roomId", false);
    if (!roomId) return withId(roomId.error());
    m.roomId = *roomId;

    auto created = readString(o, "createdAt");
    if (!created) return withId(created.error());
    // Rails writes created_at.utc as ISO 8601 with milliseconds ("…T01:02:03.456Z").
    const QDateTime t = QDateTime::fromString(*created, Qt::ISODateWithMs);
    if (!t.isValid() || created->size() > 40)
        return fail(where + QStringLiteral("createdAt is not an ISO 8601 time"));
    m.createdAtMs = t.toMSecsSinceEpoch();

    const QJsonValue type = o.value(QLatin1String("messageType"));
    // ChatChannel#post creates messages without a type; they read back as null.
    if (type.isUndefined() || type.isNull() || type == QLatin1String("chat"))
        m.type = DreamkastMessage::Type::Chat;
    else if (type == QLatin1String("qa"))
        m.type = DreamkastMessage::Type::Qa;
    else
        return fail(where + QStringLiteral("messageType is neither \"chat\" nor \"qa\""));
    return m;
}

Expected<DreamkastHistory> parseDreamkastHistory(const QByteArray& body) {
    if (body.size() > kDreamkastMaxHistoryBytes)
        return fail(QStringLiteral("chat history of %1 bytes is too large").arg(body.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("chat history is not JSON: %1").arg(error.errorString()));
    if (!doc.isArray()) return fail(QStringLiteral("chat history is not a JSON array"));
    const QJsonArray array = doc.array();
    DreamkastHistory h;
    // The newest are what a viewer joining now needs; the oldest go first.
    const qsizetype skip = std::max<qsizetype>(0, array.size() - kDreamkastMaxHistoryMessages);
    if (skip > 0)
        h.refused.append(QStringLiteral("%1 oldest messages left out (at most %2)")
                             .arg(skip)
                             .arg(kDreamkastMaxHistoryMessages));
    for (qsizetype i = skip; i < array.size(); ++i) {
        auto m = parseDreamkastMessage(array.at(i));
        if (m)
            h.messages.append(std::move(*m));
        else
            h.refused.append(m.error().message);
    }
    return h;
}

}  // namespace omk::room
