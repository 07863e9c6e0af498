// omnikast: the viewer window, or one of the headless commands (probe, snapshot, bench, catalog,
// record, replay, check, loadtest).
#include "cli/CliOptions.h"
#include "cli/Commands.h"
#include "core/LogFile.h"
#include "core/SocketEventLoop.h"
#include "media/DemoClip.h"
#include "media/FfmpegLog.h"
#include "preflight/Commands.h"
#include "replay/Commands.h"
#include "ui/ActionTable.h"
#include "ui/AppSettings.h"
#include "ui/DeepLink.h"
#include "ui/DemoServer.h"
#include "ui/EventSource.h"
#include "ui/LanguageController.h"
#include "ui/MeasureRun.h"
#include "xrcli/Commands.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <optional>

Q_IMPORT_QML_PLUGIN(OmnikastPlugin)

namespace {

constexpr const char* kUsage =
    "Usage:\n"
    "  omnikast [FILE_OR_URL] [--projection P] [--stereo S]   open the viewer (no input: the "
    "demo)\n"
    "  omnikast EVENT_FILE|URL        open an event (.json/.xml catalog): channel tabs, schedule\n"
    "  omnikast https://HOST/EVENT | dreamkast:HOST/ABBR   open an event by its page address\n"
    "                                (Dreamkast's API on that host, or a Pretalx event's export)\n"
    "    [--streams STREAMS_FILE|URL]   its rooms' streams from a list published apart (the C3VOC\n"
    "                                streaming API's streams/v2.json; docs/CATALOG-FORMAT.md)\n"
    "  omnikast omnikast://HOST[:PORT]/event/CHANNEL[?t=SECONDS]   open a channel of the event\n"
    "                                served by the omnikast-server at HOST:PORT\n"
    "  omnikast omnikast://HOST[:PORT]/room/ROOM?invite=INVITE     join that server's watch\n"
    "                                party (docs/USER-GUIDE.md, Watching together)\n"
    "  omnikast --last                the event opened last time (Reopen last event)\n"
    "  omnikast [FILE_OR_URL|EVENT] --xr   the viewer with the stream in a VR headset at once,\n"
    "                                the window mirroring one eye (see docs/XR.md)\n"
    "  omnikast [FILE_OR_URL|EVENT] --quit-after first-frame|schedule|switch   a measurement\n"
    "                                for testers: one JSON line (ms since start) and exit\n"
    "  omnikast --demo-event          a generated two-channel demo event, served by an\n"
    "                                omnikast-server started on loopback (you moderate its rooms)\n"
    "    [--server ws://HOST:PORT/ws] [--token INVITE]   the event's chat server (default: the\n"
    "                                server the catalog came from) and a moderator's invite\n"
    "  omnikast probe INPUT [--json] [--projection P] [--stereo S]\n"
    "  omnikast snapshot INPUT -o OUT.png [--at SECONDS] [--yaw DEG] [--pitch DEG] [--roll DEG]\n"
    "                    [--fov DEG] [--size WxH] [--eye left|right] [--projection P] [--stereo "
    "S]\n"
    "  omnikast bench INPUT [--size WxH] [--frames N] [--json] [--sampling auto|shader|cpu]\n"
    "  omnikast catalog EVENT_FILE|URL [--json] [--at ISO_INSTANT]   channels, now/next, days\n"
    "                  [--streams STREAMS_FILE|URL]   and how the rooms of a streams list match\n"
    "  omnikast xr INPUT [--frames N] [--seconds S] [--json]   INPUT in a headset through the\n"
    "                                OpenXR runtime, no window (see docs/XR.md)\n"
    "                    [--snapshot-eyes DIR] [--layer projection|equirect2]\n"
    "  omnikast xr-check [--frames N] [--snapshot-eyes DIR] [--json] [--layer L]   the demo in\n"
    "                    a headset on the active runtime: states, eye sizes, frame timings\n"
    "  omnikast record --server URL --room R [--duration D] -o FILE [--name N] [--token T]\n"
    "  omnikast replay FILE --headless [--speed 1|max] [--camera PATH.json]\n"
    "                  [--snapshots DIR --every SECONDS] [--fps N] [--size WxH]\n"
    "                  --report REPORT.json\n"
    "  omnikast check EVENT_URL_OR_FILE [--report REPORT.json] [--json] [--snapshots DIR]\n"
    "                 [--timeout S] [--jobs N] [--streams STREAMS_FILE|URL]\n"
    "  omnikast loadtest --server URL --room R --clients N [--duration D] [--chat-rate M]\n"
    "                    [--disconnect-fraction F] [--token T] [--lean-receivers L]\n"
    "                    [--max-p99-ms MS] [--json]\n"
    "  (each: --help for details and exit codes; long runs show a progress bar on a\n"
    "  terminal and plain lines otherwise)\n"
    "  omnikast --version | --help\n"
    "\n"
    "P: equirect | equirect180 | cubemap | eac | flat    S: mono | top-bottom | side-by-side\n";
// After the key list, which comes from the window's action table (ui/ActionTable).
constexpr const char* kUsageEnd =
    "Mouse: drag looks around, the wheel zooms, a double click toggles fullscreen;\n"
    "       Tab / Shift+Tab move between the controls\n"
    "Settings: ~/.config/Omnikast/omnikast.conf   Log: $XDG_STATE_HOME/omnikast/omnikast.log\n"
    "          (default ~/.local/state/omnikast/; rotated at 1 MiB, 3 old files kept)\n";

bool isHelpOrVersion(int argc, char** argv) {
    return argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
                         std::strcmp(argv[1], "--version") == 0);
}

