#include "ui/BanListModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace omk::ui {

namespace {

QString localTime(qint64 ms, QLocale::FormatType format) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

}  // namespace

BanListModel::BanListModel(QObject* parent) : QAbstractListModel(parent) {}

int BanListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BanListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
        case RoomRole:
            return r.room;
        case RoomNameRole:
            return m_roomNames.value(r.room, r.room);
        case UserRole:
            return r.user;
        case WhoRole:
        case Qt::DisplayRole:
            return r.who;
        case KindRole:
            return r.kind;
        case SinceRole:
            return r.since;
        case ByRole:
            return r.by;
        case ReasonRole:
            return r.reason;
        case DetailRole:
            return r.detail;
        case IsBanRole:
            return r.ban;
        case PendingRole:
            return r.pending;
        default:
            return {};
    }
}

void BanListModel::setRoomNames(const QHash<QString, QString>& names) {
    if (names == m_roomNames) return;
    m_roomNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {RoomNameRole});
}

QHash<int, QByteArray> BanListModel::roleNames() const {
    return {{RoomRole, "room"},       {UserRole, "user"},        {WhoRole, "who"},
            {KindRole, "kind"},       {SinceRole, "since"},      {ByRole, "by"},
            {ReasonRole, "reason"},   {DetailRole, "detail"},    {IsBanRole, "isBan"},
            {PendingRole, "pending"}, {RoomNameRole, "roomName"}};
}

void BanListModel::setEntries(const QJsonArray& entries) {
    QList<Row> rows;
    for (const QJsonValue& v : entries) {
        const QJsonObject b = v.toObject();
        Row r;
        r.room = b.value(QLatin1String("room")).toString();
        r.user = b.value(QLatin1String("user")).toString();
        r.who = b.value(QLatin1String("name")).toString();
        if (r.who.isEmpty()) r.who = r.user;
        r.kind = b.value(QLatin1String("kind")).toString() == QLatin1String("timeout")
                     ? tr("Timed out until %1")
                           .arg(localTime(b.value(QLatin1String("until_ms")).toInteger(),
                                          QLocale::ShortFormat))
                     : tr("Banned");
        const qint64 since = b.value(QLatin1String("since_ms")).toInteger();
        r.since = since > 0 ? localTime(since, QLocale::ShortFormat) : QString();
        r.by = b.value(QLatin1String("by_name")).toString();
        if (r.by.isEmpty()) r.by = b.value(QLatin1String("by")).toString();
        r.reason = b.value(QLatin1String("reason")).toString();
        r.ban = b.value(QLatin1String("kind")).toString() != QLatin1String("timeout");
        // Bans restored from an older snapshot know neither when nor by whom.
        r.detail = !r.since.isEmpty() && !r.by.isEmpty()
                       ? tr("%1 · since %2 · by %3").arg(r.kind, r.since, r.by)
                   : !r.since.isEmpty() ? tr("%1 · since %2").arg(r.kind, r.since)
                                        : r.kind;
        rows.append(r);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

QString BanListModel::room(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).room : QString();
}

QString BanListModel::user(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).user : QString();
}

void BanListModel::setPending(int row, bool pending) {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).pending == pending) return;
    m_rows[row].pending = pending;
    emit dataChanged(index(row), index(row), {PendingRole});
}

int BanListModel::rowOf(const QString& room, const QString& user) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).room == room && m_rows.at(i).user == user) return i;
    return -1;
}

bool BanListModel::pending(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).pending;
}

QString BanListModel::who(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).who : QString();
}

}  // namespace omk::ui
