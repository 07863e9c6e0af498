#include "protocol/PartyLink.h"

#include <QUrlQuery>

namespace omk::protocol {

QString partyLink(const QUrl& server, const QString& room, const QString& invite) {
    QUrl link;
    link.setScheme(QStringLiteral("omnikast"));
    link.setHost(server.host());
    if (server.port() > 0) link.setPort(server.port());
    link.setPath(QStringLiteral("/room/") + room);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("invite"), invite);
    link.setQuery(q);
    return link.toString(QUrl::FullyEncoded);
}

}  // namespace omk::protocol
