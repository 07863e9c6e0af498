#pragma once
// The whole schedule as a grid for one day: rows are the sessions that pass the filters (day,
// topic, language, type, text), with their room column and their place on the time axis in
// minutes from the grid's first hour. Times show in the viewer's zone; the event's own zone is
// one role away (for the hover tip). Instants, not wall-clock times, place the sessions, so a
// day that runs past midnight or through a DST change keeps every session where it belongs.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QVariantList>

#include <memory>

namespace omk::ui {

class MyScheduleStore;

class ScheduleModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EventController")
    Q_PROPERTY(int count READ count NOTIFY filtersChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY filtersChanged)
    Q_PROPERTY(QString topicFilter READ topicFilter WRITE setTopicFilter NOTIFY filtersChanged)
    Q_PROPERTY(
        QString languageFilter READ languageFilter WRITE setLanguageFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString typeFilter READ typeFilter WRITE setTypeFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(bool starredOnly READ starredOnly WRITE setStarredOnly NOTIFY filtersChanged)
    // Picker contents; days and rooms in schedule order, the rest sorted.
    // The days' labels in the interface language (DateLabels).
    Q_PROPERTY(QStringList days READ days NOTIFY daysChanged)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY catalogChanged)
    Q_PROPERTY(QStringList topics READ topics NOTIFY catalogChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY catalogChanged)
    Q_PROPERTY(QStringList types READ types NOTIFY catalogChanged)
    // The time axis of the selected day: length, hour lines, and the current time on it.
    Q_PROPERTY(int gridMinutes READ gridMinutes NOTIFY filtersChanged)
    Q_PROPERTY(QVariantList hourMarks READ hourMarks NOTIFY filtersChanged)
    // Minutes from the grid's start to now; -1 when now is not on the selected day's grid.
    Q_PROPERTY(double nowOffsetMinutes READ nowOffsetMinutes NOTIFY nowChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,
        RoomRole,
        RoomIndexRole,
        StartRole,  // "HH:mm", viewer's zone
        EndRole,
        StartTimeRole,  // QDateTime
        EndTimeRole,
        EventZoneStartRole,  // "ddd HH:mm (Asia/Tokyo)", the event's zone
        TopicRole,
        TopicColorRole,
        LanguageRole,
        TypeRole,
        SpeakersRole,     // names joined by ", "
        SpeakerListRole,  // [{name, avatar, organisation}]
        AbstractRole,
        LinksRole,  // [{title, url}]
        StarredRole,
        DayRole,
        DurationMinutesRole,
        OffsetMinutesRole,  // from the grid's start
        CancelledRole,      // taken off the published schedule while open (ScheduleUpdate.h)
    };
    Q_ENUM(Role)

    explicit ScheduleModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog, const QTimeZone& viewerZone);
    void setStore(MyScheduleStore* store);
    void setNow(const QDateTime& now);

    int count() const { return rowCount(); }
    int dayIndex() const { return m_day; }
    void setDayIndex(int day);
    QString topicFilter() const { return m_topic; }
    void setTopicFilter(const QString& topic);
    QString languageFilter() const { return m_language; }
    void setLanguageFilter(const QString& language);
    QString typeFilter() const { return m_type; }
    void setTypeFilter(const QString& type);
    QString searchText() const { return m_text; }
    void setSearchText(const QString& text);
    bool starredOnly() const { return m_starredOnly; }
    void setStarredOnly(bool on);

    QStringList days() const;
    QStringList rooms() const;
    QStringList topics() const { return m_topics; }
    QStringList languages() const { return m_languages; }
    QStringList types() const { return m_types; }
    int gridMinutes() const { return m_gridMinutes; }
    QVariantList hourMarks() const;
    double nowOffsetMinutes() const;
    QDateTime gridStart() const { return m_gridStart; }

    // The day holding `instant` (index into days), or -1.
    int dayOf(const QDateTime& instant) const;
    // Every role of one row, for the details popup.
    Q_INVOKABLE QVariantMap get(int row) const;
    // The interface language changed: the day labels and the event-time texts say it anew.
    void relocalise();
    // Index into catalog sessions of a row.
    qsizetype sessionIndex(int row) const { return m_rows.value(row, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void filtersChanged();
    void catalogChanged();
    void daysChanged();
    void nowChanged();

private:
    bool passes(qsizetype session) const;
    void rebuild();
    QVariant sessionData(qsizetype i, int role) const;

    std::shared_ptr<const catalog::Catalog> m_catalog;
    QPointer<MyScheduleStore> m_store;
    QTimeZone m_viewerZone = QTimeZone::systemTimeZone();
    QDateTime m_now;
    QList<QDate> m_days;
    QList<QDate> m_sessionDay;  // per catalog session
    QStringList m_topics, m_languages, m_types;
    int m_day = 0;
    QString m_topic, m_language, m_type, m_text;
    bool m_starredOnly = false;
    QList<qsizetype> m_rows;  // catalog session indices passing the filters
    QDateTime m_gridStart;
    int m_gridMinutes = 0;
};

}  // namespace omk::ui
