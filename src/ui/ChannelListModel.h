#pragma once
// The event's channels as tabs: name, what is on now and next (times in the viewer's zone),
// whether the channel is live and how many watch it. Refreshed by EventController when the clock
// moves on; where the source reports what is on air (Dreamkast's OnAirChannel), that wins over
// the clock.

#include "catalog/Catalog.h"
#include "catalog/DreamkastLive.h"

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <QVariantMap>

#include <memory>
#include <optional>

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
        StarredRole,
        ChannelIndexRole,  // the row: the index EventController::selectChannel takes
    };
    Q_ENUM(Role)

    explicit ChannelListModel(QObject* parent = nullptr);

    // `viewerZone`: where the attendee is; times show in it.
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog, const QDateTime& now,
                    const QTimeZone& viewerZone);
    // Recomputes now/next for every channel; rows whose text changes are reported.
    void refresh(const QDateTime& now);
    // What the source says is on air, by channel id; a channel missing from it has nothing on
    // air. nullopt: the source says nothing, the clock decides.
    void setOnAir(std::optional<QHash<QString, catalog::OnAirTalk>> onAir, const QDateTime& now);
    // Viewers by channel name (Dreamkast's weaver counts by track name); absent: unknown.
    void setViewerCounts(const QHash<QString, int>& byName);
    // The starred channel ids (StarredChannels); rows whose star changes are reported.
    void setStarred(const QStringList& channelIds);

    // One row's roles by name, for QML outside a delegate; empty when the row does not exist.
    Q_INVOKABLE QVariantMap get(int row) const;

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
    qsizetype sessionAfter(qsizetype i) const;

    std::shared_ptr<const catalog::Catalog> m_catalog;
    QTimeZone m_viewerZone = QTimeZone::systemTimeZone();
    QList<Row> m_rows;
    std::optional<QHash<QString, catalog::OnAirTalk>> m_onAir;
    QHash<QString, int> m_viewers;
    QStringList m_starred;
};

}  // namespace omk::ui
