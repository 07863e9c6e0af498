#pragma once
// The 360° video as a Qt Quick item. Drawing happens on the scene graph's render thread in
// VideoViewRenderer; this item only holds the view direction and which player to show.
//
// Threading: GUI thread. The render thread reads this item only inside synchronize(), while the
// GUI thread is blocked.

#include "ui/PlayerController.h"
#include "ui/ViewController.h"

#include <QtQml/qqmlregistration.h>
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

private:
    void changed();
    void onFrameTimer();

    ViewController m_view;
    QPointer<PlayerController> m_controller;
    QTimer m_frameTimer;
    qint64 m_renderedFrames = 0;
    QString m_error;
};

}  // namespace omk::ui
