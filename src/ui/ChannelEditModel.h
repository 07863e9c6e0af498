#pragma once
// The Organize view's channel list: one row per channel of the event, in tab order, with what an
// organizer edits there (the name, its streams, whether attendees see it) and what decides
// whether it may go (the sessions on it). Rebuilt from the catalog each time it changes; rows that
// stay keep their place in the list (a rename updates one row), so the current row and the scroll
// stay. Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QSet>
#include <QVariantMap>

#include <optional>

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
        HiddenRole,         // kept from attendees (catalog Channel::hidden)
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
    // One of the channel's streams as the page edits it: {url, projection, stereo, language,
    // label} (projection and stereo as the catalog names them); empty for none.
    Q_INVOKABLE QVariantMap stream(int row, int index) const;
    // The streams for the page's stream box: "1. Main", "2. Fallback: Japanese"…
    Q_INVOKABLE QStringList streamNames(int row) const;
    Q_INVOKABLE bool hidden(int row) const;
    std::optional<catalog::Stream> streamAt(int row, int index) const;
    Q_INVOKABLE int streamCount(int row) const;
    int sessionCount(int row) const;
    bool pending(int row) const;
    catalog::RoomRules roomRules(int row) const;
    static QString rulesText(const catalog::RoomRules& rules);
    bool hasId(const QString& id) const { return rowOf(id) >= 0; }

signals:
    void countChanged();

private:
    struct Row {
        QString id, name;
        QList<catalog::Stream> streams{};
        int sessions = 0;
        catalog::RoomRules room{};
        bool hidden = false;
        bool operator==(const Row&) const = default;
    };
    QList<Row> m_rows;
    QSet<QString> m_pending;
};

}  // namespace omk::ui
