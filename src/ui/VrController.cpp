#include "ui/VrController.h"

#include "media/Player.h"
#include "ui/HeadsetPanelRenderer.h"
#include "ui/Log.h"
#include "ui/PlayerController.h"
#include "ui/VrSessionThread.h"
#include "xr/ControllerResponse.h"
#include "xr/RuntimeProbe.h"

#include <QGuiApplication>
#include <QSurfaceFormat>

#include <optional>
#include <utility>

namespace omk::ui {

struct VrController::ProbeResult {
    std::optional<Expected<xr::RuntimeInfo>> info;
};

VrController::VrController(QObject* parent) : QObject(parent) {
    startProbe();
}

VrController::~VrController() {
    if (m_session) {
        m_session->abort();
        m_session->wait();
        m_session.reset();
        if (m_view) m_view->reclaimFrameSource();
    }
    if (m_probe) m_probe->wait();
}

void VrController::setView(VideoView* view) {
    if (view == m_view) return;
    // The old view's frames stay with the session until it ends; a new view only mirrors the next.
    m_view = view;
    emit viewChanged();
}

void VrController::startProbe() {
    // Cheap (environment and files): no runtime at all is the common case, and answers at once.
    if (auto manifest = xr::findRuntimeManifest(); !manifest) {
        m_unavailableReason = manifest.error().message;
        return;
    }
    m_probing = true;
    m_probeResult = std::make_shared<ProbeResult>();
    m_probe.reset(QThread::create([result = m_probeResult] { result->info = xr::probeRuntime(); }));
    m_probe->setObjectName(QStringLiteral("omnikast-vr-probe"));
    connect(m_probe.get(), &QThread::finished, this, &VrController::onProbed);
    m_probe->start();
}

void VrController::onProbed() {
    if (!m_probe) return;
    m_probe->wait();
    m_probe.reset();
    m_probing = false;
    const auto& info = *m_probeResult->info;
    if (!info) {
        m_unavailableReason = info.error().message;
    } else {
        const QString requested = qEnvironmentVariable("OMNIKAST_XR_BINDING");
        const auto binding = xr::chooseGlBinding(
            info->supportsEgl,
            info->extensions.contains(QLatin1String(XR_KHR_OPENGL_ENABLE_EXTENSION_NAME)),
            QGuiApplication::platformName(), requested);
        if (!binding) {
            m_unavailableReason = binding.error().message;
        } else {
            m_available = true;
            m_binding = *binding;
            m_bindingForced = !requested.isEmpty() || !info->supportsEgl;
            m_systemName = info->systemName;
        }
    }
    m_probeResult.reset();
    qCInfo(lcUi) << "VR" << (m_available ? "available:" : "unavailable:")
                 << (m_available ? m_systemName : m_unavailableReason);
    emit availabilityChanged();
    if (std::exchange(m_startWhenProbed, false)) start();
}

void VrController::start() {
    if (m_active) return;
    if (m_probing) {
        m_startWhenProbed = true;
        return;
    }
    if (!m_available) {
        setError(m_unavailableReason);
        notify(tr("VR is unavailable: %1").arg(m_unavailableReason));
        return;
    }
    if (!m_view || !m_view->controller() || !m_view->controller()->player()) {
        notify(tr("VR needs a video to show"));
        return;
    }
    startSession();
}

void VrController::stop() {
    m_startWhenProbed = false;
    if (m_session) m_session->stop();
}

void VrController::simulateHeadsetRemovedForTesting() {
    if (m_session) m_session->simulateHeadsetRemovedForTesting();
}

void VrController::startSession() {
    PlayerController* pc = m_view->controller();
    m_player = pc->player();
    setError({});
    m_framesSubmitted = 0;
    emit framesSubmittedChanged();
    QOffscreenSurface* glx = nullptr;
    if (m_binding == xr::GlBinding::Xlib) {
        if (!m_glxSurface) {
            m_glxSurface = std::make_unique<QOffscreenSurface>();
            QSurfaceFormat format;
            format.setVersion(3, 3);
            format.setProfile(QSurfaceFormat::CoreProfile);
            m_glxSurface->setFormat(format);
            m_glxSurface->create();
        }
        glx = m_glxSurface.get();
    }
    m_session = std::make_unique<VrSessionThread>(m_player.get(), pc->effectiveSpherical(), glx,
                                                  !m_bindingForced);
    VrSessionThread* session = m_session.get();
    connect(session, &VrSessionThread::stateChanged, this, &VrController::setState);
    connect(session, &VrSessionThread::sessionCreated, this,
            [this](const QString& name, const QString& binding) {
                qCInfo(lcUi) << "VR session on" << name << "through" << binding;
                if (!name.isEmpty()) m_systemName = name;
                m_graphicsBinding = binding;
                emit availabilityChanged();
            });
    connect(session, &VrSessionThread::mirrorFrame, this, [this](const QImage& eye, int frames) {
        if (m_view && m_session) m_view->setMirrorImage(eye);
        if (frames == m_framesSubmitted) return;
        m_framesSubmitted = frames;
        emit framesSubmittedChanged();
    });
    connect(session, &VrSessionThread::controllerCommand, this,
            &VrController::actOnControllerCommand);
    connect(session, &VrSessionThread::panelShownChanged, this, [this](bool shown) {
        if (shown == m_panelShown) return;
        m_panelShown = shown;
        emit panelShownChanged();
    });
    connect(session, &VrSessionThread::panelPointerChanged, this,
            [this](QPointF position, bool onPanel) {
                m_pointer = position;
                m_pointerOnPanel = onPanel;
                if (onPanel && m_panelRenderer) m_panelRenderer->hover(position);
                emit panelPointerChanged();
            });
    connect(session, &QThread::finished, this, &VrController::onSessionFinished);
    connect(pc, &PlayerController::sphericalChanged, session,
            [session, pc] { session->setSpherical(pc->effectiveSpherical()); });
    // The handoff: the session takes frames only once the view's renderer has let them go.
    connect(m_view, &VideoView::frameSourceReleased, session,
            [session] { session->allowFrames(); });
    m_view->releaseFrameSource();
    if (m_view->frameSourceIdle()) session->allowFrames();
    session->setPanelVisible(m_panelVisible);
    startPanel();
    m_active = true;
    emit activeChanged();
    session->start();
}

void VrController::startPanel() {
    if (!m_panelComponent || !m_session) return;
    // Panel pixels for a 1 m wide quad at arm's length: about as sharp as a headset shows it.
    auto renderer = std::make_unique<HeadsetPanelRenderer>(QSize(1024, 640));
    if (auto r = renderer->setComponent(m_panelComponent); !r) {
        // VR goes on with the video alone; the reason is logged and shown once.
        notify(tr("The VR panel is not available: %1").arg(r.error().message));
        return;
    }
    VrSessionThread* session = m_session.get();
    connect(renderer.get(), &HeadsetPanelRenderer::imageChanged, session,
            [session](const QImage& image) { session->setPanelImage(image); });
    session->setPanelImage(renderer->image());
    m_panelRenderer = std::move(renderer);
}

void VrController::setPanel(QQmlComponent* component) {
    if (component == m_panelComponent) return;
    m_panelComponent = component;
    emit panelChanged();
}

void VrController::setPanelVisible(bool visible) {
    if (visible == m_panelVisible) return;
    m_panelVisible = visible;
    if (m_session) m_session->setPanelVisible(visible);
    emit panelShownChanged();
}

void VrController::onSessionFinished() {
    if (!m_session) return;
    m_session->wait();
    const VrSessionThread::Ending ending = m_session->ending();
    const QString detail = m_session->detail();
    m_session.reset();
    m_panelRenderer.reset();
    m_graphicsBinding.clear();
    emit availabilityChanged();
    if (m_panelShown || m_pointerOnPanel) {
        m_panelShown = m_pointerOnPanel = false;
        emit panelShownChanged();
        emit panelPointerChanged();
    }
    // The session's thread has ended: nobody else takes the player's frames now.
    if (m_view) m_view->reclaimFrameSource();
    m_player.reset();
    m_active = false;
    emit activeChanged();
    setState({});
    switch (ending) {
        case VrSessionThread::Ending::Stopped:
            notify(tr("Left VR; back to the desktop view"));
            break;
        case VrSessionThread::Ending::RuntimeEnded:
            notify(tr("The headset ended the VR session; back to the desktop view"));
            break;
        case VrSessionThread::Ending::Lost:
            setError(detail);
            notify(tr("The VR runtime went away (%1); back to the desktop view").arg(detail));
            break;
        case VrSessionThread::Ending::Failed:
            setError(detail);
            notify(tr("VR stopped: %1; back to the desktop view").arg(detail));
            break;
    }
}

void VrController::actOnControllerCommand(int command) {
    const auto c = xr::ControllerCommand(command);
    xr::CommandContext context;
    context.hasPanel = m_panelShown;
    context.hasEvent = m_hasEvent;
    context.inRoom = m_inRoom;
    context.isModerator = m_isModerator;
    const xr::CommandResponse response = xr::respondTo(c, context);
    switch (response.effect) {
        case xr::CommandEffect::TogglePlayback:
            emit togglePlaybackRequested();
            break;
        case xr::CommandEffect::NextChannel:
            emit nextChannelRequested();
            break;
        case xr::CommandEffect::PreviousChannel:
            emit previousChannelRequested();
            break;
        case xr::CommandEffect::ToggleChat:
            // In the headset the chat is on the panel; without one, the window's chat.
            if (m_panelRenderer)
                setPanelVisible(!m_panelVisible);
            else
                emit chatToggleRequested();
            break;
        case xr::CommandEffect::Recenter:  // done on the session's thread
            break;
        case xr::CommandEffect::ClickPanel:
            if (m_panelRenderer && m_pointerOnPanel) m_panelRenderer->click(m_pointer);
            break;
        case xr::CommandEffect::NotAvailable:
            //: %1: the controller command ("play_pause"), %2: why not ("only moderators may")
            notify(tr("Controller %1: %2")
                       .arg(xr::commandName(c), response.reason.isEmpty() ? tr("not available here")
                                                                          : response.reason));
            break;
    }
}

void VrController::setState(const QString& state) {
    if (state == m_state) return;
    m_state = state;
    emit stateChanged();
}

void VrController::setError(const QString& error) {
    if (error == m_error) return;
    m_error = error;
    emit errorStringChanged();
}

void VrController::notify(const QString& text) {
    qCInfo(lcUi) << "VR:" << text;
    m_lastMessage = text;
    emit message(text);
}

}  // namespace omk::ui
