#pragma once
// The QML face of an event: loads a catalog (file or http(s) URL, through the catalog library),
// and exposes its channels, schedule and the attendee's starred sessions; picks what the player
// plays when a channel is selected, remembers the view direction per channel, and reminds a few
// minutes before a starred session starts.
//
// Threading: GUI thread. An HTTP fetch blocks in its own thread (HttpCatalogSource runs a local
// event loop); the result comes back queued.

#include "catalog/Catalog.h"
#include "core/Expected.h"
#include "ui/ChannelListModel.h"
#include "ui/MyScheduleStore.h"
#include "ui/ScheduleModel.h"

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

namespace omk::ui {

class EventController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY catalogChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString title READ title NOTIFY catalogChanged)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY catalogChanged)
    Q_PROPERTY(omk::ui::ChannelListModel* channels READ channels CONSTANT)
    Q_PROPERTY(omk::ui::ScheduleModel* schedule READ schedule CONSTANT)
    Q_PROPERTY(omk::ui::MyScheduleStore* myschedule READ myschedule CONSTANT)
    Q_PROPERTY(int currentChannel READ currentChannel WRITE selectChannel NOTIFY streamChanged)
    Q_PROPERTY(QString streamUrl READ streamUrl NOTIFY streamChanged)
    // The selected channel's id: the name of its room on the event's server.
    Q_PROPERTY(QString currentChannelId READ currentChannelId NOTIFY streamChanged)
    // Every channel's first stream as {name, url}: what a moderator can switch a room to.
    Q_PROPERTY(QVariantList mediaChoices READ mediaChoices NOTIFY catalogChanged)
    Q_PROPERTY(QString streamProjection READ streamProjection NOTIFY streamChanged)
    Q_PROPERTY(QString streamStereo READ streamStereo NOTIFY streamChanged)
    // The item whose yaw/pitch/fov is remembered per channel (the VideoView).
    Q_PROPERTY(QObject* view READ view WRITE setView NOTIFY viewChanged)
    // Tests pin the clock here; invalid: the real clock.
    Q_PROPERTY(QDateTime clockOverride READ clockOverride WRITE setClockOverride NOTIFY nowChanged)
    Q_PROPERTY(
        int reminderMinutes READ reminderMinutes WRITE setReminderMinutes NOTIFY reminderChanged)
    // The pending reminder: a starred session about to start; empty title: none.
    Q_PROPERTY(QString reminderTitle READ reminderTitle NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderText READ reminderText NOTIFY reminderChanged)
    Q_PROPERTY(int reminderChannel READ reminderChannel NOTIFY reminderChanged)
    // A channel id to open on (an omnikast:// link's): selected as soon as a catalog having it
    // is loaded, once; later reloads stay on whatever is being watched.
    Q_PROPERTY(QString preferredChannel READ preferredChannel WRITE setPreferredChannel NOTIFY
                   preferredChannelChanged)

public:
    explicit EventController(QObject* parent = nullptr);
    ~EventController() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    bool loading() const { return m_loading; }
    bool loaded() const { return m_catalog != nullptr; }
    QString errorString() const { return m_error; }
    QString title() const;
    QString timeZone() const;
    ChannelListModel* channels() { return &m_channels; }
    ScheduleModel* schedule() { return &m_schedule; }
    MyScheduleStore* myschedule() { return &m_store; }
    int currentChannel() const { return m_current; }
    QString streamUrl() const { return m_streamUrl; }
    QString currentChannelId() const;
    QVariantList mediaChoices() const;
    QString streamProjection() const { return m_streamProjection; }
    QString streamStereo() const { return m_streamStereo; }
    QObject* view() const { return m_view; }
    void setView(QObject* view);
    QDateTime clockOverride() const { return m_clockOverride; }
    void setClockOverride(const QDateTime& now);
    int reminderMinutes() const { return m_reminderMinutes; }
    void setReminderMinutes(int minutes);
    QString reminderTitle() const { return m_reminderTitle; }
    QString reminderText() const { return m_reminderText; }
    int reminderChannel() const { return m_reminderChannel; }
    QString preferredChannel() const { return m_preferredChannel; }
    void setPreferredChannel(const QString& id);

    QDateTime now() const;
    // Where the attendee is; the system zone unless a test says otherwise.
    void setViewerZone(const QTimeZone& zone) { m_viewerZone = zone; }
    // Reminders also go to the desktop (D-Bus) unless switched off (tests).
    void setDesktopNotifications(bool on) { m_desktopNotifications = on; }
    // Loads a catalog already in memory (what setSource does once the bytes are in).
    void setCatalog(catalog::Catalog catalog);
    const catalog::Catalog* catalog() const { return m_catalog.get(); }

public slots:
    // Plays channel `index` (its first stream); the current view direction is kept for the
    // channel being left and the one remembered for `index` is restored.
    void selectChannel(int index);
    void nextChannel();
    void previousChannel();
    // Clock tick: now/next, the time line, reminders. Runs every 30 s on its own.
    void refresh();
    void dismissReminder();
    // Switches to the reminded session's channel and dismisses the reminder.
    void goToReminder();
    void reload() { load(); }

signals:
    void sourceChanged();
    void loadingChanged();
    void catalogChanged();
    void errorStringChanged();
    // The one error signal of this component; also reflected in errorString.
    void errorOccurred(const QString& message);
    void streamChanged();
    void viewChanged();
    void nowChanged();
    void reminderChanged();
    void preferredChannelChanged();

private:
    void load();
    void applyLoaded(Expected<catalog::Catalog> result, const QString& warning);
    void setError(const QString& message);
    void setLoading(bool loading);
    void checkReminders(const QDateTime& now);

    struct ViewDirection {
        double yaw, pitch, fov;
    };

    QString m_source;
    bool m_loading = false;
    QString m_error;
    std::shared_ptr<const catalog::Catalog> m_catalog;
    QTimeZone m_viewerZone = QTimeZone::systemTimeZone();
    ChannelListModel m_channels;
    ScheduleModel m_schedule;
    MyScheduleStore m_store;
    int m_current = -1;
    QString m_streamUrl, m_streamProjection, m_streamStereo;
    QPointer<QObject> m_view;
    QHash<QString, ViewDirection> m_viewPerChannel;  // by channel id: survives a reload
    QDateTime m_clockOverride;
    QTimer m_clock;
    int m_reminderMinutes = 5;
    bool m_desktopNotifications = true;
    QStringList m_reminded;  // session ids already announced, so each reminds once
    QString m_reminderTitle, m_reminderText;
    int m_reminderChannel = -1;
    QString m_preferredChannel;
    bool m_preferredPending = false;  // not yet found in a loaded catalog
    QThread* m_fetch = nullptr;       // an HTTP fetch under way; waited for on destruction
    quint64 m_loadGeneration = 0;     // a newer load makes an older fetch's result stale
};

}  // namespace omk::ui
