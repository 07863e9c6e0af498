#include "server/ClientSession.h"

#include "protocol/ErrorCodes.h"
#include "protocol/FieldReader.h"
#include "protocol/ServerMessage.h"
#include "server/Clock.h"
#include "server/HelloAdmission.h"
#include "server/Log.h"
#include "server/PartyAdmission.h"
#include "server/Ulid.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace omk::server {

namespace err = protocol::error;
namespace closecode = protocol::close;

ClientSession::ClientSession(std::unique_ptr<QWebSocket> socket, ShardSocket* remote,
                             SessionContext& ctx, QObject* parent)
    : QObject(parent),
      m_socket(std::move(socket)),
      m_remote(remote),
      m_ctx(ctx),
      m_id(randomId(8)),
      m_frames(ctx.config.frameBurst, ctx.config.framePerSecond),
      m_abuse(ctx.config.abuseStrikes, ctx.config.abuseForgivePerSecond),
      m_lastHeardMs(steadyMs()) {
    if (m_remote) {
        // Queued: the shard's thread emits these.
        connect(m_remote, &ShardSocket::text, this, &ClientSession::onText);
        connect(m_remote, &ShardSocket::binary, this, &ClientSession::onBinary);
        connect(m_remote, &ShardSocket::pong, this, [this] { m_lastHeardMs = steadyMs(); });
        connect(m_remote, &ShardSocket::disconnected, this, &ClientSession::onDisconnected);
        connect(m_remote, &ShardSocket::slowConsumer, this,
                [this] { closeWith(closecode::kSlowConsumer, QStringLiteral("not reading")); });
    } else {
        connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ClientSession::onText);
        connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &ClientSession::onBinary);
        connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_lastHeardMs = steadyMs(); });
        connect(m_socket.get(), &QWebSocket::disconnected, this,
                [this] { onDisconnected(int(m_socket->closeCode())); });
    }

    m_heartbeat.setInterval(ctx.config.heartbeatIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ClientSession::onHeartbeat);
    m_heartbeat.start();
    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(ctx.config.helloTimeoutMs);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (!m_claims) closeWith(closecode::kAuthTimeout, QStringLiteral("no hello in time"));
    });
    m_helloTimer.start();
    qCInfo(lcServer).noquote() << logLine(
        "connected",
        {{"session", m_id},
         {"peer", m_remote ? m_remote->peer() : m_socket->peerAddress().toString()},
         {"shard", m_remote ? QString::number(m_remote->shard().index()) : QStringLiteral("-")}});
}

ClientSession::~ClientSession() {
    leaveAllRooms();
    if (m_claims) {
        auto it = m_ctx.connectionsPerUser.find(m_claims->subject);
        if (it != m_ctx.connectionsPerUser.end() && --*it <= 0) m_ctx.connectionsPerUser.erase(it);
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_remote) {
        m_remote->disconnect(this);
        m_remote->shard().release(m_remote);
    }
}

void ClientSession::onDisconnected(int closeCode) {
    leaveAllRooms();
    m_heartbeat.stop();
    m_helloTimer.stop();
    qCInfo(lcServer).noquote() << logLine("disconnected",
                                          {{"session", m_id},
                                           {"user", m_claims ? m_claims->subject : QString()},
                                           {"close_code", QString::number(closeCode)}});
    if (!m_finished) {
        m_finished = true;
        emit finished(this);
    }
}

void ClientSession::onHeartbeat() {
    const qint64 now = steadyMs();
    if (now - m_lastHeardMs > m_ctx.config.heartbeatTimeoutMs) {
        ++m_ctx.metrics.heartbeatCloses;
        qCInfo(lcServer).noquote() << logLine("heartbeat_timeout", {{"session", m_id}});
        // A silent peer will not answer a close handshake; drop the TCP connection.
        leaveAllRooms();
        closeSocket(closecode::kHeartbeatTimeout, QStringLiteral("heartbeat timeout"), true);
        return;
    }
    if (m_remote)
        m_remote->run([](ShardSocket& s) { s.ping(); });
    else
        m_socket->ping();
}

void ClientSession::closeSocket(int closeCode, const QString& reason, bool abort) {
    if (m_remote) {
        m_remote->run([closeCode, reason, abort](ShardSocket& s) {
            if (abort)
                s.closeAndAbort(closeCode, reason);
            else
                s.close(closeCode, reason);
        });
        return;
    }
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
    if (abort) m_socket->abort();
}

