#include "catalog/OmnikastCatalogFormat.h"

#include "catalog/JsonReader.h"
#include "catalog/ScheduleTime.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace omk::catalog {
namespace {

const QString kVersionKey = QStringLiteral("omnikast_catalog");
const QStringList kProtocols{
    QStringLiteral("hls"), QStringLiteral("dash"),   QStringLiteral("rtmp"), QStringLiteral("rtsp"),
    QStringLiteral("srt"), QStringLiteral("webrtc"), QStringLiteral("file")};

class OmnikastReader {
public:
    explicit OmnikastReader(const Document& doc) : m_r(doc.source), m_root{doc.json, {}} {}

    Expected<Catalog> run() {
        readVersion();
        if (m_r.ok()) readEvent(JsonReader::field(m_root, QStringLiteral("event")));
        if (m_r.ok())
            each(QStringLiteral("channels"), Need::Required,
                 [this](const JsonNode& n) { readChannel(n); });
        if (m_r.ok())
            each(QStringLiteral("topics"), Need::Optional,
                 [this](const JsonNode& n) { readTopic(n); });
        if (m_r.ok())
            each(QStringLiteral("speakers"), Need::Optional,
                 [this](const JsonNode& n) { readSpeaker(n); });
        if (m_r.ok())
            each(QStringLiteral("sessions"), Need::Optional,
                 [this](const JsonNode& n) { readSession(n); });
        if (!m_r.ok()) return m_r.unexpected();
        return std::move(m_c);
    }

private:
    template <class F>
    void each(const QString& key, Need need, F f) {
        const JsonNode list = JsonReader::field(m_root, key);
        const QJsonArray a = m_r.array(list, need);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode n = JsonReader::index(list, i);
            m_r.object(n, Need::Required);
            if (m_r.ok()) f(n);
        }
    }

    void readVersion() {
        const JsonNode v = JsonReader::field(m_root, kVersionKey);
        const auto version = m_r.number(v, Need::Required);
        if (version && (*version < 1 || *version != std::floor(*version)))
            m_r.fail(v,
                     QStringLiteral("expected a whole version number ≥ 1, got %1").arg(*version));
        else if (version && *version > kOmnikastCatalogVersion)
            m_r.fail(v, QStringLiteral("version %1 is newer than this omnikast reads (%2)")
                            .arg(*version)
                            .arg(kOmnikastCatalogVersion));
    }

