// `omnikast catalog EVENT_FILE|URL [--streams STREAMS] [--json] [--at ISO_INSTANT]`: what an
// event offers — channels with their streams and now/next, sessions per day, how the rooms of a
// streams list matched — as text for people or, with --json, the whole model.
#include "catalog/CatalogJson.h"
#include "catalog/EventSources.h"
#include "catalog/ScheduleTime.h"
#include "cli/Commands.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

namespace omk::cli {
namespace {

using namespace omk::catalog;

struct CatalogOptions {
    QString input;
    QString streams;  // a streams list (--streams)
    bool json = false;
    QString at;  // empty: now
};

Expected<CatalogOptions> parseCatalogArgs(const QStringList& args) {
    CatalogOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            o.json = true;
        } else if (arg == QLatin1String("--at") || arg == QLatin1String("--streams")) {
            if (i + 1 >= args.size())
                return fail(QStringLiteral("option %1 needs a value").arg(arg));
            (arg == QLatin1String("--at") ? o.at : o.streams) = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            return fail(QStringLiteral("unknown option %1").arg(arg));
        } else if (!o.input.isEmpty()) {
            return fail(QStringLiteral("unexpected extra argument '%1'").arg(arg));
        } else {
            o.input = arg;
        }
    }
    if (o.input.isEmpty()) return fail(QStringLiteral("catalog needs an EVENT_FILE or URL"));
    return o;
}

QString span(const Session& s, const QDateTime& at, const QTimeZone& zone) {
    const QDateTime start = s.start.toTimeZone(zone), end = s.end().toTimeZone(zone);
    const bool sameDay = start.date() == at.toTimeZone(zone).date();
    return (sameDay ? start.toString(QStringLiteral("HH:mm"))
                    : start.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
           QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
}

void printText(QTextStream& out, const Catalog& c, const QDateTime& at) {
    const Event& e = c.event;
    const QTimeZone& zone = e.timeZone;
    out << e.title;
    if (!e.acronym.isEmpty() && e.acronym != e.title) out << " (" << e.acronym << ")";
    out << "\n  source format: " << toString(c.format) << "\n";
    out << "  time zone: " << QString::fromUtf8(zone.id()) << "; days change at "
        << e.dayChange.toString(QStringLiteral("HH:mm")) << "\n";
    if (e.firstDay.isValid())
        out << "  days: " << e.firstDay.toString(Qt::ISODate) << " to "
            << e.lastDay.toString(Qt::ISODate) << "\n";
    out << "  at: " << formatInstant(at, zone) << "\n\n";

    out << "Channels (" << c.channels.size() << "):\n";
    for (const Channel& ch : c.channels) {
        out << "  " << ch.name << "\n";
        for (const Stream& s : ch.streams)
            out << "    stream: " << s.protocol << " " << omk::toString(s.projection) << " "
                << omk::toString(s.stereo) << (s.language.isEmpty() ? "" : " ") << s.language << " "
                << s.url << "\n";
        const NowNext nn = nowNext(c, ch.id, at);
        auto line = [&](const char* label, const std::optional<qsizetype>& i) {
            out << "    " << label;
            if (i) {
                const Session& s = c.sessions.at(*i);
                out << span(s, at, zone) << "  " << s.title;
            } else {
                out << "—";
            }
            out << "\n";
        };
        line("now:  ", nn.now);
        line("next: ", nn.next);
    }
    out << "\nSessions per day (" << c.sessions.size() << " in all, " << c.speakers.size()
        << " speakers, " << c.topics.size() << " topics):\n";
    const auto perDay = sessionsPerDay(c);
    for (auto it = perDay.begin(); it != perDay.end(); ++it)
        out << "  " << it.key().toString(QStringLiteral("yyyy-MM-dd ddd")) << "  " << it.value()
            << "\n";
}

// How a streams list's rooms matched the schedule's channels.
void printMatch(QTextStream& out, const StreamsMatch& m) {
    out << "\nRooms' streams (" << m.matched() << " of " << m.channels.size()
        << " channels matched):\n";
    for (const RoomMatch& r : m.channels) {
        out << "  " << r.channelName << ": ";
        if (r.roomSlug.isEmpty())
            out << "no room in the list\n";
        else
            out << "room " << r.roomSlug << " (by " << toString(r.by) << "), " << r.streams
                << " stream(s)\n";
    }
    if (!m.unusedRooms.isEmpty())
        out << "  rooms of the list no channel took: " << m.unusedRooms.join(QStringLiteral(", "))
            << "\n";
}

// A file, or an http(s) URL fetched through the on-disk cache (revalidated with its ETag; the
// last good copy stands in, with a one-line warning, when the server fails), with the streams
// list the command line or a sources file names.
Expected<LoadedEvent> load(const CatalogOptions& o) {
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                          QStringLiteral("/catalogs");
    auto loaded = loadEvent(o.input, o.streams, cache);
    if (!loaded) return loaded;
    for (const QString& w : loaded->warnings)
        QTextStream(stderr) << "omnikast catalog: "
                            << QString(w).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return loaded;
}

}  // namespace

int runCatalog(const QStringList& args) {
    const QString command = QStringLiteral("catalog");
    auto opts = parseCatalogArgs(args);
    if (!opts) return reportFailure(command, {}, opts.error().message);

    auto loaded = load(*opts);
    if (!loaded) return reportFailure(command, opts->input, loaded.error().message);
    const Catalog* catalog = &loaded->catalog;

    QDateTime at = QDateTime::currentDateTimeUtc();
    if (!opts->at.isEmpty()) {
        auto parsed = parseInstant(opts->at, catalog->event.timeZone);
        if (!parsed)
            return reportFailure(command, opts->input,
                                 QStringLiteral("--at: ") + parsed.error().message);
        at = *parsed;
    }

    QTextStream out(stdout);
    if (opts->json)
        out << QJsonDocument(catalogToJson(*catalog, at)).toJson(QJsonDocument::Indented);
    else
        printText(out, *catalog, at);
    if (!opts->json && loaded->streams) printMatch(out, *loaded->streams);
    out.flush();
    return 0;
}

}  // namespace omk::cli