bool isHeadlessCommand(int argc, char** argv) {
    if (argc < 2) return false;
    for (const char* c : {"probe", "snapshot", "bench", "catalog", "xr", "xr-check", "record",
                          "replay", "check", "loadtest"})
        if (std::strcmp(argv[1], c) == 0) return true;
    return false;
}

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Omnikast"));
    QCoreApplication::setApplicationName(QStringLiteral("omnikast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIKAST_VERSION));
}

// Started first thing in main(): `--quit-after` reports its milestones from here.
QElapsedTimer g_sinceMain;

int runViewer(int argc, char** argv) {
    // Our renderer is OpenGL; Qt Quick must draw with the same API.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    QGuiApplication app(argc, argv);
    setIdentity();
    // Ties the window to org.omnikast.Omnikast.desktop (its icon, and the app id on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.omnikast.Omnikast"));
    // The language chosen last time, before any QML exists, so the first frame is in it.
    omk::ui::LanguageController::applySaved();
    // Every message also goes to the rotated log file; stderr still gets them as before.
    omk::LogFile logFile({omk::LogFile::defaultPath(QStringLiteral("omnikast.log"))});
    omk::LogFile::install(&logFile);  // until logFile goes, after the engine

    QStringList args = app.arguments().mid(1);
    // --demo-event is the viewer's own flag, not a play option.
    const bool demoEvent = args.removeAll(QStringLiteral("--demo-event")) > 0;
    // --xr: VR starts as soon as the window is up; without a runtime the window says why.
    const bool startVr = args.removeAll(QStringLiteral("--xr")) > 0;
    // --last: the event remembered from last time, on its channel, as if it had been given.
    QString lastChannel;
    if (args.removeAll(QStringLiteral("--last")) > 0) {
        const QString last = omk::ui::AppSettings::instance()->lastEvent();
        lastChannel = omk::ui::AppSettings::instance()->lastChannel();
        if (last.isEmpty())
            return omk::cli::reportFailure(QStringLiteral("last"), {},
                                           QStringLiteral("no event has been opened yet"));
        args.prepend(last);
        const QString streams = omk::ui::AppSettings::instance()->lastEventStreams();
        if (!streams.isEmpty() && !args.contains(QStringLiteral("--streams")))
            args << QStringLiteral("--streams") << streams;
    }
    // The room server and a moderator's invite are the viewer's too.
    // So is a schedule's streams list.
    QString roomServer, roomToken = qEnvironmentVariable("OMNIKAST_TOKEN"), streamsList;
    for (const QString& flag :
         {QStringLiteral("--server"), QStringLiteral("--token"), QStringLiteral("--streams")}) {
        const qsizetype i = args.indexOf(flag);
        if (i < 0) continue;
        if (i + 1 >= args.size())
            return omk::cli::reportFailure(QStringLiteral("play"), {}, flag + " needs a value");
        (flag == QLatin1String("--server")  ? roomServer
         : flag == QLatin1String("--token") ? roomToken
                                            : streamsList) = args.at(i + 1);
        args.remove(i, 2);
    }
    // --quit-after MILESTONE: a tester's measurement (bench/startup.sh); prints it and quits.
    std::optional<omk::ui::MeasureRun::Milestone> quitAfter;
    if (const qsizetype i = args.indexOf(QStringLiteral("--quit-after")); i >= 0) {
        if (i + 1 >= args.size())
            return omk::cli::reportFailure(QStringLiteral("play"), {},
                                           QStringLiteral("--quit-after needs a value"));
        auto milestone = omk::ui::MeasureRun::parse(args.at(i + 1));
        if (!milestone)
            return omk::cli::reportFailure(QStringLiteral("play"), {}, milestone.error().message);
        quitAfter = *milestone;
        args.remove(i, 2);
    }
    auto opts = omk::cli::parsePlayArgs(args);
    if (!opts) return omk::cli::reportFailure(QStringLiteral("play"), {}, opts.error().message);

    QString input = opts->input;
    bool isDemo = false;
    QString eventSource;
    // The demo event comes from a real omnikast-server, a child process on loopback.
    std::unique_ptr<omk::ui::DemoServer> demoServer;
    // An omnikast:// link (from the desktop's scheme handler): that server's event, on the
    // link's channel.
    QString initialChannel;
    double startTime = 0;
    QString signInLink;  // the sign-in mail's link: the server's event, then signed in
    QString partyLink;   // a watch party's link: the server's event, in the party
    if (omk::ui::isDeepLink(input)) {
        auto link = omk::ui::parseDeepLink(input);
        if (!link) return omk::cli::reportFailure(QStringLiteral("link"), {}, link.error().message);
        eventSource = link->catalogUrl;
        initialChannel = link->channelId;
        startTime = link->startSeconds.value_or(0.0);
        if (link->isSignIn()) signInLink = input;
        if (link->isParty()) partyLink = input;
    } else if (input.isEmpty()) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(cache);
        QTextStream(stderr) << "omnikast: preparing the demo clip in " << cache << Qt::endl;
        auto demo = omk::media::ensureDemoClip(cache);
        if (!demo)
            return omk::cli::reportFailure(QStringLiteral("demo"), cache, demo.error().message);
        input = *demo;
        isDemo = true;
        if (demoEvent) {
            auto event = omk::ui::writeDemoEvent(cache, *demo, QDateTime::currentDateTimeUtc());
            if (!event)
                return omk::cli::reportFailure(QStringLiteral("demo"), cache,
                                               event.error().message);
            auto server = omk::ui::DemoServer::start(*event, cache);
            if (!server)
                return omk::cli::reportFailure(QStringLiteral("demo"), *event,
                                               server.error().message);
            demoServer = std::move(*server);
            eventSource = demoServer->catalogUrl();
            // The person who started the demo runs its rooms: an admin invite for every room,
            // so the moderator tools can be tried at once.
            if (roomToken.isEmpty()) {
                const QString user = qEnvironmentVariable("USER");
                const QString name =
                    user.isEmpty() || user == QLatin1String("root") ? QStringLiteral("Host") : user;
                auto token = demoServer->invite(QStringLiteral("admin"), QStringLiteral("*"), name,
                                                QStringLiteral("24h"));
                if (token)
                    roomToken = *token;
                else
                    QTextStream(stderr) << "omnikast: " << token.error().message << Qt::endl;
            }
            QTextStream(stderr) << "omnikast: demo event served by omnikast-server at "
                                << eventSource << Qt::endl;
        }
    } else if (omk::ui::isEventSource(input)) {
        eventSource = input;
        initialChannel = lastChannel;
    }
    if (!streamsList.isEmpty() && (eventSource.isEmpty() || demoEvent))
        return omk::cli::reportFailure(
            QStringLiteral("play"), streamsList,
            QStringLiteral("--streams goes with an event's schedule (omnikast SCHEDULE --streams "
                           "STREAMS)"));
    // In event mode the player plays the selected channel's stream, not the input.
    if (!eventSource.isEmpty()) input.clear();
    if (roomServer.isEmpty()) roomServer = omk::ui::roomServerFor(eventSource);

    // Declared before the engine, so it outlives the window whose render thread calls it.
    std::unique_ptr<omk::ui::MeasureRun> measure;
    QQmlApplicationEngine engine;
    QVariantMap initial{{QStringLiteral("source"), input},
                        {QStringLiteral("loop"), isDemo},
                        {QStringLiteral("eventSource"), eventSource},
                        {QStringLiteral("eventStreams"), streamsList},
                        {QStringLiteral("initialChannel"), initialChannel},
                        {QStringLiteral("roomServer"), roomServer},
                        {QStringLiteral("roomToken"), roomToken},
                        {QStringLiteral("signInLink"), signInLink},
                        {QStringLiteral("partyLink"), partyLink},
                        {QStringLiteral("startTime"), startTime},
                        {QStringLiteral("startVr"), startVr},
                        // The loopback demo's URL changes every run: not worth reopening.
                        {QStringLiteral("rememberEvent"), !demoEvent}};
    if (opts->override.projection)
        initial.insert(QStringLiteral("projectionOverride"),
                       omk::toString(*opts->override.projection));
    if (opts->override.stereo)
        initial.insert(QStringLiteral("stereoOverride"), omk::toString(*opts->override.stereo));
    engine.setInitialProperties(initial);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(2); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return omk::cli::reportFailure(QStringLiteral("play"), input,
                                       QStringLiteral("the user interface failed to load"));
    if (quitAfter)
        measure = std::make_unique<omk::ui::MeasureRun>(
            *quitAfter, qobject_cast<QQuickWindow*>(engine.rootObjects().first()), g_sinceMain);
    return app.exec();
}

}  // namespace

