#include "ui/OrganizeController.h"

#include "protocol/ChannelRoom.h"
#include "ui/EventController.h"
#include "ui/RoomController.h"

#include <QDateTime>
#include <QJsonArray>

namespace omk::ui {

OrganizeController::OrganizeController(QObject* parent)
    : QObject(parent),
      m_channels([this]() -> room::AdminClient* { return prepare() ? &m_client : nullptr; },
                 [this](const room::AdminReply& r) { return describe(r); }),
      m_sessions([this]() -> room::AdminClient* { return prepare() ? &m_client : nullptr; },
                 [this](const room::AdminReply& r) { return describe(r); }),
      m_rooms([this]() -> room::AdminClient* { return prepare() ? &m_client : nullptr; },
              [this](const room::AdminReply& r) { return describe(r); }, m_channels.model()),
      m_import([this]() -> room::AdminClient* { return prepare() ? &m_client : nullptr; },
               [this](const room::AdminReply& r) { return describe(r); }) {
    connect(&m_channels, &OrganizeChannels::reported, this, &OrganizeController::setMessage);
    connect(&m_channels, &OrganizeChannels::started, this, &OrganizeController::started);
    connect(&m_channels, &OrganizeChannels::finished, this, &OrganizeController::finished);
    connect(&m_sessions, &OrganizeSessions::reported, this, &OrganizeController::setMessage);
    connect(&m_sessions, &OrganizeSessions::started, this, &OrganizeController::started);
    connect(&m_sessions, &OrganizeSessions::finished, this, &OrganizeController::finished);
    connect(&m_rooms, &OrganizeRooms::reported, this, &OrganizeController::setMessage);
    connect(&m_rooms, &OrganizeRooms::started, this, &OrganizeController::started);
    connect(&m_rooms, &OrganizeRooms::finished, this, &OrganizeController::finished);
    connect(&m_import, &OrganizeImport::reported, this, &OrganizeController::setMessage);
    connect(&m_import, &OrganizeImport::started, this, &OrganizeController::started);
    connect(&m_import, &OrganizeImport::finished, this, &OrganizeController::finished);
    connect(&m_board, &OnAirBoardModel::countChanged, this, &OrganizeController::targetsChanged);
    connect(&m_board, &QAbstractItemModel::modelReset, this, &OrganizeController::targetsChanged);
}

QVariantList OrganizeController::announcementTargets() const {
    QVariantList out{QVariantMap{{QStringLiteral("id"), QString()},
                                 {QStringLiteral("name"), tr("Every channel")}}};
    for (int row = 0; row < m_board.rowCount(); ++row)
        out.append(QVariantMap{{QStringLiteral("id"), m_board.channelId(row)},
                               {QStringLiteral("name"), m_board.channelName(row)}});
    return out;
}

QString OrganizeController::describe(const room::AdminReply& r) const {
    const QString& code = r.errorCode;
    if (code == QLatin1String("network") || code == QLatin1String("no_server"))
        return tr("Cannot reach the event's server. Check the connection and try again.");
    if (code == QLatin1String("forbidden"))
        return tr("This sign-in is not an admin of the event any more.");
    if (code == QLatin1String("auth_required") || code == QLatin1String("auth_invalid") ||
        code == QLatin1String("token_expired"))
        return tr("Your sign-in has ended. Sign in again.");
    if (code == QLatin1String("no_room")) return tr("That room is not on this server any more.");
    if (code == QLatin1String("no_channel"))
        return tr("The server's catalog has no such channel; the event may have changed.");
    if (code == QLatin1String("no_session") || code == QLatin1String("session_elsewhere"))
        return tr(
            "The server's catalog has no such session in this channel; the event may have "
            "changed.");
    if (code == QLatin1String("channel_in_use"))
        return tr(
            "Sessions are on that channel: move them to another channel or remove them "
            "first.");
    if (code == QLatin1String("session_on_air"))
        return tr("That session is on air: take it off air first (On air tab).");
    if (code == QLatin1String("invalid_catalog"))
        return tr("The server refused it: %1").arg(r.message);
    if (code == QLatin1String("duplicate_id"))
        return tr("Someone added one of that name a moment ago; the list shows it now.");
    if (code == QLatin1String("version_conflict"))
        return tr("Someone else changed the catalog a moment ago. Try again.");
    if (code == QLatin1String("bad_email"))
        return tr("The server does not take that as an e-mail address.");
    if (code == QLatin1String("not_held"))
        return tr("That role is not held there any more; the list shows who holds what now.");
    if (code == QLatin1String("last_admin"))
        return tr("The event's last admin keeps the role: make someone else an admin first.");
    if (code == QLatin1String("storage") || code == QLatin1String("admin_store"))
        return tr("The server cannot save changes right now. Try again in a moment.");
    // Anything else: the server's own sentence (English), with its code.
    return r.message.isEmpty() ? code : r.message;
}

void OrganizeController::setRoom(RoomController* room) {
    if (m_room == room) return;
    if (m_roomSignedIn) disconnect(m_roomSignedIn);
    m_room = room;
    if (room)
        m_roomSignedIn = connect(room, &RoomController::signedInChanged, this,
                                 &OrganizeController::availabilityChanged);
    emit roomChanged();
    availabilityChanged();
}

void OrganizeController::setEvent(EventController* event) {
    if (m_event == event) return;
    for (auto* c : {&m_eventCatalog, &m_eventOnAir})
        if (*c) disconnect(*c);
    m_event = event;
    if (event) {
        m_eventCatalog = connect(event, &EventController::catalogChanged, this,
                                 &OrganizeController::catalogChanged);
        m_eventOnAir =
            connect(event, &EventController::onAirChanged, this, &OrganizeController::rebuildBoard);
    }
    catalogChanged();
    emit eventChanged();
}

void OrganizeController::availabilityChanged() {
    if (available() && m_listsStale) catalogChanged();
    emit availableChanged();
}

void OrganizeController::catalogChanged() {
    // None of it is shown to anyone but an admin; an attendee's viewer skips it (below).
    m_listsStale = !available() && m_event;
    if (m_listsStale) return;
    rebuildBoard();
    m_channels.update(m_event ? m_event->fullCatalog() : nullptr);
    m_sessions.update(m_event ? m_event->fullCatalog() : nullptr);
    m_import.update(m_event ? m_event->fullCatalog() : nullptr);
    // Bans name rooms; the list says whose channel's room it is.
    QHash<QString, QString> roomNames;
    if (const catalog::Catalog* c = m_event ? m_event->fullCatalog() : nullptr)
        for (const catalog::Channel& ch : c->channels)
            roomNames.insert(protocol::roomOfChannel(ch.id), ch.name);
    m_bans.setRoomNames(roomNames);
}

bool OrganizeController::available() const {
    return m_room && m_room->eventAdmin();
}

void OrganizeController::rebuildBoard() {
    if (m_listsStale) return;
    if (!m_event) {
        m_board.update(nullptr, {}, QDateTime::currentDateTimeUtc());
        return;
    }
    const QHash<QString, QString> onAir = m_event->serverOnAirSessions();
    m_board.update(m_event->fullCatalog(), onAir, QDateTime::currentDateTimeUtc());
}

bool OrganizeController::prepare() {
    if (!available()) {
        setMessage(tr("Only the event's admins can organize it."), true);
        return false;
    }
    // Another server's log: the people seen in this one's are not offered there.
    if (m_room->serverUrl() != m_adminServer) {
        m_adminServer = m_room->serverUrl();
        m_audit.clear();
    }
    m_client.setServer(m_adminServer);
    m_client.setToken(m_room->token());
    return true;
}

void OrganizeController::setMessage(const QString& text, bool error) {
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
}

void OrganizeController::started() {
    if (m_inFlight++ == 0) emit busyChanged();
}

void OrganizeController::finished() {
    if (--m_inFlight == 0) emit busyChanged();
}

void OrganizeController::putOnAir(int row, const QString& session) {
    const QString channel = m_board.channelId(row);
    if (channel.isEmpty()) {
        setMessage(tr("Pick a channel first."), true);
        return;
    }
    if (!prepare()) return;
    const QString name = m_board.channelName(row);
    const QString title = m_board.sessionTitle(session);
    m_board.setPending(channel, true);
    started();
    QPointer<OrganizeController> self(this);
    m_client.switchOnAir(
        channel, session, [self, channel, name, title, session](const room::AdminReply& r) {
            if (!self) return;
            self->m_board.setPending(channel, false);
            self->finished();
            if (!r.ok) {
                self->setMessage(tr("Not switched on %1: %2").arg(name, self->describe(r)), true);
                return;
            }
            self->setMessage(session.isEmpty() ? tr("Nothing on air on %1 now.").arg(name)
                                               : tr("On air on %1: %2").arg(name, title),
                             false);
        });
}

void OrganizeController::putNextOnAir(int row) {
    if (m_board.channelId(row).isEmpty()) {
        setMessage(tr("Pick a channel first."), true);
        return;
    }
    // "Next" with nothing on air depends on the time: worked out again now.
    rebuildBoard();
    const QString next = m_board.nextSession(row);
    if (next.isEmpty()) {
        setMessage(tr("%1 has no next session.").arg(m_board.channelName(row)), true);
        return;
    }
    putOnAir(row, next);
}

void OrganizeController::announce(const QString& text, const QString& channel) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setMessage(tr("Write the announcement first."), true);
        return;
    }
    if (trimmed.size() > kAnnouncementMaxChars) {
        setMessage(tr("An announcement holds at most %1 characters.").arg(kAnnouncementMaxChars),
                   true);
        return;
    }
    if (m_announcing || !prepare()) return;  // one at a time: a second Ctrl+Enter is not a repeat
    m_announcing = true;
    started();
    QPointer<OrganizeController> self(this);
    m_client.announce(trimmed, channel, [self](const room::AdminReply& r) {
        if (!self) return;
        self->m_announcing = false;
        self->finished();
        if (!r.ok) {
            self->setMessage(tr("Not sent: %1").arg(self->describe(r)), true);
            return;
        }
        self->setMessage(tr("Announcement sent."), false);
        emit self->announced();
    });
}

