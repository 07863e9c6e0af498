#include "replay/Commands.h"

#include "cli/Commands.h"
#include "cli/Progress.h"
#include "replay/CatalogFetch.h"
#include "replay/Options.h"
#include "replay/Recorder.h"
#include "replay/Recording.h"
#include "replay/Replayer.h"
#include "room/RoomConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace omk::replay {

namespace {

constexpr int kExitConnection = 2;    // record: the server could not be reached or refused us
constexpr int kExitReplayErrors = 3;  // replay: finished, but the report lists errors
constexpr int kJoinTimeoutMs = 15000;

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

int runRecord(const QStringList& args) {
    const QString cmd = QStringLiteral("record");
    auto opts = parseRecordArgs(args);
    if (!opts) return cli::reportFailure(cmd, {}, opts.error().message);

    room::RoomConnectionConfig config;
    config.url = opts->url;
    config.room = opts->room;
    config.token = opts->token;
    config.guestName = opts->token.isEmpty() ? opts->guestName : QString();
    room::RoomConnection connection(config);
    Recorder recorder(&connection);
    if (auto started = recorder.start(opts->output, opts->server); !started)
        return cli::reportFailure(cmd, {}, started.error().message);

    // Asked for beside the join; a recording without it is still a recording, and the summary
    // says why it has none.
    QNetworkAccessManager network;
    QString catalogError = QStringLiteral("the recording ended before the catalog arrived");
    fetchCatalog(network, catalogUrlFor(opts->url), [&](Expected<QJsonObject> catalog) {
        if (!catalog) {
            catalogError = catalog.error().message;
            return;
        }
        recorder.recordCatalog(*catalog);
        catalogError.clear();
    });

    g_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    QEventLoop loop;
    QString failure;
    bool joined = false;
    QElapsedTimer sinceStart;
    sinceStart.start();
    cli::Progress progress(QStringLiteral("record"), opts->duration, opts->progress);
    QObject::connect(&connection, &room::RoomConnection::stateChanged,
                     [&](room::RoomConnection::State s) {
                         if (s == room::RoomConnection::State::Connected) joined = true;
                     });
    QObject::connect(&connection, &room::RoomConnection::errorOccurred,
                     [&](const QString& message) {
                         // A refused sign-in or an abuse close stops the connection for good.
                         if (connection.state() == room::RoomConnection::State::Offline) {
                             failure = message;
                             loop.quit();
                         }
                     });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const double seconds = double(sinceStart.elapsed()) / 1000.0;
        progress.update(seconds, QStringLiteral("%1 events").arg(recorder.eventCount()));
        if (g_interrupted.load() || (opts->duration > 0 && seconds >= opts->duration)) loop.quit();
        if (!joined && sinceStart.elapsed() > kJoinTimeoutMs) {
            failure = QStringLiteral("could not join room %1 within %2 s")
                          .arg(opts->room)
                          .arg(kJoinTimeoutMs / 1000);
            loop.quit();
        }
    });
    poll.start(100);
    connection.start();
    loop.exec();
    poll.stop();
    // Only a joined session is closed politely: a socket still connecting cannot carry a close
    // frame (Qt would say so on stderr); the connection's destructor drops it instead.
    if (connection.state() == room::RoomConnection::State::Connected) connection.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    progress.finish(QStringLiteral("%1 events").arg(recorder.eventCount()));

    if (!joined && failure.isEmpty())
        failure = QStringLiteral("never joined room %1 (is the server running?)").arg(opts->room);
    const auto finished = recorder.finish();
    if (!failure.isEmpty()) {
        cli::reportFailure(cmd, opts->url.toString(), failure);
        return kExitConnection;
    }
    if (!finished) return cli::reportFailure(cmd, {}, finished.error().message);
    if (!catalogError.isEmpty()) {
        // Not a failure of the recording: said once, on stderr, so a tester knows replay will
        // take projections from the files alone.
        QTextStream(stderr) << "omnikast record: no catalog recorded: " << catalogError << '\n';
    }
    if (opts->json) {
        QJsonObject o{{QStringLiteral("output"), opts->output},
                      {QStringLiteral("room"), opts->room},
                      {QStringLiteral("events"), recorder.eventCount()},
                      {QStringLiteral("resets"), recorder.resetCount()},
                      {QStringLiteral("duration_ms"), recorder.elapsedMs()},
                      {QStringLiteral("streams"), QJsonArray::fromStringList(recorder.streams())},
                      {QStringLiteral("catalog"), recorder.hasCatalog()}};
        if (!catalogError.isEmpty()) o.insert(QStringLiteral("catalog_error"), catalogError);
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    return 0;
}

