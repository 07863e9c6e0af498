#pragma once
// The window's headset session on a thread of its own: a GL context of its own (GLX through the
// Xlib binding on X11, else EGL surfaceless), an xr::XrProgram, the sphere renderer drawing
// each eye at the headset's pose, and the left eye copied for the desktop mirror (VrMirror).
// Runs until stop() is asked, the runtime or the headset ends the session, or the runtime goes
// away; then it tears everything down and ends, and ending() says how.
//
// Frames: the thread takes the player's frames only after allowFrames() (the window's renderer
// has confirmed it stopped taking them: VideoView's mirror mode) and never after run() returns,
// so the window may take them again once finished() is emitted.
//
// Threading: constructed and controlled on the GUI thread; run() on its own thread, which owns
// every OpenXR and GL object. Signals are emitted from that thread (queued to the GUI). The
// player must outlive the thread (the owner holds it and joins the thread first).

#include "core/Expected.h"
#include "core/Spherical.h"
#include "xr/XrPlatform.h"

#include <QImage>
#include <QMutex>
#include <QPointF>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class QOffscreenSurface;

namespace omk::media {
class Player;
}

namespace omk::xr {
class GraphicsPlugin;
}

namespace omk::ui {

class VrSessionThread : public QThread {
    Q_OBJECT
public:
    enum class Ending {
        Stopped,       // stop() was asked
        RuntimeEnded,  // the runtime or the headset ended the session (headset taken off)
        Lost,          // the runtime went away (loss pending, instance or session lost)
        Failed,        // it could not start or run (detail says why)
    };

    // With `glxSurface` (made on the GUI thread, outliving the thread) the session draws on a GLX
    // context of Qt's through the Xlib binding, falling back to EGL where that cannot start and
    // `eglFallback`; without, on its own EGL context.
    VrSessionThread(media::Player* player, const SphericalInfo& spherical,
                    QOffscreenSurface* glxSurface = nullptr, bool eglFallback = true,
                    QObject* parent = nullptr);
    ~VrSessionThread() override;

    // GUI thread.
    void allowFrames() { m_mayTakeFrames = true; }
    void stop() { m_stopRequested = true; }
    // Tear down at once, without waiting for the runtime to walk the session out (the window is
    // closing).
    void abort() { m_abort = true; }
    void setSpherical(const SphericalInfo& spherical);
    // The in-headset panel's next picture (HeadsetPanelRenderer's): the first one creates the
    // panel layer at its size; later ones replace what it shows.
    void setPanelImage(const QImage& image);
    void setPanelVisible(bool visible) { m_panelVisible = visible; }
    // A test double of a headset being taken off, for a runtime that cannot be made to do it
    // (Monado's simulated headset): the session is ended as if the runtime had asked, and the
    // thread ends with Ending::RuntimeEnded.
    void simulateHeadsetRemovedForTesting() { m_simulateRemoval = true; }

    // After finished().
    Ending ending() const { return m_ending; }
    QString detail() const { return m_detail; }

signals:
    // The runtime's name for the headset, once the session exists.
    // binding: the graphics plugin's name ("OpenGL (Xlib)").
    void sessionCreated(const QString& systemName, const QString& binding);
    void stateChanged(const QString& state);
    // The left eye (top row first), at most 30 times a second, and the frames submitted so far.
    void mirrorFrame(const QImage& leftEye, int framesSubmitted);
    // A controller command other than recentring (which the thread does itself), as an
    // xr::ControllerCommand: what it means depends on the window (xr::respondTo).
    void controllerCommand(int command);
    // The panel is (or is no longer) among the layers the headset shows.
    void panelShownChanged(bool shown);
    // Where a controller points on the panel (panel coordinates, (0,0) top-left); onPanel false
    // when no pointer meets it.
    void panelPointerChanged(QPointF position, bool onPanel);

protected:
    void run() override;

private:
    void finish(Ending ending, const QString& detail);
    Expected<std::unique_ptr<xr::GraphicsPlugin>> makePlugin();

    media::Player* m_player;
    QOffscreenSurface* m_glxSurface = nullptr;
    bool m_eglFallback = true;
    QMutex m_sphericalMutex;
    SphericalInfo m_spherical;
    QImage m_panelImage;  // under m_sphericalMutex; taken by the thread
    std::atomic<bool> m_panelVisible{true};
    std::atomic<bool> m_mayTakeFrames{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_abort{false};
    std::atomic<bool> m_simulateRemoval{false};
    Ending m_ending = Ending::Failed;
    QString m_detail;
};

// Whether the runtime has taken a shown session away without being asked to: it went from
// visible or focused to stopping, idle or exiting (what a runtime does when the headset comes
// off or its own UI ends the app). A session that was never shown is the start-up's business.
class VrSessionWatch {
public:
    void onState(XrSessionState state, bool exitRequested);
    bool wasShown() const { return m_shown; }
    bool endedByRuntime() const { return m_endedByRuntime; }

private:
    bool m_shown = false;
    bool m_endedByRuntime = false;
};

}  // namespace omk::ui
