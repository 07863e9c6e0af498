#include "ui/RoomSession.h"

#include "catalog/Catalog.h"
#include "core/ConnectionState.h"
#include "protocol/ChannelRoom.h"
#include "protocol/Role.h"
#include "room/DreamkastChat.h"
#include "room/ModeratorActions.h"
#include "room/RoomConnection.h"
#include "ui/AppSettings.h"
#include "ui/EventController.h"
#include "ui/PlayerController.h"
#include "ui/PlayerSync.h"
#include "ui/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <limits>

// User-visible strings keep RoomController's translation context (translations/*.ts): this
// class is a part of it.

namespace omk::ui {
namespace {

using State = room::RoomConnection::State;
// The active backend's connection (Dreamkast's cable, or our server's room), if any.
struct Link {
    State state;
    int reconnectIn;  // seconds, while reconnecting
};

std::optional<Link> linkOf(const room::DreamkastChat* dreamkast,
                           const room::RoomConnection* connection) {
    if (dreamkast)
        return Link{dreamkast->cable()->state(), dreamkast->cable()->reconnectInSeconds()};
    if (connection) return Link{connection->state(), connection->reconnectIn()};
    return std::nullopt;
}

}  // namespace

RoomSession::RoomSession(QObject* parent) : QObject(parent) {
    m_restart.setSingleShot(true);
    m_restart.setInterval(0);
    connect(&m_restart, &QTimer::timeout, this, &RoomSession::restart);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RoomSession::stateChanged);
    m_guestName = SettingsStore::guestName();
    connect(AppSettings::instance(), &AppSettings::dreamkastTokenChanged, this,
            &RoomSession::updateDreamkast);
}

RoomSession::~RoomSession() {
    teardown();
}

void RoomSession::setServerUrl(const QString& url) {
    if (url == m_serverUrl) return;
    m_serverUrl = url;
    emit configChanged();
    emit availableChanged();
    scheduleRestart();
}

void RoomSession::setRoom(const QString& room) {
    if (room == m_room) return;
    m_room = room;
    emit configChanged();
    scheduleRestart();
}

void RoomSession::setGuestName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_guestName) return;
    m_guestName = trimmed;
    SettingsStore::setGuestName(m_guestName);
    emit configChanged();
    scheduleRestart();
}

