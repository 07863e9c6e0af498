#include "catalog/FrabJsonImporter.h"

#include "catalog/CatalogBuilder.h"
#include "catalog/JsonReader.h"
#include "catalog/Log.h"
#include "catalog/ScheduleTime.h"

#include <QSet>
#include <QUrl>

namespace omk::catalog {
namespace {

class FrabJsonReader {
public:
    explicit FrabJsonReader(const Document& doc)
        : m_r(doc.source), m_root{doc.json, {}}, m_source(doc.source) {}

    Expected<Catalog> run() {
        const JsonNode schedule = JsonReader::field(m_root, QStringLiteral("schedule"));
        m_r.object(schedule, Need::Required);
        const JsonNode conf = JsonReader::field(schedule, QStringLiteral("conference"));
        m_r.object(conf, Need::Required);
        m_baseUrl = QUrl(m_r.text(schedule, QStringLiteral("base_url")));
        if (m_r.ok()) readConference(conf);
        if (m_r.ok()) readTopics(JsonReader::field(conf, QStringLiteral("tracks")));
        if (m_r.ok()) readRooms(JsonReader::field(conf, QStringLiteral("rooms")));
        if (m_r.ok()) readDays(JsonReader::field(conf, QStringLiteral("days")));
        if (!m_r.ok()) return m_r.unexpected();
        return std::move(m_b).finish();
    }

private:
    void readConference(const JsonNode& conf) {
        Event& e = m_b.event();
        e.title = m_r.text(conf, QStringLiteral("title"), Need::Required);
        e.acronym = m_r.text(conf, QStringLiteral("acronym"));
        e.id = e.acronym;
        e.description = m_r.text(conf, QStringLiteral("description"));
        e.url = m_r.text(conf, QStringLiteral("url"));
        const JsonNode tzNode = JsonReader::field(conf, QStringLiteral("time_zone_name"));
        const QString tz = m_r.text(tzNode);
        if (!tz.isEmpty()) {
            e.timeZone = QTimeZone(tz.toUtf8());
            if (!e.timeZone.isValid())
                m_r.fail(tzNode, QStringLiteral("unknown IANA time zone \"%1\"").arg(tz.left(40)));
        } else {
            m_zoneFromDays = true;
        }
        e.firstDay = date(JsonReader::field(conf, QStringLiteral("start")));
        e.lastDay = date(JsonReader::field(conf, QStringLiteral("end")));
    }

    QDate date(const JsonNode& n) {
        const QString t = m_r.text(n);
        if (t.isEmpty()) return {};
        const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
        if (!d.isValid())
            m_r.fail(n, QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"").arg(t.left(40)));
        return d;
    }

    void readTopics(const JsonNode& tracks) {
        const QJsonArray a = m_r.array(tracks);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode t = JsonReader::index(tracks, i);
            m_r.object(t, Need::Required);
            m_b.topic(m_r.text(t, QStringLiteral("name"), Need::Required),
                      m_r.text(t, QStringLiteral("color")));
        }
    }

