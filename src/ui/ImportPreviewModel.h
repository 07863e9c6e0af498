#pragma once
// The Organize view's schedule re-import (OrganizeImportDialog.qml): what POST
// /admin/import/preview says an import would change, one row per item — new, changed, removed
// and kept sessions; new, changed and left rooms; the speakers' and topics' counts; the event's
// details — each with its section (the heading with its count, "New sessions (2)", by which the
// list groups the rows), its title and a detail in words: which fields changed ("time, room"),
// when and where, why it is kept.
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <array>

namespace omk::ui {

class ImportPreviewModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeImport")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // The list's sections, in the order it shows them.
    enum Section {
        EventDetails,
        NewSessions,
        ChangedSessions,
        RemovedSessions,
        KeptSessions,
        NewRooms,
        ChangedRooms,
        LeftRooms,  // rooms no longer in the schedule (an import never removes a room)
        People,     // the speakers' and the topics' counts
        SectionCount,
    };
    Q_ENUM(Section)
    enum Role {
        SectionRole = Qt::UserRole + 1,  // the heading, with its count: "New sessions (2)"
        SectionKindRole,                 // Section
        ItemIdRole,
        TitleRole,   // the session's title, the room's or the event's name
        DetailRole,  // in words: "Changed: time, room · Fri 10:00, Saal 2", why it is kept…
    };
    Q_ENUM(Role)

    explicit ImportPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // changes: the preview's "changes"; channelNames: the catalog's rooms by id (a session's room
    // is named by them, or by a new room's name in the changes); times are shown in zone.
    void setChanges(const QJsonObject& changes, const QHash<QString, QString>& channelNames,
                    const QTimeZone& zone);
    void clear();

    // How many rows a section (Section) has.
    Q_INVOKABLE int rowsIn(int section) const;
    Section section(int row) const;
    QString title(int row) const;
    QString detail(int row) const;

    // What an import with these changes adds, changes or removes: every new, changed and
    // removed item, and the event's details as one (kept items are no change).
    static int changeCount(const QJsonObject& changes);
    // The fields a schedule changed, in words: "time, room".
    static QString fieldWords(const QJsonArray& fields);
    // The heading of a section with n rows: "New sessions (2)".
    static QString heading(Section section, int n);
    // Why an item is kept, in words (on_air, removed_here, not_in_schedule).
    static QString keptReason(const QString& reason);

signals:
    void countChanged();

private:
    struct Row {
        Section section = EventDetails;
        QString id{};
        QString title{};
        QString detail{};
    };
    QList<Row> m_rows;
    std::array<int, SectionCount> m_counts{};
};

}  // namespace omk::ui
