#pragma once
// The Organize view's on-air board: one row per channel of the event, with the session the room
// server has on air there, the one to put on air next, and the channel's sessions to choose from
// (in start order, cancelled ones left out). "Next" is the session after the one on air, or,
// with nothing on air, the first that has not ended yet.
// Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace omk::ui {

class OnAirBoardModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ChannelIdRole = Qt::UserRole + 1,
        NameRole,
        OnAirSessionRole,  // "" with nothing on air
        OnAirTitleRole,
        NextSessionRole,  // "" when there is none
        NextTitleRole,
        SessionIdsRole,     // QStringList, in start order
        SessionLabelsRole,  // QStringList: "14:30 Title"
        PendingRole,        // a switch of this channel is on its way
    };
    Q_ENUM(Role)

    explicit OnAirBoardModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rebuilds from the catalog (null: no rows) and what is on air (channel → session).
    void update(const catalog::Catalog* catalog, const QHash<QString, QString>& onAir,
                const QDateTime& now);
    void setPending(const QString& channel, bool pending);

    Q_INVOKABLE QString channelId(int row) const;
    Q_INVOKABLE QString channelName(int row) const;
    QString nextSession(int row) const;
    QString sessionTitle(const QString& sessionId) const { return m_titles.value(sessionId); }

signals:
    void countChanged();

private:
    struct Row {
        QString channelId, name, onAir, next;
        QStringList sessionIds, labels;
        bool operator==(const Row&) const = default;
    };
    QList<Row> m_rows;
    QHash<QString, QString> m_titles;  // session id → title
    QSet<QString> m_pending;
};

}  // namespace omk::ui
