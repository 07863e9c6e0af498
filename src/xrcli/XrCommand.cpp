// `omnikast xr INPUT` and `omnikast xr-check`: a headset session with no window and no display
// server (OpenGL through XR_MNDX_egl_enable), the input (xr-check: the demo clip) decoded by the
// media engine and shown per eye by the sphere renderer or handed to the runtime as its equirect
// layer, controller commands acted on where a headless session can, then a clean exit through
// the runtime's states, and a summary.
#include "cli/Commands.h"
#include "cli/OpenPlayer.h"
#include "media/DemoClip.h"
#include "media/Player.h"
#include "render/SphereRenderer.h"
#include "xr/ControllerResponse.h"
#include "xr/EglGraphicsPlugin.h"
#include "xr/EquirectLayer.h"
#include "xr/RuntimeProbe.h"
#include "xr/SessionRun.h"
#include "xr/XrProgram.h"
#include "xrcli/Commands.h"
#include "xrcli/XrOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace omk::xrcli {

using cli::applyOverride;
using cli::openAndWait;
using cli::reportFailure;

namespace {

constexpr const char* kXrUsage =
    "Usage: omnikast xr INPUT [--frames N] [--seconds S] [--snapshot-eyes DIR] [--json]\n"
    "                         [--layer projection|equirect2] [--projection P] [--stereo S]\n"
    "Runs INPUT in a headset through the active OpenXR runtime (XR_RUNTIME_JSON, else the\n"
    "system's active_runtime.json) with no window: the session goes to focused, N frames\n"
    "(default 120) are submitted, then the session exits through stopping and exiting.\n"
    "  --frames N    frames to submit with a layer before exiting\n"
    "  --seconds S   exit after S seconds even if fewer frames were submitted\n"
    "  --snapshot-eyes DIR   save what each eye showed in the last frame as DIR/left.png and\n"
    "                DIR/right.png (with the equirect layer: each eye's layer image)\n"
    "  --layer L     projection (default): the sphere drawn per eye; equirect2: the decoded\n"
    "                picture handed to the runtime's equirect layer\n"
    "                (XR_KHR_composition_layer_equirect2), which samples it at display time;\n"
    "                without that extension, or for a picture that is not equirectangular, the\n"
    "                projection layer is used and the summary says why\n"
    "  --json        the summary as JSON\n"
    "  --projection P, --stereo S   override what the file says (as for the window); with\n"
    "                stereo, each eye shows its own half\n"
    "Prints the runtime, the headset, the states visited in order, the frames submitted, each\n"
    "eye's swapchain size, each eye's render time and the program's work per frame\n"
    "(xrWaitFrame returning to xrEndFrame returning). Controllers: recenter turns the picture's\n"
    "centre to where the headset faces, play/pause pauses and resumes; select, chat and channel\n"
    "switches are counted as not available without a panel or an event.\n"
    "Exit codes: 0 the session ran and exited cleanly; 1 bad arguments, unreadable input, VR\n"
    "unavailable (one line on stderr says why), or the session failed (the summary says how).\n";

constexpr const char* kXrCheckUsage =
    "Usage: omnikast xr-check [--frames N] [--snapshot-eyes DIR] [--json]\n"
    "                         [--layer projection|equirect2]\n"
    "Checks the headset mode on whatever OpenXR runtime is active (XR_RUNTIME_JSON, else the\n"
    "system's active_runtime.json): starts a session with no window, plays the demo clip\n"
    "(generated into the cache on first use, as `omnikast` with no input does), submits N\n"
    "frames (default 120) once the session is focused, and exits through stopping and exiting.\n"
    "Prints the runtime's name, the states reached, the per-eye view sizes and the frame\n"
    "timings: each eye's render time and xrWaitFrame returning to xrEndFrame returning, mean\n"
    "and max.\n"
    "  --frames N    frames to submit before exiting\n"
    "  --snapshot-eyes DIR   save what each eye rendered in the last frame as DIR/left.png and\n"
    "                DIR/right.png\n"
    "  --layer L     projection (default) or equirect2, as for `omnikast xr`\n"
    "  --json        the summary as JSON\n"
    "Exit codes: 0 the session reached focused, the frames were submitted and it exited\n"
    "cleanly; 1 otherwise, with one line on stderr saying why (\"no OpenXR runtime: ...\" when\n"
    "none is installed).\n";

QString sizeText(QSize s) {
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

QString ms(double v) {
    return QString::number(v, 'f', 2);
}

// What one headset run did, beyond the session's own report.
struct HeadsetOutcome {
    xr::RuntimeInfo runtime;
    xr::VideoLayer layer = xr::VideoLayer::Projection;
    QString layerNote;  // why the layer asked for is not the one used; empty when it is
    QSize pictureSize;  // the equirect layer's image size
    int recentred = 0, playbackToggles = 0;
    QStringList notAvailable;  // "toggle_chat: not available without an event"
    xr::SessionRunReport report;
};

void printSummary(const QString& input, const XrOptions& opts, const HeadsetOutcome& h) {
    QTextStream out(stdout);
    const xr::RuntimeInfo& rt = h.runtime;
    const xr::SessionRunReport& r = h.report;
    const QString error = r.error ? r.error->message : QString();
    if (opts.json) {
        QJsonObject o{
            {QStringLiteral("input"), input},
            {QStringLiteral("runtime"), rt.runtimeName},
            {QStringLiteral("runtime_version"), rt.runtimeVersion},
            {QStringLiteral("system"), rt.systemName},
            {QStringLiteral("states"), QJsonArray::fromStringList(r.states)},
            {QStringLiteral("frames_requested"), opts.frames},
            {QStringLiteral("frames_submitted"), r.framesSubmitted},
            {QStringLiteral("frames_total"), r.framesTotal},
            {QStringLiteral("eye_sizes"),
             QJsonArray{sizeText(r.eyeSizes[0]), sizeText(r.eyeSizes[1])}},
            {QStringLiteral("layer"), xr::toString(h.layer)},
            {QStringLiteral("layer_note"),
             h.layerNote.isEmpty() ? QJsonValue() : QJsonValue(h.layerNote)},
            {QStringLiteral("layer_image_size"),
             h.pictureSize.isEmpty() ? QJsonValue() : QJsonValue(sizeText(h.pictureSize))},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("eye_render_ms_mean"),
             QJsonArray{r.eyeRenderMeanMs[0], r.eyeRenderMeanMs[1]}},
            {QStringLiteral("eye_render_ms_p95"),
             QJsonArray{r.eyeRenderP95Ms[0], r.eyeRenderP95Ms[1]}},
            {QStringLiteral("eye_render_ms_max"),
             QJsonArray{r.eyeRenderMaxMs[0], r.eyeRenderMaxMs[1]}},
            {QStringLiteral("frame_work_ms_mean"), r.frameWorkMeanMs},
            {QStringLiteral("frame_work_ms_p95"), r.frameWorkP95Ms},
            {QStringLiteral("frame_work_ms_max"), r.frameWorkMaxMs},
            {QStringLiteral("equirect2"), rt.supportsEquirect2},
            {QStringLiteral("unexpected_transitions"),
             QJsonArray::fromStringList(r.unexpectedTransitions)},
            {QStringLiteral("lost"), r.lost},
            {QStringLiteral("controller_profiles"), r.controllerProfiles},
            {QStringLiteral("controller_profiles_skipped"),
             QJsonArray::fromStringList(r.skippedControllerProfiles)},
            {QStringLiteral("controller_commands"), r.controllerCommands},
            {QStringLiteral("recentred"), h.recentred},
            {QStringLiteral("playback_toggles"), h.playbackToggles},
            {QStringLiteral("commands_not_available"), QJsonArray::fromStringList(h.notAvailable)},
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
        << "layer: " << xr::toString(h.layer);
    if (!h.pictureSize.isEmpty()) out << " (" << sizeText(h.pictureSize) << " per image)";
    if (!h.layerNote.isEmpty()) out << " (" << h.layerNote << ")";
    out << "\n"
        << "seconds: " << QString::number(r.seconds, 'f', 2) << "\n"
        << (h.layer == xr::VideoLayer::Equirect2 ? "layer image render" : "eye render")
        << " (left, right): mean " << ms(r.eyeRenderMeanMs[0]) << ", " << ms(r.eyeRenderMeanMs[1])
        << " ms, max " << ms(r.eyeRenderMaxMs[0]) << ", " << ms(r.eyeRenderMaxMs[1]) << " ms\n"
        << "frame work (xrWaitFrame to xrEndFrame): mean " << ms(r.frameWorkMeanMs) << " ms, max "
        << ms(r.frameWorkMaxMs) << " ms\n";
    out << "controllers: " << r.controllerProfiles << " profiles bound";
    if (!r.skippedControllerProfiles.isEmpty())
        out << " (unknown to the runtime: "
            << r.skippedControllerProfiles.join(QStringLiteral(", ")) << ")";
    out << ", " << r.controllerCommands << " commands (recentred " << h.recentred << ", play/pause "
        << h.playbackToggles << ")\n";
    for (const QString& n : h.notAvailable) out << "  " << n << "\n";
    if (!r.unexpectedTransitions.isEmpty())
        out << "unexpected transitions: " << r.unexpectedTransitions.join(QStringLiteral(", "))
            << "\n";
    out << "errors: " << (error.isEmpty() ? QStringLiteral("none") : error) << "\n";
}

// The layer to use for this picture on this runtime, and if it is not the one asked for, why.
std::pair<xr::VideoLayer, QString> chooseLayer(xr::VideoLayer wanted, const xr::XrProgram& program,
                                               const SphericalInfo& info) {
    if (wanted == xr::VideoLayer::Projection) return {wanted, {}};
    if (!program.equirect2Enabled())
        return {xr::VideoLayer::Projection,
                QStringLiteral("equirect2 asked for; the runtime does not offer %1")
                    .arg(QLatin1String(XR_KHR_COMPOSITION_LAYER_EQUIRECT2_EXTENSION_NAME))};
    if (auto g = xr::equirectLayerGeometry(info); !g)
        return {xr::VideoLayer::Projection,
                QStringLiteral("equirect2 asked for; %1").arg(g.error().message)};
    return {wanted, {}};
}

// The part `xr` and `xr-check` share: everything from the graphics context to the summary.
// Returns the exit code; every failure is one line on stderr.
int runHeadset(const QString& cmd, const QString& input, const XrOptions& opts,
               const std::function<Expected<void>(const HeadsetOutcome&)>& judge = {}) {
    auto plugin = xr::EglGraphicsPlugin::create();
    if (!plugin) return reportFailure(cmd, {}, plugin.error().message);
    render::SphereRenderer renderer;
    if (auto r = renderer.initialize(); !r) return reportFailure(cmd, {}, r.error().message);

    media::PlayerOptions playerOptions;
    playerOptions.enableAudio = false;  // no headset audio yet; the clock runs on its own
    media::Player player(playerOptions);
    if (auto r = openAndWait(player, input); !r)
        return reportFailure(cmd, input, r.error().message);
    const SphericalInfo spherical = applyOverride(player.spherical(), opts.override);
    renderer.setSpherical(spherical);
    player.play();
    // The first picture before the session starts, so the headset never shows black.
    auto first = player.takeNextFrame(std::chrono::milliseconds(10000));
    if (!first) return reportFailure(cmd, input, QStringLiteral("no frame decoded"));
    if (auto r = renderer.upload(first->frame.get()); !r)
        return reportFailure(cmd, input, r.error().message);
    first.reset();

    xr::XrProgramOptions programOptions;
    programOptions.wantEquirect2 = opts.layer == xr::VideoLayer::Equirect2;
    auto program = xr::XrProgram::create(**plugin, programOptions);
    if (!program)
        return reportFailure(cmd, {}, QStringLiteral("VR unavailable: ") + program.error().message);
    if (auto r = (*program)->createSession(); !r)
        return reportFailure(cmd, {},
                             QStringLiteral("cannot start a VR session: ") + r.error().message);

    HeadsetOutcome outcome;
    std::tie(outcome.layer, outcome.layerNote) = chooseLayer(opts.layer, **program, spherical);
    const QSize frameSize = renderer.frameSize();
    const SphericalInfo copyInfo = xr::equirectCopyInfo(spherical);
    if (outcome.layer == xr::VideoLayer::Equirect2) {
        xr::EquirectLayerSpec spec;
        spec.imageSize = xr::equirectImageSize(frameSize, spherical.stereo);
        spec.perEye = spherical.stereo != StereoLayout::Mono;
        spec.geometry = *xr::equirectLayerGeometry(spherical);
        if (auto r = (*program)->useEquirectLayer(spec); !r)
            return reportFailure(
                cmd, {}, QStringLiteral("cannot set up the equirect layer: ") + r.error().message);
        outcome.pictureSize = spec.imageSize;
        // The copy's view never changes: the renderer's CPU path (on a software rasterizer)
        // builds its tables once.
        renderer.setSpherical(copyInfo);
        renderer.setSamplingPath(render::SamplingPath::Auto);
    } else {
        // The head moves every frame, so the mapping changes every frame: the CPU sampling path
        // would rebuild its tables each time, which costs more than the shaders on any rasterizer.
        renderer.setSamplingPath(render::SamplingPath::Shader);
    }
    (*program)->setEyeTiming(true);

    xr::SessionRunOptions runOptions;
    runOptions.frames = int(opts.frames);
    runOptions.maxSeconds = opts.seconds;
    runOptions.captureLast = !opts.snapshotEyes.isEmpty();
    xr::XrProgram& xrProgram = **program;
    xr::SubmitFrame submit;
    if (outcome.layer == xr::VideoLayer::Equirect2) {
        auto drawPicture = [&](int image, QSize size) {
            const Eye eye = image == 1 ? Eye::Right : Eye::Left;
            renderer.render(xr::equirectCopyView(copyInfo, frameSize, eye), size.width(),
                            size.height());
        };
        submit = [&, drawPicture](bool layers, bool capture) {
            return xrProgram.renderEquirectFrame(drawPicture, layers, capture);
        };
    } else {
        auto drawEye = [&](int, const ViewParams& view, QSize size) {
            renderer.render(view, size.width(), size.height());
        };
        submit = [&, drawEye](bool layers, bool capture) {
            return xrProgram.renderFrame(drawEye, layers, capture);
        };
    }
    xr::SessionHooks hooks;
    hooks.beforeFrame = [&] {
        QCoreApplication::processEvents();  // the player's signals (errors, end of stream)
        if (auto frame = player.takeFrameForPresentation())
            (void)renderer.upload(frame->frame.get());
    };
    // Alone with a picture: no panel, no event, and the player is the viewer's own.
    const xr::CommandContext context;
    hooks.onCommand = [&](xr::ControllerCommand command) {
        const xr::CommandResponse response = xr::respondTo(command, context);
        switch (response.effect) {
            case xr::CommandEffect::Recenter:
                xrProgram.recenter();
                ++outcome.recentred;
                break;
            case xr::CommandEffect::TogglePlayback:
                player.isPaused() ? player.play() : player.pause();
                ++outcome.playbackToggles;
                break;
            default:
                outcome.notAvailable
                    << xr::commandName(command) + QStringLiteral(": ") +
                           (response.reason.isEmpty() ? QStringLiteral("not available here")
                                                      : response.reason);
                break;
        }
    };
    outcome.report = xr::runSession(xrProgram, runOptions, submit, hooks);
    outcome.runtime = xrProgram.runtime();
    program->reset();  // session and instance go before the GL objects they draw with
    renderer.release();
    printSummary(input, opts, outcome);
    const xr::SessionRunReport& report = outcome.report;
    if (report.error) return reportFailure(cmd, input, report.error->message);
    if (judge)
        if (auto verdict = judge(outcome); !verdict)
            return reportFailure(cmd, {}, verdict.error().message);
    if (!opts.snapshotEyes.isEmpty()) {
        QDir().mkpath(opts.snapshotEyes);
        for (int eye = 0; eye < xr::XrProgram::kEyes; ++eye) {
            const QString path = opts.snapshotEyes + (eye == 0 ? QStringLiteral("/left.png")
                                                               : QStringLiteral("/right.png"));
            const QImage& img = report.lastEyes[size_t(eye)];
            if (img.isNull() || !img.save(path))
                return reportFailure(cmd, path, QStringLiteral("cannot save the eye's picture"));
        }
    }
    return 0;
}

bool wantsHelp(const QStringList& args) {
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

}  // namespace

int runXrFlag() {
    auto info = xr::probeRuntime();
    if (!info)
        return reportFailure(QStringLiteral("xr"), {},
                             QStringLiteral("VR unavailable: ") + info.error().message);
    return reportFailure(QStringLiteral("xr"), {},
                         QStringLiteral("%1 is ready, but there is no display for the window; "
                                        "run `omnikast xr INPUT` for a headless headset session")
                             .arg(info->systemName));
}

int runXr(const QStringList& args) {
    const QString cmd = QStringLiteral("xr");
    if (wantsHelp(args)) {
        std::fputs(kXrUsage, stdout);
        return 0;
    }
    auto opts = parseXrArgs(args);
    if (!opts) return reportFailure(cmd, {}, opts.error().message);
    // Before the input is opened: the common failure is no runtime at all, and it is cheap.
    if (auto manifest = xr::findRuntimeManifest(); !manifest)
        return reportFailure(cmd, {},
                             QStringLiteral("VR unavailable: ") + manifest.error().message);
    return runHeadset(cmd, opts->input, *opts);
}

int runXrCheck(const QStringList& args) {
    const QString cmd = QStringLiteral("xr-check");
    if (wantsHelp(args)) {
        std::fputs(kXrCheckUsage, stdout);
        return 0;
    }
    auto opts = parseXrCheckArgs(args);
    if (!opts) return reportFailure(cmd, {}, opts.error().message);
    // The runtime first: without one there is nothing to check, and no reason to make the demo.
    if (auto manifest = xr::findRuntimeManifest(); !manifest)
        return reportFailure(cmd, {},
                             QStringLiteral("no OpenXR runtime: ") + manifest.error().message);
    if (auto probed = xr::probeRuntime(); !probed)
        return reportFailure(cmd, {}, QStringLiteral("VR unavailable: ") + probed.error().message);
    // The same clip, in the same place, as the viewer started with no input.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    auto demo = media::ensureDemoClip(cache);
    if (!demo) return reportFailure(cmd, {}, demo.error().message);
    return runHeadset(cmd, *demo, *opts, [&](const HeadsetOutcome& h) -> Expected<void> {
        if (!h.report.states.contains(QStringLiteral("focused")))
            return fail(QStringLiteral("the session never became focused (states: %1)")
                            .arg(h.report.states.join(QStringLiteral(" -> "))));
        if (h.report.framesSubmitted < int(opts->frames))
            return fail(QStringLiteral("%1 of %2 frames submitted")
                            .arg(h.report.framesSubmitted)
                            .arg(opts->frames));
        return {};
    });
}

int runCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return -1;
    const QString cmd = arguments.at(1);
    if (cmd == QLatin1String("xr")) return runXr(arguments.mid(2));
    if (cmd == QLatin1String("xr-check")) return runXrCheck(arguments.mid(2));
    return -1;
}

}  // namespace omk::xrcli