void OrganizeController::refreshBans() {
    if (!prepare()) return;
    started();
    const int request = ++m_bansRequest;
    QPointer<OrganizeController> self(this);
    m_client.bans([self, request](const room::AdminReply& r) {
        if (!self) return;
        self->finished();
        if (request != self->m_bansRequest) return;
        if (!r.ok) {
            self->setMessage(tr("The bans could not be read: %1").arg(self->describe(r)), true);
            return;
        }
        self->m_bans.setEntries(r.body.value(QStringLiteral("bans")).toArray());
    });
}

void OrganizeController::liftBan(int row) {
    const QString room = m_bans.room(row), user = m_bans.user(row), who = m_bans.who(row);
    if (user.isEmpty()) {
        setMessage(tr("Pick a ban first."), true);
        return;
    }
    if (m_bans.pending(row) || !prepare()) return;  // a second press is not a second lift
    m_bans.setPending(row, true);
    started();
    QPointer<OrganizeController> self(this);
    m_client.liftBan(room, user, [self, who, room, user](const room::AdminReply& r) {
        if (!self) return;
        self->finished();
        if (!r.ok && r.errorCode != QLatin1String("not_banned")) {
            self->m_bans.setPending(self->m_bans.rowOf(room, user), false);
            self->setMessage(tr("Not lifted: %1").arg(self->describe(r)), true);
            return;
        }
        // Lifted now, or by someone else meanwhile: either way it is gone.
        self->setMessage(tr("%1 may chat in %2 again.").arg(who, room), false);
        self->refreshBans();
    });
}

void OrganizeController::refreshAudit(const QString& action, const QString& actor) {
    if (!prepare()) return;
    started();
    const int request = ++m_auditRequest;
    QPointer<OrganizeController> self(this);
    m_client.audit(kAuditPage, action, actor, [self, request](const room::AdminReply& r) {
        if (!self) return;
        self->finished();
        if (request != self->m_auditRequest) return;  // another filter was asked for since
        if (!r.ok) {
            self->setMessage(tr("The audit log could not be read: %1").arg(self->describe(r)),
                             true);
            return;
        }
        self->m_audit.setEntries(r.body.value(QStringLiteral("entries")).toArray());
    });
}

}  // namespace omk::ui