namespace {

// The `sub` of a JWT, unverified (the server checks it): whether two tokens are one user's.
QString tokenSubject(const QString& token) {
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) return {};
    const auto payload = QJsonDocument::fromJson(QByteArray::fromBase64(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return payload.object().value(QStringLiteral("sub")).toString();
}

}  // namespace

void RoomSession::setToken(const QString& token) {
    if (token == m_token) return;
    const QString subject = tokenSubject(token);
    const bool sameUser = !subject.isEmpty() && subject == tokenSubject(m_token);
    m_token = token;
    emit configChanged();
    // A rotated token of the same account: the next reconnect uses it; the room stays up.
    if (sameUser && m_connection) {
        m_connection->setToken(token);
        return;
    }
    scheduleRestart();
}

PlayerController* RoomSession::player() const {
    return m_player;
}

void RoomSession::setPlayer(PlayerController* player) {
    if (player == m_player) return;
    m_player = player;
    emit playerChanged();
    scheduleRestart();
}

void RoomSession::setSyncEnabled(bool on) {
    if (on == m_syncEnabled) return;
    m_syncEnabled = on;
    if (m_sync) m_sync->setEnabled(on);
    emit syncChanged();
}

EventController* RoomSession::event() const {
    return static_cast<EventController*>(m_event.data());
}

void RoomSession::setEvent(EventController* event) {
    if (event == this->event()) return;
    if (EventController* old = this->event()) {
        old->disconnect(this);
        old->onAirFollower()->disconnect(this);
    }
    m_event = event;
    if (event) {
        // The channel's talk changes with the on-air switch or, without one, the schedule.
        connect(event, &EventController::catalogChanged, this, &RoomSession::updateDreamkast);
        connect(event, &EventController::catalogChanged, this, &RoomSession::readOnlyChanged);
        connect(event, &EventController::streamChanged, this, &RoomSession::updateDreamkast);
        connect(event, &EventController::nowPlayingChanged, this, &RoomSession::updateDreamkast);
        connect(event->onAirFollower(), &OnAirFollower::onAirChanged, this,
                &RoomSession::updateDreamkast);
    }
    emit configChanged();
    scheduleRestart();
}

void RoomSession::updateDreamkast() {
    if (resolveDreamkastTarget(event(), m_serverUrl, m_room) != m_dkTarget) scheduleRestart();
}

void RoomSession::startDreamkast() {
    m_dkTarget = resolveDreamkastTarget(event(), m_serverUrl, m_room);
    emit availableChanged();
    setError({});
    if (!m_dkTarget || m_dkTarget->talk == 0 || m_room.isEmpty()) {
        emit sessionChanged();  // `available` may have changed with the target
        emit stateChanged();
        return;
    }
    room::DreamkastChatConfig config;
    config.apiBase = m_dkTarget->api;
    config.cableUrl = m_dkTarget->cable;
    config.eventAbbr = m_dkTarget->eventAbbr;
    config.roomId = m_dkTarget->talk;
    config.token = m_dkTarget->token;
    if (const catalog::Catalog* cat = event()->catalog())
        for (const auto& speaker : cat->speakers)
            if (const qint64 id = speaker.id.toLongLong(); id > 0)
                config.speakerNames.insert(id, speaker.name);
    m_dreamkast = std::make_unique<room::DreamkastChat>(config);
    auto* d = m_dreamkast.get();
    m_chat = d->chat();
    connect(d, &room::DreamkastChat::stateChanged, this, &RoomSession::stateChanged);
    connect(d, &room::DreamkastChat::pendingCountChanged, this, &RoomSession::pendingCountChanged);
    connect(d, &room::DreamkastChat::postFailed, this, &RoomSession::postFailed);
    connect(d, &room::DreamkastChat::errorOccurred, this, [this](const QString& message) {
        // Without a token Dreamkast answers the history with 401 by design; the input says why.
        if (m_dreamkast && m_dreamkast->canPost()) setError(message);
    });
    d->start();
    emitSessionChanged();
}

void RoomSession::emitSessionChanged() {
    emit sessionChanged();
    emit stateChanged();
    emit signedInChanged();
    emit roomStateChanged();
    emit viewerCountChanged();
    emit syncChanged();
}

bool RoomSession::available() const {
    return !m_serverUrl.isEmpty() || m_dkTarget.has_value();
}

QString RoomSession::backend() const {
    if (m_connection) return QStringLiteral("omnikast");
    if (m_dkTarget) return QStringLiteral("dreamkast");
    return {};
}

QString RoomSession::readOnlyReason() const {
    if (m_dkTarget && m_dkTarget->token.isEmpty())
        return QCoreApplication::translate(
            "omk::ui::RoomController",
            "Sign in to Dreamkast to chat (set a token with the key button above)");
    // The server decides again at each send; this only says so before the user types.
    // Only from the room server's own catalog: another source's rules are not the server's.
    if (!m_connection || canModerate() || !event() || !event()->catalog() ||
        !event()->servedBy(QUrl(m_serverUrl)))
        return {};
    const catalog::Channel* channel = event()->catalog()->channel(m_room);
    if (!channel) return {};
    if (channel->room.closed) return closedReason();
    if (channel->room.signedInOnly && protocol::isGuestId(userId())) return signInReason();
    return {};
}

QString RoomSession::closedReason() {
    return QCoreApplication::translate("omk::ui::RoomController",
                                       "The organizers closed this room's chat: you can read it, "
                                       "not write");
}

QString RoomSession::signInReason() {
    return QCoreApplication::translate("omk::ui::RoomController",
                                       "Only signed-in people can write here: sign in to chat");
}

void RoomSession::scheduleRestart() {
    m_restart.start();
}

void RoomSession::dismissAnnouncement() {
    if (m_announcement.text.isEmpty()) return;
    m_announcement = {};
    emit announcementChanged();
}

void RoomSession::teardown() {
    if (m_dreamkast) {
        m_chat = nullptr;
        m_dreamkast.reset();
    }
    if (!m_connection) return;
    m_connection->stop();
    m_sync = nullptr;
    m_chat = nullptr;
    m_presence = nullptr;
    m_moderator = nullptr;
    m_connection.reset();
    m_countdown.stop();
}

void RoomSession::restart() {
    const bool had = m_connection != nullptr || m_dreamkast != nullptr;
    teardown();
    setMediaOverride({});
    emit restarting();
    if (m_serverUrl.isEmpty()) {
        startDreamkast();
        return;
    }
    m_dkTarget.reset();
    emit availableChanged();
    const QUrl url(m_serverUrl);
    if (m_serverUrl.isEmpty() || m_room.isEmpty()) {
        if (had) {
            emit sessionChanged();
            emit signedInChanged();  // no connection: no role (RoomController.eventAdmin)
        }
        emit stateChanged();
        return;
    }
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        setError(QCoreApplication::translate("omk::ui::RoomController",
                                             "Chat server %1 is not a ws:// or wss:// URL")
                     .arg(m_serverUrl));
        if (had) {
            emit sessionChanged();
            emit signedInChanged();
        }
        return;
    }
    setError({});