int main(int argc, char** argv) {
    g_sinceMain.start();
    omk::media::routeFfmpegLogsToQt();
    if (isHelpOrVersion(argc, argv)) {
        if (std::strcmp(argv[1], "--version") == 0)
            std::fputs("omnikast " OMNIKAST_VERSION "\n", stdout);
        else {
            std::fputs(kUsage, stdout);
            std::fputs(omk::ui::keyHelpText().toUtf8().constData(), stdout);
            std::fputs(kUsageEnd, stdout);
        }
        return 0;
    }
    // Headless commands must run with no display at all: no QGuiApplication but an offscreen one.
    if (isHeadlessCommand(argc, argv)) {
        // xr-check may have to make the demo clip, whose labels need Qt's font database: a
        // QGuiApplication on the offscreen platform, which still needs no display.
        const bool needsFonts = std::strcmp(argv[1], "xr-check") == 0;
        // A load test holds a socket per client (core/SocketEventLoop.h).
        if (std::strcmp(argv[1], "loadtest") == 0) omk::core::preferPollEventLoop();
        if (needsFonts) qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> application;
        if (needsFonts) {
            // Starting a platform warns of a missing XDG_RUNTIME_DIR where there is no login
            // session (CI): not the command's one line to say.
            const QtMessageHandler previous =
                qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
            application = std::make_unique<QGuiApplication>(argc, argv);
            qInstallMessageHandler(previous);
        } else
            application = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication& app = *application;
        setIdentity();
        // Scripts read stderr: a failure is one line from the command itself, nothing else.
        // QT_LOGGING_RULES still turns the libraries' logs back on for debugging.
        QLoggingCategory::setFilterRules(QStringLiteral("omnikast.*=false"));
        const QStringList arguments = app.arguments();
        for (auto run : {&omk::cli::runHeadlessCommand, &omk::xrcli::runCommand,
                         &omk::replay::runCommand, &omk::preflight::runCommand}) {
            const int rc = run(arguments);
            if (rc >= 0) return rc;
        }
        return omk::cli::reportFailure(arguments.at(1), {}, QStringLiteral("not available"));
    }
    // A malformed omnikast:// link fails like a headless command: one line, no display needed.
    if (argc >= 2 && omk::ui::isDeepLink(QString::fromLocal8Bit(argv[1]))) {
        auto link = omk::ui::parseDeepLink(QString::fromLocal8Bit(argv[1]));
        if (!link) return omk::cli::reportFailure(QStringLiteral("link"), {}, link.error().message);
    }
    // --xr opens the window in VR (runViewer). With no display for the window there is nothing
    // to open it on: one line on stderr says whether VR could run, as a headless command would.
    const bool haveDisplay = qEnvironmentVariableIsSet("DISPLAY") ||
                             qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
                             qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    for (int i = 1; i < argc && !haveDisplay; ++i)
        if (std::strcmp(argv[i], "--xr") == 0) return omk::xrcli::runXrFlag();
    return runViewer(argc, argv);
}
