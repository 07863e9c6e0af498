#pragma once
// The event's channels as tabs: name, what is on now and next (times in the viewer's zone), and
// whether the channel is live. Refreshed by EventController when the clock moves on.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace omk::ui {

class ChannelListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EventController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ChannelIdRole,
        NowTitleRole,
        NextTitleRole,
        NextStartRole,
        LiveRole,
        ViewerCountRole,
        HasStreamRole,
    };
    Q_ENUM(Role)

    explicit ChannelListModel(QObject* parent = nullptr);

    // `viewerZone`: where the attendee is; times show in it.
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog, const QDateTime& now,
                    const QTimeZone& viewerZone);
    // Recomputes now/next for every channel; rows whose text changes are reported.
    void refresh(const QDateTime& now);

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row {
        QString nowTitle, nextTitle, nextStart;
        bool live = false;
        bool operator==(const Row&) const = default;
    };
    Row computeRow(const catalog::Channel& channel, const QDateTime& now) const;

    std::shared_ptr<const catalog::Catalog> m_catalog;
    QTimeZone m_viewerZone = QTimeZone::systemTimeZone();
    QList<Row> m_rows;
};

}  // namespace omk::ui