    room::RoomConnectionConfig config;
    config.url = url;
    config.room = protocol::roomOfChannel(m_room);  // "Saal 1" has a room id of its own
    config.guestName = m_guestName;
    config.token =
        m_token.isEmpty() ? SettingsStore::signInToken(m_serverUrl, m_guestName) : m_token;
    config.outboxFile = SettingsStore::outboxFile(m_serverUrl, m_room);

    m_connection = std::make_unique<room::RoomConnection>(config);
    auto* c = m_connection.get();
    m_chat = new room::ChatModel(c, c);
    m_presence = new room::PresenceModel(c, c);
    m_moderator = new room::ModeratorActions(c, c);

    connect(c, &room::RoomConnection::stateChanged, this, [this](State s) {
        if (s == State::Reconnecting)
            m_countdown.start();
        else
            m_countdown.stop();
        emit stateChanged();
    });
    connect(c, &room::RoomConnection::reconnectInChanged, this, &RoomSession::stateChanged);
    connect(c, &room::RoomConnection::signedIn, this, [this] {
        // Remember the identity the server gave a guest; an invite stays what the user gave.
        if (m_token.isEmpty() && m_connection)
            SettingsStore::setSignInToken(m_serverUrl, m_guestName, m_connection->token());
        emit signedInChanged();
        emit readOnlyChanged();
    });
    connect(c, &room::RoomConnection::roomStateChanged, this, &RoomSession::roomStateChanged);
    connect(c, &room::RoomConnection::roleChanged, this, [this] {
        emit signedInChanged();  // canModerate
        emit readOnlyChanged();
    });
    connect(c, &room::RoomConnection::catalogAnnounced, this, [this] {
        if (EventController* e = event()) e->serverCatalogAnnounced(QUrl(m_serverUrl));
    });
    connect(c, &room::RoomConnection::announcementReceived, this,
            [this](const protocol::Announcement& a) {
                m_announcement = a;
                emit announcementChanged();
            });
    connect(c, &room::RoomConnection::onAirReceived, this, [this](const protocol::OnAirMessage& m) {
        if (EventController* e = event()) e->serverOnAir(m.channels, m.full);
    });
    connect(m_chat, &room::ChatModel::pinnedChanged, this, &RoomSession::roomStateChanged);
    connect(m_presence, &room::PresenceModel::viewerCountChanged, this,
            &RoomSession::viewerCountChanged);
    connect(c, &room::RoomConnection::pendingCountChanged, this, &RoomSession::pendingCountChanged);
    connect(c, &room::RoomConnection::clockChanged, this, &RoomSession::clockChanged);
    connect(c, &room::RoomConnection::sendRefused, this,
            [this](const QString&, const QString& reason, qint64 retryAfterMs) {
                emit sendRefused(reason, retryAfterMs);
            });
    connect(c, &room::RoomConnection::sendFailed, this,
            [this](const QString&, const QString& code, const QString& message) {
                emit sendFailed(code, message);
            });
    connect(c, &room::RoomConnection::chatReturned, this,
            [this](const QString&, const QString& text) { emit chatReturned(text); });
    connect(c, &room::RoomConnection::errorOccurred, this, &RoomSession::setError);
    connect(c, &room::RoomConnection::acked, this, [this] { emit acked(); });