void ClientSession::closeWith(int closeCode, const QString& reason) {
    if (m_closing) return;
    m_closing = true;
    leaveAllRooms();
    qCInfo(lcServer).noquote() << logLine(
        "close", {{"session", m_id}, {"code", QString::number(closeCode)}, {"reason", reason}});
    closeSocket(closeCode, reason, false);
}

void ClientSession::leaveAllRooms() {
    const auto rooms = m_rooms;
    m_rooms.clear();
    for (Room* r : rooms) leaveRoom(r);
}

void ClientSession::leaveRoom(Room* room) {
    room->unsubscribe(this);
    if (m_ctx.views) m_ctx.views->leftRoom(*room, m_id, wallMs());
}

Room* ClientSession::joinedOrSay(const QString& room, const QString& cid) {
    Room* r = m_rooms.value(room);
    if (!r) sendError(err::kNotJoined, QStringLiteral("join the room first"), {}, cid, room);
    return r;
}

void ClientSession::refuse(const std::optional<Refusal>& refusal, const QString& room,
                           const QString& cid) {
    if (!refusal) return;
    ++m_ctx.metrics.errorsSent;
    send(protocol::toJson(
        protocol::ErrorMessage{refusal->code, refusal->message, refusal->retryAfterMs, cid, room}));
}

void ClientSession::deliver(const QString& frame) {
    if (m_closing) return;
    if (m_remote) {
        ++m_ctx.metrics.messagesSent;
        m_remote->run([frame](ShardSocket& s) { s.write(frame); });
        return;
    }
    if (m_socket->bytesToWrite() > kMaxUnsentBytes) {
        closeWith(closecode::kSlowConsumer, QStringLiteral("not reading"));
        return;
    }
    m_socket->sendTextMessage(frame);
    ++m_ctx.metrics.messagesSent;
}

void ClientSession::send(const QJsonObject& message) {
    deliver(QString::fromUtf8(protocol::toFrame(message)));
}

void ClientSession::sendError(const char* code, const QString& message,
                              std::optional<qint64> retryAfterMs, const QString& cid,
                              const QString& room) {
    ++m_ctx.metrics.errorsSent;
    send(protocol::toJson(
        protocol::ErrorMessage{QString::fromLatin1(code), message, retryAfterMs, cid, room}));
}

void ClientSession::strike() {
    if (m_abuse.take(steadyMs())) return;
    ++m_ctx.metrics.abuseCloses;
    closeWith(closecode::kAbuse, QStringLiteral("too many malformed frames"));
}

void ClientSession::onBinary(const QByteArray&) {
    ++m_ctx.metrics.framesReceived;
    m_lastHeardMs = steadyMs();
    if (m_closing) return;
    sendError(err::kBinaryFrame, QStringLiteral("binary frames are not part of the protocol"));
    strike();
}

void ClientSession::onText(const QString& text) {
    ++m_ctx.metrics.framesReceived;
    const qint64 now = steadyMs();
    m_lastHeardMs = now;
    if (m_closing) return;
    qint64 retry = 0;
    if (!m_frames.take(now, &retry)) {
        sendError(err::kRateLimited, QStringLiteral("too many frames"), retry);
        strike();
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > m_ctx.config.maxFrameBytes) {
        sendError(err::kTooLarge, QStringLiteral("frame of %1 bytes; the limit is %2")
                                      .arg(utf8.size())
                                      .arg(m_ctx.config.maxFrameBytes));
        strike();
        return;
    }
    auto decoded = protocol::decodeClientMessage(utf8, m_ctx.decodeLimits);
    if (!decoded) {
        // A refused send still names its cid where one is readable, so the client can match it.
        QString cid;
        if (!protocol::isNotJson(decoded.error())) {
            const auto v = QJsonDocument::fromJson(utf8).object().value(QStringLiteral("cid"));
            if (v.isString() && protocol::isIdentifier(v.toString())) cid = v.toString();
        }
        sendError(protocol::isNotJson(decoded.error()) ? err::kBadJson : err::kBadMessage,
                  decoded.error().message, std::nullopt, cid);
        strike();
        return;
    }
    const bool preHelloAllowed = std::holds_alternative<protocol::Hello>(*decoded) ||
                                 std::holds_alternative<protocol::TimePing>(*decoded) ||
                                 std::holds_alternative<protocol::Ping>(*decoded);
    if (!m_claims && !preHelloAllowed) {
        sendError(err::kAuthRequired, QStringLiteral("send hello first"));
        strike();
        return;
    }
    std::visit([this](const auto& m) { handle(m); }, *decoded);
}

