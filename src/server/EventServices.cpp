#include "server/EventServices.h"

#include "server/Clock.h"

#include <utility>

namespace omk::server {

EventServices::EventServices(const Jwt& jwt, AccountStore& accounts)
    : m_jwt(jwt), m_accounts(accounts) {}

EventServices::~EventServices() {
    // Schedule fetches may be in flight: they go first. The BanApi goes before the rooms it
    // reads, which the Server resets after this.
    m_scheduleImport.reset();
    m_auth.reset();
    m_admin.reset();
    m_banApi.reset();
    m_partyApi.reset();
    m_parties.reset();
    m_audit.reset();
    // Then, in reverse order of declaration: m_catalogEdits, m_catalogCommit, m_announcementApi,
    // m_announcements, m_onAirApi, m_onAir, m_catalog.
}

omk::Expected<std::unique_ptr<EventServices>> EventServices::create(const ServerConfig& config,
                                                                    const Jwt& jwt,
                                                                    AccountStore& accounts,
                                                                    Hooks hooks) {
    std::unique_ptr<EventServices> s(new EventServices(jwt, accounts));
    s->m_catalog = std::make_unique<EventCatalog>(accounts.connectionName());
    if (auto opened = s->m_catalog->open(config.catalog, wallMs()); !opened)
        return opened.unexpected();
    s->m_onAir = std::make_unique<OnAirBoard>(accounts.connectionName());
    if (auto opened = s->m_onAir->open(); !opened) return opened.unexpected();
    s->m_announcements = std::make_unique<AnnouncementLog>(accounts.connectionName());
    if (auto opened = s->m_announcements->open(); !opened) return opened.unexpected();
    s->m_auth = std::make_unique<AuthService>(config, jwt, accounts, s->m_catalog->live().title);
    s->m_audit = std::make_unique<AuditLog>(accounts.connectionName());
    if (auto schema = s->m_audit->createSchema(); !schema) return schema.unexpected();
    s->m_catalogCommit = std::make_unique<CatalogCommit>(
        accounts, *s->m_audit, *s->m_catalog,
        CatalogCommit::Hooks{std::move(hooks.catalogChanged), std::move(hooks.refreshCatalog)});
    s->m_parties = std::make_unique<PartyStore>(accounts.connectionName());
    if (auto opened = s->m_parties->open(); !opened) return opened.unexpected();
    s->m_partyApi = std::make_unique<PartyApi>(config.publicUrl, jwt, accounts, *s->m_parties,
                                               hooks.rolesChanged);
    s->m_admin = std::make_unique<AdminApi>(jwt, accounts, *s->m_audit, *s->m_catalogCommit,
                                            std::move(hooks.rolesChanged));
    s->m_catalogEdits =
        std::make_unique<CatalogEditApi>(jwt, accounts, *s->m_catalogCommit, *s->m_onAir);
    s->m_scheduleImport =
        std::make_unique<ScheduleImportApi>(jwt, accounts, *s->m_catalogCommit, *s->m_onAir,
                                            config.scheduleUrl, config.schedulePollMinutes);
    s->m_onAirApi = std::make_unique<OnAirApi>(jwt, accounts, *s->m_audit, *s->m_catalog,
                                               *s->m_onAir, std::move(hooks.onAirSwitched));
    s->m_announcementApi = std::make_unique<AnnouncementApi>(
        jwt, accounts, *s->m_audit, *s->m_catalog, *s->m_announcements, std::move(hooks.announced));
    return s;
}

omk::Expected<void> EventServices::addRoutes(HttpApi& http, RoomRegistry& rooms) {
    m_auth->addRoutes(http);
    m_admin->addRoutes(http);
    m_catalogEdits->addRoutes(http);
    m_scheduleImport->addRoutes(http);
    // After the fan-out and the broadcasts: an import at start tells every client.
    if (auto opened = m_scheduleImport->open(); !opened) return opened.unexpected();
    m_onAirApi->addRoutes(http);
    m_announcementApi->addRoutes(http);
    m_banApi = std::make_unique<BanApi>(m_jwt, m_accounts, *m_audit, rooms);
    m_banApi->addRoutes(http);
    m_partyApi->addRoutes(http);
    return {};
}

void EventServices::setEventName(const QString& title) {
    if (m_auth) m_auth->setEventName(title);
}

}  // namespace omk::server