    QDate date(const JsonNode& n) {
        const QString t = m_r.text(n);
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!t.isEmpty() && !d.isValid())
            m_r.fail(n, QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"").arg(t.left(40)));
        return d;
    }

    void readEvent(const JsonNode& n) {
        m_r.object(n, Need::Required);
        Event& e = m_c.event;
        e.id = m_r.text(n, QStringLiteral("id"));
        e.title = m_r.text(n, QStringLiteral("title"), Need::Required);
        e.acronym = m_r.text(n, QStringLiteral("acronym"));
        e.description = m_r.text(n, QStringLiteral("description"));
        e.url = m_r.text(n, QStringLiteral("url"));
        const JsonNode zone = JsonReader::field(n, QStringLiteral("time_zone"));
        const QString zoneId = m_r.text(zone, Need::Required);
        if (!m_r.ok()) return;
        e.timeZone = QTimeZone(zoneId.toUtf8());
        if (!e.timeZone.isValid())
            return m_r.fail(zone,
                            QStringLiteral("unknown IANA time zone \"%1\"").arg(zoneId.left(40)));
        e.firstDay = date(JsonReader::field(n, QStringLiteral("first_day")));
        e.lastDay = date(JsonReader::field(n, QStringLiteral("last_day")));
        const JsonNode change = JsonReader::field(n, QStringLiteral("day_change"));
        if (const QString t = m_r.text(change); !t.isEmpty()) {
            auto time = parseClockTime(t);
            if (!time) return m_r.fail(change, time.error().message);
            e.dayChange = *time;
        }
    }

    bool unique(QSet<QString>& ids, const JsonNode& idNode, const QString& id) {
        if (ids.contains(id)) {
            m_r.fail(idNode, QStringLiteral("duplicate id \"%1\"").arg(id.left(40)));
            return false;
        }
        ids.insert(id);
        return true;
    }

    QList<Link> links(const JsonNode& list) {
        QList<Link> out;
        const QJsonArray a = m_r.array(list);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode l = JsonReader::index(list, i);
            m_r.object(l, Need::Required);
            out.append(Link{m_r.text(l, QStringLiteral("title")),
                            m_r.text(l, QStringLiteral("url"), Need::Required),
                            m_r.text(l, QStringLiteral("type"))});
        }
        return out;
    }

    void readChannel(const JsonNode& n) {
        Channel c;
        const JsonNode idNode = JsonReader::field(n, QStringLiteral("id"));
        c.id = m_r.text(idNode, Need::Required);
        c.name = m_r.text(n, QStringLiteral("name"), Need::Required);
        c.description = m_r.text(n, QStringLiteral("description"));
        const JsonNode streams = JsonReader::field(n, QStringLiteral("streams"));
        const QJsonArray a = m_r.array(streams);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i)
            c.streams.append(readStream(JsonReader::index(streams, i)));
        if (m_r.ok()) c.room = readRoom(JsonReader::field(n, QStringLiteral("room")));
        if (m_r.ok()) c.hidden = m_r.flag(JsonReader::field(n, QStringLiteral("hidden")));
        if (m_r.ok() && unique(m_channelIds, idNode, c.id)) m_c.channels.append(std::move(c));
    }

    RoomRules readRoom(const JsonNode& n) {
        RoomRules r;
        m_r.object(n);
        if (n.missing() || !m_r.ok()) return r;
        r.closed = m_r.flag(JsonReader::field(n, QStringLiteral("closed")));
        r.signedInOnly = m_r.flag(JsonReader::field(n, QStringLiteral("signed_in_only")));
        const JsonNode slow = JsonReader::field(n, QStringLiteral("slow_mode_seconds"));
        if (const auto s = m_r.number(slow)) {
            if (*s < 0 || *s > RoomRules::kMaxSlowModeSeconds || *s != std::floor(*s))
                m_r.fail(slow, QStringLiteral("expected whole seconds from 0 to %1, got %2")
                                   .arg(RoomRules::kMaxSlowModeSeconds)
                                   .arg(*s));
            else
                r.slowModeSeconds = int(*s);
        }
        return r;
    }

    Stream readStream(const JsonNode& n) {
        Stream s;
        m_r.object(n, Need::Required);
        s.url = m_r.text(n, QStringLiteral("url"), Need::Required);
        const JsonNode proto = JsonReader::field(n, QStringLiteral("protocol"));
        s.protocol = m_r.text(proto, Need::Required);
        if (m_r.ok() && !kProtocols.contains(s.protocol))
            m_r.fail(proto, QStringLiteral("unknown protocol \"%1\" (expected one of: %2)")
                                .arg(s.protocol.left(40), kProtocols.join(QStringLiteral(", "))));
        const JsonNode projNode = JsonReader::field(n, QStringLiteral("projection"));
        if (const QString p = m_r.text(projNode); !p.isEmpty()) {
            auto parsed = parseProjection(p);
            if (!parsed)
                m_r.fail(projNode, parsed.error().message);
            else
                s.projection = *parsed;
        }
        const JsonNode stereoNode = JsonReader::field(n, QStringLiteral("stereo"));
        if (const QString st = m_r.text(stereoNode); !st.isEmpty()) {
            auto parsed = parseStereo(st);
            if (!parsed)
                m_r.fail(stereoNode, parsed.error().message);
            else
                s.stereo = *parsed;
        }
        s.language = m_r.text(n, QStringLiteral("language"));
        s.label = m_r.text(n, QStringLiteral("label"));
        return s;
    }

    void readTopic(const JsonNode& n) {
        const JsonNode idNode = JsonReader::field(n, QStringLiteral("id"));
        Topic t{m_r.text(idNode, Need::Required),
                m_r.text(n, QStringLiteral("name"), Need::Required),
                m_r.text(n, QStringLiteral("color"))};
        if (m_r.ok() && unique(m_topicIds, idNode, t.id)) m_c.topics.append(std::move(t));
    }

    void readSpeaker(const JsonNode& n) {
        const JsonNode idNode = JsonReader::field(n, QStringLiteral("id"));
        Speaker s;
        s.id = m_r.text(idNode, Need::Required);
        s.name = m_r.text(n, QStringLiteral("name"), Need::Required);
        s.biography = m_r.text(n, QStringLiteral("biography"));
        s.organisation = m_r.text(n, QStringLiteral("organisation"));
        s.avatarUrl = m_r.text(n, QStringLiteral("avatar"));
        s.links = links(JsonReader::field(n, QStringLiteral("links")));
        if (m_r.ok() && unique(m_speakerIds, idNode, s.id)) m_c.speakers.append(std::move(s));
    }

    // A reference to a channel/topic/speaker must name one defined in this file.
    QString reference(const JsonNode& n, const QSet<QString>& known, const char* what, Need need) {
        const QString id = m_r.text(n, need);
        if (m_r.ok() && !id.isEmpty() && !known.contains(id))
            m_r.fail(n,
                     QStringLiteral("no %1 has id \"%2\"").arg(QLatin1String(what), id.left(40)));
        return id;
    }

    void readSession(const JsonNode& n) {
        Session s;
        const JsonNode idNode = JsonReader::field(n, QStringLiteral("id"));
        s.id = m_r.text(idNode, Need::Required);
        s.title = m_r.text(n, QStringLiteral("title"), Need::Required);
        s.subtitle = m_r.text(n, QStringLiteral("subtitle"));
        s.channelId = reference(JsonReader::field(n, QStringLiteral("channel")), m_channelIds,
                                "channel", Need::Required);
        s.topicId = reference(JsonReader::field(n, QStringLiteral("topic")), m_topicIds, "topic",
                              Need::Optional);
        s.language = m_r.text(n, QStringLiteral("language"));
        s.type = m_r.text(n, QStringLiteral("type"));
        s.abstract = m_r.text(n, QStringLiteral("abstract"));
        s.description = m_r.text(n, QStringLiteral("description"));
        s.url = m_r.text(n, QStringLiteral("url"));
        s.cancelled = m_r.flag(JsonReader::field(n, QStringLiteral("cancelled")));
        const JsonNode startNode = JsonReader::field(n, QStringLiteral("start"));
        const QString start = m_r.text(startNode, Need::Required);
        const JsonNode durNode = JsonReader::field(n, QStringLiteral("duration"));
        const QString dur = m_r.text(durNode, Need::Required);
        if (!m_r.ok()) return;
        auto instant = parseInstant(start, m_c.event.timeZone);
        if (!instant) return m_r.fail(startNode, instant.error().message);
        auto duration = parseDuration(dur);
        if (!duration) return m_r.fail(durNode, duration.error().message);
        s.start = *instant;
        s.duration = *duration;
        const JsonNode speakers = JsonReader::field(n, QStringLiteral("speakers"));
        const QJsonArray a = m_r.array(speakers);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i)
            s.speakerIds.append(
                reference(JsonReader::index(speakers, i), m_speakerIds, "speaker", Need::Required));
        s.links = links(JsonReader::field(n, QStringLiteral("links")));
        if (m_r.ok() && unique(m_sessionIds, idNode, s.id)) m_c.sessions.append(std::move(s));
    }

    JsonReader m_r;
    JsonNode m_root;
    Catalog m_c;
    QSet<QString> m_channelIds, m_topicIds, m_speakerIds, m_sessionIds;
};

