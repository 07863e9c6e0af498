#include "room/RoomConnection.h"

#include "protocol/ClientMessage.h"
#include "protocol/ErrorCodes.h"
#include "room/Log.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace omk::room {

namespace err = protocol::error;

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// Refusals that say "not now": the send stays queued and is retried with the same cid.
bool isRetryable(const QString& code) {
    return code == QLatin1String(err::kSlowMode) || code == QLatin1String(err::kRateLimited) ||
           code == QLatin1String(err::kTimedOut) || code == QLatin1String(err::kStorage);
}

constexpr int kMaxEarlyEvents = 1000;
constexpr int kQuickPings = 4;  // at connect, so the clock has a window of samples quickly
constexpr int kQuickPingIntervalMs = 100;

}  // namespace

RoomConnection::RoomConnection(RoomConnectionConfig config, QObject* parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_backoff(std::chrono::milliseconds(m_config.backoffBaseMs),
                std::chrono::milliseconds(m_config.backoffMaxMs), m_config.backoffJitter),
      m_token(m_config.token),
      m_outbox(m_config.outboxFile) {
    if (m_config.heartbeatTimeoutMs > 0) m_heartbeatTimeoutMs = m_config.heartbeatTimeoutMs;
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RoomConnection::open);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RoomConnection::reconnectInChanged);
    connect(&m_timePing, &QTimer::timeout, this, &RoomConnection::sendTimePing);
    connect(&m_heartbeat, &QTimer::timeout, this, &RoomConnection::onHeartbeat);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RoomConnection::flushOutbox);
    if (auto loaded = m_outbox.load(); !loaded)
        qCWarning(lcRoom).noquote() << "outbox not loaded:" << loaded.error().message;
}

RoomConnection::~RoomConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RoomConnection::start() {
    m_running = true;
    m_backoff.reset();
    if (m_state == State::Offline || m_state == State::Reconnecting) open();
}

void RoomConnection::stop() {
    m_running = false;
    m_reconnectTimer.stop();
    m_countdown.stop();
    m_timePing.stop();
    m_heartbeat.stop();
    m_retryTimer.stop();
    if (m_socket) m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
    setState(State::Offline);
}

void RoomConnection::abortSocket() {
    if (m_socket) m_socket->abort();
}

int RoomConnection::reconnectIn() const {
    if (m_state != State::Reconnecting) return 0;
    return int(std::max<qint64>(0, (m_reconnectAtMs - nowMs() + 999) / 1000));
}

double RoomConnection::serverNowMs() const {
    return m_clock.serverTimeMs(nowMs());
}

void RoomConnection::setState(State s) {
    if (s == m_state) return;
    m_state = s;
    emit stateChanged(s);
    emit reconnectInChanged();
}

void RoomConnection::open() {
    if (!m_running) return;
    m_reconnectTimer.stop();
    m_countdown.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &RoomConnection::onConnected);
    // stateChanged rather than disconnected: a connection that never opened (refused, no route)
    // emits no disconnected, yet must be retried all the same.
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState s) {
        if (s == QAbstractSocket::UnconnectedState) onDisconnected();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &RoomConnection::onText);
    m_joined = false;
    m_socketDown = false;
    if (m_state != State::Reconnecting) setState(State::Connecting);
    // The heartbeat check also bounds the handshake: a host that never answers counts as dead.
    m_lastHeardMs = nowMs();
    m_heartbeat.start(std::min(1000, m_heartbeatTimeoutMs / 2 + 1));
    m_socket->open(m_config.url);
}

void RoomConnection::onConnected() {
    m_lastHeardMs = nowMs();
    m_quickPings = kQuickPings;
    m_timePing.start(kQuickPingIntervalMs);
    sendTimePing();
    protocol::Hello h;
    h.client = m_config.client;
    if (!m_token.isEmpty())
        h.token = m_token;
    else
        h.name = m_config.guestName;
    sendFrame(protocol::encode(h));
}

