#include "ui/ImportPreviewModel.h"

#include "ui/DateLabels.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace omk::ui {

namespace {

QJsonArray listOf(const QJsonObject& group, const char* name) {
    return group.value(QLatin1String(name)).toArray();
}

}  // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractListModel(parent) {}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
        case SectionRole:
            return heading(r.section, m_counts.at(size_t(r.section)));
        case SectionKindRole:
            return int(r.section);
        case ItemIdRole:
            return r.id;
        case TitleRole:
        case Qt::DisplayRole:
            return r.title;
        case DetailRole:
            return r.detail;
        default:
            return {};
    }
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const {
    return {{SectionRole, "section"},
            {SectionKindRole, "sectionKind"},
            {ItemIdRole, "itemId"},
            {TitleRole, "title"},
            {DetailRole, "detail"}};
}

QString ImportPreviewModel::heading(Section section, int n) {
    switch (section) {
        case EventDetails:
            return tr("Event details");
        case NewSessions:
            return tr("New sessions (%n)", nullptr, n);
        case ChangedSessions:
            return tr("Changed sessions (%n)", nullptr, n);
        case RemovedSessions:
            return tr("Removed sessions (%n)", nullptr, n);
        case KeptSessions:
            return tr("Kept (%n)", nullptr, n);
        case NewRooms:
            return tr("New rooms (%n)", nullptr, n);
        case ChangedRooms:
            return tr("Changed rooms (%n)", nullptr, n);
        case LeftRooms:
            return tr("Rooms no longer in the schedule (%n)", nullptr, n);
        case People:
            return tr("Speakers and topics");
        case SectionCount:
            break;
    }
    return {};
}

QString ImportPreviewModel::keptReason(const QString& reason) {
    if (reason == QLatin1String("on_air")) return tr("On air now: it stays as it is.");
    if (reason == QLatin1String("removed_here"))
        return tr(
            "Removed here by an organizer: it stays removed, though the schedule changed "
            "it since.");
    if (reason == QLatin1String("not_in_schedule"))
        return tr("Kept: an import never removes a room.");
    return reason;
}

QString ImportPreviewModel::fieldWords(const QJsonArray& fields) {
    QStringList words;
    for (const QJsonValue& v : fields) {
        const QString f = v.toString();
        QString w;
        if (f == QLatin1String("title"))
            w = tr("title");
        else if (f == QLatin1String("start"))
            w = tr("time");
        else if (f == QLatin1String("duration"))
            w = tr("length");
        else if (f == QLatin1String("channel"))
            w = tr("room");
        else if (f == QLatin1String("speakers"))
            w = tr("speakers");
        else if (f == QLatin1String("topic") || f == QLatin1String("topics"))
            w = tr("topic");
        else if (f == QLatin1String("cancelled"))
            w = tr("cancellation");
        else if (f == QLatin1String("subtitle"))
            w = tr("subtitle");
        else if (f == QLatin1String("language"))
            w = tr("language");
        else if (f == QLatin1String("type"))
            w = tr("type");
        else if (f == QLatin1String("abstract"))
            w = tr("abstract");
        else if (f == QLatin1String("description"))
            w = tr("description");
        else if (f == QLatin1String("url"))
            w = tr("web page");
        else if (f == QLatin1String("links"))
            w = tr("links");
        else if (f == QLatin1String("name"))
            w = tr("name");
        else if (f == QLatin1String("streams"))
            w = tr("streams");
        else if (f == QLatin1String("time_zone"))
            w = tr("time zone");
        else if (f == QLatin1String("day_change"))
            w = tr("day change");
        else if (f == QLatin1String("first_day") || f == QLatin1String("last_day"))
            w = tr("dates");
        else
            w = f;
        if (!w.isEmpty() && !words.contains(w)) words.append(w);
    }
    return words.join(tr(", ", "between the words of a list"));
}

int ImportPreviewModel::changeCount(const QJsonObject& changes) {
    int n = changes.value(QStringLiteral("event")).toArray().isEmpty() ? 0 : 1;
    for (const char* group : {"channels", "sessions", "speakers", "topics"}) {
        const QJsonObject g = changes.value(QLatin1String(group)).toObject();
        for (const char* list : {"added", "changed", "removed"}) n += int(listOf(g, list).size());
    }
    return n;
}

