#pragma once
// "Look where the guide looks" (docs/USER-GUIDE.md "Guiding the view"; protocol 1.5): a moderator
// of the room (a watch party's host) turns guiding on, and their view direction goes to the room
// whenever it changed, at most every kSendIntervalMs (the server's 10 per second); every viewer
// who chose to follow has their view turned to the guide's, smoothly: an exponential approach
// that settles within about kSmoothingMs, the shorter way round in yaw. A follower may still look
// around; the guide's next move turns them back. A still guide repeats its view every
// kRepeatMs, so a guide not heard from for kSilenceMs (its server gone, its "off" lost) is gone.
// Guiding ends when the guide stops, leaves, loses the role (its client says so) or another
// moderator starts guiding (the latest guide wins; the earlier one's client stops).
// Still to come: "look here" markers on the sphere, and the headset's rules (yaw only, a marker
// towards the guide).
// Threading: GUI thread.

#include "protocol/ServerMessage.h"

#include <QtQml/qqmlregistration.h>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace omk::room {
class RoomConnection;
}

namespace omk::ui {

class RoomController;
class VideoView;

class GuideController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("ui/RoomController.h")
    Q_MOC_INCLUDE("ui/VideoView.h")
    Q_PROPERTY(omk::ui::RoomController* room READ room WRITE setRoom NOTIFY roomChanged)
    Q_PROPERTY(omk::ui::VideoView* view READ view WRITE setView NOTIFY viewChanged)
    // The room is joined on a server that relays guides' views.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // available, and this viewer moderates the room: guiding may be turned on.
    Q_PROPERTY(bool canGuide READ canGuide NOTIFY changed)
    Q_PROPERTY(bool guiding READ guiding WRITE setGuiding NOTIFY changed)
    // Someone else guides this room now; who.
    Q_PROPERTY(bool guideActive READ guideActive NOTIFY changed)
    Q_PROPERTY(QString guideName READ guideName NOTIFY changed)
    // This viewer's view follows the guide's (a choice kept for the window's life).
    Q_PROPERTY(bool following READ following WRITE setFollowing NOTIFY changed)
    // Where the guide looks now (degrees), while guideActive.
    Q_PROPERTY(double guideYaw READ guideYaw NOTIFY guideViewChanged)
    Q_PROPERTY(double guidePitch READ guidePitch NOTIFY guideViewChanged)

public:
    static constexpr int kSendIntervalMs = 100;
    static constexpr int kSmoothingMs = 250;
    static constexpr int kRepeatMs = 2000;
    static constexpr int kSilenceMs = 3 * kRepeatMs;

    explicit GuideController(QObject* parent = nullptr);
    ~GuideController() override;

    RoomController* room() const;
    void setRoom(RoomController* room);
    VideoView* view() const;
    void setView(VideoView* view);
    bool available() const;
    bool canGuide() const;
    bool guiding() const { return m_guiding; }
    void setGuiding(bool on);
    bool guideActive() const { return m_guideActive; }
    QString guideName() const { return m_guideName; }
    bool following() const { return m_following; }
    void setFollowing(bool on);
    double guideYaw() const { return m_targetYaw; }
    double guidePitch() const { return m_targetPitch; }

signals:
    void roomChanged();
    void viewChanged();
    void changed();
    void guideViewChanged();

private:
    void attach();
    void onGuideView(const protocol::GuideViewMessage& m);
    void sendNow(bool force);
    void step();
    void refresh();
    void clearGuide();

    QPointer<RoomController> m_room;
    QPointer<VideoView> m_view;
    QPointer<room::RoomConnection> m_connection;
    bool m_guiding = false;
    bool m_following = false;
    bool m_guideActive = false;
    QString m_guideName, m_guideId;
    bool m_wasAvailable = false, m_wasCanGuide = false;
    // What was sent last (guiding), and where the guide looks (following).
    double m_sentYaw = 0, m_sentPitch = 0, m_sentFov = 0;
    bool m_sentAny = false;
    double m_targetYaw = 0, m_targetPitch = 0, m_targetFov = 90;
    QTimer m_sendTimer;
    QTimer m_stepTimer;
    QTimer m_silence;  // the guide followed has gone quiet
    QElapsedTimer m_sinceStep;
    QElapsedTimer m_sinceSent;
};

}  // namespace omk::ui
