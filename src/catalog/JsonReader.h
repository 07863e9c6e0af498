#pragma once
// Reads JSON values while tracking where they are, so every error names the file and the field:
//   schedule.json: schedule.conference.days[1].rooms["Saal 1"][3].start: expected HH:MM, …
// Only the first error is kept (later ones are usually its consequences); importers check ok()
// at the end of each record and stop there.

#include "core/Expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace omk::catalog {

struct JsonNode {
    QJsonValue value;
    QString path;
    bool missing() const { return value.isUndefined() || value.isNull(); }
};

enum class Need { Optional, Required };

class JsonReader {
public:
    explicit JsonReader(QString source) : m_source(std::move(source)) {}

    static JsonNode field(const JsonNode& n, const QString& key);   // path.key or path["k y"]
    static JsonNode member(const JsonNode& n, const QString& key);  // path["key"]
    static JsonNode index(const JsonNode& n, qsizetype i);          // path[i]

    // Strings; integral numbers are taken as their decimal text (ids are either).
    QString text(const JsonNode& n, Need need = Need::Optional);
    QString text(const JsonNode& parent, const QString& key, Need need = Need::Optional) {
        return text(field(parent, key), need);
    }
    QJsonObject object(const JsonNode& n, Need need = Need::Optional);
    QJsonArray array(const JsonNode& n, Need need = Need::Optional);
    std::optional<double> number(const JsonNode& n, Need need = Need::Optional);
    // true or false; missing (optional): false.
    bool flag(const JsonNode& n, Need need = Need::Optional);

    void fail(const JsonNode& n, const QString& what);
    bool ok() const { return !m_error.has_value(); }
    Unexpected unexpected() const { return omk::fail(m_error.value_or(QString())); }

private:
    bool checkPresent(const JsonNode& n, Need need);
    void wrongType(const JsonNode& n, const char* expected);

    QString m_source;
    std::optional<QString> m_error;
};

QString jsonTypeName(const QJsonValue& v);

// Qt's JSON parser drops one U+FEFF at the start of every string it reads, so a string that
// starts with it would not read back as written. Importers drop all of them up front.
QString withoutLeadingBom(QString s);

}  // namespace omk::catalog
