// `omnikast xr INPUT`: a headset session with no window and no display server (OpenGL through
// XR_MNDX_egl_enable), the input decoded by the media engine and drawn per eye by the sphere
// renderer, then a clean exit through the runtime's states, and a summary.
#include "cli/CliOptions.h"
#include "cli/Commands.h"
#include "cli/OpenPlayer.h"
#include "media/Player.h"
#include "render/SphereRenderer.h"
#include "xr/EglGraphicsPlugin.h"
#include "xr/RuntimeProbe.h"
#include "xr/SessionRun.h"
#include "xr/XrProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace omk::cli {
namespace {

constexpr const char* kXrUsage =
    "Usage: omnikast xr INPUT [--frames N] [--seconds S] [--snapshot-eyes DIR] [--json]\n"
    "                         [--projection P] [--stereo S]\n"
    "Runs INPUT in a headset through the active OpenXR runtime (XR_RUNTIME_JSON, else the\n"
    "system's active_runtime.json) with no window: the session goes to focused, N frames\n"
    "(default 120) are submitted, then the session exits through stopping and exiting.\n"
    "  --frames N    frames to submit with a projection layer before exiting\n"
    "  --seconds S   exit after S seconds even if fewer frames were submitted\n"
    "  --snapshot-eyes DIR   save what each eye showed in the last frame as DIR/left.png and\n"
    "                DIR/right.png\n"
    "  --json        the summary as JSON\n"
    "  --projection P, --stereo S   override what the file says (as for the window); with\n"
    "                stereo, each eye shows its own half\n"
    "Prints the runtime, the headset, the states visited in order, the frames submitted, each\n"
    "eye's swapchain size and the program's work per frame (xrWaitFrame returning to xrEndFrame\n"
    "returning, both eyes drawn).\n"
    "Exit codes: 0 the session ran and exited cleanly; 1 bad arguments, unreadable input, VR\n"
    "unavailable (one line on stderr says why), or the session failed (the summary says how).\n";

QString sizeText(QSize s) {
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

void printSummary(const XrOptions& opts, const xr::RuntimeInfo& rt, const xr::SessionRunReport& r) {
    QTextStream out(stdout);
    const QString error = r.error ? r.error->message : QString();
    if (opts.json) {
        QJsonObject o{
            {QStringLiteral("input"), opts.input},
            {QStringLiteral("runtime"), rt.runtimeName},
            {QStringLiteral("runtime_version"), rt.runtimeVersion},
            {QStringLiteral("system"), rt.systemName},
            {QStringLiteral("states"), QJsonArray::fromStringList(r.states)},
            {QStringLiteral("frames_requested"), opts.frames},
            {QStringLiteral("frames_submitted"), r.framesSubmitted},
            {QStringLiteral("frames_total"), r.framesTotal},
            {QStringLiteral("eye_sizes"),
             QJsonArray{sizeText(r.eyeSizes[0]), sizeText(r.eyeSizes[1])}},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("frame_work_ms_mean"), r.frameWorkMeanMs},
            {QStringLiteral("frame_work_ms_max"), r.frameWorkMaxMs},
            {QStringLiteral("equirect2"), rt.supportsEquirect2},
            {QStringLiteral("unexpected_transitions"),
             QJsonArray::fromStringList(r.unexpectedTransitions)},
            {QStringLiteral("lost"), r.lost},
            {QStringLiteral("controller_profiles"), r.controllerProfiles},
            {QStringLiteral("controller_profiles_skipped"),
             QJsonArray::fromStringList(r.skippedControllerProfiles)},
            {QStringLiteral("controller_commands"), r.controllerCommands},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        };
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    out << "runtime: " << rt.runtimeName << "\n"
        << "system: " << rt.systemName << "\n"
        << "states: " << r.states.join(QStringLiteral(" -> ")) << "\n"
        << "frames submitted: " << r.framesSubmitted << " of " << opts.frames << " ("
        << r.framesTotal << " frames in all)\n"
        << "eye size: " << sizeText(r.eyeSizes[0]) << ", " << sizeText(r.eyeSizes[1]) << "\n"
        << "seconds: " << QString::number(r.seconds, 'f', 2) << "\n"
        << "frame work (xrWaitFrame to xrEndFrame): mean "
        << QString::number(r.frameWorkMeanMs, 'f', 2) << " ms, max "
        << QString::number(r.frameWorkMaxMs, 'f', 2) << " ms\n";
    out << "controllers: " << r.controllerProfiles << " profiles bound";
    if (!r.skippedControllerProfiles.isEmpty())
        out << " (unknown to the runtime: "
            << r.skippedControllerProfiles.join(QStringLiteral(", ")) << ")";
    out << ", " << r.controllerCommands << " commands\n";
    if (!r.unexpectedTransitions.isEmpty())
        out << "unexpected transitions: " << r.unexpectedTransitions.join(QStringLiteral(", "))
            << "\n";
    out << "errors: " << (error.isEmpty() ? QStringLiteral("none") : error) << "\n";
}

}  // namespace

int runXrFlag() {
    auto info = xr::probeRuntime();
    if (!info)
        return reportFailure(QStringLiteral("xr"), {},
                             QStringLiteral("VR unavailable: ") + info.error().message);
    return reportFailure(QStringLiteral("xr"), {},
                         QStringLiteral("%1 is ready, but the window cannot drive it yet; run "
                                        "`omnikast xr INPUT` for a headless headset session")
                             .arg(info->systemName));
}

int runXr(const QStringList& args) {
    const QString cmd = QStringLiteral("xr");
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kXrUsage, stdout);
        return 0;
    }
    auto opts = parseXrArgs(args);
    if (!opts) return reportFailure(cmd, {}, opts.error().message);
    // Before the input is opened: the common failure is no runtime at all, and it is cheap.
    if (auto manifest = xr::findRuntimeManifest(); !manifest)
        return reportFailure(cmd, {},
                             QStringLiteral("VR unavailable: ") + manifest.error().message);

    auto plugin = xr::EglGraphicsPlugin::create();
    if (!plugin) return reportFailure(cmd, {}, plugin.error().message);
    render::SphereRenderer renderer;
    if (auto r = renderer.initialize(); !r) return reportFailure(cmd, {}, r.error().message);
    // The head moves every frame, so the mapping changes every frame: the CPU sampling path would
    // rebuild its tables each time, which costs more than the shaders on any rasterizer.
    renderer.setSamplingPath(render::SamplingPath::Shader);

    media::PlayerOptions playerOptions;
    playerOptions.enableAudio = false;  // no headset audio yet; the clock runs on its own
    media::Player player(playerOptions);
    if (auto r = openAndWait(player, opts->input); !r)
        return reportFailure(cmd, opts->input, r.error().message);
    renderer.setSpherical(applyOverride(player.spherical(), opts->override));
    player.play();
    // The first picture before the session starts, so the headset never shows black.
    auto first = player.takeNextFrame(std::chrono::milliseconds(10000));
    if (!first) return reportFailure(cmd, opts->input, QStringLiteral("no frame decoded"));
    if (auto r = renderer.upload(first->frame.get()); !r)
        return reportFailure(cmd, opts->input, r.error().message);
    first.reset();

    auto program = xr::XrProgram::create(**plugin);
    if (!program)
        return reportFailure(cmd, {}, QStringLiteral("VR unavailable: ") + program.error().message);
    if (auto r = (*program)->createSession(); !r)
        return reportFailure(cmd, {},
                             QStringLiteral("cannot start a VR session: ") + r.error().message);

    xr::SessionRunOptions runOptions;
    runOptions.frames = int(opts->frames);
    runOptions.maxSeconds = opts->seconds;
    runOptions.captureLast = !opts->snapshotEyes.isEmpty();
    auto draw = [&](int, const ViewParams& view, QSize size) {
        renderer.render(view, size.width(), size.height());
    };
    auto nextPicture = [&] {
        QCoreApplication::processEvents();  // the player's signals (errors, end of stream)
        if (auto frame = player.takeFrameForPresentation())
            (void)renderer.upload(frame->frame.get());
    };
    const xr::SessionRunReport report = xr::runSession(**program, runOptions, draw, nextPicture);
    const xr::RuntimeInfo runtime = (*program)->runtime();
    program->reset();  // session and instance go before the GL objects they draw with
    renderer.release();
    printSummary(*opts, runtime, report);
    if (report.error) return reportFailure(cmd, opts->input, report.error->message);
    if (!opts->snapshotEyes.isEmpty()) {
        QDir().mkpath(opts->snapshotEyes);
        for (int eye = 0; eye < xr::XrProgram::kEyes; ++eye) {
            const QString path = opts->snapshotEyes + (eye == 0 ? QStringLiteral("/left.png")
                                                                : QStringLiteral("/right.png"));
            const QImage& img = report.lastEyes[size_t(eye)];
            if (img.isNull() || !img.save(path))
                return reportFailure(cmd, path, QStringLiteral("cannot save the eye's picture"));
        }
    }
    return 0;
}

}  // namespace omk::cli
