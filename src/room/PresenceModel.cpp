#include "room/PresenceModel.h"

#include "room/RoomConnection.h"

namespace omk::room {

PresenceModel::PresenceModel(RoomConnection* connection, QObject* parent)
    : QAbstractListModel(parent), m_connection(connection) {
    connect(connection, &RoomConnection::presenceChanged, this, &PresenceModel::onPresence);
    connect(connection, &RoomConnection::membersReceived, this, &PresenceModel::onMembers);
}

int PresenceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

QHash<int, QByteArray> PresenceModel::roleNames() const {
    return {{UserIdRole, "userId"}, {NameRole, "name"}, {RoleRole, "role"}};
}

QVariant PresenceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_members.size()) return {};
    const auto& m = m_members.at(index.row());
    switch (role) {
        case UserIdRole:
            return m.id;
        case Qt::DisplayRole:
        case NameRole:
            return m.name;
        case RoleRole:
            return protocol::roleName(m.role);
        default:
            return {};
    }
}

void PresenceModel::onPresence(int viewers) {
    if (viewers != m_viewers) {
        m_viewers = viewers;
        emit viewerCountChanged();
    }
    if (m_connection) m_connection->requestMembers();
}

void PresenceModel::onMembers(const protocol::Members& m) {
    // One page of up to 200 names; a bigger room shows the count and the first page.
    if (m.offset != 0) return;
    beginResetModel();
    m_members = m.members;
    endResetModel();
}

}  // namespace omk::room
