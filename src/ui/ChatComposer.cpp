#include "ui/ChatComposer.h"

#include "protocol/ErrorCodes.h"
#include "room/DreamkastChat.h"
#include "room/RoomConnection.h"
#include "ui/MessageFormatter.h"
#include "ui/RoomSession.h"

#include <QCoreApplication>

// User-visible strings keep RoomController's translation context (translations/*.ts): this
// class is a part of it.

namespace omk::ui {
namespace {

QString refusalHint(const QString& reason, qint64 retryAfterMs) {
    const int s = int((retryAfterMs + 999) / 1000);
    if (reason == QLatin1String("slow_mode"))
        return QCoreApplication::translate("omk::ui::RoomController",
                                           "Slow mode: you can send again in %n s", nullptr, s);
    if (reason == QLatin1String("rate_limited"))
        return QCoreApplication::translate("omk::ui::RoomController",
                                           "Too fast: sending again in %n s", nullptr, s);
    if (reason == QLatin1String("timed_out"))
        return QCoreApplication::translate("omk::ui::RoomController", "You are timed out for %n s",
                                           nullptr, s);
    return QCoreApplication::translate("omk::ui::RoomController",
                                       "Not sent yet (%1); retrying in %n s", nullptr, s)
        .arg(reason);
}

QString failureHint(const QString& code, const QString& message) {
    if (code == QLatin1String("banned"))
        return QCoreApplication::translate("omk::ui::RoomController",
                                           "You are banned from this room");
    if (code == QLatin1String("forbidden"))
        return QCoreApplication::translate("omk::ui::RoomController",
                                           "Only moderators may do that");
    if (code == QLatin1String(protocol::error::kRoomClosed)) return RoomSession::closedReason();
    if (code == QLatin1String(protocol::error::kSignInRequired)) return RoomSession::signInReason();
    return message.isEmpty() ? code : message;
}

QString noEditsHint() {
    return QCoreApplication::translate("omk::ui::RoomController",
                                       "Dreamkast's chat has no edits or reactions");
}

}  // namespace

ChatComposer::ChatComposer(RoomSession* session, QObject* parent)
    : QObject(parent), m_session(session) {
    m_hintTimer.setSingleShot(true);
    connect(&m_hintTimer, &QTimer::timeout, this, [this] { setInputHint({}); });
    connect(session, &RoomSession::restarting, this, [this] { setInputHint({}); });
    connect(session, &RoomSession::sendRefused, this,
            [this](const QString& reason, qint64 retryAfterMs) {
                setInputHint(refusalHint(reason, retryAfterMs), int(retryAfterMs) + 500);
            });
    connect(session, &RoomSession::sendFailed, this,
            [this](const QString& code, const QString& message) {
                setInputHint(failureHint(code, message), 8000);
            });
    connect(session, &RoomSession::chatReturned, this, [this](const QString& text) {
        // After sendFailed's hint, which says why.
        const QString back = QCoreApplication::translate("omk::ui::RoomController",
                                                         "Your message is back in the input.");
        const QString joint =
            m_inputHint.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ");
        setInputHint(m_inputHint.isEmpty() ? back : m_inputHint + joint + back, 8000);
        emit returned(text);
    });
    connect(session, &RoomSession::postFailed, this,
            [this](const QString& message) { setInputHint(message, 8000); });
    connect(session, &RoomSession::acked, this, [this] {
        if (!m_hintTimer.isActive()) setInputHint({});
    });
}

void ChatComposer::setInputHint(const QString& hint, int clearAfterMs) {
    if (clearAfterMs > 0)
        m_hintTimer.start(clearAfterMs);
    else if (hint.isEmpty())
        m_hintTimer.stop();
    if (hint == m_inputHint) return;
    m_inputHint = hint;
    emit inputHintChanged();
}

bool ChatComposer::check(const omk::Expected<QString>& queued) {
    if (queued) return true;
    setInputHint(queued.error().message, 6000);
    m_session->setError(queued.error().message);
    return false;
}

bool ChatComposer::send(const QString& text, qint64 replyToSeq) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return false;
    if (const QString readOnly = m_session->readOnlyReason(); !readOnly.isEmpty()) {
        setInputHint(readOnly, 8000);
        return false;
    }
    if (room::DreamkastChat* dreamkast = m_session->dreamkastChat()) {
        if (!dreamkast->canPost()) {
            setInputHint(m_session->readOnlyReason(), 8000);
            return false;
        }
        auto posted = dreamkast->post(t, replyToSeq);
        if (!posted) setInputHint(posted.error().message, 6000);
        return bool(posted);
    }
    room::RoomConnection* connection = m_session->connection();
    if (!connection) {
        setInputHint(QCoreApplication::translate("omk::ui::RoomController",
                                                 "Not connected to a chat server"),
                     4000);
        return false;
    }
    auto queued = connection->sendChat(t, replyToSeq);
    if (!queued) {
        setInputHint(queued.error().message, 6000);
        return false;
    }
    return true;
}

bool ChatComposer::editMessage(qint64 seq, const QString& text) {
    if (m_session->dreamkastChat()) {
        setInputHint(noEditsHint(), 4000);
        return false;
    }
    room::RoomConnection* connection = m_session->connection();
    if (!connection || seq <= 0 || text.trimmed().isEmpty()) return false;
    auto queued =
        connection->send(protocol::EventType::ChatEdit,
                         {{QStringLiteral("seq"), seq}, {QStringLiteral("text"), text.trimmed()}});
    if (!queued) setInputHint(queued.error().message, 6000);
    return bool(queued);
}

bool ChatComposer::react(qint64 seq, const QString& emoji, bool on) {
    if (m_session->dreamkastChat()) {
        setInputHint(noEditsHint(), 4000);
        return false;
    }
    room::RoomConnection* connection = m_session->connection();
    if (!connection || seq <= 0 || emoji.isEmpty()) return false;
    return check(connection->send(protocol::EventType::ChatReact, {{QStringLiteral("seq"), seq},
                                                                   {QStringLiteral("emoji"), emoji},
                                                                   {QStringLiteral("on"), on}}));
}

QStringList ChatComposer::completeMention(const QString& prefix) const {
    const room::PresenceModel* presence = m_session->presence();
    if (!presence) return {};
    QStringList names;
    for (const auto& a : presence->members()) names.append(a.name);
    return MessageFormatter::completeMention(names, prefix);
}

QString ChatComposer::richText(const QString& text) const {
    return MessageFormatter::richText(text, m_session->userName());
}

}  // namespace omk::ui
