#pragma once
// The Organize view's channel list: one row per channel of the event, in tab order, with what an
// organizer edits there (the name, the first stream's address) and what decides whether it may
// go (the sessions on it). Rebuilt from the catalog each time it changes; rows that stay keep
// their place in the list (a rename updates one row), so the current row and the scroll stay.
// Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QSet>

namespace omk::ui {

class ChannelEditModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ChannelIdRole = Qt::UserRole + 1,
        NameRole,
        StreamUrlRole,  // the first stream's, "" when it has none
        StreamCountRole,
        SessionCountRole,
        PendingRole,  // an edit of this channel is on its way
        ClosedRole,   // its room's rules (catalog RoomRules)
        SlowModeSecondsRole,
        SignedInOnlyRole,
        RoomRulesTextRole,  // the rules in words: "Open", "Closed · slow mode 30 s"…
    };
    Q_ENUM(Role)

    explicit ChannelEditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void update(const catalog::Catalog* catalog);
    void setPending(const QString& channel, bool pending);

    Q_INVOKABLE int rowOf(const QString& channelId) const;
    Q_INVOKABLE QString channelId(int row) const;
    Q_INVOKABLE QString name(int row) const;
    Q_INVOKABLE QString streamUrl(int row) const;
    int streamCount(int row) const;
    int sessionCount(int row) const;
    bool pending(int row) const;
    catalog::RoomRules roomRules(int row) const;
    static QString rulesText(const catalog::RoomRules& rules);
    bool hasId(const QString& id) const { return rowOf(id) >= 0; }

signals:
    void countChanged();

private:
    struct Row {
        QString id, name, streamUrl;
        int streams = 0, sessions = 0;
        catalog::RoomRules room{};
        bool operator==(const Row&) const = default;
    };
    QList<Row> m_rows;
    QSet<QString> m_pending;
};

}  // namespace omk::ui
