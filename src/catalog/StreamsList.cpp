#include "catalog/StreamsList.h"

#include "catalog/Importer.h"
#include "catalog/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <span>

namespace omk::catalog {
namespace {

// "Saal 1", "saal-1" and "SAAL_1" are the same room: letters and digits only, lower case.
QString fold(const QString& name) {
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c.isLetterOrNumber()) out += c.toLower();
    return out;
}

bool isWebUrl(const QString& url) {
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && !u.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

class Reader {
public:
    explicit Reader(const QString& source) : m_json(source) {}

    Expected<QList<RoomStreams>> read(const QJsonArray& conferences) {
        QList<RoomStreams> rooms;
        const JsonNode root{conferences, QString()};
        for (qsizetype c = 0; c < conferences.size() && m_json.ok(); ++c) {
            const JsonNode conf = JsonReader::index(root, c);
            m_json.object(conf, Need::Required);
            const QString acronym = m_json.text(conf, QStringLiteral("slug"));
            const JsonNode groups = JsonReader::field(conf, QStringLiteral("groups"));
            const QJsonArray groupList = m_json.array(groups, Need::Required);
            for (qsizetype g = 0; g < groupList.size() && m_json.ok(); ++g) {
                const JsonNode group = JsonReader::index(groups, g);
                m_json.object(group, Need::Required);
                const JsonNode roomsNode = JsonReader::field(group, QStringLiteral("rooms"));
                const QJsonArray roomList = m_json.array(roomsNode, Need::Required);
                for (qsizetype r = 0; r < roomList.size() && m_json.ok(); ++r)
                    rooms.append(room(JsonReader::index(roomsNode, r), acronym));
            }
        }
        if (!m_json.ok()) return m_json.unexpected();
        return rooms;
    }

private:
    RoomStreams room(const JsonNode& node, const QString& acronym) {
        RoomStreams room;
        m_json.object(node, Need::Required);
        room.conference = acronym;
        room.guid = m_json.text(node, QStringLiteral("guid"));
        room.slug = m_json.text(node, QStringLiteral("slug"), Need::Required);
        room.scheduleName = m_json.text(node, QStringLiteral("schedulename"));
        room.display = m_json.text(node, QStringLiteral("display"));
        const JsonNode streams = JsonReader::field(node, QStringLiteral("streams"));
        const QJsonArray list = m_json.array(streams);
        QList<Stream> original, translated;
        for (qsizetype i = 0; i < list.size() && m_json.ok(); ++i) {
            const JsonNode s = JsonReader::index(streams, i);
            bool isTranslated = false;
            if (auto stream = this->stream(s, &isTranslated))
                (isTranslated ? translated : original).append(*stream);
        }
        room.streams = original + translated;
        return room;
    }

    // One stream of the list, or nothing for a kind the viewer does not play.
    std::optional<Stream> stream(const JsonNode& node, bool* isTranslated) {
        m_json.object(node, Need::Required);
        const QString type = m_json.text(node, QStringLiteral("type"), Need::Required);
        const bool video = type == QLatin1String("video");
        // Kinds the viewer does not play (audio, music, slides) are skipped unread.
        if (!m_json.ok() || (!video && type != QLatin1String("dash"))) return std::nullopt;
        const QString slug = m_json.text(node, QStringLiteral("slug"));
        const QString display = m_json.text(node, QStringLiteral("display"));
        *isTranslated = m_json.flag(JsonReader::field(node, QStringLiteral("isTranslated")));
        const JsonNode urls = JsonReader::field(node, QStringLiteral("urls"));
        m_json.object(urls, Need::Required);
        if (!m_json.ok()) return std::nullopt;

        // Which URL, under what protocol name: the first of these the stream offers.
        struct Choice {
            const char* key;
            const char* protocol;
        };
        static constexpr Choice kVideo[] = {{"hls", "hls"}, {"webm", "http"}, {"mp4", "http"}};
        static constexpr Choice kDash[] = {{"dash", "dash"}};
        for (const Choice& c :
             video ? std::span<const Choice>(kVideo) : std::span<const Choice>(kDash)) {
            const JsonNode entry = JsonReader::field(urls, QString::fromLatin1(c.key));
            if (entry.missing()) continue;
            m_json.object(entry, Need::Required);
            const JsonNode urlNode = JsonReader::field(entry, QStringLiteral("url"));
            const QString url = m_json.text(urlNode, Need::Required);
            if (!m_json.ok()) return std::nullopt;
            if (!isWebUrl(url)) {
                m_json.fail(urlNode, QStringLiteral("not an http(s) URL: %1").arg(url.left(200)));
                return std::nullopt;
            }
            Stream s;
            s.url = url;
            s.protocol = QString::fromLatin1(c.protocol);
            s.projection = Projection::Flat;
            s.stereo = StereoLayout::Mono;
            s.label = display.isEmpty() ? slug : display;
            return s;
        }
        return std::nullopt;  // a video stream with none of the URLs we play
    }

    JsonReader m_json;
};

}  // namespace

Expected<QList<RoomStreams>> readStreamsList(QByteArray bytes, const QString& source) {
    auto doc = readDocument(std::move(bytes), source, JsonRoot::Array);
    if (!doc) return doc.unexpected();
    if (!doc->isJson)
        return fail(QStringLiteral("%1: not a streams list (expected a JSON array of conferences)")
                        .arg(source));
    return Reader(source).read(doc->array);
}

int StreamsMatch::matched() const {
    return static_cast<int>(std::count_if(channels.begin(), channels.end(), [](const RoomMatch& m) {
        return !m.roomSlug.isEmpty();
    }));
}

StreamsMatch applyStreams(Catalog& catalog, const QList<RoomStreams>& rooms,
                          const QHash<QString, QString>& roomMap) {
    // The catalog's own conference when the list has it; every room otherwise.
    QList<const RoomStreams*> pool;
    const QString acronym = fold(catalog.event.acronym);
    for (const RoomStreams& r : rooms)
        if (!acronym.isEmpty() && fold(r.conference) == acronym) pool.append(&r);
    if (pool.isEmpty())
        for (const RoomStreams& r : rooms) pool.append(&r);

    QSet<const RoomStreams*> taken;
    auto find = [&](auto&& matches) -> const RoomStreams* {
        for (const RoomStreams* r : pool)
            if (!taken.contains(r) && matches(*r)) return r;
        return nullptr;
    };

    StreamsMatch result;
    QList<const RoomStreams*> chosen(catalog.channels.size(), nullptr);
    for (const Channel& channel : catalog.channels)
        result.channels.append(RoomMatch{channel.id, channel.name, {}, RoomMatch::By::None, 0});
    // The room map first, over every channel, so no rule below takes a room it names; its
    // slugs compare as forgivingly as names do ("Hall-1" is hall1).
    QSet<QString> mapUsed;
    for (qsizetype i = 0; i < catalog.channels.size(); ++i) {
        const Channel& channel = catalog.channels.at(i);
        const QString key = roomMap.contains(channel.id) ? channel.id : channel.name;
        if (!roomMap.contains(key)) continue;
        const QString slug = fold(roomMap.value(key));
        if (const RoomStreams* room =
                find([&](const RoomStreams& r) { return fold(r.slug) == slug; })) {
            chosen[i] = room;
            taken.insert(room);
            result.channels[i].by = RoomMatch::By::Map;
            mapUsed.insert(key);
        }
    }
    for (auto it = roomMap.begin(); it != roomMap.end(); ++it)
        if (!mapUsed.contains(it.key()))
            result.unusedMapEntries.append(QStringLiteral("%1 → %2").arg(it.key(), it.value()));
    for (qsizetype i = 0; i < catalog.channels.size(); ++i) {
        if (chosen[i]) continue;
        const Channel& channel = catalog.channels.at(i);
        RoomMatch& m = result.channels[i];
        const QString name = fold(channel.name), id = fold(channel.id);
        const RoomStreams* room =
            find([&](const RoomStreams& r) { return !r.guid.isEmpty() && r.guid == channel.id; });
        if (room) m.by = RoomMatch::By::Guid;
        if (!room) {
            room = find([&](const RoomStreams& r) {
                const QString slug = fold(r.slug);
                return !slug.isEmpty() && (slug == name || slug == id);
            });
            if (room) m.by = RoomMatch::By::Slug;
        }
        if (!room) {
            room = find([&](const RoomStreams& r) {
                for (const QString& n : {fold(r.scheduleName), fold(r.display)})
                    if (!n.isEmpty() && (n == name || n == id)) return true;
                return false;
            });
            if (room) m.by = RoomMatch::By::Name;
        }
        if (!room) continue;
        chosen[i] = room;
        taken.insert(room);
    }
    for (qsizetype i = 0; i < catalog.channels.size(); ++i) {
        const RoomStreams* room = chosen.at(i);
        if (!room) continue;
        result.channels[i].roomSlug = room->slug;
        result.channels[i].streams = static_cast<int>(room->streams.size());
        catalog.channels[i].streams += room->streams;
    }
    for (const RoomStreams* r : pool)
        if (!taken.contains(r)) result.unusedRooms.append(r->slug);
    return result;
}

QString toString(RoomMatch::By by) {
    switch (by) {
        case RoomMatch::By::None:
            return QStringLiteral("none");
        case RoomMatch::By::Map:
            return QStringLiteral("room map");
        case RoomMatch::By::Guid:
            return QStringLiteral("guid");
        case RoomMatch::By::Slug:
            return QStringLiteral("slug");
        case RoomMatch::By::Name:
            return QStringLiteral("name");
    }
    return {};
}

}  // namespace omk::catalog
