#pragma once
// The channel finder's list (Ctrl+K or /): the event's channels filtered by a search text (a
// substring of the room's name or of what is on now, ignoring case and accents), optionally only
// those live now or starred, with channels that have a stream first and otherwise in the
// schedule's order. Reads ChannelListModel's roles; selecting a row maps back through
// channelIndex.
//
// Threading: GUI thread only.

#include "ui/ChannelListModel.h"

#include <QtQml/qqmlregistration.h>
#include <QSortFilterProxyModel>

namespace omk::ui {

class ChannelFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        omk::ui::ChannelListModel* channels READ channels WRITE setChannels NOTIFY channelsChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool liveOnly READ liveOnly WRITE setLiveOnly NOTIFY liveOnlyChanged)
    Q_PROPERTY(bool starredOnly READ starredOnly WRITE setStarredOnly NOTIFY starredOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ChannelFilterModel(QObject* parent = nullptr);

    ChannelListModel* channels() const { return m_channels; }
    void setChannels(ChannelListModel* channels);
    QString query() const { return m_query; }
    void setQuery(const QString& query);
    bool liveOnly() const { return m_liveOnly; }
    void setLiveOnly(bool on);
    bool starredOnly() const { return m_starredOnly; }
    void setStarredOnly(bool on);
    int count() const { return rowCount(); }

    // The channel index (EventController::selectChannel's) of a row here; -1 for none.
    Q_INVOKABLE int channelIndex(int row) const;

    // Lower case, accents removed: "Saal Zürich" is found by "zurich".
    static QString foldForSearch(const QString& text);

signals:
    void channelsChanged();
    void queryChanged();
    void liveOnlyChanged();
    void starredOnlyChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    ChannelListModel* m_channels = nullptr;
    QString m_query;
    QString m_folded;  // m_query, folded
    bool m_liveOnly = false;
    bool m_starredOnly = false;
};

}  // namespace omk::ui
