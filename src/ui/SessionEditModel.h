#pragma once
// The Organize view's session list: every session of the event in start order, its times in the
// event's time zone as an organizer types them ("2026-07-03 20:30", "1:30"), the channel's name,
// the speakers' names, the topic, whether it was cancelled; narrowed by a filter (words of the
// title, the channel's name, a speaker's name, the id or the day, "2026-07-03" or "Fri", any
// case). A real congress has thousands: the rows shown are the ones that match. Rebuilt from the
// catalog each time it changes; a change to one session updates its row. Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QSet>

namespace omk::ui {

class SessionEditModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        ChannelIdRole,
        ChannelNameRole,
        StartRole,     // "2026-07-03 20:30", in the event's zone
        DurationRole,  // "1:30"
        WhenRole,      // "Fri 3 Jul 20:30–22:00", for the list
        CancelledRole,
        PendingRole,
        SpeakersRole,  // the speakers' names, joined by ", "
    };
    Q_ENUM(Role)

    explicit SessionEditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sessions the source no longer has, kept as cancelled for the attendees
    // (Session::keptByUpdate), are not in the organizer's list.
    void update(const catalog::Catalog* catalog);
    void setPending(const QString& session, bool pending);
    QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    int total() const { return int(m_all.size()); }

    Q_INVOKABLE int rowOf(const QString& sessionId) const;
    Q_INVOKABLE QString sessionId(int row) const;
    // The row's fields as the page shows them: {title, start, duration, channel, cancelled,
    // speakers (the names joined by ", "), speakerIds (in the session's order), topic (its id;
    // empty: none)}.
    Q_INVOKABLE QVariantMap fields(int row) const;
    // The session's fields by id (empty when it is not there).
    QVariantMap fieldsOf(const QString& sessionId) const;

signals:
    void countChanged();
    void filterChanged();

private:
    struct Row {
        QString id{}, title{}, channelId{}, channelName{}, start{}, duration{}, when{};
        bool cancelled = false;
        QString speakers{};  // the names, joined by ", "
        QStringList speakerIds{};
        QString topicId{};
        bool operator==(const Row&) const = default;
    };
    void refilter();
    bool matches(const Row& row) const;

    QList<Row> m_all;      // every session, in start order
    QList<int> m_visible;  // indices into m_all that match the filter
    QSet<QString> m_pending;
    QString m_filter;
    QStringList m_words;  // the filter's
};

}  // namespace omk::ui
