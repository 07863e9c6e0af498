#pragma once
// The event's side of omnikast-server, built and wired in one place: the catalog as versioned
// data (EventCatalog; every new version made by CatalogCommit), what is on air (OnAirBoard), the
// announcements (AnnouncementLog), sign-in (AuthService, /auth/*), the audit log (AuditLog) and
// the admin APIs over them — AdminApi (/admin/roles, /admin/catalog, /admin/audit),
// CatalogEditApi (one channel, stream or session), ScheduleImportApi (the schedule's re-import),
// OnAirApi, AnnouncementApi and BanApi. It owns them all and adds their routes to the server's
// HttpApi.
// Apart from Server, which keeps the process's lifecycle (store, fan-out, listening, sessions,
// delivery shards, catch-up, shutdown): a new event-level service or admin API changes this
// class, not the server's. What a committed change must set off beyond its own store — telling
// every client and the other servers — goes back through Hooks; EventServices knows no Server.
// Threading: the server's event-loop thread (the AccountStore's), the thread that created the
// Server that owns it.

#include "core/Expected.h"
#include "protocol/ServerMessage.h"
#include "server/AccountStore.h"
#include "server/AdminApi.h"
#include "server/AnnouncementApi.h"
#include "server/AnnouncementLog.h"
#include "server/AuditLog.h"
#include "server/AuthService.h"
#include "server/BanApi.h"
#include "server/CatalogCommit.h"
#include "server/CatalogEditApi.h"
#include "server/EventCatalog.h"
#include "server/HttpApi.h"
#include "server/Jwt.h"
#include "server/OnAirApi.h"
#include "server/OnAirBoard.h"
#include "server/PartyApi.h"
#include "server/PartyStore.h"
#include "server/RoomRegistry.h"
#include "server/ScheduleImportApi.h"
#include "server/ServerConfig.h"

#include <QString>

#include <functional>
#include <memory>

namespace omk::server {

class EventServices {
public:
    // What the services' committed changes set off outside them (the server's EventBroadcasts).
    // None is called before create() has returned.
    struct Hooks {
        // A new catalog version committed here: every client is told (catalog.changed).
        std::function<void(const CatalogChange& change)> catalogChanged{};
        // Another server's newer catalog version, seen before an edit: taken on and told.
        std::function<void()> refreshCatalog{};
        // An account's roles changed (AdminApi): its sessions, here and on the other servers.
        std::function<void(const QString& account)> rolesChanged{};
        // A switch on air committed (OnAirApi), with its channel.
        std::function<void(const QString& channel)> onAirSwitched{};
        // An announcement committed (AnnouncementApi).
        std::function<void(const protocol::Announcement& announcement)> announced{};
    };

    ~EventServices();
    EventServices(const EventServices&) = delete;
    EventServices& operator=(const EventServices&) = delete;

    // Opens the catalog (config.catalog), on air, the announcements and the audit log in the
    // accounts' database and builds the services over them; adds no routes yet. config, jwt and
    // accounts are kept by reference: they outlive the EventServices.
    static omk::Expected<std::unique_ptr<EventServices>> create(const ServerConfig& config,
                                                                const Jwt& jwt,
                                                                AccountStore& accounts,
                                                                Hooks hooks);

    // Adds every service's routes to http, in this order: /auth/*, AdminApi, CatalogEditApi,
    // ScheduleImportApi, OnAirApi, AnnouncementApi, BanApi, PartyApi (/parties). On the way it
    // opens the schedule's re-import, whose import at start tells every client (so the hooks'
    // targets must exist by now), and makes the BanApi over rooms, which outlive the EventServices.
    omk::Expected<void> addRoutes(HttpApi& http, RoomRegistry& rooms);

    EventCatalog& catalog() { return *m_catalog; }
    OnAirBoard& onAir() { return *m_onAir; }
    AnnouncementLog& announcements() { return *m_announcements; }
    PartyStore& parties() { return *m_parties; }
    // The catalog's title changed: sign-in mails name the event by it.
    void setEventName(const QString& title);

private:
    EventServices(const Jwt& jwt, AccountStore& accounts);

    const Jwt& m_jwt;
    AccountStore& m_accounts;
    // Built in this order: m_catalog, m_onAir, m_announcements, m_auth, m_audit,
    // m_catalogCommit, m_admin, m_catalogEdits, m_scheduleImport, m_onAirApi,
    // m_announcementApi; m_banApi in addRoutes(). Torn down in ~EventServices's order.
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<EventCatalog> m_catalog;
    std::unique_ptr<OnAirBoard> m_onAir;
    std::unique_ptr<OnAirApi> m_onAirApi;
    std::unique_ptr<AnnouncementLog> m_announcements;
    std::unique_ptr<AnnouncementApi> m_announcementApi;
    std::unique_ptr<CatalogCommit> m_catalogCommit;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<CatalogEditApi> m_catalogEdits;
    std::unique_ptr<ScheduleImportApi> m_scheduleImport;  // fetches in flight: reset early
    std::unique_ptr<BanApi> m_banApi;  // uses the rooms: gone before them (~Server)
    std::unique_ptr<PartyStore> m_parties;
    std::unique_ptr<PartyApi> m_partyApi;
};

}  // namespace omk::server
