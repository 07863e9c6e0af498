#include "ui/VrSessionThread.h"

#include "media/Player.h"
#include "render/OffscreenTarget.h"
#include "render/SphereRenderer.h"
#include "ui/Log.h"
#include "ui/VrMirror.h"
#include "xr/EglGraphicsPlugin.h"
#include "xr/GlxGraphicsPlugin.h"
#include "xr/PanelLayer.h"
#include "xr/SessionRun.h"
#include "xr/XrProgram.h"

#include <QMutexLocker>

#include <memory>
#include <optional>

namespace omk::ui {
namespace {

// Not timing assertions but guards against a runtime that never shows the session or never
// lets it go: past these the thread gives up instead of hanging (as xr::SessionRunOptions).
constexpr double kStartLimitSeconds = 30;
constexpr double kExitLimitSeconds = 10;

}  // namespace

void VrSessionWatch::onState(XrSessionState state, bool exitRequested) {
    if (state == XR_SESSION_STATE_VISIBLE || state == XR_SESSION_STATE_FOCUSED) {
        m_shown = true;
        return;
    }
    if (m_shown && !exitRequested &&
        (state == XR_SESSION_STATE_STOPPING || state == XR_SESSION_STATE_IDLE ||
         state == XR_SESSION_STATE_EXITING))
        m_endedByRuntime = true;
}

VrSessionThread::VrSessionThread(media::Player* player, const SphericalInfo& spherical,
                                 QOffscreenSurface* glxSurface, bool eglFallback, QObject* parent)
    : QThread(parent),
      m_player(player),
      m_glxSurface(glxSurface),
      m_eglFallback(eglFallback),
      m_spherical(spherical) {
    setObjectName(QStringLiteral("omnikast-vr"));
}

VrSessionThread::~VrSessionThread() {
    m_abort = true;
    wait();
}

void VrSessionThread::setSpherical(const SphericalInfo& spherical) {
    QMutexLocker lock(&m_sphericalMutex);
    m_spherical = spherical;
}

void VrSessionThread::setPanelImage(const QImage& image) {
    QMutexLocker lock(&m_sphericalMutex);
    m_panelImage = image;
}

void VrSessionThread::finish(Ending ending, const QString& detail) {
    m_ending = ending;
    m_detail = detail;
    if (ending == Ending::Failed || ending == Ending::Lost)
        qCWarning(lcUi) << "VR session ended:" << detail;
}

Expected<std::unique_ptr<xr::GraphicsPlugin>> VrSessionThread::makePlugin() {
    if (m_glxSurface) {
        auto glx = xr::GlxGraphicsPlugin::create(m_glxSurface);
        if (glx) return std::unique_ptr<xr::GraphicsPlugin>(std::move(*glx));
        if (!m_eglFallback) return glx.unexpected();
        qCWarning(lcUi) << "VR: the Xlib binding cannot start (" << glx.error().message
                        << "); drawing through EGL";
    }
    auto egl = xr::EglGraphicsPlugin::create();
    if (!egl) return egl.unexpected();
    return std::unique_ptr<xr::GraphicsPlugin>(std::move(*egl));
}

void VrSessionThread::run() {
    auto plugin = makePlugin();
    if (!plugin) return finish(Ending::Failed, plugin.error().message);
    render::SphereRenderer renderer;
    VrMirror mirror;
    // Every GL object goes before the plugin's context, every OpenXR object before the GL ones
    // they draw into.
    auto cleanUp = [&] {
        mirror.release();
        renderer.release();
    };
    if (auto r = renderer.initialize(); !r) {
        cleanUp();
        return finish(Ending::Failed, r.error().message);
    }
    // The head moves every frame, so the CPU sampling path would rebuild its tables every frame.
    renderer.setSamplingPath(render::SamplingPath::Shader);
    auto created = xr::XrProgram::create(**plugin);
    if (!created) {
        cleanUp();
        return finish(Ending::Failed, created.error().message);
    }
    std::unique_ptr<xr::XrProgram> program = std::move(*created);
    if (auto r = program->createSession(); !r) {
        const bool lost = program->session().lost();
        program.reset();
        cleanUp();
        return finish(lost ? Ending::Lost : Ending::Failed, r.error().message);
    }
    emit sessionCreated(program->runtime().systemName, (*plugin)->name());

    const xr::SessionStateMachine& state = program->session();
    xr::XrProgram& xrProgram = *program;
    VrSessionWatch watch;
    std::optional<Ending> ending;
    int submitted = 0;
    bool panelMade = false, panelFailed = false, panelShown = false;
    std::optional<QPointF> lastPointer;
    xr::SessionHooks hooks;
    hooks.onState = [&](XrSessionState s) {
        watch.onState(s, state.exitRequested());
        emit stateChanged(xr::sessionStateName(s));
    };
    hooks.steer = [&] {
        if (m_abort) return xr::SessionSteer::Stop;
        if (watch.endedByRuntime() && !ending) ending = Ending::RuntimeEnded;
        // Ended from the runtime's side and the session no longer runs: nothing is left to walk
        // through; the session is destroyed below.
        if (ending == Ending::RuntimeEnded && !state.exitRequested() && !state.shouldRunFrameLoop())
            return xr::SessionSteer::Stop;
        if (m_simulateRemoval && !ending) ending = Ending::RuntimeEnded;
        if (m_stopRequested && !ending) ending = Ending::Stopped;
        return ending ? xr::SessionSteer::Exit : xr::SessionSteer::Continue;
    };
    hooks.beforeFrame = [&] {
        if (m_mayTakeFrames) {
            if (auto frame = m_player->takeFrameForPresentation()) {
                if (auto r = renderer.upload(frame->frame.get()); !r)
                    qCWarning(lcUi) << "VR: frame not shown:" << r.error().message;
            }
        }
        QImage panel;
        {
            QMutexLocker lock(&m_sphericalMutex);
            renderer.setSpherical(m_spherical);
            panel = std::exchange(m_panelImage, QImage());
        }
        if (!panel.isNull() && !panelFailed) {
            Expected<void> r;
            if (!panelMade) r = xrProgram.usePanel(panel.size(), xr::PanelPlacement{});
            panelMade = panelMade || r.has_value();
            if (r)
                r = xrProgram.updatePanel(
                    [&](int, QSize) { (void)render::writeBoundFramebuffer(panel); });
            if (!r) {
                // The video goes on without it.
                panelFailed = true;
                qCWarning(lcUi) << "VR: no panel:" << r.error().message;
            }
        }
        xrProgram.setPanelVisible(m_panelVisible);
    };
    hooks.onCommand = [&](xr::ControllerCommand command) {
        // The head's frame is the session's: recentring is done here, at once.
        if (command == xr::ControllerCommand::Recenter)
            xrProgram.recenter();
        else
            emit controllerCommand(int(command));
    };
    const xr::SubmitFrame submit = [&](bool submitLayers, bool) -> Expected<bool> {
        const bool wantMirror = mirror.due();
        QImage leftEye;
        auto draw = [&](int eye, const ViewParams& view, QSize size) {
            renderer.render(view, size.width(), size.height());
            if (eye == 0 && wantMirror) leftEye = mirror.capture(size);
        };
        auto frame = xrProgram.renderFrame(draw, submitLayers);
        if (frame && *frame) ++submitted;
        if (!leftEye.isNull()) emit mirrorFrame(leftEye, submitted);
        if (const bool shown = xrProgram.panelShown() && frame && *frame; shown != panelShown) {
            panelShown = shown;
            emit panelShownChanged(shown);
        }
        if (const auto pointer = xrProgram.panelPointer(); pointer != lastPointer) {
            lastPointer = pointer;
            emit panelPointerChanged(pointer.value_or(QPointF()), pointer.has_value());
        }
        return frame;
    };
    xr::SessionRunOptions options;
    options.frames = 0;  // until stopped or ended
    options.startLimitSeconds = kStartLimitSeconds;
    options.exitLimitSeconds = kExitLimitSeconds;
    const xr::SessionRunReport report = xr::runSession(xrProgram, options, submit, hooks);
    QString detail;
    if (report.lost) {
        ending = Ending::Lost;
        detail =
            report.error ? report.error->message : QStringLiteral("the OpenXR runtime went away");
    } else if (report.error && ending) {
        // Asked to end and the runtime was slow to let go: still the ending that was asked.
        qCWarning(lcUi) << "VR session:" << report.error->message;
    } else if (report.error) {
        ending = Ending::Failed;
        detail = report.error->message;
    }
    program.reset();
    cleanUp();
    finish(ending.value_or(Ending::Stopped), detail);
}

}  // namespace omk::ui
