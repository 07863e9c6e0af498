#pragma once
// The 360° video as a Qt Quick item. Drawing happens on the scene graph's render thread in
// VideoViewRenderer; this item only holds the view direction and which player to show.
//
// Mirror mode (VR): the player has one frame consumer at a time (media::Player's Threading
// note). releaseFrameSource() asks the renderer to stop taking frames; the renderer confirms in
// its next synchronize() (which runs while it is not inside render(), so it is provably not
// taking one), and frameSourceReleased() is emitted only then: from that moment another thread
// may take the player's frames. Meanwhile the item shows the images given to setMirrorImage().
// reclaimFrameSource() gives the frames back to the renderer; call it only once the other
// consumer has stopped for good.
//
// Threading: GUI thread. The render thread reads this item only inside synchronize(), while the
// GUI thread is blocked.

#include "ui/PlayerController.h"
#include "ui/ViewController.h"

#include <QtQml/qqmlregistration.h>
#include <QImage>
#include <QPointer>
#include <QQuickFramebufferObject>
#include <QTimer>

namespace omk::ui {

class VideoView : public QQuickFramebufferObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(omk::ui::PlayerController* controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(double yaw READ yaw WRITE setYaw NOTIFY viewChanged)
    Q_PROPERTY(double pitch READ pitch WRITE setPitch NOTIFY viewChanged)
    Q_PROPERTY(double fov READ fov WRITE setFov NOTIFY viewChanged)
    Q_PROPERTY(qint64 renderedFrames READ renderedFrames NOTIFY renderedFramesChanged)
    // Why nothing can be drawn (the renderer could not start, a frame could not be uploaded).
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // Showing another consumer's pictures (setMirrorImage) instead of drawing the player's frames.
    Q_PROPERTY(bool mirroring READ mirroring NOTIFY mirroringChanged)

public:
    explicit VideoView(QQuickItem* parent = nullptr);

    Renderer* createRenderer() const override;

    PlayerController* controller() const { return m_controller; }
    void setController(PlayerController* controller);
    double yaw() const { return m_view.view().yaw; }
    double pitch() const { return m_view.view().pitch; }
    double fov() const { return m_view.view().fov; }
    void setYaw(double yaw);
    void setPitch(double pitch);
    void setFov(double fov);
    const ViewParams& viewParams() const { return m_view.view(); }
    qint64 renderedFrames() const { return m_renderedFrames; }
    QString errorString() const { return m_error; }

    bool mirroring() const { return m_mirroring; }
    // See "Mirror mode" above.
    void releaseFrameSource();
    void reclaimFrameSource();
    // Whether the renderer has confirmed it no longer takes the player's frames.
    bool frameSourceIdle() const { return m_mirroring && m_releaseConfirmed; }
    void setMirrorImage(const QImage& image);
    // For the renderer's synchronize().
    QImage mirrorImage() const { return m_mirrorImage; }
    quint64 mirrorSerial() const { return m_mirrorSerial; }
    quint64 releaseSerial() const { return m_releaseSerial; }
    // Called by the renderer (queued) once it has seen release request `serial`.
    void noteFrameSourceReleased(quint64 serial);

    // Called by the renderer (through a queued connection) after each drawn frame.
    void noteFrameRendered();
    // Called by the renderer (queued); the first reason is kept, later ones repeat it.
    void noteRenderError(const QString& message);

public slots:
    void dragBy(double dx, double dy);
    void turn(double dYaw, double dPitch);
    void zoomBy(double steps);
    void recenter();

signals:
    void controllerChanged();
    void viewChanged();
    void renderedFramesChanged();
    void errorStringChanged();
    void mirroringChanged();
    // The renderer stopped taking frames (after releaseFrameSource()).
    void frameSourceReleased();

private:
    void changed();
    void onFrameTimer();

    ViewController m_view;
    QPointer<PlayerController> m_controller;
    QTimer m_frameTimer;
    qint64 m_renderedFrames = 0;
    QString m_error;
    bool m_mirroring = false;
    bool m_releaseConfirmed = false;
    // Each release request gets a new number, so a late confirmation of an earlier one never
    // confirms a later one.
    quint64 m_releaseSerial = 0;
    QImage m_mirrorImage;
    quint64 m_mirrorSerial = 0;
};

}  // namespace omk::ui
