#include "ui/ChannelFilterModel.h"

namespace omk::ui {

ChannelFilterModel::ChannelFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    // Live, starred and the now-playing text change while the list is open.
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ChannelFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ChannelFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ChannelFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ChannelFilterModel::countChanged);
}

void ChannelFilterModel::setChannels(ChannelListModel* channels) {
    if (channels == m_channels) return;
    m_channels = channels;
    setSourceModel(channels);
    sort(0);
    emit channelsChanged();
    emit countChanged();
}

QString ChannelFilterModel::foldForSearch(const QString& text) {
    // Accents go only from Latin, Greek and Cyrillic letters: Japanese voicing marks are part of
    // the letter (バス is not ハス), so they stay, and the result is composed again.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    QChar::Script base = QChar::Script_Unknown;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        const bool mark = cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
                          cat == QChar::Mark_Enclosing;
        if (!mark) {
            base = c.script();
        } else if (base == QChar::Script_Latin || base == QChar::Script_Greek ||
                   base == QChar::Script_Cyrillic) {
            continue;
        }
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C).toCaseFolded();
}

void ChannelFilterModel::setQuery(const QString& query) {
    if (query == m_query) return;
    m_query = query;
    m_folded = foldForSearch(query.trimmed());
    refilter();
    emit queryChanged();
}

void ChannelFilterModel::setLiveOnly(bool on) {
    if (on == m_liveOnly) return;
    m_liveOnly = on;
    refilter();
    emit liveOnlyChanged();
}

void ChannelFilterModel::setStarredOnly(bool on) {
    if (on == m_starredOnly) return;
    m_starredOnly = on;
    refilter();
    emit starredOnlyChanged();
}

void ChannelFilterModel::refilter() {
    invalidateFilter();
    emit countChanged();
}

int ChannelFilterModel::channelIndex(int row) const {
    if (row < 0 || row >= rowCount()) return -1;
    return mapToSource(index(row, 0)).row();
}

bool ChannelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_liveOnly && !i.data(ChannelListModel::LiveRole).toBool()) return false;
    if (m_starredOnly && !i.data(ChannelListModel::StarredRole).toBool()) return false;
    if (m_folded.isEmpty()) return true;
    return foldForSearch(i.data(ChannelListModel::NameRole).toString()).contains(m_folded) ||
           foldForSearch(i.data(ChannelListModel::NowTitleRole).toString()).contains(m_folded);
}

bool ChannelFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const bool l = left.data(ChannelListModel::HasStreamRole).toBool();
    const bool r = right.data(ChannelListModel::HasStreamRole).toBool();
    if (l != r) return l;  // a channel one can watch comes first
    return left.row() < right.row();
}

}  // namespace omk::ui
