#include "preflight/EventCheck.h"

#include "catalog/EventSources.h"
#include "cli/CliOptions.h"
#include "cli/HeadlessView.h"
#include "preflight/Log.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

#include <chrono>
#include <memory>
#include <thread>

namespace omk::preflight {

namespace {

using namespace std::chrono_literals;

// After an abort FFmpeg's I/O returns at its next interrupt check; a thread that still has not
// finished by then is stuck outside I/O and is left behind rather than hanging the check.
constexpr auto kAbortGrace = 5s;
constexpr auto kPoll = 20ms;

// The event as the viewer loads it (catalog::loadEvent): a catalog or a sources file, with the
// rooms' streams list where one is named.
Expected<catalog::Catalog> loadCatalog(const CheckOptions& o) {
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                          QStringLiteral("/catalogs");
    auto loaded = catalog::loadEvent(o.input, o.streams, cache);
    if (!loaded) return loaded.unexpected();
    for (const QString& w : loaded->warnings) qCWarning(lcPreflight).noquote() << w;
    return std::move(loaded->catalog);
}

std::vector<StreamTarget> targetsOf(const catalog::Catalog& c) {
    std::vector<StreamTarget> out;
    for (const auto& ch : c.channels) {
        for (qsizetype i = 0; i < ch.streams.size(); ++i) {
            const auto& s = ch.streams.at(i);
            StreamTarget t;
            t.channelId = ch.id;
            t.channelName = ch.name;
            t.label =
                !s.label.isEmpty() ? s.label : QStringLiteral("%1 #%2").arg(s.protocol).arg(i + 1);
            t.url = s.url;
            t.protocol = s.protocol;
            t.projection = s.projection;
            t.stereo = s.stereo;
            out.push_back(t);
        }
    }
    return out;
}

struct Job {
    StreamTarget target;
    std::atomic<bool> abort{false};
    std::atomic<int> stage{int(CheckStage::Open)};
    std::atomic<bool> finished{false};
    StreamResult result;  // written by the job's thread before `finished`
    std::thread thread;
    std::chrono::steady_clock::time_point started;
    std::optional<CheckStage> timedOutIn;
};

// What the viewer would do: the catalog's projection and stereo unless the file declares its own.
SphericalInfo viewInfo(const StreamResult& r) {
    SphericalInfo info = r.detected;
    if (info.projectionSource == InfoSource::Default) info.projection = r.target.projection;
    if (info.stereoSource == InfoSource::Default) info.stereo = r.target.stereo;
    return info;
}

QString fileNameFor(int index, const StreamTarget& t) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString name = t.channelId;
    name.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1-%2.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name);
}

}  // namespace

int EventCheckReport::failed() const {
    int n = 0;
    for (const auto& s : streams)
        if (!s.ok) ++n;
    return n;
}

