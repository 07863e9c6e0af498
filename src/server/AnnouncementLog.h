#pragma once
// The organizers' announcements (POST /admin/announcements), kept in the accounts' database
// beside the audit log (table omnikast_announcements; an announcement and its audit entry share
// one transaction), so every server of a scaled-out deployment can send what another one
// received: a fan-out notice says "there is a newer one", newerThan() reads it.
// Threading: the AccountStore's thread.

#include "core/Expected.h"
#include "protocol/ServerMessage.h"

#include <QList>
#include <QString>

namespace omk::server {

class AnnouncementLog {
public:
    explicit AnnouncementLog(QString connection);

    // Creates the table; what is already in it counts as seen.
    omk::Expected<void> open();
    // Stores a (its id is made here, from a.at) and returns it; call inside a transaction, then
    // markSeen() once it committed.
    omk::Expected<protocol::Announcement> append(protocol::Announcement a, const QString& actor);
    void markSeen(const QString& id);
    // Announcements newer than the last seen one (another server's), oldest first; marks them
    // seen.
    omk::Expected<QList<protocol::Announcement>> takeNewer();

private:
    QString m_connection;
    QString m_lastSeen;  // the newest id sent to this server's clients
};

}  // namespace omk::server
