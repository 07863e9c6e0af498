#include "catalog/JsonReader.h"

#include <cmath>

namespace omk::catalog {
namespace {

bool isIdentifier(const QString& key) {
    if (key.isEmpty() || key.at(0).isDigit()) return false;
    for (QChar c : key)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127) return false;
    return true;
}

QString quotedKey(const QString& key) {
    QString k = key.left(60);
    k.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("[\"%1\"]").arg(k);
}

}  // namespace

QString jsonTypeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

QString withoutLeadingBom(QString s) {
    qsizetype n = 0;
    while (n < s.size() && s.at(n) == QChar(0xFEFF)) ++n;
    return n ? s.remove(0, n) : s;
}

JsonNode JsonReader::field(const JsonNode& n, const QString& key) {
    const QString path = isIdentifier(key)
                             ? (n.path.isEmpty() ? key : n.path + QLatin1Char('.') + key)
                             : n.path + quotedKey(key);
    return {n.value.toObject().value(key), path};
}

JsonNode JsonReader::member(const JsonNode& n, const QString& key) {
    return {n.value.toObject().value(key), n.path + quotedKey(key)};
}

JsonNode JsonReader::index(const JsonNode& n, qsizetype i) {
    return {n.value.toArray().at(i), n.path + QStringLiteral("[%1]").arg(i)};
}

void JsonReader::fail(const JsonNode& n, const QString& what) {
    if (m_error) return;
    m_error = n.path.isEmpty() ? QStringLiteral("%1: %2").arg(m_source, what)
                               : QStringLiteral("%1: %2: %3").arg(m_source, n.path, what);
}

bool JsonReader::checkPresent(const JsonNode& n, Need need) {
    if (!n.missing()) return true;
    if (need == Need::Required) fail(n, QStringLiteral("missing required field"));
    return false;
}

void JsonReader::wrongType(const JsonNode& n, const char* expected) {
    fail(n,
         QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), jsonTypeName(n.value)));
}

QString JsonReader::text(const JsonNode& n, Need need) {
    if (!checkPresent(n, need)) return {};
    if (n.value.isString()) return withoutLeadingBom(n.value.toString());
    if (n.value.isDouble()) {
        const double d = n.value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
            return QString::number(static_cast<long long>(d));
    }
    wrongType(n, "a string");
    return {};
}

QJsonObject JsonReader::object(const JsonNode& n, Need need) {
    if (!checkPresent(n, need)) return {};
    if (!n.value.isObject()) wrongType(n, "an object");
    return n.value.toObject();
}

QJsonArray JsonReader::array(const JsonNode& n, Need need) {
    if (!checkPresent(n, need)) return {};
    if (!n.value.isArray()) wrongType(n, "an array");
    return n.value.toArray();
}

std::optional<double> JsonReader::number(const JsonNode& n, Need need) {
    if (!checkPresent(n, need)) return std::nullopt;
    if (!n.value.isDouble() || !std::isfinite(n.value.toDouble())) {
        wrongType(n, "a number");
        return std::nullopt;
    }
    return n.value.toDouble();
}

bool JsonReader::flag(const JsonNode& n, Need need) {
    if (!checkPresent(n, need)) return false;
    if (!n.value.isBool()) wrongType(n, "true or false");
    return n.value.toBool(false);
}

}  // namespace omk::catalog
