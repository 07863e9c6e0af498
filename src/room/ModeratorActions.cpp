#include "room/ModeratorActions.h"

#include "room/RoomConnection.h"

namespace omk::room {

using protocol::EventType;

ModeratorActions::ModeratorActions(RoomConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    connect(connection, &RoomConnection::signedIn, this, &ModeratorActions::canModerateChanged);
    connect(connection, &RoomConnection::roleChanged, this, &ModeratorActions::canModerateChanged);
    connect(connection, &RoomConnection::acked, this, [this](const protocol::Ack& ack) {
        if (ack.cid != m_announcementCid || !m_connection) return;
        m_announcementCid.clear();
        if (auto pinned = pin(ack.seq); !pinned)
            emit m_connection->errorOccurred(pinned.error().message);
    });
}

bool ModeratorActions::canModerate() const {
    return m_connection && m_connection->canModerate();
}

omk::Expected<void> ModeratorActions::allowed() const {
    if (!m_connection) return omk::fail(QStringLiteral("no connection"));
    if (!m_connection->canModerate())
        return omk::fail(QStringLiteral("only a moderator of this room may do that"));
    return {};
}

#define OMK_REQUIRE_MODERATOR() \
    if (auto ok = allowed(); !ok) return ok.unexpected()

omk::Expected<QString> ModeratorActions::deleteMessage(qint64 seq) {
    OMK_REQUIRE_MODERATOR();
    return m_connection->send(EventType::ChatDelete, {{QStringLiteral("seq"), seq}});
}

omk::Expected<QString> ModeratorActions::timeout(const QString& userId, int seconds,
                                                 const QString& reason) {
    OMK_REQUIRE_MODERATOR();
    QJsonObject d{{QStringLiteral("user"), userId},
                  {QStringLiteral("duration_ms"), qint64(seconds) * 1000}};
    if (!reason.isEmpty()) d.insert(QStringLiteral("reason"), reason);
    return m_connection->send(EventType::ModTimeout, d);
}

omk::Expected<QString> ModeratorActions::ban(const QString& userId, const QString& reason) {
    OMK_REQUIRE_MODERATOR();
    QJsonObject d{{QStringLiteral("user"), userId}, {QStringLiteral("banned"), true}};
    if (!reason.isEmpty()) d.insert(QStringLiteral("reason"), reason);
    return m_connection->send(EventType::ModBan, d);
}

omk::Expected<QString> ModeratorActions::unban(const QString& userId) {
    OMK_REQUIRE_MODERATOR();
    return m_connection->send(
        EventType::ModBan, {{QStringLiteral("user"), userId}, {QStringLiteral("banned"), false}});
}

omk::Expected<QString> ModeratorActions::slowMode(int seconds) {
    OMK_REQUIRE_MODERATOR();
    return m_connection->send(EventType::ModSlowMode,
                              {{QStringLiteral("interval_ms"), qint64(seconds) * 1000}});
}

omk::Expected<QString> ModeratorActions::pin(qint64 seq) {
    OMK_REQUIRE_MODERATOR();
    return m_connection->send(EventType::ModPin, {{QStringLiteral("seq"), seq}});
}

omk::Expected<QString> ModeratorActions::unpin() {
    return pin(0);
}

omk::Expected<QString> ModeratorActions::announce(const QString& text) {
    OMK_REQUIRE_MODERATOR();
    auto cid = m_connection->sendChat(text);
    if (cid) m_announcementCid = *cid;
    return cid;
}

omk::Expected<QString> ModeratorActions::setPlayback(const QString& media, double positionMs,
                                                     double rate, bool paused) {
    OMK_REQUIRE_MODERATOR();
    return m_connection->send(EventType::PlaybackState,
                              {{QStringLiteral("media"), media},
                               {QStringLiteral("position_ms"), positionMs},
                               {QStringLiteral("rate"), rate},
                               {QStringLiteral("paused"), paused}});
}

#undef OMK_REQUIRE_MODERATOR

}  // namespace omk::room
