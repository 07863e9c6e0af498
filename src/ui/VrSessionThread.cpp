#include "ui/VrSessionThread.h"

#include "media/Player.h"
#include "render/SphereRenderer.h"
#include "ui/Log.h"
#include "ui/VrMirror.h"
#include "xr/EglGraphicsPlugin.h"
#include "xr/XrProgram.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include <memory>
#include <optional>

namespace omk::ui {
namespace {

// Not timing assertions but guards against a runtime that never shows the session or never
// lets it go: past these the thread gives up instead of hanging (as xr::SessionRunOptions).
constexpr double kStartLimitSeconds = 30;
constexpr double kExitLimitSeconds = 10;

double seconds(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e9;
}

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
                                 QObject* parent)
    : QThread(parent), m_player(player), m_spherical(spherical) {
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

void VrSessionThread::finish(Ending ending, const QString& detail) {
    m_ending = ending;
    m_detail = detail;
    if (ending == Ending::Failed || ending == Ending::Lost)
        qCWarning(lcUi) << "VR session ended:" << detail;
}

void VrSessionThread::run() {
    auto plugin = xr::EglGraphicsPlugin::create();
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
    emit sessionCreated(program->runtime().systemName);

    const xr::SessionStateMachine& state = program->session();
    VrSessionWatch watch;
    XrSessionState last = XR_SESSION_STATE_UNKNOWN;
    QElapsedTimer clock, sinceExit;
    clock.start();
    std::optional<Ending> ending;
    QString detail;
    int submitted = 0;
    auto leave = [&](Ending why) -> Expected<void> {
        if (!ending) ending = why;
        if (state.exitRequested()) return {};
        sinceExit.start();
        return program->requestExit();
    };
    auto failWith = [&](const Error& e) {
        ending = state.lost() ? Ending::Lost : Ending::Failed;
        detail = e.message;
    };
    while (!state.finished() && !m_abort) {
        if (auto r = program->pollEvents(); !r) {
            failWith(r.error());
            break;
        }
        if (state.state() != last) {
            last = state.state();
            watch.onState(last, state.exitRequested());
            emit stateChanged(xr::sessionStateName(last));
        }
        if (state.finished()) break;
        if (watch.endedByRuntime() && !ending) ending = Ending::RuntimeEnded;
        // Ended from the runtime's side and the session no longer runs: nothing is left to walk
        // through; the session is destroyed below.
        if (ending == Ending::RuntimeEnded && !state.exitRequested() && !state.shouldRunFrameLoop())
            break;
        Expected<void> asked;
        if (m_stopRequested) asked = leave(Ending::Stopped);
        if (m_simulateRemoval) asked = leave(Ending::RuntimeEnded);
        if (!asked) {
            failWith(asked.error());
            break;
        }
        if (state.exitRequested() && seconds(sinceExit) > kExitLimitSeconds) {
            qCWarning(lcUi) << "the OpenXR runtime did not end the session in time";
            break;
        }
        if (!watch.wasShown() && !state.exitRequested() && seconds(clock) > kStartLimitSeconds) {
            ending = Ending::Failed;
            detail = QStringLiteral(
                         "the OpenXR runtime did not show the session within %1 s "
                         "(it stayed %2)")
                         .arg(kStartLimitSeconds)
                         .arg(xr::sessionStateName(state.state()));
            break;
        }
        if (!state.shouldRunFrameLoop()) {
            // Idle or waiting for the runtime: xrWaitFrame is not ours to call yet.
            QThread::msleep(5);
            continue;
        }
        if (m_mayTakeFrames) {
            if (auto frame = m_player->takeFrameForPresentation()) {
                if (auto r = renderer.upload(frame->frame.get()); !r)
                    qCWarning(lcUi) << "VR: frame not shown:" << r.error().message;
            }
        }
        {
            QMutexLocker lock(&m_sphericalMutex);
            renderer.setSpherical(m_spherical);
        }
        const bool wantMirror = mirror.due();
        QImage leftEye;
        auto draw = [&](int eye, const ViewParams& view, QSize size) {
            renderer.render(view, size.width(), size.height());
            if (eye == 0 && wantMirror) leftEye = mirror.capture(size);
        };
        auto frame = program->renderFrame(draw, !state.exitRequested());
        if (!frame) {
            failWith(frame.error());
            break;
        }
        if (*frame) ++submitted;
        if (!leftEye.isNull()) emit mirrorFrame(leftEye, submitted);
    }
    program.reset();
    cleanUp();
    finish(ending.value_or(Ending::Stopped), detail);
}

}  // namespace omk::ui
