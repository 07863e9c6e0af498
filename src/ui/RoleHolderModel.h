#pragma once
// The Organize view's "Rooms" page: who may moderate one room — GET /admin/roles's holders of a
// role there, and those who hold one for the whole event (they may moderate every room) — as
// rows: the address, the name, the role and where it holds, in words.
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QJsonArray>

namespace omk::ui {

class RoleHolderModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeRooms")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        EmailRole = Qt::UserRole + 1,
        NameRole,
        RoleNameRole,   // "moderator" / "admin", as the API names it
        RoomRole,       // the room, or "*" for the whole event
        DetailRole,     // "Moderator of this room", "Admin of the whole event"…
        EventWideRole,  // held for the whole event (revoked there, not per room)
    };
    Q_ENUM(Role)

    explicit RoleHolderModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // roles: GET /admin/roles's "roles"; room: the one listed (its own holders first, by
    // address, then the event's).
    void setRoles(const QJsonArray& roles, const QString& room);
    QString room() const { return m_room; }
    QString email(int row) const;
    QString roleName(int row) const;
    QString roleRoom(int row) const;
    int rowOf(const QString& email, const QString& room) const;  // -1: not listed

signals:
    void countChanged();

private:
    struct Row {
        QString email, name, role, room;
    };
    QList<Row> m_rows;
    QString m_room;
};

}  // namespace omk::ui
