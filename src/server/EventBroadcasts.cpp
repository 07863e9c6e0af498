#include "server/EventBroadcasts.h"

#include "protocol/Protocol.h"
#include "server/Fanout.h"
#include "server/Log.h"

#include <algorithm>

namespace omk::server {

namespace {

// Fan-out notices are "SEQ NAME" with a room's name (Fanout.h); these names hold a space, so no
// room (printable ASCII without spaces, docs/PROTOCOL.md) can have them.
// "The event catalog is now at version SEQ".
const QString kCatalogNotice = QStringLiteral("event catalog");
// "Something was switched on air"; SEQ is the switch's time.
const QString kOnAirNotice = QStringLiteral("event on air");
// "event roles ACCOUNT": the account's roles changed; the other servers read them from the store.
const QString kRolesNotice = QStringLiteral("event roles ");
// "There is a newer announcement"; SEQ is its time.
const QString kAnnouncementNotice = QStringLiteral("event announcement");

QString origin(bool fromHere) {
    return fromHere ? QStringLiteral("here") : QStringLiteral("store");
}

}  // namespace

EventBroadcasts::EventBroadcasts(EventCatalog& catalog, OnAirBoard& onAir,
                                 AnnouncementLog& announcements, Fanout* fanout, Hooks hooks)
    : m_catalog(catalog),
      m_onAir(onAir),
      m_announcements(announcements),
      m_fanout(fanout),
      m_hooks(std::move(hooks)) {}

bool EventBroadcasts::onNotice(const QString& name, qint64 seq) {
    if (name == kCatalogNotice) {
        if (seq > m_catalog.live().version) refreshCatalog();
        return true;
    }
    if (name == kOnAirNotice) {
        refreshOnAir();
        return true;
    }
    if (name == kAnnouncementNotice) {
        refreshAnnouncements();
        return true;
    }
    if (name.startsWith(kRolesNotice)) {
        if (m_hooks.rolesChanged) m_hooks.rolesChanged(name.mid(kRolesNotice.size()));
        return true;
    }
    return false;
}

void EventBroadcasts::rolesChanged(const QString& account) {
    if (m_hooks.rolesChanged) m_hooks.rolesChanged(account);
    // No sequence to catch up with: a lost notice leaves that server's sessions of the account
    // with their roles until they sign in again.
    if (m_fanout) m_fanout->publish(kRolesNotice + account, 1);
}

void EventBroadcasts::refreshAll() {
    refreshCatalog();
    refreshOnAir();
    refreshAnnouncements();
}

void EventBroadcasts::announceCatalog(const CatalogChange& change, bool fromHere) {
    if (m_hooks.titleChanged) m_hooks.titleChanged(change.live.title);
    qCInfo(lcServer).noquote() << logLine(
        "catalog_changed",
        {{"version", QString::number(change.live.version)}, {"from", origin(fromHere)}});
    m_hooks.toSignedIn(protocol::toFrame(protocol::toJson(protocol::CatalogChanged{
        change.live.version, QString::fromLatin1(change.live.etag), change.diff})));
    if (fromHere && m_fanout) m_fanout->publish(kCatalogNotice, change.live.version);
}

void EventBroadcasts::refreshCatalog() {
    auto changed = m_catalog.refresh();
    if (!changed) {
        qCWarning(lcServer).noquote()
            << logLine("catalog_refresh_failed", {{"reason", changed.error().message}});
        return;
    }
    if (*changed) announceCatalog(**changed, false);
}

void EventBroadcasts::announceOnAir(const QStringList& channels, bool fromHere) {
    protocol::OnAirMessage m;
    qint64 latest = 1;
    for (const QString& channel : channels) {
        const OnAir now = m_onAir.all().value(channel);
        m.channels.insert(channel, protocol::OnAirEntry{now.session, now.sinceMs});
        latest = std::max(latest, now.sinceMs);
        qCInfo(lcServer).noquote() << logLine(
            "on_air", {{"channel", channel},
                       {"session", now.session.isEmpty() ? QStringLiteral("-") : now.session},
                       {"from", origin(fromHere)}});
    }
    m_hooks.toSignedIn(protocol::toFrame(protocol::toJson(m)));
    if (fromHere && m_fanout) m_fanout->publish(kOnAirNotice, latest);
}

void EventBroadcasts::refreshOnAir() {
    auto changed = m_onAir.refresh();
    if (!changed) {
        qCWarning(lcServer).noquote()
            << logLine("on_air_refresh_failed", {{"reason", changed.error().message}});
        return;
    }
    if (!changed->isEmpty()) announceOnAir(*changed, false);
}

void EventBroadcasts::announce(const protocol::Announcement& a, bool fromHere) {
    qCInfo(lcServer).noquote() << logLine(
        "announcement", {{"id", a.id},
                         {"channel", a.channel.isEmpty() ? QStringLiteral("*") : a.channel},
                         {"from", origin(fromHere)}});
    m_hooks.toSignedIn(protocol::toFrame(protocol::toJson(a)));
    if (fromHere && m_fanout) m_fanout->publish(kAnnouncementNotice, std::max<qint64>(1, a.at));
}

void EventBroadcasts::refreshAnnouncements() {
    auto newer = m_announcements.takeNewer();
    if (!newer) {
        qCWarning(lcServer).noquote()
            << logLine("announcements_refresh_failed", {{"reason", newer.error().message}});
        return;
    }
    for (const protocol::Announcement& a : *newer) announce(a, false);
}

}  // namespace omk::server
