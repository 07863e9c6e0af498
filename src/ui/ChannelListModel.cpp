#include "ui/ChannelListModel.h"

#include "catalog/ScheduleTime.h"
#include "ui/DateLabels.h"

#include <utility>

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

// Index of the session that follows session `i` on its channel, or -1.
qsizetype ChannelListModel::sessionAfter(qsizetype i) const {
    const catalog::Session& s = m_catalog->sessions.at(i);
    for (qsizetype j = i + 1; j < m_catalog->sessions.size(); ++j)
        if (m_catalog->sessions.at(j).channelId == s.channelId &&
            m_catalog->sessions.at(j).start >= s.start)
            return j;
    return -1;
}

ChannelListModel::Row ChannelListModel::computeRow(const catalog::Channel& channel,
                                                   const QDateTime& now) const {
    Row r;
    const catalog::NowNext nn = catalog::nowNext(*m_catalog, channel.id, now);
    qsizetype next = nn.next ? *nn.next : -1;
    if (m_onAir) {
        // The source knows better than the clock: talks run late and early.
        const auto it = m_onAir->constFind(channel.id);
        if (it != m_onAir->constEnd()) {
            r.live = true;
            r.nowTitle = it->title;
            for (qsizetype i = 0; i < m_catalog->sessions.size(); ++i) {
                const catalog::Session& s = m_catalog->sessions.at(i);
                if (s.id != it->talkId || s.channelId != channel.id) continue;
                r.nowTitle = s.title;
                // Next is what follows the on-air talk, however late it runs.
                next = sessionAfter(i);
                break;
            }
        }
    } else {
        if (nn.now) r.nowTitle = m_catalog->sessions.at(*nn.now).title;
        // A channel is live while a session is on air by the clock and it has a stream.
        r.live = nn.now.has_value() && !channel.streams.isEmpty();
    }
    if (next >= 0) {
        const catalog::Session& s = m_catalog->sessions.at(next);
        r.nextTitle = s.title;
        const QDateTime local = s.start.toTimeZone(m_viewerZone);
        // A start on another day than today names the day, so "10:00" is never ambiguous.
        r.nextStart = local.date() == now.toTimeZone(m_viewerZone).date()
                          ? local.toString(QStringLiteral("HH:mm"))
                          : weekdayTimeLabel(local);
    }
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

void ChannelListModel::setOnAir(std::optional<QHash<QString, catalog::OnAirTalk>> onAir,
                                const QDateTime& now) {
    m_onAir = std::move(onAir);
    refresh(now);
}

void ChannelListModel::setViewerCounts(const QHash<QString, int>& byName) {
    if (byName == m_viewers) return;
    const QHash<QString, int> before = std::exchange(m_viewers, byName);
    if (!m_catalog) return;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i) {
        const QString& name = m_catalog->channels.at(i).name;
        if (before.value(name, -1) != m_viewers.value(name, -1))
            emit dataChanged(index(int(i)), index(int(i)), {ViewerCountRole});
    }
}

void ChannelListModel::setStarred(const QStringList& channelIds) {
    if (channelIds == m_starred) return;
    const QStringList before = std::exchange(m_starred, channelIds);
    if (!m_catalog) return;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i) {
        const QString& id = m_catalog->channels.at(i).id;
        if (before.contains(id) != m_starred.contains(id))
            emit dataChanged(index(int(i)), index(int(i)), {StarredRole});
    }
}

QVariantMap ChannelListModel::get(int row) const {
    QVariantMap map;
    if (row < 0 || row >= rowCount()) return map;
    const QModelIndex i = index(row);
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return map;
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
            return m_viewers.value(c.name, -1);
        case HasStreamRole:
            return !c.streams.isEmpty();
        case StarredRole:
            return m_starred.contains(c.id);
        case ChannelIndexRole:
            return index.row();
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
            {HasStreamRole, "hasStream"},
            {StarredRole, "starred"},
            {ChannelIndexRole, "channelIndex"}};
}

}  // namespace omk::ui
