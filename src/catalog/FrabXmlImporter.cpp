#include "catalog/FrabXmlImporter.h"

#include "catalog/CatalogBuilder.h"
#include "catalog/JsonReader.h"
#include "catalog/ScheduleTime.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

namespace omk::catalog {
namespace {

class FrabXmlReader {
public:
    explicit FrabXmlReader(const Document& doc) : m_x(doc.bytes), m_source(doc.source) {}

    Expected<Catalog> run() {
        if (!m_x.readNextStartElement()) return xmlError(QStringLiteral("no root element"));
        if (m_x.name() != QLatin1String("schedule"))
            failHere(QStringLiteral("root element is <%1>, expected <schedule>").arg(m_x.name()));
        int days = 0;
        while (ok() && m_x.readNextStartElement()) {
            if (m_x.name() == QLatin1String("conference"))
                readConference();
            else if (m_x.name() == QLatin1String("day"))
                readDay(QStringLiteral("schedule/day[%1]").arg(++days));
            else
                m_x.skipCurrentElement();
        }
        if (m_error) return fail(*m_error);
        if (m_x.hasError()) return xmlError(m_x.errorString());
        if (!m_sawConference)
            return fail(QStringLiteral("%1: <schedule> has no <conference>").arg(m_source));
        return std::move(m_b).finish();
    }

private:
    bool ok() const { return !m_error && !m_x.hasError(); }

    Unexpected xmlError(const QString& what) {
        return fail(QStringLiteral("%1:%2:%3: XML error: %4")
                        .arg(m_source)
                        .arg(m_x.lineNumber())
                        .arg(m_x.columnNumber())
                        .arg(what));
    }

    void failAt(qint64 line, qint64 column, const QString& path, const QString& what) {
        if (m_error) return;
        m_error =
            QStringLiteral("%1:%2:%3: %4: %5").arg(m_source).arg(line).arg(column).arg(path, what);
    }
    void failHere(const QString& what) {
        if (!m_error)
            m_error = QStringLiteral("%1:%2:%3: %4")
                          .arg(m_source)
                          .arg(m_x.lineNumber())
                          .arg(m_x.columnNumber())
                          .arg(what);
    }

    // Element text up to the end tag, without markup inside it or space (U+FEFF included)
    // around it.
    QString text() {
        const QString t = m_x.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        qsizetype n = 0;
        while (n < t.size() && (t.at(n).isSpace() || t.at(n) == QChar(0xFEFF))) ++n;
        return t.mid(n);
    }

    QString attr(const char* name) const {
        return withoutLeadingBom(m_x.attributes().value(QLatin1String(name)).toString());
    }

    void readConference() {
        m_sawConference = true;
        Event& e = m_b.event();
        while (ok() && m_x.readNextStartElement()) {
            const auto name = m_x.name();
            const qint64 line = m_x.lineNumber(), col = m_x.columnNumber();
            if (name == QLatin1String("track")) {
                m_b.topic(attr("name"), attr("color"));
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("rooms")) {
                while (ok() && m_x.readNextStartElement()) {
                    const QString room = attr("name");
                    if (!room.isEmpty()) m_b.channel(room, room);
                    m_x.skipCurrentElement();
                }
            } else if (name == QLatin1String("title") || name == QLatin1String("acronym") ||
                       name == QLatin1String("description") || name == QLatin1String("url") ||
                       name == QLatin1String("time_zone_name") || name == QLatin1String("start") ||
                       name == QLatin1String("end") || name == QLatin1String("base_url")) {
                const QString key = name.toString();
                const QString value = text();
                const QString path = QStringLiteral("schedule/conference/") + key;
                if (key == QLatin1String("title")) e.title = value;
                if (key == QLatin1String("acronym")) e.acronym = e.id = value;
                if (key == QLatin1String("description")) e.description = value;
                if (key == QLatin1String("url")) e.url = value;
                if (key == QLatin1String("base_url")) m_baseUrl = QUrl(value);
                if (key == QLatin1String("time_zone_name") && !value.isEmpty()) {
                    e.timeZone = QTimeZone(value.toUtf8());
                    m_haveZone = true;
                    if (!e.timeZone.isValid())
                        failAt(line, col, path,
                               QStringLiteral("unknown IANA time zone \"%1\"").arg(value.left(40)));
                }
                if (key == QLatin1String("start") || key == QLatin1String("end")) {
                    const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
                    if (!d.isValid() && !value.isEmpty())
                        failAt(line, col, path,
                               QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"")
                                   .arg(value.left(40)));
                    (key == QLatin1String("start") ? e.firstDay : e.lastDay) = d;
                }
            } else {
                m_x.skipCurrentElement();
            }
        }
        if (ok() && e.title.isEmpty())
            failHere(QStringLiteral("schedule/conference/title: missing required field"));
    }

    void readDay(const QString& path) {
        const qint64 line = m_x.lineNumber(), col = m_x.columnNumber();
        const QDate date = QDate::fromString(attr("date"), Qt::ISODate);
        if (!date.isValid())
            return failAt(line, col, path + QStringLiteral("/@date"),
                          QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"")
                              .arg(attr("date").left(40)));
        if (const QString start = attr("start"); !start.isEmpty() && !m_sawDayStart) {
            auto dt = parseInstant(start, m_b.event().timeZone);
            if (!dt) return failAt(line, col, path + QStringLiteral("/@start"), dt.error().message);
            if (!m_haveZone) m_b.event().timeZone = QTimeZone(dt->offsetFromUtc());
            m_b.event().dayChange = dt->toTimeZone(m_b.event().timeZone).time();
            m_sawDayStart = true;
        }
        if (!m_b.event().firstDay.isValid() || date < m_b.event().firstDay)
            m_b.event().firstDay = date;
        if (!m_b.event().lastDay.isValid() || date > m_b.event().lastDay)
            m_b.event().lastDay = date;
        while (ok() && m_x.readNextStartElement()) {
            if (m_x.name() != QLatin1String("room")) {
                m_x.skipCurrentElement();
                continue;
            }
            const QString room = attr("name");
            const QString roomPath = path + QStringLiteral("/room[\"%1\"]").arg(room.left(60));
            int events = 0;
            while (ok() && m_x.readNextStartElement()) {
                if (m_x.name() == QLatin1String("event"))
                    readEvent(roomPath + QStringLiteral("/event[%1]").arg(++events), room, date);
                else
                    m_x.skipCurrentElement();
            }
        }
    }

