#include "ui/ChannelEditModel.h"

#include <QHash>

#include <algorithm>

namespace omk::ui {

ChannelEditModel::ChannelEditModel(QObject* parent) : QAbstractListModel(parent) {}

int ChannelEditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChannelEditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
        case ChannelIdRole:
            return r.id;
        case NameRole:
        case Qt::DisplayRole:
            return r.name;
        case StreamUrlRole:
            return r.streams.isEmpty() ? QString() : r.streams.first().url;
        case StreamCountRole:
            return int(r.streams.size());
        case SessionCountRole:
            return r.sessions;
        case PendingRole:
            return m_pending.contains(r.id);
        case ClosedRole:
            return r.room.closed;
        case SlowModeSecondsRole:
            return r.room.slowModeSeconds;
        case SignedInOnlyRole:
            return r.room.signedInOnly;
        case RoomRulesTextRole:
            return rulesText(r.room);
        case HiddenRole:
            return r.hidden;
        default:
            return {};
    }
}

QHash<int, QByteArray> ChannelEditModel::roleNames() const {
    return {{ChannelIdRole, "channelId"},
            {NameRole, "name"},
            {StreamUrlRole, "streamUrl"},
            {StreamCountRole, "streamCount"},
            {SessionCountRole, "sessionCount"},
            {PendingRole, "pending"},
            {ClosedRole, "closed"},
            {SlowModeSecondsRole, "slowModeSeconds"},
            {SignedInOnlyRole, "signedInOnly"},
            {RoomRulesTextRole, "rulesText"},
            {HiddenRole, "hidden"}};
}

void ChannelEditModel::update(const catalog::Catalog* catalog) {
    QList<Row> rows;
    if (catalog) {
        QHash<QString, int> sessions;
        for (const catalog::Session& s : catalog->sessions) ++sessions[s.channelId];
        for (const catalog::Channel& c : catalog->channels)
            rows.append(Row{c.id, c.name, c.streams, sessions.value(c.id), c.room, c.hidden});
    }
    const bool sameShape = rows.size() == m_rows.size() &&
                           std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                      [](const Row& a, const Row& b) { return a.id == b.id; });
    if (sameShape) {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i) == m_rows.at(i)) continue;
            m_rows[i] = rows.at(i);
            emit dataChanged(index(i), index(i));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

void ChannelEditModel::setPending(const QString& channel, bool pending) {
    if (pending == m_pending.contains(channel)) return;
    if (pending)
        m_pending.insert(channel);
    else
        m_pending.remove(channel);
    const int row = rowOf(channel);
    if (row >= 0) emit dataChanged(index(row), index(row), {PendingRole});
}

int ChannelEditModel::rowOf(const QString& channelId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == channelId) return i;
    return -1;
}

QString ChannelEditModel::channelId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString ChannelEditModel::name(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

std::optional<catalog::Stream> ChannelEditModel::streamAt(int row, int index) const {
    if (row < 0 || row >= m_rows.size()) return std::nullopt;
    const QList<catalog::Stream>& streams = m_rows.at(row).streams;
    if (index < 0 || index >= streams.size()) return std::nullopt;
    return streams.at(index);
}

QVariantMap ChannelEditModel::stream(int row, int index) const {
    const auto s = streamAt(row, index);
    if (!s) return {};
    return {{QStringLiteral("url"), s->url},
            {QStringLiteral("projection"), toString(s->projection)},
            {QStringLiteral("stereo"), toString(s->stereo)},
            {QStringLiteral("language"), s->language},
            {QStringLiteral("label"), s->label}};
}

QStringList ChannelEditModel::streamNames(int row) const {
    QStringList out;
    for (int i = 0; i < streamCount(row); ++i) {
        const QString label = streamAt(row, i)->label;
        const QString role = i == 0 ? tr("Main") : tr("Fallback");
        out << (label.isEmpty() ? tr("%1. %2").arg(i + 1).arg(role)
                                : tr("%1. %2: %3").arg(i + 1).arg(role, label));
    }
    return out;
}

bool ChannelEditModel::hidden(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).hidden;
}

int ChannelEditModel::streamCount(int row) const {
    return row >= 0 && row < m_rows.size() ? int(m_rows.at(row).streams.size()) : 0;
}

int ChannelEditModel::sessionCount(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sessions : 0;
}

catalog::RoomRules ChannelEditModel::roomRules(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).room : catalog::RoomRules{};
}

QString ChannelEditModel::rulesText(const catalog::RoomRules& rules) {
    QStringList parts;
    parts << (rules.closed ? tr("Closed: only moderators write") : tr("Open"));
    if (rules.signedInOnly) parts << tr("signed-in people only");
    if (rules.slowModeSeconds > 0) parts << tr("slow mode %n s", nullptr, rules.slowModeSeconds);
    return parts.join(QStringLiteral(" · "));
}

bool ChannelEditModel::pending(int row) const {
    return m_pending.contains(channelId(row));
}

}  // namespace omk::ui