    void readRooms(const JsonNode& rooms) {
        const QJsonArray a = m_r.array(rooms);
        QSet<QString> guids;
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode room = JsonReader::index(rooms, i);
            m_r.object(room, Need::Required);
            const QString name = m_r.text(room, QStringLiteral("name"), Need::Required);
            const QString guid = m_r.text(room, QStringLiteral("guid"));
            // Sessions name their room, so the name is the key; a shared guid only gets noted.
            if (!guid.isEmpty() && guids.contains(guid))
                qCDebug(lcCatalog) << m_source << "rooms share guid" << guid << "; keyed by name";
            guids.insert(guid);
            const JsonNode desc = JsonReader::field(room, QStringLiteral("description"));
            // description may be a translation object { en: …, de: … }.
            const QString text =
                desc.value.isObject() ? firstTranslation(desc.value.toObject()) : m_r.text(desc);
            m_b.channel(name, name).description = text;
        }
    }

    static QString firstTranslation(const QJsonObject& o) {
        if (o.value(QStringLiteral("en")).isString())
            return o.value(QStringLiteral("en")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it->isString()) return it->toString();
        return {};
    }

    void readDays(const JsonNode& days) {
        const QJsonArray a = m_r.array(days, Need::Required);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode day = JsonReader::index(days, i);
            m_r.object(day, Need::Required);
            const JsonNode dateNode = JsonReader::field(day, QStringLiteral("date"));
            const QDate d = date(dateNode);
            const QString dayStart = m_r.text(day, QStringLiteral("day_start"));
            if (!dayStart.isEmpty() && m_r.ok())
                noteDayStart(JsonReader::field(day, QStringLiteral("day_start")));
            const JsonNode rooms = JsonReader::field(day, QStringLiteral("rooms"));
            const QJsonObject o = m_r.object(rooms, Need::Required);
            for (auto it = o.begin(); it != o.end() && m_r.ok(); ++it) {
                const JsonNode list = JsonReader::member(rooms, it.key());
                const QJsonArray sessions = m_r.array(list, Need::Required);
                for (qsizetype k = 0; k < sessions.size() && m_r.ok(); ++k)
                    readSession(JsonReader::index(list, k), withoutLeadingBom(it.key()), d);
            }
        }
        Event& e = m_b.event();
        if (!e.firstDay.isValid() && !a.isEmpty()) e.firstDay = m_firstDate;
        if (!e.lastDay.isValid()) e.lastDay = m_lastDate;
    }

    // The first day's start sets when days change (Pretalx: 04:00) and, without a
    // time_zone_name, the zone (its offset is all we know).
    void noteDayStart(const JsonNode& n) {
        auto start = parseInstant(n.value.toString(), m_b.event().timeZone);
        if (!start) return m_r.fail(n, start.error().message);
        if (m_zoneFromDays) {
            m_b.event().timeZone = QTimeZone(start->offsetFromUtc());
            m_zoneFromDays = false;
        }
        if (!m_sawDayStart) m_b.event().dayChange = start->toTimeZone(m_b.event().timeZone).time();
        m_sawDayStart = true;
    }

    void readSession(const JsonNode& n, const QString& roomKey, QDate dayDate) {
        m_r.object(n, Need::Required);
        if (!m_r.ok()) return;
        const Event& e = m_b.event();
        Session s;
        s.id = m_r.text(n, QStringLiteral("guid"));
        if (s.id.isEmpty()) s.id = m_r.text(n, QStringLiteral("id"));
        if (s.id.isEmpty()) s.id = m_r.text(n, QStringLiteral("code"));
        if (s.id.isEmpty() && m_r.ok())
            m_r.fail(JsonReader::field(n, QStringLiteral("guid")),
                     QStringLiteral("missing required field (guid or id)"));
        s.title = m_r.text(n, QStringLiteral("title"), Need::Required);
        s.subtitle = m_r.text(n, QStringLiteral("subtitle"));
        s.type = m_r.text(n, QStringLiteral("type"));
        s.language = m_r.text(n, QStringLiteral("language"));
        s.abstract = m_r.text(n, QStringLiteral("abstract"));
        s.description = m_r.text(n, QStringLiteral("description"));
        s.url = m_r.text(n, QStringLiteral("url"));
        s.topicId = m_b.topic(m_r.text(n, QStringLiteral("track")));
        QString room = m_r.text(n, QStringLiteral("room"));
        if (room.isEmpty()) room = roomKey;
        s.channelId = m_b.channel(room, room).id;
        if (!m_r.ok()) return;

        s.start = start(n, dayDate);
        if (!m_r.ok()) return;
        const JsonNode dur = JsonReader::field(n, QStringLiteral("duration"));
        const JsonNode endNode = JsonReader::field(n, QStringLiteral("end"));
        if (!dur.missing() || endNode.missing()) {
            auto d = parseDuration(m_r.text(dur, Need::Required),
                                   ThreePartDuration::DaysHoursMinutesIfValid);
            if (!m_r.ok()) return;
            if (!d) return m_r.fail(dur, d.error().message);
            s.duration = *d;
        } else {
            auto end = parseInstant(m_r.text(endNode), e.timeZone);
            if (!end) return m_r.fail(endNode, end.error().message);
            auto d = durationBetween(s.start, *end);
            if (!d) return m_r.fail(endNode, d.error().message);
            s.duration = *d;
        }
        readPersons(JsonReader::field(n, QStringLiteral("persons")), s);
        readLinks(JsonReader::field(n, QStringLiteral("links")), s.links);
        readLinks(JsonReader::field(n, QStringLiteral("attachments")), s.links);
        if (!m_firstDate.isValid() || dayDate < m_firstDate) m_firstDate = dayDate;
        if (dayDate > m_lastDate) m_lastDate = dayDate;
        if (m_r.ok()) m_b.session(std::move(s));
    }

    QDateTime start(const JsonNode& n, QDate dayDate) {
        const Event& e = m_b.event();
        const JsonNode dateNode = JsonReader::field(n, QStringLiteral("date"));
        const JsonNode startNode = JsonReader::field(n, QStringLiteral("start"));
        if (!dateNode.missing()) {
            auto dt = parseInstant(m_r.text(dateNode), e.timeZone);
            if (!m_r.ok()) return {};
            if (dt) return *dt;
            m_r.fail(dateNode, dt.error().message);
            return {};
        }
        auto t = parseClockTime(m_r.text(startNode, Need::Required));
        if (!m_r.ok()) return {};
        if (!t) {
            m_r.fail(startNode, t.error().message);
            return {};
        }
        if (!dayDate.isValid()) {
            m_r.fail(startNode, QStringLiteral("has no date: neither \"date\" nor the day's date"));
            return {};
        }
        auto dt = instantOnScheduleDay(dayDate, *t, e.dayChange, e.timeZone);
        if (!dt) {
            m_r.fail(startNode, dt.error().message);
            return {};
        }
        return *dt;
    }

    void readPersons(const JsonNode& persons, Session& s) {
        const QJsonArray a = m_r.array(persons);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode p = JsonReader::index(persons, i);
            m_r.object(p, Need::Required);
            Speaker sp;
            sp.name = m_r.text(p, QStringLiteral("name"));
            if (sp.name.isEmpty()) sp.name = m_r.text(p, QStringLiteral("public_name"));
            if (sp.name.isEmpty() && m_r.ok())
                m_r.fail(JsonReader::field(p, QStringLiteral("name")),
                         QStringLiteral("missing required field"));
            for (const char* key : {"guid", "code", "id"}) {
                if (sp.id.isEmpty()) sp.id = m_r.text(p, QLatin1String(key));
            }
            if (sp.id.isEmpty()) sp.id = sp.name;
            sp.biography = m_r.text(p, QStringLiteral("biography"));
            sp.avatarUrl = resolveUrl(m_baseUrl, m_r.text(p, QStringLiteral("avatar")));
            readLinks(JsonReader::field(p, QStringLiteral("links")), sp.links);
            if (!m_r.ok()) return;
            s.speakerIds.append(sp.id);
            m_b.speaker(sp);
        }
    }

    void readLinks(const JsonNode& links, QList<Link>& out) {
        const QJsonArray a = m_r.array(links);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode l = JsonReader::index(links, i);
            m_r.object(l, Need::Required);
            Link link{m_r.text(l, QStringLiteral("title")),
                      m_r.text(l, QStringLiteral("url"), Need::Required),
                      m_r.text(l, QStringLiteral("type"))};
            if (m_r.ok()) out.append(link);
        }
    }

    JsonReader m_r;
    JsonNode m_root;
    QString m_source;
    CatalogBuilder m_b{Format::FrabJson};
    QUrl m_baseUrl;
    bool m_zoneFromDays = false;
    bool m_sawDayStart = false;
    QDate m_firstDate, m_lastDate;
};

}  // namespace

bool FrabJsonImporter::detect(const Document& doc) const {
    return doc.isJson && doc.json.value(QStringLiteral("schedule"))
                             .toObject()
                             .contains(QStringLiteral("conference"));
}

Expected<Catalog> FrabJsonImporter::import(const Document& doc) const {
    return FrabJsonReader(doc).run();
}

}  // namespace omk::catalog