void putIf(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty()) o.insert(QLatin1String(key), value);
}

QJsonArray linksJson(const QList<Link>& links) {
    QJsonArray a;
    for (const Link& l : links) {
        QJsonObject o;
        putIf(o, "title", l.title);
        o.insert(QStringLiteral("url"), l.url);
        putIf(o, "type", l.type);
        a.append(o);
    }
    return a;
}

}  // namespace

bool OmnikastCatalogImporter::detect(const Document& doc) const {
    return doc.isJson && doc.json.contains(kVersionKey);
}

Expected<Catalog> OmnikastCatalogImporter::import(const Document& doc) const {
    return OmnikastReader(doc).run();
}

const QStringList& roomRuleKeys() {
    static const QStringList keys{QStringLiteral("closed"), QStringLiteral("slow_mode_seconds"),
                                  QStringLiteral("signed_in_only")};
    return keys;
}

QJsonObject roomRulesToJson(const RoomRules& rules) {
    QJsonObject room;
    if (rules.closed) room.insert(QStringLiteral("closed"), true);
    if (rules.slowModeSeconds > 0)
        room.insert(QStringLiteral("slow_mode_seconds"), rules.slowModeSeconds);
    if (rules.signedInOnly) room.insert(QStringLiteral("signed_in_only"), true);
    return room;
}

