// `omnikast loadtest`: runs the load-test engine against a server and prints what it found.
#include "cli/Commands.h"
#include "cli/Progress.h"
#include "preflight/Commands.h"
#include "preflight/LoadTest.h"
#include "preflight/Options.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace omk::preflight {
namespace {

QString ms(const Summary& s) {
    if (s.count == 0) return QStringLiteral("—");
    return QStringLiteral("p50 %1 ms  p99 %2 ms  max %3 ms  (n=%4)")
        .arg(s.p50, 0, 'f', 1)
        .arg(s.p99, 0, 'f', 1)
        .arg(s.max, 0, 'f', 1)
        .arg(s.count);
}

void printText(QTextStream& out, const LoadTestOptions& o, const LoadTestReport& r) {
    out << "loadtest " << o.server.toString() << " room " << o.room << ": " << r.clients
        << " clients on " << r.threads << " threads, " << o.chatRate << " msg/s for " << o.durationS
        << " s\n";
    out << "  connected:        " << r.connected << " / " << r.clients << " in " << r.connectS
        << " s\n";
    if (r.leanReceivers > 0)
        out << "  lean receivers:   " << r.leanJoined << " / " << r.leanReceivers << " joined, "
            << r.leanDropped << " failed or dropped\n";
    out << "  sent / acked:     " << r.sent << " / " << r.acked << " (" << r.unacked << " unacked, "
        << r.failedSends << " refused, " << r.duplicateAcks << " resends deduplicated)\n";
    out << "  throughput:       " << QString::number(r.sentPerSecond, 'f', 1) << " msg/s sent, "
        << QString::number(r.deliveredPerSecond, 'f', 0) << " deliveries/s\n";
    out << "  delivery latency: " << ms(r.deliveryMs) << "\n";
    if (r.leanReceivers > 0) out << "  lean latency:     " << ms(r.leanDeliveryMs) << "\n";
    out << "  fan-out (to all): " << ms(r.fanoutMs) << "\n";
    out << "  forced resumes:   " << r.resumed << " / " << r.aborted << " resumed, " << r.resets
        << " not recovered; " << ms(r.resumeMs) << "\n";
    out << "  after resume:     " << r.lost << " lost, " << r.duplicates << " duplicated, "
        << r.replayed << " replayed on resume; " << r.resentMessages
        << " sends resent by a resumed sender (left out of latency)\n";
    if (r.playback)
        out << "  playback sync:    " << ms(r.syncErrorMs) << "; " << r.playbackMismatches
            << " clients on other media\n";
    else
        out << "  playback sync:    not driven (no --token)\n";
    out << "  client CPU:       " << QString::number(r.clientCores, 'f', 2) << " cores\n";
    for (const QString& e : r.errors) out << "  client error:     " << e << "\n";
    if (r.passed())
        out << "PASS\n";
    else
        for (const QString& f : r.failures) out << "FAIL: " << f << "\n";
}

}  // namespace

int runLoadTestCommand(const QStringList& args) {
    const QString cmd = QStringLiteral("loadtest");
    if (args.contains(QStringLiteral("--help"))) {
        std::fputs(kLoadTestUsage, stdout);
        return 0;
    }
    auto opts = parseLoadTestArgs(args);
    if (!opts) return cli::reportFailure(cmd, {}, opts.error().message);

    std::unique_ptr<cli::Progress> bar;
    QString current;
    auto progress = [&](const QString& phase, double done, double total) {
        if (phase != current) {
            bar.reset();
            current = phase;
            if (phase == QLatin1String("done")) return;
            bar = std::make_unique<cli::Progress>(QStringLiteral("loadtest: ") + phase, total);
        }
        if (bar) bar->update(done);
    };
    auto report = runLoadTest(opts->run, progress);
    bar.reset();
    if (!report)
        return cli::reportFailure(cmd, opts->run.server.toString(), report.error().message);

    QTextStream out(stdout);
    if (opts->json)
        out << QJsonDocument(toJson(*report)).toJson(QJsonDocument::Indented);
    else
        printText(out, opts->run, *report);
    out.flush();
    if (report->passed()) return 0;
    if (!opts->json)
        QTextStream(stderr) << "omnikast loadtest: " << opts->run.server.toString() << ": "
                            << report->failures.join(QStringLiteral("; ")) << Qt::endl;
    return 2;
}

}  // namespace omk::preflight
