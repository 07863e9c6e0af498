#pragma once
// Event-level changes told to everyone: a new catalog (catalog.changed), what is on air (onair)
// and announcements (announcement), docs/PROTOCOL.md; and an account's changed roles, to that
// account's own sessions (role). A change made here goes to every signed-in
// session at once and, with a fan-out, a notice tells the other servers, which read the change
// from the shared store (onNotice) — or at their next catch-up if the notice was lost
// (refreshAll).
// Threading: the server's event-loop thread (the stores' and the sessions').

#include "protocol/ServerMessage.h"
#include "server/AnnouncementLog.h"
#include "server/EventCatalog.h"
#include "server/OnAirBoard.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace omk::server {

class Fanout;

class EventBroadcasts {
public:
    struct Hooks {
        // One frame to every signed-in session on this server.
        std::function<void(const QByteArray& frame)> toSignedIn;
        // The catalog's title changed (the sign-in mail names the event).
        std::function<void(const QString& title)> titleChanged;
        // An account's roles changed (here or on another server): its sessions here take them
        // on and tell their clients (the role message, docs/PROTOCOL.md).
        std::function<void(const QString& account)> rolesChanged{};
    };
    // fanout: null on a single server.
    EventBroadcasts(EventCatalog& catalog, OnAirBoard& onAir, AnnouncementLog& announcements,
                    Fanout* fanout, Hooks hooks);

    // Changes committed on this server (the admin API's hooks).
    void catalogChanged(const CatalogChange& change) { announceCatalog(change, true); }
    void onAirSwitched(const QString& channel) { announceOnAir({channel}, true); }
    void announced(const protocol::Announcement& a) { announce(a, true); }
    void rolesChanged(const QString& account);

    // A fan-out notice: true when it was one of these (then handled), false for a room's.
    bool onNotice(const QString& name, qint64 seq);
    // Reads what the other servers changed since the last look (catch-up).
    void refreshAll();
    // Another server's catalog change, seen in the store.
    void refreshCatalog();

private:
    void announceCatalog(const CatalogChange& change, bool fromHere);
    void announceOnAir(const QStringList& channels, bool fromHere);
    void announce(const protocol::Announcement& a, bool fromHere);
    void refreshOnAir();
    void refreshAnnouncements();

    EventCatalog& m_catalog;
    OnAirBoard& m_onAir;
    AnnouncementLog& m_announcements;
    Fanout* m_fanout;
    Hooks m_hooks;
};

}  // namespace omk::server