void ClientSession::handle(const protocol::Hello& m) {
    if (m_claims) {
        sendError(err::kAlreadySignedIn, QStringLiteral("this connection is signed in"));
        strike();
        return;
    }
    if (m.protocol != protocol::kVersion) {
        sendError(err::kUnsupportedProtocol,
                  QStringLiteral("this server speaks protocol %1").arg(protocol::kVersion));
        closeWith(closecode::kAuthFailed, QStringLiteral("unsupported protocol"));
        return;
    }
    auto admission = admitHello(m, m_ctx.config, m_ctx.jwt, m_ctx.accounts, wallMs() / 1000);
    if (auto* refusal = std::get_if<HelloRefusal>(&admission)) {
        refuseHello(refusal->code.toLatin1().constData(), refusal->reason);
        return;
    }
    auto& admitted = std::get<Admitted>(admission);
    const TokenClaims& claims = admitted.claims;
    const QString& token = admitted.token;
    m_roomRoles = admitted.roomRoles;
    int& count = m_ctx.connectionsPerUser[claims.subject];
    if (count >= m_ctx.config.maxConnectionsPerUser) {
        if (count == 0) m_ctx.connectionsPerUser.remove(claims.subject);
        ++m_ctx.metrics.connectionsRefused;
        sendError(err::kTooManyConnections, QStringLiteral("at most %1 connections per user")
                                                .arg(m_ctx.config.maxConnectionsPerUser));
        closeWith(closecode::kTooManyConnections, QStringLiteral("too many connections"));
        return;
    }
    ++count;
    m_claims = claims;
    m_token = token;
    m_helloTimer.stop();

    const auto& c = m_ctx.config;
    protocol::Welcome w;
    w.session = m_id;
    w.user = protocol::Actor{claims.subject, claims.name, claims.role};
    w.token = token;
    w.serverTime = wallMs();
    w.heartbeatMs = c.heartbeatIntervalMs;
    w.limits = QJsonObject{{QStringLiteral("max_frame_bytes"), c.maxFrameBytes},
                           {QStringLiteral("max_text_chars"), c.maxTextChars},
                           {QStringLiteral("send_burst"), c.sendBurst},
                           {QStringLiteral("send_per_second"), c.sendPerSecond},
                           {QStringLiteral("frame_burst"), c.frameBurst},
                           {QStringLiteral("frame_per_second"), c.framePerSecond},
                           {QStringLiteral("heartbeat_timeout_ms"), c.heartbeatTimeoutMs}};
    // (1.5) Guides' views and markers are relayed: a client may offer them.
    if (m_ctx.views)
        w.limits.insert(QStringLiteral("guide_per_second"), ViewRelay::kGuidePerSecond);
    w.roleRoom = claims.room;
    send(protocol::toJson(w));
    // The catalog's version, so a client that was away while it changed fetches it again.
    if (m_ctx.catalog && m_ctx.catalog->live().version > 0) {
        const LiveCatalog& live = m_ctx.catalog->live();
        send(protocol::toJson(
            protocol::CatalogChanged{live.version, QString::fromLatin1(live.etag), {}}));
        if (m_ctx.onAir) {
            protocol::OnAirMessage board;
            board.full = true;
            for (auto it = m_ctx.onAir->all().cbegin(); it != m_ctx.onAir->all().cend(); ++it)
                board.channels.insert(it.key(), protocol::OnAirEntry{it->session, it->sinceMs});
            send(protocol::toJson(board));
        }
    }
    qCInfo(lcServer).noquote() << logLine(
        "signed_in",
        {{"session", m_id},
         {"user", claims.subject},
         {"role", protocol::roleName(claims.role)},
         {"room", claims.room},
         {"guest", m.token.isEmpty() ? QStringLiteral("true") : QStringLiteral("false")},
         {"client", m.client}});
}

void ClientSession::refuseHello(const char* code, const QString& reason) {
    qCInfo(lcServer).noquote() << logLine(
        "auth_refused", {{"session", m_id}, {"code", QLatin1String(code)}, {"reason", reason}});
    ++m_ctx.metrics.errorsSent;
    send(protocol::toJson(protocol::ErrorMessage{QLatin1String(code), reason, {}, {}, {}}));
    closeWith(closecode::kAuthFailed, QLatin1String(code));
}

protocol::Actor ClientSession::actorIn(const QString& room) const {
    protocol::Actor a{m_claims->subject, m_claims->name, protocol::Role::Attendee};
    // A role holds in the room its token names; elsewhere its holder is an attendee.
    if (m_claims->room == QLatin1String("*") || m_claims->room == room) a.role = m_claims->role;
    const auto inRoom = m_roomRoles.constFind(room);
    if (inRoom != m_roomRoles.constEnd() && *inRoom > a.role) a.role = *inRoom;
    return a;
}