int runReplay(const QStringList& args) {
    const QString cmd = QStringLiteral("replay");
    auto opts = parseReplayArgs(args);
    if (!opts) return cli::reportFailure(cmd, {}, opts.error().message);

    CameraPath camera;
    if (!opts->camera.isEmpty()) {
        auto loaded = CameraPath::load(opts->camera);
        if (!loaded) return cli::reportFailure(cmd, {}, loaded.error().message);
        camera = std::move(*loaded);
    }
    qint64 line = 0;
    auto recording = readRecording(opts->recording, &line);
    if (!recording)
        return cli::reportFailure(
            cmd,
            line > 0 ? QStringLiteral("%1:%2").arg(opts->recording).arg(line) : opts->recording,
            recording.error().message);

    ReplayReport report;
    {
        cli::Progress progress(QStringLiteral("replay"), double(recording->durationMs) / 1000.0,
                               opts->progress);
        Replayer replayer(*recording, *opts, camera);
        report = replayer.run([&](double seconds, const ReplayReport& r) {
            progress.update(seconds, QStringLiteral("%1 frames, %2 chat events")
                                         .arg(r.framesRendered)
                                         .arg(r.chatEventsApplied));
        });
        progress.finish(QStringLiteral("%1 frames, %2 chat events")
                            .arg(report.framesRendered)
                            .arg(report.chatEventsApplied));
    }

    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    QFile out(opts->report);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size())
        return cli::reportFailure(cmd, opts->report, out.errorString());
    out.close();
    if (opts->json) QTextStream(stdout) << json;
    if (!report.errors.isEmpty()) {
        // The first error names what went wrong; the report has them all.
        cli::reportFailure(cmd, opts->recording,
                           QStringLiteral("%1 error(s), first: %2")
                               .arg(report.errors.size())
                               .arg(report.errors.first().message));
        return kExitReplayErrors;
    }
    return 0;
}

}  // namespace

constexpr const char* kRecordUsage =
    "Usage: omnikast record --server URL --room R [--duration D] -o FILE [--name GUEST]\n"
    "                       [--token INVITE] [--json] [--no-progress]\n"
    "  Records room R's event log with its timing (docs/RECORDING.md) until D (e.g. 90s, 5m)\n"
    "  has passed or SIGINT/SIGTERM; URL is ws://HOST:PORT/ws or http://HOST:PORT.\n"
    "  Exit: 0 recorded; 1 bad arguments or the file cannot be written; 2 the room could not\n"
    "        be joined (the file is still a valid, empty recording).\n";

constexpr const char* kReplayUsage =
    "Usage: omnikast replay FILE --headless --report REPORT.json [--speed 1|max]\n"
    "                       [--camera PATH.json] [--snapshots DIR --every SECONDS]\n"
    "                       [--fps N] [--size WxH] [--json] [--no-progress]\n"
    "  Replays a recording with no window (EGL): chat, playback sync, decoding and rendering\n"
    "  from a keyframed camera path on a virtual clock; the report hashes every frame, so two\n"
    "  reports of the same recording and options differ only in their timing fields.\n"
    "  Exit: 0 replayed; 1 bad arguments or a damaged recording (FILE:LINE: reason);\n"
    "        3 replayed to the end, but the report lists errors (e.g. missing media).\n";

bool wantsHelp(const QStringList& args) {
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

int runCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return -1;
    const QString command = arguments.at(1);
    if ((command == QLatin1String("record") || command == QLatin1String("replay")) &&
        wantsHelp(arguments.mid(2))) {
        QTextStream(stdout) << (command == QLatin1String("record") ? kRecordUsage : kReplayUsage);
        return 0;
    }
    if (command == QLatin1String("record")) return runRecord(arguments.mid(2));
    if (command == QLatin1String("replay")) return runReplay(arguments.mid(2));
    return -1;
}

}  // namespace omk::replay
