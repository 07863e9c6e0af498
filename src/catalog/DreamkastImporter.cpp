#include "catalog/DreamkastImporter.h"

#include "catalog/CatalogBuilder.h"
#include "catalog/JsonReader.h"
#include "catalog/ScheduleTime.h"
#include "catalog/StreamProtocol.h"

#include <QHash>
#include <QUrl>

namespace omk::catalog {
namespace {

const QString kDefaultZone = QStringLiteral("Asia/Tokyo");

class DreamkastReader {
public:
    DreamkastReader(const QJsonObject& parts, const QString& source)
        : m_r(source), m_root{parts, {}} {}

    Expected<Catalog> run() {
        readEvent(JsonReader::field(m_root, QStringLiteral("event")));
        if (m_r.ok()) readLive();
        if (m_r.ok())
            eachObject(QStringLiteral("tracks"), Need::Required,
                       [this](const JsonNode& n) { readTrack(n); });
        if (m_r.ok())
            eachObject(QStringLiteral("streamings"), Need::Optional,
                       [this](const JsonNode& n) { readStreaming(n); });
        if (m_r.ok())
            eachObject(QStringLiteral("speakers"), Need::Optional,
                       [this](const JsonNode& n) { readSpeaker(n); });
        if (m_r.ok())
            eachObject(QStringLiteral("talks"), Need::Required,
                       [this](const JsonNode& n) { readTalk(n); });
        if (!m_r.ok()) return m_r.unexpected();
        return std::move(m_b).finish();
    }

private:
    template <class F>
    void eachObject(const QString& key, Need need, F f) {
        const JsonNode list = JsonReader::field(m_root, key);
        const QJsonArray a = m_r.array(list, need);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode n = JsonReader::index(list, i);
            m_r.object(n, Need::Required);
            if (m_r.ok()) f(n);
        }
    }

