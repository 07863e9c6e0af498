#pragma once
// Which channel of the event plays, for EventController: the selected channel, its stream (the
// viewer's choice among the channel's streams, remembered per event and channel; or the on-air
// talk's stream a live Dreamkast event names), the view direction remembered per channel (the
// VideoView's yaw/pitch/fov), and the channel an omnikast:// link asked to open on.
// EventController emits the signals; these methods say whether anything changed.
// Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace omk::ui {

class ChannelSelection {
public:
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog) {
        m_catalog = std::move(catalog);
    }

    int current() const { return m_current; }
    // The selected channel's id; empty when none.
    QString currentId() const;
    // Selects channel `index`: the current view direction is kept for the channel being left
    // and the one remembered for `index` restored. False when nothing changed.
    bool select(int index);
    // Forgets the selection (a new catalog), keeping what is remembered per channel.
    void reset() { m_current = -1; }
    // After setCatalog with an update of the same event: stays on channel `id` where it now is,
    // the view untouched, its stream re-read. False when the update no longer has it.
    bool keep(const QString& id);

    QString streamUrl() const { return m_streamUrl; }
    QString streamProjection() const { return m_streamProjection; }
    QString streamStereo() const { return m_streamStereo; }
    QStringList streamChoices() const;
    int currentStream() const;
    // False when nothing changed.
    bool selectStream(int index);
    // Channel id → the on-air talk's stream; true when the selected channel's stream changed.
    bool setStreamOverrides(const QHash<QString, QString>& overrides);

    QObject* view() const { return m_view; }
    // False when nothing changed.
    bool setView(QObject* view);

    QString preferredChannel() const { return m_preferredChannel; }
    // False when nothing changed.
    bool setPreferredChannel(const QString& id);
    // The preferred channel was found in a loaded catalog: it is not looked for again.
    void preferredFound() { m_preferredPending = false; }
    // After a load: the channel being watched (`previousId`) when the catalog still has it, the
    // preferred one on the first load, else the first.
    int indexAfterLoad(const QString& previousId);

private:
    struct ViewDirection {
        double yaw, pitch, fov;
    };
    bool valid() const;
    void applyStream();

    std::shared_ptr<const catalog::Catalog> m_catalog;
    int m_current = -1;
    QString m_streamUrl, m_streamProjection, m_streamStereo;
    QPointer<QObject> m_view;
    QHash<QString, ViewDirection> m_viewPerChannel;  // by channel id: survives a reload
    QHash<QString, QString> m_streamOverride;        // channel id → the on-air talk's stream
    QString m_preferredChannel;
    bool m_preferredPending = false;  // not yet found in a loaded catalog
};

}  // namespace omk::ui
