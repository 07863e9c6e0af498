#include "ui/RoomController.h"

namespace omk::ui {

RoomController::RoomController(QObject* parent)
    : QObject(parent),
      m_composer(&m_session),
      m_moderation(&m_session, &m_composer),
      m_playback(&m_session, &m_moderation) {
    // The session's signals are this facade's, for QML.
    connect(&m_session, &RoomSession::configChanged, this, &RoomController::configChanged);
    connect(&m_session, &RoomSession::playerChanged, this, &RoomController::playerChanged);
    connect(&m_session, &RoomSession::sessionChanged, this, &RoomController::sessionChanged);
    connect(&m_session, &RoomSession::availableChanged, this, &RoomController::availableChanged);
    connect(&m_session, &RoomSession::stateChanged, this, &RoomController::stateChanged);
    connect(&m_session, &RoomSession::viewerCountChanged, this,
            &RoomController::viewerCountChanged);
    connect(&m_session, &RoomSession::signedInChanged, this, &RoomController::signedInChanged);
    connect(&m_session, &RoomSession::roomStateChanged, this, &RoomController::roomStateChanged);
    connect(&m_session, &RoomSession::announcementChanged, this,
            &RoomController::announcementChanged);
    connect(&m_session, &RoomSession::pendingCountChanged, this,
            &RoomController::pendingCountChanged);
    connect(&m_session, &RoomSession::syncChanged, this, &RoomController::syncChanged);
    connect(&m_session, &RoomSession::mediaOverrideChanged, this,
            &RoomController::mediaOverrideChanged);
    connect(&m_session, &RoomSession::clockChanged, this, &RoomController::clockChanged);
    connect(&m_session, &RoomSession::errorStringChanged, this,
            &RoomController::errorStringChanged);
    connect(&m_session, &RoomSession::errorOccurred, this, &RoomController::errorOccurred);
    for (auto signal : {&RoomSession::sessionChanged, &RoomSession::signedInChanged,
                        &RoomSession::readOnlyChanged})
        connect(&m_session, signal, this, &RoomController::readOnlyChanged);
    connect(&m_session, &RoomSession::liveAnchorNeeded, this,
            [this](const QString& media, double streamPosition) {
                m_playback.anchorLive(media, streamPosition);
            });
    connect(&m_composer, &ChatComposer::inputHintChanged, this, &RoomController::inputHintChanged);
    connect(&m_composer, &ChatComposer::returned, this, &RoomController::chatReturned);
}

RoomController::~RoomController() {
    // While this object is whole: the connection's last signals still reach QML.
    m_session.teardown();
}

bool RoomController::send(const QString& text, qint64 replyToSeq) {
    return m_composer.send(text, replyToSeq);
}
bool RoomController::editMessage(qint64 seq, const QString& text) {
    return m_composer.editMessage(seq, text);
}
bool RoomController::react(qint64 seq, const QString& emoji, bool on) {
    return m_composer.react(seq, emoji, on);
}
QStringList RoomController::completeMention(const QString& prefix) const {
    return m_composer.completeMention(prefix);
}
void RoomController::reconnectNow() {
    m_session.restart();
}
QString RoomController::richText(const QString& text) const {
    return m_composer.richText(text);
}

bool RoomController::togglePauseForAll() {
    return m_playback.togglePause();
}
bool RoomController::seekForAll(double seconds) {
    return m_playback.seek(seconds);
}
bool RoomController::seekRelativeForAll(double seconds) {
    return m_playback.seekRelative(seconds);
}
bool RoomController::playMediaForAll(const QString& media) {
    return m_playback.playMedia(media);
}

}  // namespace omk::ui