    if (m_player) {
        m_sync = new PlayerSync(c, m_player, c);
        m_sync->setEnabled(m_syncEnabled);
        connect(m_sync, &PlayerSync::changed, this, &RoomSession::syncChanged);
        connect(m_sync, &PlayerSync::mediaRequested, this,
                [this](const QString& media, double startSeconds, bool paused) {
                    // The start goes first: the player opens when QML's binding sees the media.
                    if (m_player) {
                        m_player->setStartPosition(startSeconds);
                        m_player->setStartPaused(paused);
                    }
                    setMediaOverride(media);
                });
        connect(m_sync, &PlayerSync::liveAnchorNeeded, this, &RoomSession::liveAnchorNeeded);
    }
    c->start();
    emitSessionChanged();
}

QString RoomSession::state() const {
    const auto l = linkOf(m_dreamkast.get(), m_connection.get());
    return core::connectionStateName(l ? l->state : State::Offline);
}

QString RoomSession::statusText() const {
    if (!m_dreamkast && m_dkTarget)
        return QCoreApplication::translate("omk::ui::RoomController",
                                           "No talk on air on this channel");
    const auto l = linkOf(m_dreamkast.get(), m_connection.get());
    if (!l)
        return m_serverUrl.isEmpty()
                   ? QCoreApplication::translate("omk::ui::RoomController", "No chat server")
                   : QCoreApplication::translate("omk::ui::RoomController", "Offline");
    switch (l->state) {
        case State::Offline:
            return QCoreApplication::translate("omk::ui::RoomController", "Offline");
        case State::Connecting:
            return QCoreApplication::translate("omk::ui::RoomController", "Connecting…");
        case State::Connected:
            return m_dreamkast
                       ? QCoreApplication::translate("omk::ui::RoomController",
                                                     "Connected to Dreamkast")
                       : QCoreApplication::translate("omk::ui::RoomController", "Connected");
        case State::Reconnecting:
            return l->reconnectIn > 0
                       ? QCoreApplication::translate("omk::ui::RoomController",
                                                     "Reconnecting in %n s…", nullptr,
                                                     l->reconnectIn)
                       : QCoreApplication::translate("omk::ui::RoomController", "Reconnecting…");
    }
    return {};
}

int RoomSession::viewerCount() const {
    return m_presence ? m_presence->viewerCount() : 0;
}
bool RoomSession::isEventAdmin() const {
    return m_connection && m_connection->isEventAdmin();
}

bool RoomSession::canModerate() const {
    return m_connection && m_connection->canModerate();
}
QString RoomSession::userName() const {
    return m_connection && !m_connection->userName().isEmpty() ? m_connection->userName()
                                                               : m_guestName;
}
QString RoomSession::userId() const {
    return m_connection ? m_connection->userId() : QString();
}
QString RoomSession::pinned() const {
    return m_chat ? m_chat->pinned() : QString();
}
int RoomSession::slowModeSeconds() const {
    return m_connection ? int(m_connection->slowModeMs() / 1000) : 0;
}
int RoomSession::pendingCount() const {
    if (m_dreamkast) return m_dreamkast->pendingCount();
    return m_connection ? m_connection->pendingCount() : 0;
}
bool RoomSession::following() const {
    return m_sync && m_sync->active();
}

double RoomSession::syncErrorMs() const {
    if (!m_sync || !m_sync->errorMs()) return std::numeric_limits<double>::quiet_NaN();
    return *m_sync->errorMs();
}
double RoomSession::clockOffsetMs() const {
    return m_connection ? m_connection->offsetMs() : std::numeric_limits<double>::quiet_NaN();
}
double RoomSession::roundTripMs() const {
    return m_connection ? double(m_connection->roundTripMs())
                        : std::numeric_limits<double>::quiet_NaN();
}

void RoomSession::setError(const QString& message) {
    if (message == m_error) return;
    m_error = message;
    emit errorStringChanged();
    if (!message.isEmpty()) emit errorOccurred(message);
}

void RoomSession::setMediaOverride(const QString& media) {
    if (media == m_mediaOverride) return;
    m_mediaOverride = media;
    emit mediaOverrideChanged();
}

}  // namespace omk::ui
