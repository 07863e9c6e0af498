#pragma once
// The channels (rooms) an attendee starred, per event, remembered between runs
// (settings::kStarredChannels, key starredchannels/<event id, or title when it has none>). The
// channel list shows a star and filters by it; the tab strip and the channel finder toggle it.
//
// Threading: GUI thread only.

#include "catalog/Catalog.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QStringList>

#include <memory>

namespace omk::ui {

class StarredChannels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EventController")
    Q_PROPERTY(QStringList ids READ ids NOTIFY changed)

public:
    explicit StarredChannels(QObject* parent = nullptr);

    // Loads the stars saved for this catalog's event; ids of channels it no longer has are kept
    // (a schedule update may bring the room back) but never shown.
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);

    QStringList ids() const { return m_ids; }
    Q_INVOKABLE bool isStarred(const QString& channelId) const;
    Q_INVOKABLE void toggle(const QString& channelId);
    void setStarred(const QString& channelId, bool on);

signals:
    void changed();

private:
    QString eventKey() const;

    std::shared_ptr<const catalog::Catalog> m_catalog;
    QStringList m_ids;
};

}  // namespace omk::ui
