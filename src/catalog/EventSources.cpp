#include "catalog/EventSources.h"

#include "catalog/DreamkastSite.h"
#include "catalog/HttpCache.h"
#include "catalog/JsonReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <utility>
#include <variant>

namespace omk::catalog {
namespace {

const QString kVersionKey = QStringLiteral("omnikast_sources");

// A reference in a sources file, made absolute: URLs stay, a relative path or URL resolves
// against the file's own place.
QString resolve(const QString& ref, const QString& base) {
    if (ref.isEmpty() || isHttpUrl(ref)) return ref;
    if (isHttpUrl(base)) {
        const QUrl resolved = QUrl(base).resolved(QUrl(ref));
        return resolved.isValid() && isHttpUrl(resolved.toString()) ? resolved.toString()
                                                                    : QString();
    }
    if (QDir::isAbsolutePath(ref)) return ref;
    return QFileInfo(base).absoluteDir().filePath(ref);
}

// One document: bytes from a file, or from an http(s) URL through the cache.
template <typename T>
Expected<HttpFetched<T>> fetchDocument(const QString& source, const QString& cacheDir,
                                       std::chrono::milliseconds timeout,
                                       const typename HttpCache::Parse<T>& parse) {
    if (isHttpUrl(source)) return HttpCache(QUrl(source), cacheDir).fetch<T>(parse, timeout);
    const QString path = QUrl(source).isLocalFile() ? QUrl(source).toLocalFile() : source;
    auto bytes = readCatalogFile(path);
    if (!bytes) return bytes.unexpected();
    auto value = parse(*bytes, path);
    if (!value) return value.unexpected();
    return HttpFetched<T>{std::move(*value), FetchedFrom::Server, {}, {}, {}};
}

using First = std::variant<Catalog, EventSources>;

}  // namespace

bool isHttpUrl(const QString& source) {
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool isSourcesFile(const Document& doc) {
    return doc.isJson && doc.json.contains(kVersionKey);
}

Expected<EventSources> readSourcesFile(const Document& doc, const QString& base) {
    JsonReader json(doc.source);
    const JsonNode root{doc.json, QString()};
    const JsonNode version = JsonReader::field(root, kVersionKey);
    if (auto v = json.number(version, Need::Required); v && *v > kSourcesFileVersion)
        json.fail(version, QStringLiteral("version %1 is newer than this build reads (%2)")
                               .arg(*v)
                               .arg(kSourcesFileVersion));
    EventSources s;
    s.schedule = json.text(root, QStringLiteral("schedule"), Need::Required);
    s.streams = json.text(root, QStringLiteral("streams"));
    const JsonNode rooms = JsonReader::field(root, QStringLiteral("rooms"));
    const QJsonObject map = json.object(rooms);
    for (auto it = map.begin(); it != map.end() && json.ok(); ++it) {
        const QString slug = json.text(JsonReader::member(rooms, it.key()), Need::Required);
        s.rooms.insert(it.key(), slug);
    }
    if (!json.ok()) return json.unexpected();
    if (s.schedule.trimmed().isEmpty())
        return fail(QStringLiteral("%1: schedule: empty").arg(doc.source));
    // A reference that resolves to nothing ("//:x" against a URL) is refused, not dropped.
    for (auto [key, ref] : {std::pair{"schedule", &s.schedule}, std::pair{"streams", &s.streams}}) {
        if (ref->isEmpty()) continue;
        const QString resolved = resolve(*ref, base);
        if (resolved.isEmpty())
            return fail(QStringLiteral("%1: %2: not a usable path or URL: %3")
                            .arg(doc.source, QLatin1String(key), ref->left(200)));
        *ref = resolved;
    }
    return s;
}

bool anyDocumentChanged(const QStringList& documents, const QString& cacheDir,
                        std::chrono::milliseconds timeout) {
    for (const QString& url : documents)
        if (HttpCache(QUrl(url), cacheDir).probe(timeout) == HttpCache::Probe::Changed) return true;
    return false;
}

Expected<LoadedEvent> loadEvent(const QString& givenSource, const QString& givenStreams,
                                const QString& cacheDir, std::chrono::milliseconds timeout) {
    // file:// URLs as paths, so relative references in a sources file resolve beside it.
    auto local = [](const QString& s) {
        const QUrl u(s);
        return u.isLocalFile() ? u.toLocalFile() : s;
    };
    const QString source = local(givenSource), streams = local(givenStreams);
    LoadedEvent loaded;

    // An event's page address: Dreamkast's API on that host, when it knows the event; then the
    // address itself as a catalog; then Pretalx's export under it.
    QString pageTried;
    if (auto dreamkast = parseDreamkastAddress(source, true)) {
        auto d = loadDreamkast(*dreamkast, cacheDir, timeout);
        if (d) {
            loaded.catalog = std::move(d->catalog);
            loaded.documents = d->documents;
            loaded.warnings = d->warnings;
            return loaded;
        }
        if (!isHttpUrl(source)) return d.unexpected();  // dreamkast:… and nothing else
        pageTried = d.error().message;
    }
    for (const QString& s : {source, streams})
        if (isHttpUrl(s)) loaded.documents.append(s);
    auto noteCache = [&](const QString& what, FetchedFrom from, const QString& warning) {
        if (from == FetchedFrom::CacheAfterFailure)
            loaded.warnings.append(
                QStringLiteral("%1: using the cached copy: %2").arg(what, warning));
    };

    // The first document: a catalog, or a sources file naming the schedule.
    auto parseFirst = [&](const QByteArray& bytes, const QString& name) -> Expected<First> {
        auto doc = readDocument(bytes, name);
        if (!doc) return doc.unexpected();
        if (isSourcesFile(*doc)) {
            auto s = readSourcesFile(*doc, source);
            if (!s) return s.unexpected();
            return First(std::move(*s));
        }
        auto c = importDocument(*doc);
        if (!c) return c.unexpected();
        return First(std::move(*c));
    };
    auto first = fetchDocument<First>(source, cacheDir, timeout, parseFirst);
    if (!first && !pageTried.isEmpty()) {
        // Pretalx: https://pretalx.example/EVENT/ publishes its schedule under it.
        QString exportUrl = source;
        if (!exportUrl.endsWith(QLatin1Char('/'))) exportUrl += QLatin1Char('/');
        exportUrl += QStringLiteral("schedule/export/schedule.json");
        auto pretalx = fetchDocument<First>(exportUrl, cacheDir, timeout, parseFirst);
        if (!pretalx) {
            // The host unreachable answers all three the same: say it once.
            const QString reasons[] = {pageTried, first.error().message, pretalx.error().message};
            auto tail = [](const QString& m) { return m.section(QStringLiteral(": "), -1); };
            if (tail(reasons[0]) == tail(reasons[1]) && tail(reasons[1]) == tail(reasons[2]))
                return fail(QStringLiteral("%1: %2").arg(source, tail(reasons[0])));
            return fail(
                QStringLiteral("%1: not an event Omnikast can open — not a Dreamkast event "
                               "(%2); not a catalog (%3); no Pretalx schedule under it (%4)")
                    .arg(source, reasons[0], reasons[1], reasons[2]));
        }
        loaded.documents = QStringList{exportUrl};
        first = std::move(pretalx);
    }
    if (!first) return first.unexpected();
    noteCache(source, first->from, first->warning);

    QString streamsSource = streams;
    QHash<QString, QString> roomMap;
    if (auto* sources = std::get_if<EventSources>(&first->value)) {
        if (streamsSource.isEmpty()) streamsSource = sources->streams;
        roomMap = sources->rooms;
        auto schedule = fetchDocument<Catalog>(sources->schedule, cacheDir, timeout,
                                               [](const QByteArray& bytes, const QString& name) {
                                                   return importCatalog(bytes, name);
                                               });
        if (!schedule) return schedule.unexpected();
        noteCache(sources->schedule, schedule->from, schedule->warning);
        if (isHttpUrl(sources->schedule)) loaded.documents.append(sources->schedule);
        loaded.catalog = std::move(schedule->value);
    } else {
        loaded.catalog = std::move(std::get<Catalog>(first->value));
    }

    if (streamsSource.isEmpty()) return loaded;
    if (isHttpUrl(streamsSource) && !loaded.documents.contains(streamsSource))
        loaded.documents.append(streamsSource);
    auto list = fetchDocument<QList<RoomStreams>>(
        streamsSource, cacheDir, timeout,
        [](const QByteArray& bytes, const QString& name) { return readStreamsList(bytes, name); });
    if (!list) {
        loaded.warnings.append(
            QStringLiteral("the rooms' streams are not available: %1").arg(list.error().message));
        return loaded;
    }
    noteCache(streamsSource, list->from, list->warning);
    loaded.streams = applyStreams(loaded.catalog, list->value, roomMap);
    if (!loaded.catalog.channels.isEmpty() && loaded.streams->matched() == 0)
        loaded.warnings.append(
            QStringLiteral("%1: none of its rooms matches a room of the schedule "
                           "(name them in a sources file's \"rooms\")")
                .arg(streamsSource));
    for (const QString& entry : loaded.streams->unusedMapEntries)
        loaded.warnings.append(
            QStringLiteral("room map: %1 matches no channel and room").arg(entry));
    return loaded;
}

}  // namespace omk::catalog
