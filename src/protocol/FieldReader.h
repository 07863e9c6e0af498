#pragma once
// Strict field access for decoding: the first problem is kept as a message naming the field
// ("data.text: expected a string"), later reads become no-ops, so a decoder reads every field
// in a row and checks once at the end instead of branching after each one.

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>

namespace omk::protocol {

// A frame's top-level JSON object, or "not JSON: …" / "expected a JSON object". Both directions
// of the protocol start here.
omk::Expected<QJsonObject> parseFrameObject(const QByteArray& frame);

class FieldReader {
public:
    // prefix names the object in messages ("" for the top level, "data." inside data).
    FieldReader(const QJsonObject& object, QString prefix);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& key, const QString& why);

    // Every field present must be one of these.
    void allowOnly(std::initializer_list<const char*> keys);

    std::optional<QString> string(const char* key, bool required, int maxChars);
    // Identifiers (rooms, client message ids, user ids): 1..64 printable ASCII, no spaces.
    std::optional<QString> identifier(const char* key, bool required);
    // Human text: no control characters other than newline and tab, not blank.
    std::optional<QString> text(const char* key, bool required, int maxChars);
    std::optional<qint64> integer(const char* key, bool required, qint64 min, qint64 max);
    std::optional<double> number(const char* key, bool required, double min, double max);
    std::optional<bool> boolean(const char* key, bool required);
    std::optional<QJsonObject> object(const char* key, bool required);

private:
    bool present(const char* key, bool required);

    const QJsonObject& m_object;
    QString m_prefix;
    QString m_error;
};

bool isIdentifier(const QString& s);

}  // namespace omk::protocol