omk::Expected<EventCheckReport> runEventCheck(const CheckOptions& o, const CheckProgress& progress,
                                              QSize snapshotSize) {
    auto catalog = loadCatalog(o);
    if (!catalog) return catalog.unexpected();
    const auto targets = targetsOf(*catalog);
    if (targets.empty()) return fail(QStringLiteral("the event lists no streams"));

    EventCheckReport report;
    report.input = o.input;
    report.title = catalog->event.title;
    report.format = catalog::toString(catalog->format);
    report.streams.resize(targets.size());

    const int timeoutMs = int(o.timeoutS * 1000);
    const auto timeout = std::chrono::milliseconds(timeoutMs);
    std::vector<std::shared_ptr<Job>> running;
    std::size_t next = 0;
    int done = 0;
    const int total = int(targets.size());
    std::vector<std::size_t> indexOf;  // running[i] checks targets[indexOf[i]]
    // abandoned: the job's thread may still write its result, so it is not read.
    auto finish = [&](std::size_t slot, bool abandoned) {
        auto job = running[slot];
        StreamResult r = abandoned ? StreamResult{} : std::move(job->result);
        if (job->timedOutIn) {
            r.ok = false;
            r.stage = *job->timedOutIn;
            r.reason = QStringLiteral("%1: timed out after %2 s while in %3")
                           .arg(job->target.url)
                           .arg(o.timeoutS)
                           .arg(toString(*job->timedOutIn));
            r.frame.reset();
        }
        r.target = job->target;
        const std::size_t target = indexOf[slot];
        report.streams[target] = std::move(r);
        running.erase(running.begin() + qsizetype(slot));
        indexOf.erase(indexOf.begin() + qsizetype(slot));
        ++done;
        if (progress) progress(done, total, &report.streams[target]);
    };
    while (done < total) {
        while (next < targets.size() && int(running.size()) < o.jobs) {
            auto job = std::make_shared<Job>();
            job->target = targets[next];
            job->started = std::chrono::steady_clock::now();
            job->thread = std::thread([job, timeoutMs] {
                job->result = checkStream(job->target, timeoutMs, &job->abort, &job->stage);
                job->finished.store(true);
            });
            running.push_back(job);
            indexOf.push_back(next);
            ++next;
        }
        std::this_thread::sleep_for(kPoll);
        for (std::size_t i = 0; i < running.size();) {
            auto& job = *running[i];
            const auto elapsed = std::chrono::steady_clock::now() - job.started;
            if (job.finished.load()) {
                job.thread.join();
                finish(i, false);
                continue;
            }
            if (!job.timedOutIn && elapsed > timeout) {
                job.timedOutIn = CheckStage(job.stage.load());
                job.abort.store(true);
            }
            if (job.timedOutIn && elapsed > timeout + kAbortGrace) {
                qCWarning(lcPreflight).noquote() << job.target.url << "did not stop; left behind";
                job.thread.detach();  // the job's state is shared with the thread, not freed
                finish(i, true);
                continue;
            }
            ++i;
        }
    }

    // Snapshots: one headless renderer for all, on this thread.
    report.snapshotDir =
        !o.snapshots.isEmpty()
            ? o.snapshots
            : QDir::temp().filePath(QStringLiteral("omnikast-check-%1")
                                        .arg(QDateTime::currentDateTimeUtc().toString(
                                            QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QDir().mkpath(report.snapshotDir))
        return fail(
            QStringLiteral("%1: cannot create the snapshot directory").arg(report.snapshotDir));
    std::unique_ptr<cli::HeadlessView> view;
    for (std::size_t i = 0; i < report.streams.size(); ++i) {
        StreamResult& r = report.streams[i];
        if (!r.ok || !r.frame) continue;
        if (!view && report.snapshotWarning.isEmpty()) {
            auto created = cli::HeadlessView::create(snapshotSize);
            if (!created)
                report.snapshotWarning =
                    QStringLiteral("no snapshots: %1").arg(created.error().message);
            else
                view = std::move(*created);
        }
        if (!view) {
            r.warnings.append(report.snapshotWarning);
            continue;
        }
        view->setSpherical(viewInfo(r));
        if (auto up = view->upload(r.frame->frame.get()); !up) {
            r.ok = false;
            r.reason = QStringLiteral("%1: the first frame cannot be drawn: %2")
                           .arg(r.target.url, up.error().message);
            continue;
        }
        view->render(ViewParams{});
        const QString path = QDir(report.snapshotDir).filePath(fileNameFor(int(i), r.target));
        QImageWriter writer(path, "png");
        if (!writer.write(view->readImage())) {
            r.warnings.append(QStringLiteral("snapshot not saved: %1").arg(writer.errorString()));
            continue;
        }
        r.snapshot = path;
        r.stage = CheckStage::Done;
        r.frame.reset();
    }
    return report;
}

QJsonObject toJson(const EventCheckReport& r) {
    QJsonArray streams;
    for (const auto& s : r.streams) streams.append(toJson(s));
    QJsonArray failed;
    for (const auto& s : r.streams)
        if (!s.ok) failed.append(s.target.url);
    return {{QStringLiteral("input"), r.input},
            {QStringLiteral("event"), r.title},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("passed"), r.passed()},
            {QStringLiteral("streams_total"), int(r.streams.size())},
            {QStringLiteral("streams_failed"), r.failed()},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("snapshot_dir"), r.snapshotDir},
            {QStringLiteral("snapshot_warning"), r.snapshotWarning},
            {QStringLiteral("streams"), streams}};
}

}  // namespace omk::preflight
