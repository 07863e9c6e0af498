#include "protocol/FieldReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace omk::protocol {

omk::Expected<QJsonObject> parseFrameObject(const QByteArray& frame) {
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(frame, &err);
    if (err.error != QJsonParseError::NoError)
        return omk::fail(
            QStringLiteral("not JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject()) return omk::fail(QStringLiteral("expected a JSON object"));
    return doc.object();
}

namespace {
// Integers travel as JSON numbers (doubles); beyond 2^53 they stop being exact.
constexpr double kMaxExactInteger = 9007199254740992.0;
}  // namespace

bool isIdentifier(const QString& s) {
    if (s.isEmpty() || s.size() > 64) return false;
    for (QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) return false;
    return true;
}

FieldReader::FieldReader(const QJsonObject& object, QString prefix)
    : m_object(object), m_prefix(std::move(prefix)) {}

void FieldReader::fail(const QString& key, const QString& why) {
    if (m_error.isEmpty()) m_error = m_prefix + key + QStringLiteral(": ") + why;
}

void FieldReader::allowOnly(std::initializer_list<const char*> keys) {
    if (!ok()) return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool known = false;
        for (const char* k : keys) known = known || it.key() == QLatin1String(k);
        if (!known) {
            fail(it.key().left(64), QStringLiteral("unknown field"));
            return;
        }
    }
}

bool FieldReader::present(const char* key, bool required) {
    if (!ok()) return false;
    const auto v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required) fail(QLatin1String(key), QStringLiteral("missing"));
        return false;
    }
    return true;
}

std::optional<QString> FieldReader::string(const char* key, bool required, int maxChars) {
    if (!present(key, required)) return std::nullopt;
    const auto v = m_object.value(QLatin1String(key));
    if (!v.isString()) {
        fail(QLatin1String(key), QStringLiteral("expected a string"));
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.size() > maxChars) {
        fail(QLatin1String(key), QStringLiteral("longer than %1 characters").arg(maxChars));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> FieldReader::identifier(const char* key, bool required) {
    auto s = string(key, required, 64);
    if (s && !isIdentifier(*s)) {
        fail(QLatin1String(key), QStringLiteral("expected 1-64 printable ASCII characters"));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> FieldReader::text(const char* key, bool required, int maxChars) {
    auto s = string(key, required, maxChars);
    if (!s) return s;
    if (s->trimmed().isEmpty()) {
        fail(QLatin1String(key), QStringLiteral("empty"));
        return std::nullopt;
    }
    for (QChar c : *s) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f) {
            fail(QLatin1String(key), QStringLiteral("control characters are not allowed"));
            return std::nullopt;
        }
    }
    return s;
}

std::optional<double> FieldReader::number(const char* key, bool required, double min, double max) {
    if (!present(key, required)) return std::nullopt;
    const auto v = m_object.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(QLatin1String(key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        fail(QLatin1String(key), QStringLiteral("out of range [%1, %2]").arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> FieldReader::integer(const char* key, bool required, qint64 min, qint64 max) {
    if (!present(key, required)) return std::nullopt;
    const auto v = m_object.value(QLatin1String(key));
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d ||
        std::fabs(d) > kMaxExactInteger) {
        fail(QLatin1String(key), QStringLiteral("expected an integer"));
        return std::nullopt;
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        fail(QLatin1String(key), QStringLiteral("out of range [%1, %2]").arg(min).arg(max));
        return std::nullopt;
    }
    return i;
}

std::optional<bool> FieldReader::boolean(const char* key, bool required) {
    if (!present(key, required)) return std::nullopt;
    const auto v = m_object.value(QLatin1String(key));
    if (!v.isBool()) {
        fail(QLatin1String(key), QStringLiteral("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QJsonObject> FieldReader::object(const char* key, bool required) {
    if (!present(key, required)) return std::nullopt;
    const auto v = m_object.value(QLatin1String(key));
    if (!v.isObject()) {
        fail(QLatin1String(key), QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

}  // namespace omk::protocol