void ImportPreviewModel::setChanges(const QJsonObject& changes,
                                    const QHash<QString, QString>& channelNames,
                                    const QTimeZone& zone) {
    const QJsonObject channels = changes.value(QStringLiteral("channels")).toObject();
    const QJsonObject sessions = changes.value(QStringLiteral("sessions")).toObject();
    // A session's room: as the catalog names it, or as the schedule names a new one.
    QHash<QString, QString> names = channelNames;
    for (const QJsonValue& v : listOf(channels, "added")) {
        const QJsonObject o = v.toObject();
        names.insert(o.value(QStringLiteral("id")).toString(),
                     o.value(QStringLiteral("title")).toString());
    }
    const auto whenWhere = [&](const QJsonObject& o) {
        QStringList parts;
        const QDateTime start =
            QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
        if (start.isValid()) parts.append(weekdayTimeLabel(start.toTimeZone(zone)));
        const QString channel = o.value(QStringLiteral("channel")).toString();
        if (!channel.isEmpty()) parts.append(names.value(channel, channel));
        return parts.join(tr(", ", "between the words of a list"));
    };
    const auto titleOf = [](const QJsonObject& o) {
        const QString title = o.value(QStringLiteral("title")).toString();
        return title.isEmpty() ? o.value(QStringLiteral("id")).toString() : title;
    };
    const auto changedDetail = [](const QJsonObject& o, const QString& where) {
        const QString what =
            tr("Changed: %1").arg(fieldWords(o.value(QStringLiteral("fields")).toArray()));
        return where.isEmpty() ? what : what + QStringLiteral(" · ") + where;
    };

    QList<Row> rows;
    const QJsonArray event = changes.value(QStringLiteral("event")).toArray();
    if (!event.isEmpty())
        rows.append(Row{EventDetails, QString(), tr("Event details changed"), fieldWords(event)});
    for (const QJsonValue& v : listOf(sessions, "added")) {
        const QJsonObject o = v.toObject();
        rows.append(
            Row{NewSessions, o.value(QStringLiteral("id")).toString(), titleOf(o), whenWhere(o)});
    }
    for (const QJsonValue& v : listOf(sessions, "changed")) {
        const QJsonObject o = v.toObject();
        rows.append(Row{ChangedSessions, o.value(QStringLiteral("id")).toString(), titleOf(o),
                        changedDetail(o, whenWhere(o))});
    }
    for (const QJsonValue& v : listOf(sessions, "removed")) {
        const QJsonObject o = v.toObject();
        rows.append(Row{RemovedSessions, o.value(QStringLiteral("id")).toString(), titleOf(o),
                        whenWhere(o)});
    }
    for (const QJsonValue& v : listOf(sessions, "kept")) {
        const QJsonObject o = v.toObject();
        rows.append(Row{KeptSessions, o.value(QStringLiteral("id")).toString(), titleOf(o),
                        keptReason(o.value(QStringLiteral("reason")).toString())});
    }
    for (const QJsonValue& v : listOf(channels, "added")) {
        const QJsonObject o = v.toObject();
        rows.append(Row{NewRooms, o.value(QStringLiteral("id")).toString(), titleOf(o), {}});
    }
    for (const QJsonValue& v : listOf(channels, "changed")) {
        const QJsonObject o = v.toObject();
        rows.append(Row{ChangedRooms, o.value(QStringLiteral("id")).toString(), titleOf(o),
                        changedDetail(o, QString())});
    }
    for (const QJsonValue& v : listOf(channels, "kept")) {
        const QJsonObject o = v.toObject();
        const QString reason = o.value(QStringLiteral("reason")).toString();
        // Only a room gone from the schedule is "no longer in the schedule"; one removed here
        // is kept as a session would be.
        rows.append(Row{reason == QLatin1String("not_in_schedule") ? LeftRooms : KeptSessions,
                        o.value(QStringLiteral("id")).toString(), titleOf(o), keptReason(reason)});
    }
    // Speakers and topics by their counts: what they are shows on the sessions.
    const auto counts = [](const QJsonObject& g) {
        QStringList parts;
        if (const int n = int(listOf(g, "added").size())) parts.append(tr("%n new", nullptr, n));
        if (const int n = int(listOf(g, "changed").size()))
            parts.append(tr("%n changed", nullptr, n));
        if (const int n = int(listOf(g, "removed").size()))
            parts.append(tr("%n removed", nullptr, n));
        return parts.join(tr(", ", "between the words of a list"));
    };
    const QString speakers = counts(changes.value(QStringLiteral("speakers")).toObject());
    if (!speakers.isEmpty()) rows.append(Row{People, QString(), tr("Speakers"), speakers});
    const QString topics = counts(changes.value(QStringLiteral("topics")).toObject());
    if (!topics.isEmpty()) rows.append(Row{People, QString(), tr("Topics"), topics});

    // Each section's rows together (a room kept joins the sessions kept), in section order.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.section < b.section; });
    beginResetModel();
    m_rows = rows;
    m_counts.fill(0);
    for (const Row& r : std::as_const(m_rows)) ++m_counts.at(size_t(r.section));
    endResetModel();
    emit countChanged();
}

void ImportPreviewModel::clear() {
    if (m_rows.isEmpty()) return;
    beginResetModel();
    m_rows.clear();
    m_counts.fill(0);
    endResetModel();
    emit countChanged();
}

int ImportPreviewModel::rowsIn(int section) const {
    return section >= 0 && section < SectionCount ? m_counts.at(size_t(section)) : 0;
}

ImportPreviewModel::Section ImportPreviewModel::section(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).section : SectionCount;
}

QString ImportPreviewModel::title(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : QString();
}

QString ImportPreviewModel::detail(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).detail : QString();
}

}  // namespace omk::ui
