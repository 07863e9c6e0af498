#include "ui/ChannelListModel.h"

#include "catalog/ScheduleTime.h"

namespace omk::ui {

ChannelListModel::ChannelListModel(QObject* parent) : QAbstractListModel(parent) {}

void ChannelListModel::setCatalog(std::shared_ptr<const catalog::Catalog> catalog,
                                  const QDateTime& now, const QTimeZone& viewerZone) {
    beginResetModel();
    m_catalog = std::move(catalog);
    m_viewerZone = viewerZone;
    m_rows.clear();
    if (m_catalog)
        for (const catalog::Channel& c : m_catalog->channels) m_rows.append(computeRow(c, now));
    endResetModel();
    emit countChanged();
}

ChannelListModel::Row ChannelListModel::computeRow(const catalog::Channel& channel,
                                                   const QDateTime& now) const {
    Row r;
    const catalog::NowNext nn = catalog::nowNext(*m_catalog, channel.id, now);
    if (nn.now) r.nowTitle = m_catalog->sessions.at(*nn.now).title;
    if (nn.next) {
        const catalog::Session& s = m_catalog->sessions.at(*nn.next);
        r.nextTitle = s.title;
        const QDateTime local = s.start.toTimeZone(m_viewerZone);
        // A start on another day than today names the day, so "10:00" is never ambiguous.
        r.nextStart = local.date() == now.toTimeZone(m_viewerZone).date()
                          ? local.toString(QStringLiteral("HH:mm"))
                          : local.toString(QStringLiteral("ddd HH:mm"));
    }
    // No source reports a stream's state yet, so a channel is live while a session is on air.
    r.live = nn.now.has_value() && !channel.streams.isEmpty();
    return r;
}

void ChannelListModel::refresh(const QDateTime& now) {
    if (!m_catalog) return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row r = computeRow(m_catalog->channels.at(i), now);
        if (r == m_rows.at(i)) continue;
        m_rows[i] = std::move(r);
        emit dataChanged(index(int(i)), index(int(i)));
    }
}

int ChannelListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ChannelListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || !m_catalog) return {};
    const Row& r = m_rows.at(index.row());
    const catalog::Channel& c = m_catalog->channels.at(index.row());
    switch (role) {
        case NameRole:
            return c.name;
        case ChannelIdRole:
            return c.id;
        case NowTitleRole:
            return r.nowTitle;
        case NextTitleRole:
            return r.nextTitle;
        case NextStartRole:
            return r.nextStart;
        case LiveRole:
            return r.live;
        case ViewerCountRole:
            return -1;  // no source reports audience sizes yet
        case HasStreamRole:
            return !c.streams.isEmpty();
        default:
            return {};
    }
}

QHash<int, QByteArray> ChannelListModel::roleNames() const {
    return {{NameRole, "name"},
            {ChannelIdRole, "channelId"},
            {NowTitleRole, "nowTitle"},
            {NextTitleRole, "nextTitle"},
            {NextStartRole, "nextStart"},
            {LiveRole, "live"},
            {ViewerCountRole, "viewerCount"},
            {HasStreamRole, "hasStream"}};
}

}  // namespace omk::ui