    void readEvent(const JsonNode& n) {
        m_r.object(n, Need::Required);
        Event& e = m_b.event();
        e.title = m_r.text(n, QStringLiteral("name"), Need::Required);
        e.acronym = m_r.text(n, QStringLiteral("abbr"), Need::Required);
        e.id = e.acronym;
        e.description = m_r.text(n, QStringLiteral("about"));
        const JsonNode zoneNode = JsonReader::field(m_root, QStringLiteral("time_zone"));
        QString zone = m_r.text(zoneNode);
        if (zone.isEmpty()) zone = kDefaultZone;
        e.timeZone = QTimeZone(zone.toUtf8());
        if (!e.timeZone.isValid())
            m_r.fail(zoneNode, QStringLiteral("unknown IANA time zone \"%1\"").arg(zone.left(40)));
        const JsonNode days = JsonReader::field(n, QStringLiteral("conferenceDays"));
        const QJsonArray a = m_r.array(days);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode day = JsonReader::index(days, i);
            m_r.object(day, Need::Required);
            // Internal days (rehearsals) are not part of what attendees see.
            if (JsonReader::field(day, QStringLiteral("internal")).value.toBool()) continue;
            const JsonNode dateNode = JsonReader::field(day, QStringLiteral("date"));
            const QString text = m_r.text(dateNode, Need::Required);
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!m_r.ok()) return;
            if (!d.isValid())
                return m_r.fail(
                    dateNode,
                    QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"").arg(text.left(40)));
            if (!e.firstDay.isValid() || d < e.firstDay) e.firstDay = d;
            if (!e.lastDay.isValid() || d > e.lastDay) e.lastDay = d;
        }
    }

    // Optional: where the deployment's ActionCable and dreamkast-weaver live.
    void readLive() {
        const JsonNode cable = JsonReader::field(m_root, QStringLiteral("cable_url"));
        const QString cableUrl = m_r.text(cable);
        if (!cableUrl.isEmpty() && !hasScheme(cableUrl, {"ws", "wss", "http", "https"}))
            return m_r.fail(cable,
                            QStringLiteral("expected a ws(s):// or http(s):// URL, got \"%1\"")
                                .arg(cableUrl.left(80)));
        m_b.live().cableUrl = cableUrl;
        const JsonNode weaver = JsonReader::field(m_root, QStringLiteral("weaver_url"));
        if (weaver.missing()) return;
        const QString weaverUrl = m_r.text(weaver);
        if (!m_r.ok()) return;
        if (!weaverUrl.isEmpty() && !hasScheme(weaverUrl, {"http", "https"}))
            return m_r.fail(
                weaver,
                QStringLiteral("expected an http(s):// URL, got \"%1\"").arg(weaverUrl.left(80)));
        m_b.live().viewerCountUrl = weaverUrl;
    }

    static bool hasScheme(const QString& url, std::initializer_list<const char*> schemes) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty()) return false;
        for (const char* s : schemes)
            if (u.scheme().compare(QLatin1String(s), Qt::CaseInsensitive) == 0) return true;
        return false;
    }

    void readTrack(const JsonNode& n) {
        const QString id = m_r.text(n, QStringLiteral("id"), Need::Required);
        const QString name = m_r.text(n, QStringLiteral("name"), Need::Required);
        if (m_r.ok()) m_b.channel(id, name);
    }

    void readStreaming(const JsonNode& n) {
        const JsonNode trackNode = JsonReader::field(n, QStringLiteral("trackId"));
        const QString track = m_r.text(trackNode, Need::Required);
        const QString url = m_r.text(n, QStringLiteral("playbackUrl"));
        if (!m_r.ok() || url.isEmpty()) return;
        // Streamings are optional extras: one for a track the event does not have, or without a
        // playable address (the API's own example says "string"), is left out, not fatal.
        if (!m_b.hasChannel(track) || !(url.startsWith(QLatin1String("http://")) ||
                                        url.startsWith(QLatin1String("https://"))))
            return;
        // Dreamkast streams are ordinary 16:9 video.
        m_b.channel(track, {}).streams.append(
            Stream{url, protocolOfUrl(url), Projection::Flat, StereoLayout::Mono, {}, {}});
    }

    void readSpeaker(const JsonNode& n) {
        Speaker s;
        s.id = m_r.text(n, QStringLiteral("id"), Need::Required);
        s.name = m_r.text(n, QStringLiteral("name"), Need::Required);
        s.organisation = m_r.text(n, QStringLiteral("company"));
        const QString job = m_r.text(n, QStringLiteral("jobTitle"));
        if (!job.isEmpty())
            s.organisation =
                s.organisation.isEmpty() ? job : s.organisation + QStringLiteral(", ") + job;
        s.biography = m_r.text(n, QStringLiteral("profile"));
        s.avatarUrl = m_r.text(n, QStringLiteral("avatarUrl"));
        if (const QString gh = m_r.text(n, QStringLiteral("githubId")); !gh.isEmpty())
            s.links.append(Link{QStringLiteral("GitHub"),
                                QStringLiteral("https://github.com/") + gh, QStringLiteral("web")});
        if (const QString tw = m_r.text(n, QStringLiteral("twitterId")); !tw.isEmpty())
            s.links.append(Link{QStringLiteral("X"), QStringLiteral("https://x.com/") + tw,
                                QStringLiteral("web")});
        if (m_r.ok()) m_b.speaker(s);
    }

    void readTalk(const JsonNode& n) {
        // Slots hidden from Dreamkast's own timetable (breaks, internal ones) are hidden here too.
        if (JsonReader::field(n, QStringLiteral("showOnTimetable")).value == QJsonValue(false))
            return;
        const Event& e = m_b.event();
        Session s;
        s.id = m_r.text(n, QStringLiteral("id"), Need::Required);
        s.title = m_r.text(n, QStringLiteral("title"), Need::Required);
        s.abstract = m_r.text(n, QStringLiteral("abstract"));
        s.topicId = m_b.topic(m_r.text(n, QStringLiteral("talkCategory")));
        s.type = m_r.text(n, QStringLiteral("presentationMethod"));
        const JsonNode trackNode = JsonReader::field(n, QStringLiteral("trackId"));
        const QString track = m_r.text(trackNode, Need::Required);
        if (!m_r.ok()) return;
        if (!m_b.hasChannel(track))
            return m_r.fail(trackNode, QStringLiteral("no track has id %1").arg(track.left(40)));
        s.channelId = track;
        const JsonNode startNode = JsonReader::field(n, QStringLiteral("startTime"));
        const JsonNode endNode = JsonReader::field(n, QStringLiteral("endTime"));
        auto start = parseInstant(m_r.text(startNode, Need::Required), e.timeZone);
        auto end = parseInstant(m_r.text(endNode, Need::Required), e.timeZone);
        if (!m_r.ok()) return;
        if (!start) return m_r.fail(startNode, start.error().message);
        if (!end) return m_r.fail(endNode, end.error().message);
        auto d = durationBetween(*start, *end);
        if (!d) return m_r.fail(endNode, d.error().message);
        s.start = *start;
        s.duration = *d;
        if (const QString doc = m_r.text(n, QStringLiteral("documentUrl")); !doc.isEmpty())
            s.links.append(Link{QStringLiteral("Slides"), doc, QStringLiteral("slides")});
        readTalkSpeakers(JsonReader::field(n, QStringLiteral("speakers")), s);
        if (m_r.ok()) m_b.session(std::move(s));
    }

    void readTalkSpeakers(const JsonNode& list, Session& s) {
        // The API example writes a bare name here; the schema an array of {id, name}.
        if (list.value.isString()) {
            const QString name = list.value.toString();
            if (name.isEmpty()) return;
            m_b.speaker(Speaker{name, name, {}, {}, {}, {}});
            s.speakerIds.append(name);
            return;
        }
        const QJsonArray a = m_r.array(list);
        for (qsizetype i = 0; i < a.size() && m_r.ok(); ++i) {
            const JsonNode p = JsonReader::index(list, i);
            m_r.object(p, Need::Required);
            const QString name = m_r.text(p, QStringLiteral("name"));
            QString id = m_r.text(p, QStringLiteral("id"));
            if (id.isEmpty()) id = name;
            if (id.isEmpty() && m_r.ok())
                m_r.fail(JsonReader::field(p, QStringLiteral("id")),
                         QStringLiteral("missing required field"));
            if (!m_r.ok()) return;
            m_b.speaker(Speaker{id, name, {}, {}, {}, {}});
            s.speakerIds.append(id);
        }
    }

    JsonReader m_r;
    JsonNode m_root;
    CatalogBuilder m_b{Format::Dreamkast};
};

}  // namespace

bool DreamkastImporter::detect(const Document& doc) const {
    return doc.isJson && doc.json.value(QStringLiteral("event")).isObject() &&
           doc.json.contains(QStringLiteral("tracks")) &&
           doc.json.contains(QStringLiteral("talks"));
}

Expected<Catalog> DreamkastImporter::import(const Document& doc) const {
    return importDreamkast(doc.json, doc.source);
}

Expected<Catalog> importDreamkast(const QJsonObject& parts, const QString& source) {
    return DreamkastReader(parts, source).run();
}

}  // namespace omk::catalog