    struct Field {
        QString text;
        qint64 line = 0, column = 0;
        bool present = false;
    };

    void readEvent(const QString& path, const QString& roomName, QDate dayDate) {
        const qint64 line = m_x.lineNumber(), col = m_x.columnNumber();
        Session s;
        for (const char* key : {"guid", "id", "code"})
            if (s.id.isEmpty()) s.id = attr(key);
        QHash<QString, Field> fields;
        while (ok() && m_x.readNextStartElement()) {
            const QString name = m_x.name().toString();
            if (name == QLatin1String("persons")) {
                readPersons(s);
            } else if (name == QLatin1String("links") || name == QLatin1String("attachments")) {
                readLinks(s.links);
            } else {
                Field f{{}, m_x.lineNumber(), m_x.columnNumber(), true};
                f.text = text();
                fields.insert(name, f);
            }
        }
        if (!ok()) return;
        auto missing = [&](const char* name) {
            failAt(line, col, path + QLatin1Char('/') + QLatin1String(name),
                   QStringLiteral("missing required field"));
        };
        if (s.id.isEmpty()) return missing("@guid");
        s.title = fields.value(QStringLiteral("title")).text;
        if (s.title.isEmpty()) return missing("title");
        s.subtitle = fields.value(QStringLiteral("subtitle")).text;
        s.type = fields.value(QStringLiteral("type")).text;
        s.language = fields.value(QStringLiteral("language")).text;
        s.abstract = fields.value(QStringLiteral("abstract")).text;
        s.description = fields.value(QStringLiteral("description")).text;
        s.url = fields.value(QStringLiteral("url")).text;
        s.topicId = m_b.topic(fields.value(QStringLiteral("track")).text);
        QString room = fields.value(QStringLiteral("room")).text;
        if (room.isEmpty()) room = roomName;
        if (room.isEmpty()) return missing("room");
        s.channelId = m_b.channel(room, room).id;

        const Event& e = m_b.event();
        const Field date = fields.value(QStringLiteral("date"));
        const Field start = fields.value(QStringLiteral("start"));
        if (date.present && !date.text.isEmpty()) {
            auto dt = parseInstant(date.text, e.timeZone);
            if (!dt)
                return failAt(date.line, date.column, path + QStringLiteral("/date"),
                              dt.error().message);
            s.start = *dt;
        } else if (start.present) {
            auto t = parseClockTime(start.text);
            if (!t)
                return failAt(start.line, start.column, path + QStringLiteral("/start"),
                              t.error().message);
            auto dt = instantOnScheduleDay(dayDate, *t, e.dayChange, e.timeZone);
            if (!dt)
                return failAt(start.line, start.column, path + QStringLiteral("/start"),
                              dt.error().message);
            s.start = *dt;
        } else {
            return missing("start");
        }
        const Field dur = fields.value(QStringLiteral("duration"));
        if (!dur.present) return missing("duration");
        auto d = parseDuration(dur.text, ThreePartDuration::DaysHoursMinutesIfValid);
        if (!d)
            return failAt(dur.line, dur.column, path + QStringLiteral("/duration"),
                          d.error().message);
        s.duration = *d;
        m_b.session(std::move(s));
    }

    void readPersons(Session& s) {
        while (ok() && m_x.readNextStartElement()) {
            if (m_x.name() != QLatin1String("person")) {
                m_x.skipCurrentElement();
                continue;
            }
            Speaker sp;
            for (const char* key : {"guid", "code", "id"})
                if (sp.id.isEmpty()) sp.id = attr(key);
            sp.avatarUrl = resolveUrl(m_baseUrl, attr("avatar"));
            sp.name = text();
            if (sp.id.isEmpty()) sp.id = sp.name;
            if (sp.id.isEmpty()) continue;  // an empty <person/> names no one
            s.speakerIds.append(sp.id);
            m_b.speaker(sp);
        }
    }

    void readLinks(QList<Link>& links) {
        while (ok() && m_x.readNextStartElement()) {
            const QString href = attr("href");
            const QString type = attr("type");
            const QString title = text();
            if (!href.isEmpty()) links.append(Link{title.isEmpty() ? href : title, href, type});
        }
    }

    QXmlStreamReader m_x;
    QString m_source;
    std::optional<QString> m_error;
    CatalogBuilder m_b{Format::FrabXml};
    QUrl m_baseUrl;
    bool m_sawConference = false, m_haveZone = false, m_sawDayStart = false;
};

}  // namespace

bool FrabXmlImporter::detect(const Document& doc) const {
    if (doc.isJson) return false;
    QXmlStreamReader x(doc.bytes);
    return x.readNextStartElement() && x.name() == QLatin1String("schedule");
}

Expected<Catalog> FrabXmlImporter::import(const Document& doc) const {
    return FrabXmlReader(doc).run();
}

}  // namespace omk::catalog
