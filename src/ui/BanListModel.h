#pragma once
// The Organize view's bans: GET /admin/bans's entries as rows — the room, who (the name they
// chatted under, else the id), a ban or a timeout (and until when), since when, by whom, why.
// Threading: GUI thread.

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>

namespace omk::ui {

class BanListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RoomRole = Qt::UserRole + 1,
        UserRole,
        WhoRole,    // the name, else the id
        KindRole,   // "Banned" / "Timed out until 14:30", in words
        SinceRole,  // local date and time, as text
        ByRole,     // the moderator's name, else id
        ReasonRole,
        DetailRole,    // "Banned · since 14:30 · by Mod", leaving out what is not known
        IsBanRole,     // false: a timeout
        PendingRole,   // a lift is on its way
        RoomNameRole,  // the room's channel's name ("Saal 1"), else the room's id
    };
    Q_ENUM(Role)

    explicit BanListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QJsonArray& entries);
    // Room id → its channel's name (protocol/ChannelRoom), from the live catalog.
    void setRoomNames(const QHash<QString, QString>& names);
    QString room(int row) const;
    QString user(int row) const;
    QString who(int row) const;
    void setPending(int row, bool pending);
    bool pending(int row) const;
    int rowOf(const QString& room, const QString& user) const;  // -1: not listed

signals:
    void countChanged();

private:
    struct Row {
        QString room, user, who, kind, since, by, reason, detail;
        bool ban = true;
        bool pending = false;
    };
    QList<Row> m_rows;
    QHash<QString, QString> m_roomNames;
};

}  // namespace omk::ui
