#include "ui/GuideController.h"

#include "room/RoomConnection.h"
#include "ui/RoomController.h"
#include "ui/VideoView.h"

#include "core/Spherical.h"

#include <algorithm>
#include <cmath>

namespace omk::ui {

namespace {

// The smaller turn from `from` to `to`, in degrees (-180..180].
double yawDelta(double from, double to) {
    double d = std::fmod(to - from, 360.0);
    if (d > 180) d -= 360;
    if (d <= -180) d += 360;
    return d;
}

// Closer than this (degrees) counts as there.
constexpr double kThere = 0.05;
// A frame of the approach.
constexpr int kStepMs = 16;

}  // namespace

GuideController::GuideController(QObject* parent) : QObject(parent) {
    // Precise: a coarse timer may fire early, above the server's rate, which drops views.
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    m_sendTimer.setInterval(kSendIntervalMs + 5);
    connect(&m_sendTimer, &QTimer::timeout, this, [this] { sendNow(false); });
    m_silence.setSingleShot(true);
    m_silence.setInterval(kSilenceMs);
    connect(&m_silence, &QTimer::timeout, this, &GuideController::clearGuide);
    m_stepTimer.setInterval(kStepMs);
    connect(&m_stepTimer, &QTimer::timeout, this, &GuideController::step);
}

GuideController::~GuideController() = default;

RoomController* GuideController::room() const {
    return m_room;
}
VideoView* GuideController::view() const {
    return m_view;
}

void GuideController::setRoom(RoomController* room) {
    if (room == m_room) return;
    if (m_room) disconnect(m_room, nullptr, this, nullptr);
    m_room = room;
    if (m_room) {
        // A new session (another room, a reconnect) has a new connection to listen to.
        connect(m_room, &RoomController::sessionChanged, this, &GuideController::attach);
        connect(m_room, &RoomController::stateChanged, this, &GuideController::refresh);
        connect(m_room, &RoomController::signedInChanged, this, &GuideController::refresh);
    }
    attach();
    emit roomChanged();
}

void GuideController::setView(VideoView* view) {
    if (view == m_view) return;
    m_view = view;
    emit viewChanged();
}

bool GuideController::available() const {
    return m_connection && m_room && m_room->state() == QLatin1String("connected") &&
           m_connection->canRelayViews();
}

bool GuideController::canGuide() const {
    return available() && m_room->canModerate();
}

void GuideController::attach() {
    room::RoomConnection* c = m_room ? m_room->connection() : nullptr;
    if (c != m_connection) {
        if (m_connection) disconnect(m_connection, nullptr, this, nullptr);
        m_connection = c;
        if (c)
            connect(c, &room::RoomConnection::guideViewReceived, this,
                    &GuideController::onGuideView);
        // Another room's guide is not this one's.
        clearGuide();
        m_guiding = false;
        m_sendTimer.stop();
        emit changed();
    }
    refresh();
}

void GuideController::refresh() {
    const bool avail = available();
    const bool can = canGuide();
    // The role was taken away while connected: guiding ends, and the followers are told (the
    // server takes an "off" from its guide without the role). Right after a reconnect the role
    // may come a moment after the join: that is not a loss.
    if (m_guiding && m_wasCanGuide && avail && !can) {
        m_connection->sendGuideView(false, 0, 0, 90);
        m_guiding = false;
        m_sendTimer.stop();
    }
    // Disconnected: a guide followed may end meanwhile; the server tells the current one again
    // after the next join.
    if (!avail && m_guideActive) clearGuide();
    // Back after a reconnect: the server forgot this guide with the old socket.
    if (m_guiding && can && !m_wasCanGuide) sendNow(true);
    if (avail != m_wasAvailable || can != m_wasCanGuide) {
        m_wasAvailable = avail;
        m_wasCanGuide = can;
        emit changed();
    }
}

void GuideController::setGuiding(bool on) {
    if (on && !canGuide()) on = false;
    if (on == m_guiding) return;
    m_guiding = on;
    if (on) {
        sendNow(true);
        m_sendTimer.start();
    } else {
        m_sendTimer.stop();
        if (m_connection) m_connection->sendGuideView(false, 0, 0, 90);
    }
    emit changed();
}

void GuideController::setFollowing(bool on) {
    if (on == m_following) return;
    m_following = on;
    if (on && m_guideActive) {
        m_sinceStep.start();
        m_stepTimer.start();
    } else if (!on) {
        m_stepTimer.stop();
    }
    emit changed();
}

void GuideController::sendNow(bool force) {
    if (!m_guiding || !m_view || !m_connection) return;
    const double yaw = m_view->yaw(), pitch = m_view->pitch(), fov = m_view->fov();
    const bool moved = !m_sentAny || std::abs(yawDelta(m_sentYaw, yaw)) > kThere ||
                       std::abs(pitch - m_sentPitch) > kThere || std::abs(fov - m_sentFov) > kThere;
    // A still guide repeats itself now and then: followers on other servers, and whoever missed
    // one, know it is still there.
    const bool due = !m_sinceSent.isValid() || m_sinceSent.elapsed() >= kRepeatMs;
    if (!force && !moved && !due) return;
    if (!m_connection->sendGuideView(true, yaw, pitch, fov)) return;
    m_sentYaw = yaw;
    m_sentPitch = pitch;
    m_sentFov = fov;
    m_sentAny = true;
    m_sinceSent.start();
}

void GuideController::clearGuide() {
    m_silence.stop();
    m_stepTimer.stop();
    if (!m_guideActive && m_guideId.isEmpty()) return;
    m_guideActive = false;
    m_guideName.clear();
    m_guideId.clear();
    emit changed();
}

void GuideController::onGuideView(const protocol::GuideViewMessage& m) {
    // This viewer's own view, relayed back: nothing to follow.
    if (m_connection && m.by.id == m_connection->userId()) return;
    if (!m.on) {
        // Only the guide followed now ends the guiding here.
        if (m.by.id == m_guideId) clearGuide();
        return;
    }
    // Another moderator guides now: the latest guide wins, this one stops (the server has
    // replaced it already).
    if (m_guiding) {
        m_guiding = false;
        m_sendTimer.stop();
    }
    m_silence.start();
    const bool news = !m_guideActive || m_guideId != m.by.id || m_guideName != m.by.name;
    m_guideActive = true;
    m_guideId = m.by.id;
    m_guideName = m.by.name;
    m_targetYaw = m.yaw;
    m_targetPitch = m.pitch;
    // The guide's field of view as this view can show it.
    m_targetFov = std::clamp(m.fov, kMinFov, kMaxFov);
    if (m_following && !m_stepTimer.isActive()) {
        m_sinceStep.start();
        m_stepTimer.start();
    }
    emit guideViewChanged();
    if (news) emit changed();
}

void GuideController::step() {
    if (!m_view || !m_following || !m_guideActive) {
        m_stepTimer.stop();
        return;
    }
    const double dt = double(std::max<qint64>(1, m_sinceStep.restart()));
    // e^(-4) of the way is left after kSmoothingMs: settled, to the eye.
    const double k = 1.0 - std::exp(-4.0 * dt / kSmoothingMs);
    const double dy = yawDelta(m_view->yaw(), m_targetYaw);
    const double dp = m_targetPitch - m_view->pitch();
    const double df = m_targetFov - m_view->fov();
    if (std::abs(dy) <= kThere && std::abs(dp) <= kThere && std::abs(df) <= kThere) {
        m_view->setYaw(m_targetYaw);
        m_view->setPitch(m_targetPitch);
        m_view->setFov(m_targetFov);
        m_stepTimer.stop();
        return;
    }
    m_view->setYaw(m_view->yaw() + dy * k);
    m_view->setPitch(m_view->pitch() + dp * k);
    m_view->setFov(m_view->fov() + df * k);
}

}  // namespace omk::ui