RoomRules roomRulesFromCheckedJson(const QJsonObject& room) {
    RoomRules rules;
    rules.closed = room.value(QLatin1String("closed")).toBool();
    rules.slowModeSeconds = room.value(QLatin1String("slow_mode_seconds")).toInt();
    rules.signedInOnly = room.value(QLatin1String("signed_in_only")).toBool();
    return rules;
}

QJsonObject toOmnikastCatalogJson(const Catalog& c) {
    const QTimeZone& zone = c.event.timeZone;
    QJsonObject event;
    putIf(event, "id", c.event.id);
    event.insert(QStringLiteral("title"), c.event.title);
    putIf(event, "acronym", c.event.acronym);
    putIf(event, "description", c.event.description);
    putIf(event, "url", c.event.url);
    event.insert(QStringLiteral("time_zone"), QString::fromUtf8(zone.id()));
    putIf(event, "first_day", c.event.firstDay.toString(Qt::ISODate));
    putIf(event, "last_day", c.event.lastDay.toString(Qt::ISODate));
    event.insert(QStringLiteral("day_change"),
                 c.event.dayChange.toString(c.event.dayChange.second() ? QStringLiteral("HH:mm:ss")
                                                                       : QStringLiteral("HH:mm")));

    QJsonArray channels;
    for (const Channel& ch : c.channels) {
        QJsonObject o{{QStringLiteral("id"), ch.id}, {QStringLiteral("name"), ch.name}};
        putIf(o, "description", ch.description);
        QJsonArray streams;
        for (const Stream& s : ch.streams) {
            QJsonObject so{{QStringLiteral("url"), s.url},
                           {QStringLiteral("protocol"), s.protocol},
                           {QStringLiteral("projection"), toString(s.projection)},
                           {QStringLiteral("stereo"), toString(s.stereo)}};
            putIf(so, "language", s.language);
            putIf(so, "label", s.label);
            streams.append(so);
        }
        o.insert(QStringLiteral("streams"), streams);
        if (!ch.room.isDefault()) o.insert(QStringLiteral("room"), roomRulesToJson(ch.room));
        if (ch.hidden) o.insert(QStringLiteral("hidden"), true);
        channels.append(o);
    }
    QJsonArray topics;
    for (const Topic& t : c.topics) {
        QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
        putIf(o, "color", t.color);
        topics.append(o);
    }
    QJsonArray speakers;
    for (const Speaker& s : c.speakers) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}};
        putIf(o, "biography", s.biography);
        putIf(o, "organisation", s.organisation);
        putIf(o, "avatar", s.avatarUrl);
        if (!s.links.isEmpty()) o.insert(QStringLiteral("links"), linksJson(s.links));
        speakers.append(o);
    }
    QJsonArray sessions;
    for (const Session& s : c.sessions) {
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("title"), s.title},
                      {QStringLiteral("channel"), s.channelId},
                      {QStringLiteral("start"), formatInstant(s.start, zone)},
                      {QStringLiteral("duration"), formatDuration(s.duration)}};
        putIf(o, "subtitle", s.subtitle);
        putIf(o, "topic", s.topicId);
        putIf(o, "language", s.language);
        putIf(o, "type", s.type);
        putIf(o, "abstract", s.abstract);
        putIf(o, "description", s.description);
        putIf(o, "url", s.url);
        if (s.cancelled) o.insert(QStringLiteral("cancelled"), true);
        if (!s.speakerIds.isEmpty())
            o.insert(QStringLiteral("speakers"), QJsonArray::fromStringList(s.speakerIds));
        if (!s.links.isEmpty()) o.insert(QStringLiteral("links"), linksJson(s.links));
        sessions.append(o);
    }
    return QJsonObject{
        {kVersionKey, kOmnikastCatalogVersion}, {QStringLiteral("event"), event},
        {QStringLiteral("channels"), channels}, {QStringLiteral("topics"), topics},
        {QStringLiteral("speakers"), speakers}, {QStringLiteral("sessions"), sessions}};
}

QByteArray writeOmnikastCatalog(const Catalog& catalog) {
    return QJsonDocument(toOmnikastCatalogJson(catalog)).toJson(QJsonDocument::Indented);
}

}  // namespace omk::catalog
