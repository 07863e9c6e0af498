#include "server/RegistrationsCsv.h"

#include "server/EmailAddress.h"

#include <QHash>
#include <QStringDecoder>

#include <optional>

namespace omk::server {

namespace {

constexpr qsizetype kMaxFieldChars = 4096;

omk::Expected<QString> decode(const QByteArray& bytes, const QString& source) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(
            bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        QString text = d.decode(bytes.mid(2));
        if (d.hasError()) return omk::fail(QStringLiteral("%1: not valid UTF-16 text").arg(source));
        return text;
    }
    QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    // Valid UTF-8 is exactly what survives a round trip (a bad byte becomes U+FFFD).
    QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body) {
        // Name the first line that is not UTF-8, so the organizer can find it.
        int line = 1;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= body.size(); ++i) {
            if (i == body.size() || body[i] == '\n') {
                const QByteArray one = body.mid(start, i - start);
                if (QString::fromUtf8(one).toUtf8() != one) break;
                ++line;
                start = i + 1;
            }
        }
        return omk::fail(QStringLiteral("%1: line %2 is not UTF-8 text (export the file as "
                                        "UTF-8 CSV)")
                             .arg(source)
                             .arg(line));
    }
    return text;
}

QChar delimiterOf(const QString& text) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') quoted = !quoted;
        if (quoted) continue;
        if (c == u'\n') break;
        if (c == u',') ++comma;
        if (c == u';') ++semicolon;
        if (c == u'\t') ++tab;
    }
    if (tab > comma && tab > semicolon) return u'\t';
    if (semicolon > comma) return u';';
    return u',';
}

struct Record {
    QStringList fields;
    int line = 0;
};

// RFC 4180 records; a quote only opens a quoted field at its start.
omk::Expected<QList<Record>> splitRecords(const QString& text, QChar delim, const QString& source) {
    QList<Record> out;
    Record rec;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    rec.line = 1;
    auto endField = [&]() -> omk::Expected<void> {
        if (field.size() > kMaxFieldChars)
            return omk::fail(
                QStringLiteral("%1: line %2: a field longer than %3 characters (is this a CSV "
                               "file?)")
                    .arg(source)
                    .arg(rec.line)
                    .arg(kMaxFieldChars));
        rec.fields.append(field);
        field.clear();
        fieldStarted = false;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') ++line;
                field.append(c);
                if (field.size() > kMaxFieldChars) {
                    auto r = endField();
                    if (!r) return r.unexpected();
                }
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delim) {
            auto r = endField();
            if (!r) return r.unexpected();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ++i;
            auto r = endField();
            if (!r) return r.unexpected();
            const bool blank = rec.fields.size() == 1 && rec.fields[0].trimmed().isEmpty();
            if (!blank) out.append(rec);
            ++line;
            rec = Record{{}, line};
        } else {
            field.append(c);
            fieldStarted = true;
            if (field.size() > kMaxFieldChars) {
                auto r = endField();
                if (!r) return r.unexpected();
            }
        }
    }
    if (quoted)
        return omk::fail(QStringLiteral("%1: line %2: a quoted field is never closed")
                             .arg(source)
                             .arg(rec.line));
    if (!field.isEmpty() || !rec.fields.isEmpty()) {
        auto r = endField();
        if (!r) return r.unexpected();
        const bool blank = rec.fields.size() == 1 && rec.fields[0].trimmed().isEmpty();
        if (!blank) out.append(rec);
    }
    return out;
}

QString key(const QString& header) {
    return header.trimmed().toLower();
}

std::optional<int> column(const QHash<QString, int>& cols,
                          std::initializer_list<const char*> names) {
    for (const char* n : names) {
        const auto it = cols.constFind(QString::fromLatin1(n));
        if (it != cols.constEnd()) return *it;
    }
    return std::nullopt;
}

QString at(const Record& r, std::optional<int> col) {
    if (!col || *col >= r.fields.size()) return {};
    return r.fields[*col].trimmed();
}

QString joinName(const QString& a, const QString& b) {
    return (a + u' ' + b).trimmed();
}

}  // namespace

