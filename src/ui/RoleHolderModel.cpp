#include "ui/RoleHolderModel.h"

#include <QJsonObject>

#include <algorithm>

namespace omk::ui {

RoleHolderModel::RoleHolderModel(QObject* parent) : QAbstractListModel(parent) {}

int RoleHolderModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoleHolderModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    const bool eventWide = r.room == QLatin1String("*");
    switch (role) {
        case EmailRole:
        case Qt::DisplayRole:
            return r.email;
        case NameRole:
            return r.name;
        case RoleNameRole:
            return r.role;
        case RoomRole:
            return r.room;
        case EventWideRole:
            return eventWide;
        case DetailRole:
            if (r.role == QLatin1String("admin"))
                return eventWide ? tr("Admin of the whole event") : tr("Admin of this room");
            return eventWide ? tr("Moderator of every room") : tr("Moderator of this room");
        default:
            return {};
    }
}

QHash<int, QByteArray> RoleHolderModel::roleNames() const {
    return {{EmailRole, "email"}, {NameRole, "name"},     {RoleNameRole, "roleName"},
            {RoomRole, "room"},   {DetailRole, "detail"}, {EventWideRole, "eventWide"}};
}

void RoleHolderModel::setRoles(const QJsonArray& roles, const QString& room) {
    QList<Row> rows;
    for (const QJsonValue& v : roles) {
        const QJsonObject o = v.toObject();
        Row r{
            o.value(QStringLiteral("email")).toString(), o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("room")).toString()};
        if (r.room == room || r.room == QLatin1String("*")) rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const bool aWide = a.room == QLatin1String("*"), bWide = b.room == QLatin1String("*");
        if (aWide != bWide) return !aWide;
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    });
    beginResetModel();
    m_rows = rows;
    m_room = room;
    endResetModel();
    emit countChanged();
}

QString RoleHolderModel::email(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).email : QString();
}

QString RoleHolderModel::roleName(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).role : QString();
}

QString RoleHolderModel::roleRoom(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).room : QString();
}

int RoleHolderModel::rowOf(const QString& email, const QString& room) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).email.compare(email, Qt::CaseInsensitive) == 0 &&
            m_rows.at(i).room == room)
            return i;
    return -1;
}

}  // namespace omk::ui
