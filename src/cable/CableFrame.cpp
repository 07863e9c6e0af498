#include "cable/CableFrame.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace omk::cable {

namespace {

Expected<QString> requiredIdentifier(const QJsonObject& o, const QString& kind) {
    const QJsonValue v = o.value(QStringLiteral("identifier"));
    if (v.isUndefined()) return fail(kind + QStringLiteral(" frame without an identifier"));
    if (!v.isString()) return fail(kind + QStringLiteral(" frame: identifier is not a string"));
    if (v.toString().isEmpty()) return fail(kind + QStringLiteral(" frame: empty identifier"));
    return v.toString();
}

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

Expected<CableFrame> parseCableFrame(const QByteArray& text) {
    if (text.size() > kMaxFrameBytes)
        return fail(QStringLiteral("frame of %1 bytes is larger than the %2 MiB allowed")
                        .arg(text.size())
                        .arg(kMaxFrameBytes / (1024 * 1024)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("frame is not JSON: %1 at byte %2")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject()) return fail(QStringLiteral("frame is not a JSON object"));
    const QJsonObject o = doc.object();

    CableFrame f;
    const QJsonValue type = o.value(QStringLiteral("type"));
    if (type.isUndefined() || type.isNull()) {
        auto id = requiredIdentifier(o, QStringLiteral("message"));
        if (!id) return id.unexpected();
        if (!o.contains(QStringLiteral("message")))
            return fail(QStringLiteral("frame has neither a type nor a message"));
        f.type = FrameType::Message;
        f.identifier = *id;
        f.message = o.value(QStringLiteral("message"));
        return f;
    }
    if (!type.isString()) return fail(QStringLiteral("frame type is not a string"));
    const QString t = type.toString();
    if (t == QLatin1String("welcome")) {
        f.type = FrameType::Welcome;
    } else if (t == QLatin1String("ping")) {
        f.type = FrameType::Ping;
        f.message = o.value(QStringLiteral("message"));
    } else if (t == QLatin1String("confirm_subscription") ||
               t == QLatin1String("reject_subscription")) {
        auto id = requiredIdentifier(o, t);
        if (!id) return id.unexpected();
        f.type = t.startsWith(u'c') ? FrameType::Confirm : FrameType::Reject;
        f.identifier = *id;
    } else if (t == QLatin1String("disconnect")) {
        f.type = FrameType::Disconnect;
        const QJsonValue reason = o.value(QStringLiteral("reason"));
        if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
            return fail(QStringLiteral("disconnect frame: reason is not a string"));
        f.reason = reason.toString();
        const QJsonValue reconnect = o.value(QStringLiteral("reconnect"));
        if (!reconnect.isUndefined() && !reconnect.isNull() && !reconnect.isBool())
            return fail(QStringLiteral("disconnect frame: reconnect is not a boolean"));
        f.reconnect = reconnect.toBool(false);
    } else {
        return fail(QStringLiteral("unknown frame type \"%1\"").arg(t.left(40)));
    }
    return f;
}

QString channelIdentifier(const QString& channel, const QJsonObject& params) {
    QJsonObject rest = params;
    rest.remove(QStringLiteral("channel"));
    QByteArray text = compact(QJsonObject{{QStringLiteral("channel"), channel}});
    if (!rest.isEmpty()) {
        text.chop(1);  // the closing brace
        text += ',' + compact(rest).mid(1);
    }
    return QString::fromUtf8(text);
}

bool sameIdentifier(const QString& a, const QString& b) {
    if (a == b) return true;
    const QJsonDocument da = QJsonDocument::fromJson(a.toUtf8());
    const QJsonDocument db = QJsonDocument::fromJson(b.toUtf8());
    return da.isObject() && db.isObject() && da.object() == db.object();
}

QByteArray commandFrame(const QString& command, const QString& identifier) {
    return compact(QJsonObject{{QStringLiteral("command"), command},
                               {QStringLiteral("identifier"), identifier}});
}

}  // namespace omk::cable
