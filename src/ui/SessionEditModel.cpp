#include "ui/SessionEditModel.h"

#include "ui/DateLabels.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace omk::ui {

namespace {
const QString kStartFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// "1:30" (hours need not be two digits; seconds only when there are some).
QString durationText(std::chrono::seconds d) {
    const qint64 s = d.count();
    QString t = QStringLiteral("%1:%2").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s % 60) t += QStringLiteral(":%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return t;
}
}  // namespace

SessionEditModel::SessionEditModel(QObject* parent) : QAbstractListModel(parent) {}

int SessionEditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant SessionEditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_visible.size()) return {};
    const Row& r = m_all.at(m_visible.at(index.row()));
    switch (role) {
        case SessionIdRole:
            return r.id;
        case TitleRole:
        case Qt::DisplayRole:
            return r.title;
        case ChannelIdRole:
            return r.channelId;
        case ChannelNameRole:
            return r.channelName;
        case StartRole:
            return r.start;
        case DurationRole:
            return r.duration;
        case WhenRole:
            return r.when;
        case CancelledRole:
            return r.cancelled;
        case PendingRole:
            return m_pending.contains(r.id);
        case SpeakersRole:
            return r.speakers;
        default:
            return {};
    }
}

QHash<int, QByteArray> SessionEditModel::roleNames() const {
    return {{SessionIdRole, "sessionId"}, {TitleRole, "title"},
            {ChannelIdRole, "channelId"}, {ChannelNameRole, "channelName"},
            {StartRole, "start"},         {DurationRole, "duration"},
            {WhenRole, "when"},           {CancelledRole, "cancelled"},
            {PendingRole, "pending"},     {SpeakersRole, "speakers"}};
}

void SessionEditModel::update(const catalog::Catalog* catalog) {
    QList<Row> rows;
    if (catalog) {
        QHash<QString, QString> channelNames;
        for (const auto& c : catalog->channels) channelNames.insert(c.id, c.name);
        QHash<QString, QString> speakerNames;
        for (const auto& p : catalog->speakers) speakerNames.insert(p.id, p.name);
        const QTimeZone zone = catalog->event.timeZone;
        const QLocale locale;
        QList<const catalog::Session*> sessions;
        for (const auto& s : catalog->sessions)
            if (!s.keptByUpdate) sessions.append(&s);
        std::stable_sort(sessions.begin(), sessions.end(),
                         [](const auto* a, const auto* b) { return a->start < b->start; });
        for (const catalog::Session* s : sessions) {
            const QDateTime start = s->start.toTimeZone(zone);
            const QDateTime end = s->end().toTimeZone(zone);
            // A speaker the catalog does not name (it should) shows by its id.
            QStringList names;
            for (const QString& id : s->speakerIds) names.append(speakerNames.value(id, id));
            rows.append(Row{s->id, s->title, s->channelId, channelNames.value(s->channelId),
                            start.toString(kStartFormat), durationText(s->duration),
                            dayLabel(start.date()) + u' ' +
                                locale.toString(start.time(), QLocale::ShortFormat) + u'–' +
                                locale.toString(end.time(), QLocale::ShortFormat),
                            s->cancelled, names.join(QStringLiteral(", ")), s->speakerIds,
                            s->topicId});
        }
    }
    const bool sameIds = rows.size() == m_all.size() &&
                         std::equal(rows.cbegin(), rows.cend(), m_all.cbegin(),
                                    [](const Row& a, const Row& b) { return a.id == b.id; });
    if (sameIds) {
        QList<int> changed;
        for (int i = 0; i < rows.size(); ++i)
            if (!(rows.at(i) == m_all.at(i))) changed.append(i);
        m_all = rows;
        // A changed row may now match the filter or not: then the list is made again.
        QList<int> visible;
        for (int i = 0; i < m_all.size(); ++i)
            if (matches(m_all.at(i))) visible.append(i);
        if (visible != m_visible) {
            refilter();
            return;
        }
        // One signal for the span of rows that changed (a re-import may touch many).
        int first = -1, last = -1;
        for (const int i : changed) {
            const int row = int(m_visible.indexOf(i));
            if (row < 0) continue;
            first = first < 0 ? row : std::min(first, row);
            last = std::max(last, row);
        }
        if (first >= 0) emit dataChanged(index(first), index(last));
        return;
    }
    m_all = rows;
    refilter();
}

void SessionEditModel::setFilter(const QString& filter) {
    if (filter == m_filter) return;
    m_filter = filter;
    m_words = filter.split(u' ', Qt::SkipEmptyParts);
    refilter();
    emit filterChanged();
}

bool SessionEditModel::matches(const Row& r) const {
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) {
        return r.title.contains(w, Qt::CaseInsensitive) ||
               r.channelName.contains(w, Qt::CaseInsensitive) ||
               r.speakers.contains(w, Qt::CaseInsensitive) ||
               r.id.contains(w, Qt::CaseInsensitive) || r.when.contains(w, Qt::CaseInsensitive) ||
               r.start.startsWith(w);
    });
}

void SessionEditModel::refilter() {
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (matches(m_all.at(i))) m_visible.append(i);
    endResetModel();
    emit countChanged();
}

void SessionEditModel::setPending(const QString& session, bool pending) {
    if (pending == m_pending.contains(session)) return;
    if (pending)
        m_pending.insert(session);
    else
        m_pending.remove(session);
    const int row = rowOf(session);
    if (row >= 0) emit dataChanged(index(row), index(row), {PendingRole});
}

int SessionEditModel::rowOf(const QString& sessionId) const {
    for (int row = 0; row < m_visible.size(); ++row)
        if (m_all.at(m_visible.at(row)).id == sessionId) return row;
    return -1;
}

QString SessionEditModel::sessionId(int row) const {
    return row >= 0 && row < m_visible.size() ? m_all.at(m_visible.at(row)).id : QString();
}

QVariantMap SessionEditModel::fields(int row) const {
    return fieldsOf(sessionId(row));
}

QVariantMap SessionEditModel::fieldsOf(const QString& sessionId) const {
    for (const Row& r : m_all)
        if (r.id == sessionId)
            return {{QStringLiteral("title"), r.title},
                    {QStringLiteral("start"), r.start},
                    {QStringLiteral("duration"), r.duration},
                    {QStringLiteral("channel"), r.channelId},
                    {QStringLiteral("cancelled"), r.cancelled},
                    {QStringLiteral("speakers"), r.speakers},
                    {QStringLiteral("speakerIds"), r.speakerIds},
                    {QStringLiteral("topic"), r.topicId}};
    return {};
}

}  // namespace omk::ui
