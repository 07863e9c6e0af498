#pragma once
// Who is in the room: the viewer count from presence messages, and the distinct users from
// members.list, which is asked again whenever the count changes (the server sends presence at
// most every presence_interval_ms, so this stays cheap).
// Threading: lives on RoomConnection's thread; not thread-safe.

#include "protocol/Event.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace omk::protocol {
struct Members;
}

namespace omk::room {

class RoomConnection;

class PresenceModel final : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int viewerCount READ viewerCount NOTIFY viewerCountChanged)
public:
    enum Role { UserIdRole = Qt::UserRole + 1, NameRole, RoleRole };
    Q_ENUM(Role)

    explicit PresenceModel(RoomConnection* connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int viewerCount() const { return m_viewers; }
    const QList<protocol::Actor>& members() const { return m_members; }

signals:
    void viewerCountChanged();

private:
    void onPresence(int viewers);
    void onMembers(const protocol::Members& m);

    QPointer<RoomConnection> m_connection;
    int m_viewers = 0;
    QList<protocol::Actor> m_members;
};

}  // namespace omk::room
