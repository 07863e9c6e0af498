#include "ui/ScheduleModel.h"

#include "catalog/ScheduleTime.h"
#include "ui/DateLabels.h"
#include "ui/MyScheduleStore.h"

#include <algorithm>

namespace omk::ui {

namespace {

QStringList sortedUnique(QStringList list) {
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    list.removeDuplicates();
    return list;
}

}  // namespace

ScheduleModel::ScheduleModel(QObject* parent) : QAbstractListModel(parent) {}

void ScheduleModel::setCatalog(std::shared_ptr<const catalog::Catalog> catalog,
                               const QTimeZone& viewerZone) {
    m_catalog = std::move(catalog);
    m_viewerZone = viewerZone;
    m_days.clear();
    m_sessionDay.clear();
    QStringList topics, languages, types;
    if (m_catalog) {
        for (const catalog::Session& s : m_catalog->sessions) {
            const QDate d = catalog::scheduleDay(s.start, m_catalog->event);
            m_sessionDay.append(d);
            if (!m_days.contains(d)) m_days.append(d);
            if (const catalog::Topic* t = m_catalog->topic(s.topicId)) topics.append(t->name);
            languages.append(s.language);
            types.append(s.type);
        }
    }
    std::sort(m_days.begin(), m_days.end());
    m_topics = sortedUnique(topics);
    m_languages = sortedUnique(languages);
    m_types = sortedUnique(types);
    // A new catalog keeps the filters that still make sense; the day is picked by the caller.
    if (!m_topics.contains(m_topic)) m_topic.clear();
    if (!m_languages.contains(m_language)) m_language.clear();
    if (!m_types.contains(m_type)) m_type.clear();
    m_day = std::clamp(m_day, 0, std::max(0, int(m_days.size()) - 1));
    emit catalogChanged();
    emit daysChanged();
    rebuild();
}

void ScheduleModel::setStore(MyScheduleStore* store) {
    if (m_store) disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (!store) return;
    connect(store, &MyScheduleStore::starredChanged, this, [this] {
        if (m_starredOnly)
            rebuild();
        else if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {StarredRole});
    });
}

void ScheduleModel::setNow(const QDateTime& now) {
    if (now == m_now) return;
    m_now = now;
    emit nowChanged();
}

void ScheduleModel::setDayIndex(int day) {
    day = std::clamp(day, 0, std::max(0, int(m_days.size()) - 1));
    if (day == m_day) return;
    m_day = day;
    rebuild();
}

void ScheduleModel::setTopicFilter(const QString& topic) {
    if (topic == m_topic) return;
    m_topic = topic;
    rebuild();
}

void ScheduleModel::setLanguageFilter(const QString& language) {
    if (language == m_language) return;
    m_language = language;
    rebuild();
}

void ScheduleModel::setTypeFilter(const QString& type) {
    if (type == m_type) return;
    m_type = type;
    rebuild();
}

void ScheduleModel::setSearchText(const QString& text) {
    if (text == m_text) return;
    m_text = text;
    rebuild();
}

void ScheduleModel::setStarredOnly(bool on) {
    if (on == m_starredOnly) return;
    m_starredOnly = on;
    rebuild();
}

bool ScheduleModel::passes(qsizetype i) const {
    const catalog::Session& s = m_catalog->sessions.at(i);
    if (m_days.isEmpty() || m_sessionDay.at(i) != m_days.at(m_day)) return false;
    if (!m_topic.isEmpty()) {
        const catalog::Topic* t = m_catalog->topic(s.topicId);
        if (!t || t->name != m_topic) return false;
    }
    if (!m_language.isEmpty() && s.language != m_language) return false;
    if (!m_type.isEmpty() && s.type != m_type) return false;
    if (m_starredOnly && (!m_store || !m_store->isStarred(s.id))) return false;
    const QString text = m_text.trimmed();
    if (!text.isEmpty()) {
        QStringList haystack{s.title, s.subtitle, s.abstract};
        for (const QString& id : s.speakerIds)
            if (const catalog::Speaker* sp = m_catalog->speaker(id)) haystack.append(sp->name);
        const bool found = std::any_of(haystack.begin(), haystack.end(), [&](const QString& h) {
            return h.contains(text, Qt::CaseInsensitive);
        });
        if (!found) return false;
    }
    return true;
}

void ScheduleModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    m_gridStart = {};
    m_gridMinutes = 0;
    if (m_catalog && !m_days.isEmpty()) {
        // The axis spans the whole day's sessions, not only the filtered ones, so filtering
        // never moves the grid under the attendee's eyes.
        QDateTime first, last;
        for (qsizetype i = 0; i < m_catalog->sessions.size(); ++i) {
            if (m_sessionDay.at(i) != m_days.at(m_day)) continue;
            const catalog::Session& s = m_catalog->sessions.at(i);
            if (!first.isValid() || s.start < first) first = s.start;
            if (!last.isValid() || s.end() > last) last = s.end();
            if (passes(i)) m_rows.append(i);
        }
        if (first.isValid()) {
            // Floor to the viewer's full hour so the hour lines fall on round times.
            const QDateTime local = first.toTimeZone(m_viewerZone);
            m_gridStart = local.addSecs(-(local.time().minute() * 60 + local.time().second()));
            const qint64 span = m_gridStart.secsTo(last);
            m_gridMinutes = int((span + 3599) / 3600) * 60;
        }
    }
    endResetModel();
    emit filtersChanged();
    emit nowChanged();
}

QStringList ScheduleModel::days() const {
    QStringList r;
    for (const QDate& d : m_days) r.append(dayLabel(d));
    return r;
}

void ScheduleModel::relocalise() {
    emit daysChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {EventZoneStartRole});
}

QStringList ScheduleModel::rooms() const {
    QStringList r;
    if (m_catalog)
        for (const catalog::Channel& c : m_catalog->channels) r.append(c.name);
    return r;
}

QVariantList ScheduleModel::hourMarks() const {
    QVariantList r;
    for (int m = 0; m <= m_gridMinutes; m += 60) {
        const QString label = m_gridStart.addSecs(qint64(m) * 60)
                                  .toTimeZone(m_viewerZone)
                                  .toString(QStringLiteral("HH:mm"));
        r.append(
            QVariantMap{{QStringLiteral("offsetMinutes"), m}, {QStringLiteral("label"), label}});
    }
    return r;
}

double ScheduleModel::nowOffsetMinutes() const {
    if (!m_gridStart.isValid() || !m_now.isValid()) return -1;
    const double minutes = m_gridStart.secsTo(m_now) / 60.0;
    return minutes >= 0 && minutes <= m_gridMinutes ? minutes : -1;
}

int ScheduleModel::dayOf(const QDateTime& instant) const {
    if (!m_catalog) return -1;
    return int(m_days.indexOf(catalog::scheduleDay(instant, m_catalog->event)));
}

int ScheduleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ScheduleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || !m_catalog) return {};
    return sessionData(m_rows.at(index.row()), role);
}