void ClientSession::handle(const protocol::Join& m) {
    auto existing = m_ctx.rooms.findOrLoad(m.room);
    if (!existing) {
        sendError(err::kStorage, existing.error().message, {}, {}, m.room);
        return;
    }
    Room* room = *existing;
    // A watch party's room exists while its party does; invite-only ones admit their members.
    const auto party =
        admitToParty(m_ctx.parties, m_ctx.catalog, m.room, account(), actorIn(m.room).role);
    if (!party) {
        sendError(party.error().code.toLatin1().constData(), party.error().message, {}, {}, m.room);
        return;
    }
    if (!room) {
        if (!m_ctx.config.openRooms && !*party &&
            actorIn(m.room).role < protocol::Role::Moderator) {
            sendError(err::kNotFound, QStringLiteral("no such room"), {}, {}, m.room);
            return;
        }
        if (m_ctx.rooms.full()) {
            sendError(err::kRoomLimit, QStringLiteral("no more rooms can be created"), {}, {},
                      m.room);
            return;
        }
        auto created = m_ctx.rooms.findOrCreate(m.room, wallMs());
        if (!created) {
            sendError(err::kStorage, created.error().message, {}, {}, m.room);
            return;
        }
        room = *created;
    }
    // With a shared store another process may have appended since the last notice; the join
    // answers with the log as stored, not as last heard of.
    if (m_ctx.rooms.store().shared()) {
        auto caught = room->catchUp();
        if (!caught) {
            sendError(err::kStorage, caught.error().message, {}, {}, m.room);
            return;
        }
    }
    // A second join re-synchronises from scratch.
    room->unsubscribe(this);
    m_rooms.remove(room->name());

    protocol::Joined j;
    j.room = room->name();
    j.epoch = room->epoch();
    j.head = room->head();
    // Recovery is all or nothing: every event after `since` is still stored, or the client is told
    // it is not and gets the state instead.
    const bool recoverable = m.since && m.epoch == room->epoch() && *m.since <= room->head() &&
                             *m.since >= room->oldest() - 1;
    if (recoverable) {
        auto missed = m_ctx.rooms.store().eventsAfter(
            room->name(), *m.since, int(std::min<qint64>(room->head() - *m.since, 1 << 30)));
        if (!missed) {
            leaveRoom(room);  // out of the room: no longer its guide either
            sendError(err::kStorage, missed.error().message, {}, {}, m.room);
            return;
        }
        // Another process may have compacted past `since` after this room last looked: then the
        // replay would have a hole, and all-or-nothing means nothing.
        const bool complete = missed->size() == room->head() - *m.since &&
                              (missed->isEmpty() || missed->front().seq == *m.since + 1);
        if (complete) {
            j.recovered = true;
            for (const auto& e : *missed) j.events.append(protocol::eventToJson(e));
        }
    }
    if (!j.recovered) {
        auto recent = m_ctx.rooms.store().lastEvents(room->name(), m_ctx.config.historyOnJoin);
        if (!recent) {
            leaveRoom(room);  // out of the room: no longer its guide either
            sendError(err::kStorage, recent.error().message, {}, {}, m.room);
            return;
        }
        j.snapshot = room->publicSnapshot();
        for (const auto& e : *recent) j.events.append(protocol::eventToJson(e));
    }
    // Subscribing right after reading the log, with no event loop turn in between, is what makes
    // the replay and the live stream meet with no gap and no duplicate.
    const protocol::Actor actor = actorIn(room->name());
    room->subscribe(this, actor);
    m_rooms.insert(room->name(), room);
    j.viewers = room->totalViewers();
    send(protocol::toJson(j));
    // (1.3) A role held for this room only is not in the welcome: the client learns it here.
    if (m_roomRoles.contains(room->name()))
        send(protocol::toJson(protocol::RoomRole{room->name(), actor.role}));
    // (1.5) A guide is on: the joiner follows at once.
    if (m_ctx.views) {
        const QByteArray guide = m_ctx.views->current(room->name(), steadyMs());
        if (!guide.isEmpty()) deliver(QString::fromUtf8(guide));
    }
}

QString ClientSession::account() const {
    return m_claims && m_claims->subject.startsWith(QLatin1String("a_")) ? m_claims->subject
                                                                         : QString();
}

