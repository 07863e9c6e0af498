#include "ui/RoomModeration.h"

#include "room/ModeratorActions.h"
#include "ui/ChatComposer.h"
#include "ui/RoomSession.h"

#include <QCoreApplication>

#include <algorithm>

// User-visible strings keep RoomController's translation context (translations/*.ts): this
// class is a part of it.

namespace omk::ui {

RoomModeration::RoomModeration(RoomSession* session, ChatComposer* composer, QObject* parent)
    : QObject(parent), m_session(session), m_composer(composer) {}

bool RoomModeration::ready() {
    if (m_session->moderator()) return true;
    m_session->setError(
        QCoreApplication::translate("omk::ui::RoomController", "Not connected to a chat server"));
    return false;
}

bool RoomModeration::deleteMessage(qint64 seq) {
    return ready() && m_composer->check(m_session->moderator()->deleteMessage(seq));
}
bool RoomModeration::timeoutUser(const QString& userId, int seconds) {
    return ready() && m_composer->check(m_session->moderator()->timeout(userId, seconds));
}
bool RoomModeration::banUser(const QString& userId) {
    return ready() && m_composer->check(m_session->moderator()->ban(userId));
}
bool RoomModeration::setSlowMode(int seconds) {
    return ready() && m_composer->check(m_session->moderator()->slowMode(seconds));
}
bool RoomModeration::pinMessage(qint64 seq) {
    return ready() && m_composer->check(m_session->moderator()->pin(seq));
}
bool RoomModeration::unpin() {
    return ready() && m_composer->check(m_session->moderator()->unpin());
}
bool RoomModeration::announce(const QString& text) {
    if (!ready()) return false;
    if (text.trimmed().isEmpty()) return false;
    return m_composer->check(m_session->moderator()->announce(text.trimmed()));
}

bool RoomModeration::setPlayback(const QString& media, double position, double rate, bool paused) {
    if (!ready()) return false;
    if (media.isEmpty()) {
        m_session->setError(QCoreApplication::translate(
            "omk::ui::RoomController", "Nothing is playing to share with the room"));
        return false;
    }
    return m_composer->check(
        m_session->moderator()->setPlayback(media, std::max(0.0, position) * 1000.0, rate, paused));
}

}  // namespace omk::ui