void RoomConnection::onDisconnected() {
    if (m_socketDown) return;  // one socket, one end
    m_socketDown = true;
    const int code = m_socket ? int(m_socket->closeCode()) : 0;
    m_joined = false;
    m_timePing.stop();
    m_heartbeat.stop();
    m_retryTimer.stop();
    if (!m_running) {
        setState(State::Offline);
        return;
    }
    // Abuse and a refused sign-in do not get better by retrying the same way.
    const bool signInByName = m_token.isEmpty() && !m_config.guestName.isEmpty();
    if (code == protocol::close::kAbuse ||
        (code == protocol::close::kAuthFailed && !signInByName)) {
        emit errorOccurred(code == protocol::close::kAbuse
                               ? QStringLiteral("closed by the server: too many bad frames")
                               : QStringLiteral("sign-in refused"));
        m_running = false;
        setState(State::Offline);
        return;
    }
    scheduleReconnect();
}

void RoomConnection::scheduleReconnect() {
    const int delay = int(m_backoff.next().count());
    qCInfo(lcRoom).noquote() << "reconnecting in" << delay << "ms, attempt" << m_backoff.attempts();
    m_reconnectAtMs = nowMs() + delay;
    setState(State::Reconnecting);
    m_reconnectTimer.start(delay);
    m_countdown.start();
    emit reconnectInChanged();
}

