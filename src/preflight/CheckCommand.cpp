// `omnikast check`: pre-flights an event's streams and prints one row per stream.
#include "cli/Commands.h"
#include "cli/Progress.h"
#include "preflight/Commands.h"
#include "preflight/EventCheck.h"
#include "preflight/Options.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace omk::preflight {
namespace {

QString rate(qint64 bps) {
    if (bps <= 0) return QStringLiteral("?");
    if (bps >= 1000000) return QStringLiteral("%1 Mb/s").arg(double(bps) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 kb/s").arg(double(bps) / 1e3, 0, 'f', 0);
}

void printTable(QTextStream& out, const EventCheckReport& r) {
    out << "check " << r.input << ": " << r.title << " (" << r.format << "), " << r.streams.size()
        << " streams\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("RESULT"), -6)
               .arg(QStringLiteral("CHANNEL / STREAM"), -28)
               .arg(QStringLiteral("PROJECTION"), -24)
               .arg(QStringLiteral("SIZE"), -10)
               .arg(QStringLiteral("1ST FRAME"), 9)
               .arg(QStringLiteral("BITRATE"), 10)
               .arg(QStringLiteral("SNAPSHOT / REASON"));
    for (const auto& s : r.streams) {
        const QString name =
            (s.target.channelName + QStringLiteral(" / ") + s.target.label).left(28);
        QString projection = omk::toString(s.target.projection);
        if (s.detected.projectionSource != InfoSource::Default)
            projection += QStringLiteral(" (file: %1)").arg(omk::toString(s.detected.projection));
        const QString size =
            s.width > 0 ? QStringLiteral("%1x%2").arg(s.width).arg(s.height) : QStringLiteral("—");
        const QString first = s.firstFrameMs > 0
                                  ? QStringLiteral("%1 ms").arg(s.firstFrameMs, 0, 'f', 0)
                                  : QStringLiteral("—");
        QString last = s.ok ? s.snapshot : s.reason;
        if (!s.warnings.isEmpty())
            last += QStringLiteral(" [") + s.warnings.join(QStringLiteral("; ")) + QLatin1Char(']');
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                   .arg(s.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"), -6)
                   .arg(name, -28)
                   .arg(projection.left(24), -24)
                   .arg(size, -10)
                   .arg(first, 9)
                   .arg(s.ok ? rate(s.bitRate) : QStringLiteral("—"), 10)
                   .arg(last);
    }
    if (!r.snapshotWarning.isEmpty()) out << "  " << r.snapshotWarning << "\n";
    out << (r.passed()
                ? QStringLiteral("PASS: all %1 streams").arg(r.streams.size())
                : QStringLiteral("FAIL: %1 of %2 streams").arg(r.failed()).arg(r.streams.size()))
        << "\n";
}

}  // namespace

int runCheckCommand(const QStringList& args) {
    const QString cmd = QStringLiteral("check");
    if (args.contains(QStringLiteral("--help"))) {
        std::fputs(kCheckUsage, stdout);
        return 0;
    }
    auto opts = parseCheckArgs(args);
    if (!opts) return cli::reportFailure(cmd, {}, opts.error().message);

    std::unique_ptr<cli::Progress> bar;
    auto progress = [&](int done, int total, const StreamResult* last) {
        if (!bar) bar = std::make_unique<cli::Progress>(QStringLiteral("check"), total);
        bar->update(done, last ? last->target.channelName + QStringLiteral(" / ") +
                                     last->target.label +
                                     (last->ok ? QStringLiteral(": ok") : QStringLiteral(": FAIL"))
                               : QString());
    };
    auto report = runEventCheck(*opts, progress);
    bar.reset();
    if (!report) return cli::reportFailure(cmd, opts->input, report.error().message);

    const QByteArray json = QJsonDocument(toJson(*report)).toJson(QJsonDocument::Indented);
    if (!opts->report.isEmpty()) {
        QFile f(opts->report);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return cli::reportFailure(cmd, opts->report, f.errorString());
    }
    QTextStream out(stdout);
    if (opts->json)
        out << json;
    else
        printTable(out, *report);
    out.flush();
    if (report->passed()) return 0;
    QStringList failed;
    for (const auto& s : report->streams)
        if (!s.ok) failed << s.target.url;
    QTextStream(stderr) << "omnikast check: " << opts->input << ": " << report->failed() << " of "
                        << report->streams.size()
                        << " streams failed: " << failed.join(QStringLiteral(", ")) << Qt::endl;
    return 2;
}

}  // namespace omk::preflight
