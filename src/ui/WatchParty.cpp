#include "ui/WatchParty.h"

#include "protocol/PartyLink.h"
#include "room/RoomConnection.h"
#include "ui/DeepLink.h"
#include "ui/EventController.h"
#include "ui/RoomController.h"

#include <QClipboard>
#include <QGuiApplication>

#include <utility>

namespace omk::ui {

WatchParty::WatchParty(QObject* parent) : QObject(parent) {}

void WatchParty::setServerUrl(const QString& url) {
    if (url == m_serverUrl) return;
    m_serverUrl = url;
    m_client.setServer(url);
    m_hosted.clear();
    // A party is one server's: another server's window has none, and its answers are dropped.
    ++m_generation;
    if (m_state != QLatin1String("none")) {
        clearParty();
        setState(QStringLiteral("none"));
        say({}, false);
    }
    emit availableChanged();
    if (!m_pendingLink.isEmpty() && available()) useLink(std::exchange(m_pendingLink, {}));
}

void WatchParty::setAccessToken(const QString& token) {
    if (token == m_accessToken) return;
    m_accessToken = token;
    emit accessTokenChanged();
    // Signed in at last: the invite-only party the link named is joined.
    if (!token.isEmpty() && m_state == QLatin1String("signInNeeded")) redeem();
    // Signed out: an invite-only party admits accounts only.
    if (token.isEmpty() && m_state == QLatin1String("joined") && m_inviteOnly) {
        const QString name = m_name;
        leave();
        say(tr("Signed out: you left “%1”, which is for signed-in people.").arg(name), false);
    }
}

// Out of line: a QPointer converts only where its type is complete.
RoomController* WatchParty::room() const {
    return m_room;
}
EventController* WatchParty::event() const {
    return m_event;
}

void WatchParty::setRoom(RoomController* room) {
    if (room == m_room) return;
    if (m_room) disconnect(m_room, nullptr, this, nullptr);
    m_room = room;
    if (m_room) {
        connect(m_room, &RoomController::stateChanged, this, &WatchParty::shareChannel);
        connect(m_room, &RoomController::signedInChanged, this, &WatchParty::shareChannel);
    }
    emit roomChanged();
}

void WatchParty::setEvent(EventController* event) {
    if (event == m_event) return;
    if (m_event) disconnect(m_event, nullptr, this, nullptr);
    m_event = event;
    if (m_event) connect(m_event, &EventController::streamChanged, this, &WatchParty::shareChannel);
    emit eventChanged();
}

bool WatchParty::busy() const {
    return m_state == QLatin1String("opening") || m_state == QLatin1String("checking") ||
           m_state == QLatin1String("redeeming");
}

QString WatchParty::partyRoom() const {
    return m_state == QLatin1String("joined") ? m_roomId : QString();
}

void WatchParty::open(const QString& name, bool inviteOnly) {
    if (busy()) return;
    const QString trimmed = name.simplified();
    if (m_accessToken.isEmpty()) {
        say(tr("Sign in first: a watch party belongs to an account."), true);
        return;
    }
    if (trimmed.isEmpty() || trimmed.size() > 80) {
        say(tr("Give the party a name of 1 to 80 characters."), true);
        return;
    }
    clearParty();
    const int generation = ++m_generation;
    setState(QStringLiteral("opening"));
    say(tr("Opening “%1”…").arg(trimmed), false);
    m_client.open(m_accessToken, trimmed, inviteOnly, [this, generation](const room::ApiAnswer& a) {
        if (generation != m_generation) return;
        if (!a.ok) return failWith(a);
        const QJsonObject& o = a.body;
        m_roomId = o.value(QStringLiteral("room")).toString();
        m_name = o.value(QStringLiteral("name")).toString();
        m_inviteOnly = o.value(QStringLiteral("invite_only")).toBool(true);
        m_invite = o.value(QStringLiteral("invite")).toString();
        m_inviteExpiresMs = o.value(QStringLiteral("invite_expires_ms")).toInteger();
        m_link = o.value(QStringLiteral("link")).toString();
        // No public_url: the link names where this viewer reaches the server, which is where
        // the others on its network do.
        if (m_link.isEmpty()) m_link = protocol::partyLink(m_client.httpBase(), m_roomId, m_invite);
        m_hosted.insert(m_roomId, m_link);
        emit partyChanged();
        joined();
    });
}

bool WatchParty::useLink(const QString& link) {
    // An open in flight has made its party on the server already: its answer is awaited.
    if (busy()) return false;
    auto parsed = parseDeepLink(link.trimmed());
    if (!parsed || !parsed->isParty()) {
        say(tr("That is not a watch party's link: %1")
                .arg(parsed ? tr("it opens something else") : parsed.error().message),
            true);
        return false;
    }
    if (!available()) {  // taken once the event's server is known
        m_pendingLink = link.trimmed();
        return true;
    }
    const QUrl catalog(parsed->catalogUrl);
    const QUrl server = m_client.httpBase();
    if (catalog.host().compare(server.host(), Qt::CaseInsensitive) != 0 ||
        catalog.port(80) != server.port(80)) {
        say(tr("This party is on %1, not on this event's server (%2): open the link from "
               "outside the viewer.")
                .arg(catalog.authority(), server.authority()),
            true);
        return false;
    }
    clearParty();
    m_roomId = parsed->partyRoom;
    m_invite = parsed->partyInvite;
    emit partyChanged();
    const int generation = ++m_generation;
    setState(QStringLiteral("checking"));
    say(tr("Looking for the party…"), false);
    m_client.describe(m_roomId, [this, generation](const room::ApiAnswer& a) {
        if (generation != m_generation) return;
        if (!a.ok) return failWith(a);
        m_name = a.body.value(QStringLiteral("name")).toString();
        m_inviteOnly = a.body.value(QStringLiteral("invite_only")).toBool(true);
        emit partyChanged();
        if (!m_inviteOnly) return joined();
        if (m_invite.isEmpty()) {
            failWith({false,
                      0,
                      {},
                      QStringLiteral("invite_invalid"),
                      tr("“%1” is invite-only and this link has no invite: ask its host for "
                         "the link again.")
                          .arg(m_name),
                      0});
            return;
        }
        if (m_accessToken.isEmpty()) {
            setState(QStringLiteral("signInNeeded"));
            say(tr("“%1” is invite-only: sign in to join it.").arg(m_name), false);
            return;
        }
        redeem();
    });
    return true;
}

void WatchParty::redeem() {
    const int generation = ++m_generation;
    setState(QStringLiteral("redeeming"));
    say(tr("Joining “%1”…").arg(m_name), false);
    m_client.redeem(m_accessToken, m_roomId, m_invite,
                    [this, generation](const room::ApiAnswer& a) {
                        if (generation != m_generation) return;
                        if (!a.ok) return failWith(a);
                        joined();
                    });
}

void WatchParty::joined() {
    // A party this viewer opened, come back to (by its link, after leaving): still its host.
    if (const auto hosted = m_hosted.constFind(m_roomId); hosted != m_hosted.cend()) {
        m_isHost = true;
        m_link = *hosted;
        emit partyChanged();
    }
    m_shared.clear();
    setState(QStringLiteral("joined"));
    say(m_isHost ? tr("You host “%1”: send its link to whoever should watch with you.").arg(m_name)
                 : tr("Watching together in “%1”.").arg(m_name),
        false);
    shareChannel();
}

void WatchParty::leave() {
    ++m_generation;
    clearParty();
    setState(QStringLiteral("none"));
    say({}, false);
}

bool WatchParty::copyLink() {
    if (m_link.isEmpty()) return false;
    // A GUI application has a clipboard (tests may run a core one).
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::clipboard()->setText(m_link);
    say(tr("The link is copied: paste it to the people you invite."), false);
    return true;
}

void WatchParty::shareChannel() {
    if (!m_isHost || m_state != QLatin1String("joined") || !m_room || !m_event) return;
    if (m_room->room() != m_roomId || m_room->state() != QLatin1String("connected") ||
        !m_room->canModerate())
        return;
    const QString stream = m_event->streamUrl();
    const room::RoomConnection* c = m_room->connection();
    if (stream.isEmpty() || !c) return;
    // Only the host's own picks move the party: a party that plays something already (its host
    // came back, or an event moderator changed it) keeps it until the host picks another channel;
    // a reconnect or a catalog refresh that leaves the channel as it was sends nothing.
    if (m_shared.isEmpty() && c->hasPlayback()) {
        m_shared = stream;
        return;
    }
    if (stream == m_shared) return;
    m_shared = stream;
    if (c->playback().media != stream) m_room->playMediaForAll(stream);
}

void WatchParty::setState(const QString& s) {
    if (s == m_state) return;
    m_state = s;
    emit stateChanged();
}

void WatchParty::say(const QString& text, bool error) {
    if (text == m_message && error == m_messageIsError) return;
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
    if (error && !text.isEmpty()) emit errorOccurred(text);
}

void WatchParty::failWith(const room::ApiAnswer& a) {
    clearParty();
    setState(QStringLiteral("failed"));
    QString text = a.message;
    if (a.errorCode == QLatin1String("account_required"))
        text = tr("Sign in with an account first: %1").arg(a.message);
    say(text.isEmpty() ? tr("The server refused (%1).").arg(a.errorCode) : text, true);
}

void WatchParty::clearParty() {
    const bool had = !m_roomId.isEmpty() || !m_name.isEmpty() || m_isHost || !m_link.isEmpty();
    m_roomId.clear();
    m_name.clear();
    m_invite.clear();
    m_link.clear();
    m_inviteOnly = true;
    m_isHost = false;
    m_shared.clear();
    m_inviteExpiresMs = 0;
    if (had) emit partyChanged();
}

}  // namespace omk::ui