void RoomConnection::sendFrame(const QByteArray& frame) {
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void RoomConnection::sendTimePing() {
    if (m_quickPings > 0 && --m_quickPings == 0) m_timePing.start(m_config.timePingIntervalMs);
    sendFrame(protocol::encode(protocol::TimePing{double(nowMs())}));
}

void RoomConnection::onHeartbeat() {
    if (nowMs() - m_lastHeardMs > m_heartbeatTimeoutMs) {
        qCInfo(lcRoom) << "nothing heard from the server; reconnecting";
        if (m_socket) m_socket->abort();
        return;
    }
    // An app-level ping both counts as life for the server and earns a pong that does for us.
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        sendFrame(protocol::encode(protocol::Ping{}));
}

void RoomConnection::receiveRecorded(const protocol::ServerMessage& message) {
    std::visit([this](const auto& msg) { handle(msg); }, message);
}

void RoomConnection::onText(const QString& text) {
    m_lastHeardMs = nowMs();
    auto m = protocol::decodeServerMessage(text.toUtf8());
    if (!m) {
        qCWarning(lcRoom).noquote() << "undecodable server frame:" << m.error().message;
        emit errorOccurred(QStringLiteral("server sent a bad frame: %1").arg(m.error().message));
        return;
    }
    std::visit([this](const auto& msg) { handle(msg); }, *m);
}

void RoomConnection::handle(const protocol::Welcome& m) {
    m_token = m.token;
    m_user = m.user;
    m_roleRoom = m.roleRoom;
    m_limits = m.limits;
    m_eventAdmin = m.user.role == protocol::Role::Admin && m.roleRoom == QLatin1String("*");
    m_canModerate = m.user.role >= protocol::Role::Moderator &&
                    (m.roleRoom == QLatin1String("*") || m.roleRoom == m_config.room);
    const int hb = m_config.heartbeatMs > 0 ? m_config.heartbeatMs : m.heartbeatMs;
    const auto limitTimeout = m.limits.value(QStringLiteral("heartbeat_timeout_ms")).toInt();
    m_heartbeatTimeoutMs = m_config.heartbeatTimeoutMs > 0 ? m_config.heartbeatTimeoutMs
                           : limitTimeout > 0              ? limitTimeout + hb
                                                           : 10000;
    m_heartbeat.start(std::max(50, hb));
    emit signedIn();
    join();
}

void RoomConnection::handle(const protocol::CatalogChanged& m) {
    emit catalogAnnounced(m.version, m.etag, m.changes);
}

void RoomConnection::handle(const protocol::UnknownMessage& m) {
    qCDebug(lcRoom).noquote() << "skipped a message of a newer protocol:" << m.type;
}

void RoomConnection::join() {
    protocol::Join j;
    j.room = m_config.room;
    if (!m_epoch.isEmpty()) {
        j.since = m_lastSeq;
        j.epoch = m_epoch;
    }
    sendFrame(protocol::encode(j));
}

void RoomConnection::handle(const protocol::RoomRole& m) {
    if (m.room != m_config.room) return;
    const bool can = m.role >= protocol::Role::Moderator;
    if (can == m_canModerate) return;
    m_canModerate = can;
    emit roleChanged();
}

void RoomConnection::handle(const protocol::JoinedMessage& m) {
    if (m.header.room != m_config.room) return;
    m_early.clear();
    if (m.header.recovered && m.header.epoch == m_epoch) {
        for (const auto& e : m.events) receive(e);
    } else {
        if (!m_epoch.isEmpty())
            qCInfo(lcRoom).noquote() << "log not recoverable; replacing state from the snapshot";
        m_epoch = m.header.epoch;
        m_lastSeq = m.header.head;
        const QJsonObject snapshot = m.header.snapshot.value_or(QJsonObject());
        restoreSnapshot(snapshot);
        emit roomReset(snapshot, m.events);
    }
    m_joined = true;
    m_backoff.reset();
    setState(State::Connected);
    emit presenceChanged(m.header.viewers);
    flushOutbox();
}

void RoomConnection::restoreSnapshot(const QJsonObject& s) {
    m_slowModeMs = s.value(QStringLiteral("slow_mode_ms")).toInteger();
    m_pinnedSeq = s.value(QStringLiteral("pinned_seq")).toInteger();
    const auto p = s.value(QStringLiteral("playback")).toObject();
    sync::RoomPlayback playback;
    if (!p.isEmpty()) {
        playback.media = p.value(QStringLiteral("media")).toString();
        playback.position = p.value(QStringLiteral("position_ms")).toDouble() / 1000.0;
        playback.rate = p.value(QStringLiteral("rate")).toDouble(1.0);
        playback.paused = p.value(QStringLiteral("paused")).toBool(true);
        playback.atServerMs = p.value(QStringLiteral("at_server_ms")).toInteger();
    }
    m_playback = playback;
    emit roomStateChanged();
    emit playbackChanged(m_playback);
}

void RoomConnection::handle(const protocol::Event& e) {
    if (e.room != m_config.room || !m_joined) return;
    receive(e);
}

void RoomConnection::receive(const protocol::Event& e) {
    if (e.seq <= m_lastSeq) return;  // seen already: a replay overlapping the live stream
    if (e.seq > m_lastSeq + 1) {
        // A gap cannot happen on one healthy connection; hold what came early and ask the
        // server to resynchronise from what was applied.
        if (m_early.size() < kMaxEarlyEvents) m_early.insert(e.seq, e);
        qCWarning(lcRoom) << "gap before seq" << e.seq << "after" << m_lastSeq << "; rejoining";
        join();
        return;
    }
    apply(e);
    while (!m_early.isEmpty() && m_early.firstKey() <= m_lastSeq + 1) {
        const auto next = m_early.take(m_early.firstKey());
        if (next.seq == m_lastSeq + 1) apply(next);
    }
}

void RoomConnection::apply(const protocol::Event& e) {
    m_lastSeq = e.seq;
    applyState(e);
    emit eventApplied(e);
}

void RoomConnection::applyState(const protocol::Event& e) {
    using protocol::EventType;
    switch (e.type) {
        case EventType::ModSlowMode:
            m_slowModeMs = e.data.value(QStringLiteral("interval_ms")).toInteger();
            emit roomStateChanged();
            break;
        case EventType::ModPin:
            m_pinnedSeq = e.data.value(QStringLiteral("seq")).toInteger();
            emit roomStateChanged();
            break;
        case EventType::PlaybackState:
            m_playback.media = e.data.value(QStringLiteral("media")).toString();
            m_playback.position = e.data.value(QStringLiteral("position_ms")).toDouble() / 1000.0;
            m_playback.rate = e.data.value(QStringLiteral("rate")).toDouble(1.0);
            m_playback.paused = e.data.value(QStringLiteral("paused")).toBool(true);
            m_playback.atServerMs = e.data.value(QStringLiteral("at_server_ms")).toInteger(e.ts);
            emit playbackChanged(m_playback);
            break;
        default:
            break;
    }
}

void RoomConnection::handle(const protocol::Ack& m) {
    if (m_outbox.remove(m.cid)) emit pendingCountChanged();
    emit acked(m);
}

void RoomConnection::handle(const protocol::ErrorMessage& m) {
    if (!m.cid.isEmpty()) {
        OutboxItem* item = m_outbox.find(m.cid);
        if (!item) return;  // already acked on another connection
        if (isRetryable(m.code)) {
            const qint64 wait = std::max<qint64>(m.retryAfterMs.value_or(1000), 1);
            item->notBeforeMs = nowMs() + wait;
            emit sendRefused(m.cid, m.code, wait);
            if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > wait)
                m_retryTimer.start(int(std::min<qint64>(wait, 1 << 30)));
            return;
        }
        if (m.code == QLatin1String(err::kNotJoined)) {
            join();
            return;
        }
        const QString returned = item->type == protocol::EventType::ChatMessage
                                     ? item->data.value(QStringLiteral("text")).toString()
                                     : QString();
        m_outbox.remove(m.cid);
        emit pendingCountChanged();
        emit sendFailed(m.cid, m.code, m.message);
        if (!returned.isEmpty()) emit chatReturned(m.cid, returned);
        return;
    }
    // An expired token of a guest: sign in afresh by name (a new guest identity).
    if ((m.code == QLatin1String(err::kTokenExpired) ||
         m.code == QLatin1String(err::kAuthInvalid)) &&
        !m_config.guestName.isEmpty() && !m_token.isEmpty()) {
        m_token.clear();
    }
    emit errorOccurred(QStringLiteral("%1: %2").arg(m.code, m.message));
}