void ClientSession::rolesChanged(const QMap<QString, protocol::Role>& roles) {
    if (account().isEmpty()) return;
    // As the hello admitted them (HelloAdmission): the event-wide role from "*", the others
    // per room.
    m_roomRoles = roles;
    m_claims->role = roles.value(QStringLiteral("*"), protocol::Role::Attendee);
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        const protocol::Role role = actorIn(it.key()).role;
        send(protocol::toJson(protocol::RoomRole{it.key(), role}));
        // (1.5) No longer a moderator here: no longer its guide.
        if (m_ctx.views && role < protocol::Role::Moderator)
            m_ctx.views->leftRoom(*it.value(), m_id, wallMs());
    }
}

void ClientSession::handle(const protocol::Leave& m) {
    if (Room* r = m_rooms.take(m.room)) leaveRoom(r);
    send(protocol::leftMessage(m.room));
}

void ClientSession::handle(const protocol::Send& m) {
    Room* room = joinedOrSay(m.room, m.cid);
    if (!room) return;
    const protocol::Actor actor = actorIn(m.room);
    // Each lost race against another server process (shared store) folds in what that process
    // appended, so the cid check and admission are decided again on the newer state.
    constexpr int kAttempts = 50;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        // A retry of a stored send gets the original ack, before any limit could refuse it.
        auto previous = m_ctx.rooms.store().findByCid(m.room, actor.id, m.cid);
        if (!previous) {
            sendError(err::kStorage, previous.error().message, {}, m.cid, m.room);
            return;
        }
        if (*previous) {
            const auto& e = **previous;
            // Stored through another process and not yet heard of: the ack follows the event.
            if (e.seq > room->head()) (void)room->catchUp();
            send(protocol::toJson(protocol::Ack{m.room, m.cid, e.seq, e.id, e.ts, true}));
            return;
        }
        const qint64 wall = wallMs();
        const qint64 steady = steadyMs();
        if (auto refusal = room->admit(actor, m, wall, steady)) {
            refuse(refusal, m.room, m.cid);
            return;
        }
        qint64 retry = 0;
        if (attempt == 0 && !m_ctx.sendLimiter.take(actor.id, steady, &retry)) {
            sendError(err::kRateLimited, QStringLiteral("too many sends"), retry, m.cid, m.room);
            return;
        }
        auto appended = room->append(actor, m, wall, steady);
        if (!appended) {
            qCWarning(lcServer).noquote() << logLine(
                "append_failed", {{"room", m.room}, {"reason", appended.error().message}});
            sendError(err::kStorage,
                      QStringLiteral("could not store the event; retry with the same cid"), {},
                      m.cid, m.room);
            return;
        }
        if (*appended) {
            const auto& e = **appended;
            send(protocol::toJson(protocol::Ack{m.room, m.cid, e.seq, e.id, e.ts, false}));
            return;
        }
    }
    qCWarning(lcServer).noquote() << logLine(
        "append_contended", {{"room", m.room}, {"attempts", QString::number(kAttempts)}});
    sendError(err::kStorage, QStringLiteral("the room is busy; retry with the same cid"), {}, m.cid,
              m.room);
}

void ClientSession::handle(const protocol::MembersList& m) {
    Room* room = joinedOrSay(m.room);
    if (!room) return;
    const auto all = room->members();
    QJsonArray page;
    for (qsizetype i = m.offset; i < all.size() && page.size() < m.limit; ++i)
        page.append(protocol::actorToJson(all[i]));
    send(protocol::membersMessage(m.room, int(all.size()), m.offset, page));
}

void ClientSession::handle(const protocol::History& m) {
    Room* room = joinedOrSay(m.room);
    if (!room) return;
    auto page = room->history(m.before, m.limit);
    if (!page) {
        sendError(err::kStorage, page.error().message, {}, {}, m.room);
        return;
    }
    QJsonArray events;
    for (const auto& e : page->events) events.append(protocol::eventToJson(e));
    send(protocol::historyMessage(m.room, events, page->more));
}

void ClientSession::handle(const protocol::TimePing& m) {
    send(protocol::timePongMessage(m.t0, wallMs()));
}

void ClientSession::handle(const protocol::Ping&) {
    send(protocol::pongMessage(wallMs()));
}

void ClientSession::handle(const protocol::GuideView& m) {
    if (Room* room = joinedOrSay(m.room); room && m_ctx.views)
        refuse(m_ctx.views->guideIn(*room, m_id, actorIn(m.room), m, wallMs(), steadyMs()), m.room);
}

void ClientSession::handle(const protocol::LookMarker& m) {
    if (Room* room = joinedOrSay(m.room); room && m_ctx.views)
        refuse(m_ctx.views->markerIn(*room, actorIn(m.room), m, wallMs(), steadyMs()), m.room);
}

}  // namespace omk::server
