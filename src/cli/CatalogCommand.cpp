// `omnikast catalog EVENT_FILE|URL [--json] [--at ISO_INSTANT]`: what an event offers — channels
// with now/next, sessions per day — as text for people or, with --json, the whole model.
#include "catalog/CatalogJson.h"
#include "catalog/HttpCatalogSource.h"
#include "catalog/Importer.h"
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
    bool json = false;
    QString at;  // empty: now
};

Expected<CatalogOptions> parseCatalogArgs(const QStringList& args) {
    CatalogOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            o.json = true;
        } else if (arg == QLatin1String("--at")) {
            if (i + 1 >= args.size()) return fail(QStringLiteral("option --at needs a value"));
            o.at = args.at(++i);
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

// A file, or an http(s) URL fetched through the on-disk cache (revalidated with its ETag; the
// last good copy stands in, with a one-line warning, when the server fails).
Expected<Catalog> load(const QString& input) {
    if (!input.startsWith(QLatin1String("http://")) && !input.startsWith(QLatin1String("https://")))
        return importCatalogFile(input);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                          QStringLiteral("/catalogs");
    auto fetched = HttpCatalogSource(QUrl(input), cache).fetch();
    if (!fetched) return fetched.unexpected();
    if (fetched->from == HttpFetchResult::From::CacheAfterFailure)
        QTextStream(stderr)
            << "omnikast catalog: " << input << ": using the cached copy: "
            << QString(fetched->warning).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return std::move(fetched->catalog);
}

}  // namespace

int runCatalog(const QStringList& args) {
    const QString command = QStringLiteral("catalog");
    auto opts = parseCatalogArgs(args);
    if (!opts) return reportFailure(command, {}, opts.error().message);

    auto catalog = load(opts->input);
    if (!catalog) return reportFailure(command, opts->input, catalog.error().message);

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
    out.flush();
    return 0;
}

}  // namespace omk::cli