void RoomConnection::handle(const protocol::Presence& m) {
    if (m.room == m_config.room) emit presenceChanged(m.viewers);
}

void RoomConnection::handle(const protocol::Members& m) {
    if (m.room == m_config.room) emit membersReceived(m);
}

void RoomConnection::handle(const protocol::HistoryPage& m) {
    if (m.room == m_config.room) emit historyReceived(m);
}

void RoomConnection::handle(const protocol::TimePong& m) {
    m_clock.addSample(qint64(m.t0), m.serverTime, nowMs());
    emit clockChanged();
}

omk::Expected<QString> RoomConnection::send(protocol::EventType type, const QJsonObject& data) {
    if (protocol::isPrivileged(type) && !m_canModerate)
        return omk::fail(QStringLiteral("%1: needs a moderator of this room")
                             .arg(protocol::eventTypeName(type)));
    auto valid = protocol::validateEventData(type, data);
    if (!valid) return valid.unexpected();
    OutboxItem item{QUuid::createUuid().toString(QUuid::WithoutBraces), type, *valid, 0};
    if (auto added = m_outbox.add(item); !added)
        qCWarning(lcRoom).noquote() << "outbox not saved:" << added.error().message;
    emit pendingCountChanged();
    emit queued(item.cid, type, item.data);
    if (m_joined) sendItem(item);
    return item.cid;
}

omk::Expected<QString> RoomConnection::sendChat(const QString& text, qint64 replyTo) {
    QJsonObject data{{QStringLiteral("text"), text}};
    if (replyTo > 0) data.insert(QStringLiteral("reply_to"), replyTo);
    return send(protocol::EventType::ChatMessage, data);
}

void RoomConnection::requestHistory(qint64 before, int limit) {
    sendFrame(protocol::encode(protocol::History{m_config.room, before, limit}));
}

bool RoomConnection::sendGuideView(bool on, double yaw, double pitch, double fov) {
    if (!m_joined || !canRelayViews()) return false;
    sendFrame(protocol::encode(protocol::GuideView{m_config.room, on, yaw, pitch, fov}));
    return true;
}

bool RoomConnection::sendLookMarker(double yaw, double pitch) {
    if (!m_joined || !canRelayViews()) return false;
    sendFrame(protocol::encode(protocol::LookMarker{m_config.room, yaw, pitch}));
    return true;
}

void RoomConnection::requestMembers(int offset, int limit) {
    sendFrame(protocol::encode(protocol::MembersList{m_config.room, offset, limit}));
}

void RoomConnection::sendItem(const OutboxItem& item) {
    sendFrame(protocol::encode(protocol::Send{m_config.room, item.cid, item.type, item.data}));
}

void RoomConnection::flushOutbox() {
    if (!m_joined) return;
    const qint64 now = nowMs();
    qint64 nextDue = 0;
    // In creation order; a held item does not hold back the others (each has its own cid).
    for (const auto& item : m_outbox.items()) {
        if (item.notBeforeMs <= now)
            sendItem(item);
        else if (nextDue == 0 || item.notBeforeMs < nextDue)
            nextDue = item.notBeforeMs;
    }
    if (nextDue) m_retryTimer.start(int(nextDue - now));
}

}  // namespace omk::room
