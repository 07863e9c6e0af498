#include "ui/OrganizeRooms.h"

#include "protocol/ChannelRoom.h"

#include <QPointer>
#include <QRegularExpression>

#include <array>

namespace omk::ui {

namespace {

constexpr std::array<int, 8> kSlowModeChoices{0, 5, 10, 30, 60, 120, 300, 600};

}  // namespace

OrganizeRooms::OrganizeRooms(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                             ChannelEditModel* channels, QObject* parent)
    : QObject(parent),
      m_client(client),
      m_describe(describe),
      m_channels(channels),
      m_runner(std::move(client), std::move(describe)) {
    connect(&m_runner, &AdminEditRunner::reported, this, &OrganizeRooms::reported);
    connect(&m_runner, &AdminEditRunner::started, this, &OrganizeRooms::started);
    connect(&m_runner, &AdminEditRunner::finished, this, &OrganizeRooms::finished);
    connect(&m_runner, &AdminEditRunner::pendingChanged, m_channels,
            [this](const QString& part, bool pending) {
                if (m_channels->hasId(part)) m_channels->setPending(part, pending);
            });
}

QVariantList OrganizeRooms::slowModeChoices() const {
    QVariantList out;
    for (int s : kSlowModeChoices) {
        QString text = s == 0   ? tr("Off")
                       : s < 60 ? tr("One message every %n s", nullptr, s)
                                : tr("One message every %n min", nullptr, s / 60);
        out.append(QVariantMap{{QStringLiteral("seconds"), s}, {QStringLiteral("text"), text}});
    }
    return out;
}

int OrganizeRooms::slowModeChoiceOf(int seconds) const {
    int best = 0;
    for (int i = 0; i < int(kSlowModeChoices.size()); ++i)
        if (kSlowModeChoices[size_t(i)] <= seconds) best = i;
    return best;
}

int OrganizeRooms::rowOf(const QString& channel) {
    const int row = m_channels->rowOf(channel);
    if (row < 0)
        emit reported(channel.isEmpty() ? tr("Pick a room first.")
                                        : tr("That channel is not in the event any more."),
                      true);
    return row;
}

void OrganizeRooms::setClosed(const QString& channel, bool closed) {
    const int row = rowOf(channel);
    if (row < 0) return;
    if (m_channels->roomRules(row).closed == closed) return;
    const QString name = m_channels->name(row);
    send(channel, QStringLiteral("closed"), closed,
         closed ? tr("%1 is closed: attendees read, only moderators write.").arg(name)
                : tr("%1 is open: everyone may write again.").arg(name));
}

void OrganizeRooms::setSignedInOnly(const QString& channel, bool on) {
    const int row = rowOf(channel);
    if (row < 0) return;
    if (m_channels->roomRules(row).signedInOnly == on) return;
    const QString name = m_channels->name(row);
    send(channel, QStringLiteral("signed_in_only"), on,
         on ? tr("In %1 only signed-in people write now; guests read.").arg(name)
            : tr("In %1 guests may write again.").arg(name));
}

void OrganizeRooms::setSlowMode(const QString& channel, int seconds) {
    const int row = rowOf(channel);
    if (row < 0) return;
    if (seconds < 0 || seconds > catalog::RoomRules::kMaxSlowModeSeconds) {
        emit reported(
            tr("Slow mode is 0 to %1 seconds.").arg(catalog::RoomRules::kMaxSlowModeSeconds), true);
        return;
    }
    if (m_channels->roomRules(row).slowModeSeconds == seconds) return;
    const QString name = m_channels->name(row);
    send(channel, QStringLiteral("slow_mode_seconds"), seconds,
         seconds == 0 ? tr("%1 starts without slow mode now.").arg(name)
                      : tr("%1 starts in slow mode now: one message every %n s per person, "
                           "until a moderator changes it.",
                           nullptr, seconds)
                            .arg(name));
}

void OrganizeRooms::send(const QString& channel, const QString& rule, const QJsonValue& value,
                         const QString& ok) {
    // Only the rule that changes: the server merges it into the room's rules as they are there
    // now, so a change made meanwhile (by another organizer, or the one before this not yet
    // back in the list) stays.
    const QJsonObject fields{{QStringLiteral("room"), QJsonObject{{rule, value}}}};
    m_runner.run(
        channel,
        [channel, fields](room::AdminClient& c, auto done) {
            c.changeChannel(channel, fields, std::move(done));
        },
        ok, tr("The room %1 was not changed").arg(m_channels->name(m_channels->rowOf(channel))));
}

void OrganizeRooms::refreshModerators(const QString& channel) {
    // Roles name the channel's chat room, which is not always the channel's id ("Saal 1").
    const QString room = protocol::roomOfChannel(channel);
    // Another room: its list starts empty, not with the last room's names under its title.
    if (room != m_moderators.room()) m_moderators.setRoles({}, room);
    m_moderatorsAsked = channel;
    room::AdminClient* client = m_client();
    if (!client) return;
    emit started();
    QPointer<OrganizeRooms> self(this);
    client->roles([self, channel, room](const room::AdminReply& r) {
        if (!self) return;
        emit self->finished();
        // Answers may come back out of order as the organizer walks the rooms: only the
        // room asked for last is shown.
        if (channel != self->m_moderatorsAsked) return;
        if (!r.ok) {
            emit self->reported(tr("Who moderates could not be read: %1").arg(self->m_describe(r)),
                                true);
            return;
        }
        self->m_moderators.setRoles(r.body.value(QStringLiteral("roles")).toArray(), room);
    });
}

void OrganizeRooms::grantModerator(const QString& channel, const QString& email) {
    const int row = rowOf(channel);
    if (row < 0) return;
    const QString address = email.trimmed();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!shape.match(address).hasMatch()) {
        emit reported(tr("Type the person's e-mail address, like name@example.org."), true);
        return;
    }
    const QString room = protocol::roomOfChannel(channel);
    if (m_moderators.room() == room && m_moderators.rowOf(address, room) >= 0) {
        emit reported(tr("%1 moderates this room already.").arg(address), true);
        return;
    }
    const QString name = m_channels->name(row);
    QPointer<OrganizeRooms> self(this);
    m_runner.run(
        QStringLiteral("role:") + address.toLower(),
        [address, room](room::AdminClient& c, auto done) {
            c.changeRole(true, address, QStringLiteral("moderator"), room, std::move(done));
        },
        tr("%1 moderates %2 now, from their next sign-in.").arg(address, name),
        tr("%1 was not made a moderator").arg(address),
        [self, channel](const room::AdminReply& r) {
            if (!self) return;
            if (r.ok) emit self->granted();
            self->refreshModerators(channel);
        });
}

void OrganizeRooms::revoke(const QString& email, const QString& role, const QString& where) {
    if (email.isEmpty()) {
        emit reported(tr("Pick a moderator first."), true);
        return;
    }
    // A page about one room does not take away a role in every room.
    if (where == QLatin1String("*")) {
        emit reported(tr("%1 holds the role for the whole event; this page takes back roles in "
                         "this room only.")
                          .arg(email),
                      true);
        return;
    }
    const QString channel = m_moderatorsAsked;
    QPointer<OrganizeRooms> self(this);
    m_runner.run(
        QStringLiteral("role:") + email.toLower(),
        [email, role, where](room::AdminClient& c, auto done) {
            c.changeRole(false, email, role, where, std::move(done));
        },
        tr("%1 no longer moderates this room.").arg(email), tr("%1 keeps the role").arg(email),
        [self, channel](const room::AdminReply&) {
            if (self) self->refreshModerators(channel);
        });
}

}  // namespace omk::ui
