#pragma once
// The window's VR mode (docs/XR.md, "In the window"): whether a headset can be used here and,
// if not, why in one sentence; start() puts the playing stream in the headset on a thread of its
// own (VrSessionThread) while the window mirrors the left eye; stop(), the runtime or headset
// ending the session, or the runtime going away bring the window back to its own view, with a
// message. The player is never closed or reopened by any of this: playback goes on throughout.
//
// The frame handoff: start() puts the VideoView in mirror mode; only once the view's renderer
// has confirmed it stopped taking frames may the VR thread take them. When the VR thread has
// ended, the view takes them again. The view's yaw and pitch are left alone (the headset's
// pose drives the eyes) and are there again when VR ends.
//
// The runtime probe (loading the runtime, asking for a headset) can take a second or more, so it
// runs on a thread of its own at construction; only the cheap check for a runtime manifest runs
// on the GUI thread. start() during the probe starts once the probe says VR can run.
//
// Threading: GUI thread. The probe and the session run on their own threads and report back
// through queued signals; the destructor joins both.

#include "ui/VideoView.h"
#include "xr/GlBinding.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QOffscreenSurface>
#include <QPointF>
#include <QPointer>
#include <QQmlComponent>
#include <QString>
#include <QThread>

#include <memory>

namespace omk::media {
class Player;
}

namespace omk::ui {

class VrSessionThread;
class HeadsetPanelRenderer;

class VrController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The view to mirror into and whose player's frames the headset shows.
    Q_PROPERTY(omk::ui::VideoView* view READ view WRITE setView NOTIFY viewChanged)
    // Still finding out whether a runtime and a headset are there.
    Q_PROPERTY(bool probing READ probing NOTIFY availabilityChanged)
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    // Why VR cannot run here, one sentence; empty while probing or when available.
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY availabilityChanged)
    // The headset's name as the runtime gives it ("Monado: Simulated HMD").
    Q_PROPERTY(QString systemName READ systemName NOTIFY availabilityChanged)
    // The OpenGL binding the running session draws through ("OpenGL (Xlib)"); empty when none.
    Q_PROPERTY(QString graphicsBinding READ graphicsBinding NOTIFY availabilityChanged)
    // From start() until the window is back to its own view.
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // The session state as OpenXR names it ("focused"); empty when no session.
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int framesSubmitted READ framesSubmitted NOTIFY framesSubmittedChanged)
    // The last message shown about VR (why it ended, why it cannot start).
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY message)
    // The in-headset panel (HeadsetPanel.qml, bound to the window's controllers): rendered
    // offscreen into a quad layer while VR runs. Without one the headset shows the video only.
    Q_PROPERTY(QQmlComponent* panel READ panel WRITE setPanel NOTIFY panelChanged)
    // The panel is among the layers the headset shows (a session runs and it was drawn).
    Q_PROPERTY(bool panelShown READ panelShown NOTIFY panelShownChanged)
    // Shown or hidden by the controllers' chat button; kept across sessions.
    Q_PROPERTY(bool panelVisible READ panelVisible WRITE setPanelVisible NOTIFY panelShownChanged)
    // Where a controller points on the panel, (0,0) top-left to (1,1); pointerOnPanel false when
    // none does.
    Q_PROPERTY(QPointF panelPointer READ panelPointer NOTIFY panelPointerChanged)
    Q_PROPERTY(bool pointerOnPanel READ pointerOnPanel NOTIFY panelPointerChanged)
    // What the controllers' buttons may do here (xr::respondTo), bound by the window.
    Q_PROPERTY(bool hasEvent MEMBER m_hasEvent NOTIFY commandContextChanged)
    Q_PROPERTY(bool inRoom MEMBER m_inRoom NOTIFY commandContextChanged)
    Q_PROPERTY(bool isModerator MEMBER m_isModerator NOTIFY commandContextChanged)

public:
    explicit VrController(QObject* parent = nullptr);
    ~VrController() override;

    VideoView* view() const { return m_view; }
    void setView(VideoView* view);
    bool probing() const { return m_probing; }
    bool available() const { return m_available; }
    QString unavailableReason() const { return m_unavailableReason; }
    QString systemName() const { return m_systemName; }
    bool active() const { return m_active; }
    QString graphicsBinding() const { return m_graphicsBinding; }
    QString state() const { return m_state; }
    QString errorString() const { return m_error; }
    int framesSubmitted() const { return m_framesSubmitted; }
    QString lastMessage() const { return m_lastMessage; }

    QQmlComponent* panel() const { return m_panelComponent; }
    void setPanel(QQmlComponent* component);
    bool panelShown() const { return m_panelShown; }
    bool panelVisible() const { return m_panelVisible; }
    void setPanelVisible(bool visible);
    QPointF panelPointer() const { return m_pointer; }
    bool pointerOnPanel() const { return m_pointerOnPanel; }
    // The panel's renderer while a session runs (tests look at what it shows).
    HeadsetPanelRenderer* panelRenderer() const { return m_panelRenderer.get(); }

    // See VrSessionThread::simulateHeadsetRemovedForTesting (a test double of the headset).
    void simulateHeadsetRemovedForTesting();

public slots:
    void start();
    void stop();
    void toggle() { m_active ? stop() : start(); }
    // A controller command (xr::ControllerCommand) from the session: answered through the
    // requests below, or refused with a message.
    void actOnControllerCommand(int command);

signals:
    void viewChanged();
    void availabilityChanged();
    void activeChanged();
    void stateChanged();
    void errorStringChanged();
    void framesSubmittedChanged();
    // A sentence for the window's notice (toast): why VR ended or cannot start.
    void message(const QString& text);
    void commandContextChanged();
    void panelChanged();
    void panelShownChanged();
    void panelPointerChanged();
    // What a controller asked for, for the window to do as its own keys would.
    void togglePlaybackRequested();
    void nextChannelRequested();
    void previousChannelRequested();
    void chatToggleRequested();

private:
    void startProbe();
    void onProbed();
    void startSession();
    void startPanel();
    void onSessionFinished();
    void setState(const QString& state);
    void setError(const QString& error);
    void notify(const QString& text);

    QPointer<VideoView> m_view;
    bool m_probing = false;
    bool m_available = false;
    QString m_unavailableReason;
    QString m_systemName;
    QString m_graphicsBinding;
    xr::GlBinding m_binding = xr::GlBinding::Egl;
    bool m_bindingForced = false;  // OMNIKAST_XR_BINDING: no falling back to the other one
    // The Xlib binding's offscreen surface: Qt makes surfaces on the GUI thread only.
    std::unique_ptr<QOffscreenSurface> m_glxSurface;
    bool m_active = false;
    bool m_startWhenProbed = false;
    QString m_state;
    QString m_error;
    int m_framesSubmitted = 0;
    QString m_lastMessage;
    QPointer<QQmlComponent> m_panelComponent;
    std::unique_ptr<HeadsetPanelRenderer> m_panelRenderer;
    bool m_panelShown = false;
    bool m_panelVisible = true;
    QPointF m_pointer;
    bool m_pointerOnPanel = false;
    bool m_hasEvent = false;
    bool m_inRoom = false;
    bool m_isModerator = false;
    struct ProbeResult;
    std::shared_ptr<ProbeResult> m_probeResult;
    std::unique_ptr<QThread> m_probe;
    // Held for the session's lifetime so the player outlives the thread that takes its frames;
    // dropped on the GUI thread after the thread is joined.
    std::shared_ptr<media::Player> m_player;
    std::unique_ptr<VrSessionThread> m_session;
};

}  // namespace omk::ui
