#include "ui/OnAirBoardModel.h"

#include <QLocale>

#include <algorithm>

namespace omk::ui {

OnAirBoardModel::OnAirBoardModel(QObject* parent) : QAbstractListModel(parent) {}

int OnAirBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OnAirBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
        case ChannelIdRole:
            return r.channelId;
        case NameRole:
        case Qt::DisplayRole:
            return r.name;
        case OnAirSessionRole:
            return r.onAir;
        case OnAirTitleRole:
            return m_titles.value(r.onAir, r.onAir);
        case NextSessionRole:
            return r.next;
        case NextTitleRole:
            return m_titles.value(r.next);
        case SessionIdsRole:
            return r.sessionIds;
        case SessionLabelsRole:
            return r.labels;
        case PendingRole:
            return m_pending.contains(r.channelId);
        default:
            return {};
    }
}

QHash<int, QByteArray> OnAirBoardModel::roleNames() const {
    return {{ChannelIdRole, "channelId"},
            {NameRole, "name"},
            {OnAirSessionRole, "onAirSession"},
            {OnAirTitleRole, "onAirTitle"},
            {NextSessionRole, "nextSession"},
            {NextTitleRole, "nextTitle"},
            {SessionIdsRole, "sessionIds"},
            {SessionLabelsRole, "sessionLabels"},
            {PendingRole, "pending"}};
}

void OnAirBoardModel::update(const catalog::Catalog* catalog, const QHash<QString, QString>& onAir,
                             const QDateTime& now) {
    QList<Row> rows;
    QHash<QString, QString> titles;
    if (catalog) {
        QHash<QString, QList<const catalog::Session*>> byChannel;
        for (const catalog::Session& s : catalog->sessions) {
            titles.insert(s.id, s.title);
            if (!s.cancelled) byChannel[s.channelId].append(&s);
        }
        const QLocale locale;
        for (const catalog::Channel& c : catalog->channels) {
            Row row{c.id, c.name, onAir.value(c.id), {}, {}, {}};
            auto sessions = byChannel.value(c.id);
            std::stable_sort(sessions.begin(), sessions.end(),
                             [](const auto* a, const auto* b) { return a->start < b->start; });
            qsizetype onAirAt = -1;
            for (qsizetype i = 0; i < sessions.size(); ++i) {
                const catalog::Session* s = sessions.at(i);
                row.sessionIds.append(s->id);
                row.labels.append(
                    locale.toString(s->start.toLocalTime().time(), QLocale::ShortFormat) + u' ' +
                    s->title);
                if (s->id == row.onAir) onAirAt = i;
            }
            if (onAirAt >= 0) {
                if (onAirAt + 1 < sessions.size()) row.next = sessions.at(onAirAt + 1)->id;
            } else {
                for (const catalog::Session* s : sessions)
                    if (s->end() > now) {
                        row.next = s->id;
                        break;
                    }
            }
            rows.append(row);
        }
    }
    const bool sameShape =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const Row& a, const Row& b) { return a.channelId == b.channelId; });
    const bool titlesChanged = titles != m_titles;
    m_titles = titles;
    if (sameShape) {
        // In place, and only the rows that changed: the list keeps its current row and scroll,
        // and a session picked in another row's box stays picked, while switches come in.
        for (int i = 0; i < rows.size(); ++i) {
            if (!titlesChanged && rows.at(i) == m_rows.at(i)) continue;
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

void OnAirBoardModel::setPending(const QString& channel, bool pending) {
    if (pending ? !m_pending.contains(channel) : m_pending.contains(channel)) {
        if (pending)
            m_pending.insert(channel);
        else
            m_pending.remove(channel);
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).channelId == channel)
                emit dataChanged(index(i), index(i), {PendingRole});
    }
}

QString OnAirBoardModel::channelId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).channelId : QString();
}

QString OnAirBoardModel::channelName(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QString OnAirBoardModel::nextSession(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).next : QString();
}

}  // namespace omk::ui