QVariant ScheduleModel::sessionData(qsizetype i, int role) const {
    const catalog::Session& s = m_catalog->sessions.at(i);
    const catalog::Event& e = m_catalog->event;
    switch (role) {
        case SessionIdRole:
            return s.id;
        case TitleRole:
            return s.title;
        case SubtitleRole:
            return s.subtitle;
        case RoomRole: {
            const catalog::Channel* c = m_catalog->channel(s.channelId);
            return c ? c->name : s.channelId;
        }
        case RoomIndexRole: {
            for (qsizetype c = 0; c < m_catalog->channels.size(); ++c)
                if (m_catalog->channels.at(c).id == s.channelId) return int(c);
            return -1;
        }
        case StartRole:
            return s.start.toTimeZone(m_viewerZone).toString(QStringLiteral("HH:mm"));
        case EndRole:
            return s.end().toTimeZone(m_viewerZone).toString(QStringLiteral("HH:mm"));
        case StartTimeRole:
            return s.start;
        case EndTimeRole:
            return s.end();
        case EventZoneStartRole:
            return weekdayTimeLabel(s.start.toTimeZone(e.timeZone)) + QStringLiteral(" (") +
                   QString::fromUtf8(e.timeZone.id()) + u')';
        case TopicRole: {
            const catalog::Topic* t = m_catalog->topic(s.topicId);
            return t ? t->name : QString();
        }
        case TopicColorRole: {
            const catalog::Topic* t = m_catalog->topic(s.topicId);
            return t ? t->color : QString();
        }
        case LanguageRole:
            return s.language;
        case TypeRole:
            return s.type;
        case SpeakersRole: {
            QStringList names;
            for (const QString& id : s.speakerIds)
                if (const catalog::Speaker* sp = m_catalog->speaker(id)) names.append(sp->name);
            return names.join(QStringLiteral(", "));
        }
        case SpeakerListRole: {
            QVariantList list;
            for (const QString& id : s.speakerIds)
                if (const catalog::Speaker* sp = m_catalog->speaker(id))
                    list.append(QVariantMap{{QStringLiteral("name"), sp->name},
                                            {QStringLiteral("avatar"), sp->avatarUrl},
                                            {QStringLiteral("organisation"), sp->organisation}});
            return list;
        }
        case AbstractRole:
            return s.abstract.isEmpty() ? s.description : s.abstract;
        case LinksRole: {
            QVariantList list;
            if (!s.url.isEmpty())
                list.append(QVariantMap{{QStringLiteral("title"), tr("Session page")},
                                        {QStringLiteral("url"), s.url}});
            for (const catalog::Link& l : s.links)
                list.append(
                    QVariantMap{{QStringLiteral("title"), l.title.isEmpty() ? l.url : l.title},
                                {QStringLiteral("url"), l.url}});
            return list;
        }
        case StarredRole:
            return m_store && m_store->isStarred(s.id);
        case CancelledRole:
            return s.cancelled;
        case DayRole:
            return int(m_days.indexOf(m_sessionDay.at(i)));
        case DurationMinutesRole:
            return int(s.duration.count() / 60);
        case OffsetMinutesRole:
            return m_gridStart.isValid() ? m_gridStart.secsTo(s.start) / 60.0 : 0.0;
        default:
            return {};
    }
}

QVariantMap ScheduleModel::get(int row) const {
    QVariantMap r;
    if (row < 0 || row >= m_rows.size()) return r;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        r.insert(QString::fromLatin1(it.value()), sessionData(m_rows.at(row), it.key()));
    return r;
}

QHash<int, QByteArray> ScheduleModel::roleNames() const {
    return {{SessionIdRole, "sessionId"},
            {TitleRole, "title"},
            {SubtitleRole, "subtitle"},
            {RoomRole, "room"},
            {RoomIndexRole, "roomIndex"},
            {StartRole, "start"},
            {EndRole, "end"},
            {StartTimeRole, "startTime"},
            {EndTimeRole, "endTime"},
            {EventZoneStartRole, "eventZoneStart"},
            {TopicRole, "topic"},
            {TopicColorRole, "topicColor"},
            {LanguageRole, "language"},
            {TypeRole, "type"},
            {SpeakersRole, "speakers"},
            {SpeakerListRole, "speakerList"},
            {AbstractRole, "abstract"},
            {LinksRole, "links"},
            {StarredRole, "starred"},
            {CancelledRole, "cancelled"},
            {DayRole, "day"},
            {DurationMinutesRole, "durationMinutes"},
            {OffsetMinutesRole, "offsetMinutes"}};
}

}  // namespace omk::ui