omk::Expected<RegistrationsFile> readRegistrationsCsv(const QByteArray& bytes,
                                                      const QString& source) {
    if (bytes.size() > kMaxRegistrationsBytes)
        return omk::fail(QStringLiteral("%1: larger than %2 MiB")
                             .arg(source)
                             .arg(kMaxRegistrationsBytes / (1024 * 1024)));
    auto text = decode(bytes, source);
    if (!text) return text.unexpected();
    if (text->contains(QChar(0)))
        return omk::fail(QStringLiteral("%1: holds NUL characters; not a CSV file").arg(source));
    auto records = splitRecords(*text, delimiterOf(*text), source);
    if (!records) return records.unexpected();
    if (records->isEmpty()) return omk::fail(QStringLiteral("%1: the file is empty").arg(source));

    QHash<QString, int> cols;
    const Record& header = records->first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString k = key(header.fields[i]);
        if (!k.isEmpty() && !cols.contains(k)) cols.insert(k, i);
    }

    RegistrationsFile file;
    std::optional<int> email, fallbackEmail, name, first, last, role, status;
    if (cols.contains(QStringLiteral("ticket email")) ||
        cols.contains(QStringLiteral("ticket full name"))) {
        file.format = QStringLiteral("tito");
        email = column(cols, {"ticket email"});
        fallbackEmail = column(cols, {"order email"});
        name = column(cols, {"ticket full name"});
        first = column(cols, {"ticket first name"});
        last = column(cols, {"ticket last name"});
        status = column(cols, {"void status", "ticket state", "state"});
    } else if (cols.contains(QStringLiteral("order code"))) {
        file.format = QStringLiteral("pretix");
        email = column(cols, {"attendee email", "attendee e-mail"});
        fallbackEmail = column(cols, {"email", "e-mail"});
        name = column(cols, {"attendee name"});
        first = column(cols, {"attendee name: given name", "attendee name: first name"});
        last = column(cols, {"attendee name: family name", "attendee name: last name"});
        status = column(cols, {"status", "order status"});
    } else {
        file.format = QStringLiteral("minimal");
        email = column(cols, {"email", "e-mail", "mail", "email address", "e-mail address"});
        name = column(cols, {"name", "display name", "full name"});
        role = column(cols, {"role"});
    }
    if (!email && !fallbackEmail) {
        QStringList seen;
        for (const QString& h : header.fields)
            if (!h.trimmed().isEmpty()) seen.append(h.simplified().left(40));
        return omk::fail(
            QStringLiteral("%1: no e-mail column in the header line (expected \"email\", or a "
                           "Pretix or Tito export; found: %2)")
                .arg(source, seen.isEmpty() ? QStringLiteral("nothing") : seen.join(u',')));
    }

    QHash<QString, qsizetype> index;  // email → position in rows
    int moreWarnings = 0;
    auto warn = [&](const QString& w) {
        ++file.skipped;
        if (file.warnings.size() < kMaxWarnings)
            file.warnings.append(w);
        else
            ++moreWarnings;
    };
    static const QStringList kGone{QStringLiteral("canceled"), QStringLiteral("cancelled"),
                                   QStringLiteral("void"),     QStringLiteral("voided"),
                                   QStringLiteral("expired"),  QStringLiteral("refunded")};
    for (qsizetype i = 1; i < records->size(); ++i) {
        const Record& r = (*records)[i];
        const QString st = at(r, status).toLower();
        if (!st.isEmpty() && kGone.contains(st)) {
            warn(QStringLiteral("line %1: skipped, the ticket is %2").arg(r.line).arg(st));
            continue;
        }
        QString raw = at(r, email);
        if (raw.isEmpty()) raw = at(r, fallbackEmail);
        if (raw.isEmpty()) {
            warn(QStringLiteral("line %1: skipped, no e-mail address").arg(r.line));
            continue;
        }
        auto normal = normaliseEmail(raw);
        if (!normal) {
            warn(QStringLiteral("line %1: skipped, %2").arg(r.line).arg(normal.error().message));
            continue;
        }
        Registration reg;
        reg.email = *normal;
        reg.line = r.line;
        reg.name = at(r, name);
        if (reg.name.isEmpty()) reg.name = joinName(at(r, first), at(r, last));
        reg.name = reg.name.left(64);
        const QString rl = at(r, role).toLower();
        if (!rl.isEmpty()) {
            if (rl != QLatin1String("attendee") && rl != QLatin1String("moderator") &&
                rl != QLatin1String("admin")) {
                warn(QStringLiteral("line %1: skipped, unknown role \"%2\" (attendee, "
                                    "moderator or admin)")
                         .arg(r.line)
                         .arg(rl.simplified().left(32)));
                continue;
            }
            reg.role = rl;
        }
        const auto it = index.constFind(reg.email);
        if (it != index.constEnd()) {
            ++file.duplicates;
            file.rows[*it] = reg;
        } else {
            index.insert(reg.email, file.rows.size());
            file.rows.append(reg);
        }
    }
    if (moreWarnings > 0) file.warnings.append(QStringLiteral("… and %1 more").arg(moreWarnings));
    return file;
}

}  // namespace omk::server
