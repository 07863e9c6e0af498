#pragma once
// The QML face of an event: loads a catalog (file or http(s) URL, through the catalog library),
// and exposes its channels, schedule and the attendee's starred sessions; picks what the player
// plays when a channel is selected, remembers the view direction per channel, and reminds a few
// minutes before a starred session starts. For a Dreamkast event with a live server it follows
// OnAirChannel (OnAirFollower: now/next, the live badge, the watched channel's stream) and polls
// dreamkast-weaver for viewer counts (ViewerCountPoller).
// A facade: loading is CatalogLoader's, the channel, stream and view choice ChannelSelection's,
// reminders ReminderScheduler's and the .ics export IcsExport's; this class keeps the one
// QML-visible API over them, the models and the live data.
//
// Threading: GUI thread. An HTTP fetch blocks in its own thread (CatalogLoader); the result comes
// back queued.

#include "catalog/Catalog.h"
#include "core/Expected.h"
#include "protocol/ServerMessage.h"
#include "ui/CatalogLoader.h"
#include "ui/ChannelListModel.h"
#include "ui/ChannelSelection.h"
#include "ui/IcsExport.h"
#include "ui/MyScheduleStore.h"
#include "ui/OnAirFollower.h"
#include "ui/ReminderScheduler.h"
#include "ui/ScheduleModel.h"
#include "ui/StarredChannels.h"
#include "ui/ViewerCountPoller.h"

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QObject>
#include <QQmlParserStatus>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace omk::ui {

class EventController : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // A list of each room's streams (the C3VOC streaming API's format, catalog/StreamsList.h)
    // for a schedule that carries none; empty: none, or what a sources file names.
    Q_PROPERTY(QString streamsSource READ streamsSource WRITE setStreamsSource NOTIFY sourceChanged)
    // How often a schedule published over http(s) is asked whether it changed (ETag: a 304
    // costs no re-parse); a change updates it in place (ScheduleUpdate.h). 0: never.
    Q_PROPERTY(
        int refetchSeconds READ refetchSeconds WRITE setRefetchSeconds NOTIFY refetchSecondsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY catalogChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString title READ title NOTIFY catalogChanged)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY catalogChanged)
    Q_PROPERTY(omk::ui::ChannelListModel* channels READ channels CONSTANT)
    Q_PROPERTY(omk::ui::ScheduleModel* schedule READ schedule CONSTANT)
    Q_PROPERTY(omk::ui::MyScheduleStore* myschedule READ myschedule CONSTANT)
    Q_PROPERTY(omk::ui::StarredChannels* starredChannels READ starredChannels CONSTANT)
    // The event's own web page (where its organisers stream in a browser); empty: none known.
    Q_PROPERTY(QString webUrl READ webUrl NOTIFY catalogChanged)
    Q_PROPERTY(int currentChannel READ currentChannel WRITE selectChannel NOTIFY streamChanged)
    Q_PROPERTY(QString streamUrl READ streamUrl NOTIFY streamChanged)
    // The current channel's streams as the viewer picks among them (e.g. "360° 3D", "Flat",
    // "日本語"), and which one plays; the choice is remembered per event and channel.
    Q_PROPERTY(QStringList streamChoices READ streamChoices NOTIFY streamChanged)
    Q_PROPERTY(int currentStream READ currentStream WRITE selectStream NOTIFY streamChanged)
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
    // What is on now on the selected channel (the on-air talk where the source reports one).
    Q_PROPERTY(QString nowPlaying READ nowPlaying NOTIFY nowPlayingChanged)
    // The current channel's name, and what comes next there: its title (empty: nothing) and
    // start ("14:30", or "Tue 14:30" on another day), for QML to word in the UI language.
    Q_PROPERTY(QString currentChannelName READ currentChannelName NOTIFY nowPlayingChanged)
    Q_PROPERTY(QString nextTitle READ nextTitle NOTIFY nowPlayingChanged)
    Q_PROPERTY(QString nextStart READ nextStart NOTIFY nowPlayingChanged)
    // The live connection for a status line ("connected", "reconnecting in 3 s", "offline");
    // empty when the event has none. liveError: its last problem, until it connects again.
    Q_PROPERTY(QString liveStatus READ liveStatus NOTIFY liveChanged)
    Q_PROPERTY(QString liveError READ liveError NOTIFY liveChanged)
    // dreamkast-weaver's GraphQL endpoint for viewer counts, used when the catalog names none;
    // remembered (the setting dreamkast/viewerCountUrl). Empty: no viewer counts.
    Q_PROPERTY(QString viewerCountUrl READ viewerCountUrl WRITE setViewerCountUrl NOTIFY
                   viewerCountUrlChanged)
    // Where "Export .ics" proposes to save: <Documents>/<event>-my-schedule.ics.
    Q_PROPERTY(QUrl icsSuggestedFile READ icsSuggestedFile NOTIFY catalogChanged)
    Q_PROPERTY(QUrl icsSuggestedFolder READ icsSuggestedFolder NOTIFY catalogChanged)
    // The last export's outcome for the schedule view: "Saved PATH" or why it failed.
    Q_PROPERTY(QString icsExportStatus READ icsExportStatus NOTIFY icsExportChanged)
    Q_PROPERTY(bool icsExportFailed READ icsExportFailed NOTIFY icsExportChanged)

public:
    explicit EventController(QObject* parent = nullptr);
    ~EventController() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    QString streamsSource() const { return m_streamsSource; }
    static constexpr int kDefaultRefetchSeconds = 300;
    // serverCatalogAnnounced() fetches after a random delay up to this.
    static constexpr int kCatalogFetchSpreadMs = 400;
    int refetchSeconds() const { return m_refetchSeconds; }
    void setRefetchSeconds(int seconds);
    void setStreamsSource(const QString& streams);
    bool loading() const { return m_loader.loading(); }
    bool loaded() const { return m_catalog != nullptr; }
    QString errorString() const { return m_error; }
    QString title() const;
    QString timeZone() const;
    ChannelListModel* channels() { return &m_channels; }
    ScheduleModel* schedule() { return &m_schedule; }
    MyScheduleStore* myschedule() { return &m_store; }
    StarredChannels* starredChannels() { return &m_starredChannels; }
    QString webUrl() const;
    int currentChannel() const { return m_selection.current(); }
    QString streamUrl() const { return m_selection.streamUrl(); }
    QStringList streamChoices() const { return m_selection.streamChoices(); }
    int currentStream() const { return m_selection.currentStream(); }
    void selectStream(int index);
    QString currentChannelId() const { return m_selection.currentId(); }
    QVariantList mediaChoices() const;
    QString streamProjection() const { return m_selection.streamProjection(); }
    QString streamStereo() const { return m_selection.streamStereo(); }
    QObject* view() const { return m_selection.view(); }
    void setView(QObject* view);
    QDateTime clockOverride() const { return m_clockOverride; }
    void setClockOverride(const QDateTime& now);
    int reminderMinutes() const { return m_reminders.minutes(); }
    void setReminderMinutes(int minutes);
    QString reminderTitle() const { return m_reminders.title(); }
    QString reminderText() const { return m_reminders.text(); }
    int reminderChannel() const { return m_reminders.channel(); }
    QString preferredChannel() const { return m_selection.preferredChannel(); }
    void setPreferredChannel(const QString& id);

    QString nowPlaying() const { return m_nowPlaying; }
    QString currentChannelName() const { return m_currentName; }
    QString nextTitle() const { return m_nextTitle; }
    QString nextStart() const { return m_nextStart; }
    QString liveStatus() const { return m_onAir.statusText(); }
    QString liveError() const { return m_liveError; }
    QString viewerCountUrl() const { return m_viewerCountUrl; }
    void setViewerCountUrl(const QString& url);
    QUrl icsSuggestedFile() const { return IcsExport::suggestedFile(m_catalog.get()); }
    QUrl icsSuggestedFolder() const { return IcsExport::suggestedFolder(); }
    // Writes my schedule to `file` (a file:// URL or a path); returns the path written, or an
    // empty string plus errorOccurred; icsExportStatus says which.
    // The interface language changed: day names and times in the models say it anew.
    Q_INVOKABLE void relocalise();
    Q_INVOKABLE QString exportIcs(const QUrl& file);
    QString icsExportStatus() const { return m_ics.status(); }
    bool icsExportFailed() const { return m_ics.failed(); }

    // The live parts, for tests (cable timings, poll interval).
    OnAirFollower* onAirFollower() { return &m_onAir; }
    ViewerCountPoller* viewerCountPoller() { return &m_viewers; }
    // Where a Dreamkast catalog's OnAirChannel lives: the catalog's cable_url, else /cable on
    // the host it was fetched from; empty for a local file naming none
    // (catalog::dreamkastCableUrl, the one Dreamkast endpoint rule).
    static QUrl cableUrlFor(const catalog::Catalog& catalog, const QString& source);

    QDateTime now() const;
    // Where the attendee is; the system zone unless a test says otherwise.
    void setViewerZone(const QTimeZone& zone) { m_viewerZone = zone; }
    // Reminders also go to the desktop (D-Bus) unless switched off (tests).
    void setDesktopNotifications(bool on) { m_reminders.setDesktopNotifications(on); }
    // Loads a catalog already in memory (what setSource does once the bytes are in).
    void setCatalog(catalog::Catalog catalog);
    // The catalog as attendees see it (catalog::withoutHidden), as every model and the selection
    // do; fullCatalog(): the whole of it, hidden channels included, as organizers edit it.
    const catalog::Catalog* catalog() const { return m_catalog.get(); }
    const catalog::Catalog* fullCatalog() const { return m_full.get(); }
    // What the room server's organizers put on air: channel id → session id (onair messages).
    QHash<QString, QString> serverOnAirSessions() const;

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
    // The room's server announced its catalog's version (at each sign-in, and catalog.changed as
    // organizers change it): when this event's catalog comes from that server, it is asked again
    // now — unchanged costs a 304 — and a change lands in place as a schedule update.
    void serverCatalogAnnounced(const QUrl& roomServer);
    // Whether this event's catalog comes from that room server (ws(s)://host:port/ws): then its
    // rooms' rules are the server's (RoomSession::readOnlyReason).
    bool servedBy(const QUrl& roomServer) const;
    // What the room's server says is on air (its organizers' switches): full, the whole board;
    // else these channels (an empty session: nothing on air there now). Shown as Dreamkast's
    // on-air switches are: the channel's now, its live badge, what comes next.
    void serverOnAir(const QMap<QString, omk::protocol::OnAirEntry>& channels, bool full);

signals:
    void sourceChanged();
    void loadingChanged();
    void refetchSecondsChanged();
    // The published schedule changed while open: what changed, in words ("2 moved, 1 new").
    void scheduleUpdated(const QString& summary);
    void catalogChanged();
    void errorStringChanged();
    // The one error signal of this component; also reflected in errorString.
    void errorOccurred(const QString& message);
    void streamChanged();
    void viewChanged();
    void nowChanged();
    void reminderChanged();
    void preferredChannelChanged();
    void nowPlayingChanged();
    void liveChanged();
    void viewerCountUrlChanged();
    // What is on air changed (Dreamkast's follower or the room server's board).
    void onAirChanged();
    void icsExportChanged();

protected:
    // QQmlParserStatus: while QML sets the properties, loading waits for componentComplete().
    void classBegin() override { m_initialising = true; }
    void componentComplete() override;

private:
    void load();
    void applyLoaded(Expected<catalog::Catalog> result, const QString& warning, bool update);
    void applyUpdate(catalog::Catalog update);
    // visible: full without its hidden channels (catalog::withoutHidden).
    void installCatalog(catalog::Catalog full, catalog::Catalog visible);
    void restartRefetch();
    void setError(const QString& message);
    void updateLive();
    void applyOnAir();
    // What is on air where: Dreamkast's follower's, else the room server's board.
    std::optional<OnAirFollower::OnAir> currentOnAir() const;
    void updateNowPlaying();
    void setLiveError(const QString& message);

    QString m_source;
    QString m_streamsSource;
    // While QML sets the properties, source and streamsSource wait for each other: one load.
    bool m_initialising = false;
    int m_refetchSeconds = kDefaultRefetchSeconds;
    QTimer m_refetch;
    QString m_error;
    std::shared_ptr<const catalog::Catalog> m_catalog;  // as attendees see it
    std::shared_ptr<const catalog::Catalog> m_full;     // as organizers edit it
    QTimeZone m_viewerZone = QTimeZone::systemTimeZone();
    ChannelListModel m_channels;
    ScheduleModel m_schedule;
    MyScheduleStore m_store;
    StarredChannels m_starredChannels;
    ChannelSelection m_selection;
    QDateTime m_clockOverride;
    QTimer m_clock;
    ReminderScheduler m_reminders{&m_store};
    IcsExport m_ics;
    OnAirFollower m_onAir;
    // The room server's on-air board (serverOnAir); nothing until it sends one.
    std::optional<QHash<QString, protocol::OnAirEntry>> m_serverOnAir;
    ViewerCountPoller m_viewers;
    QString m_nowPlaying;
    QString m_currentName;
    QString m_nextTitle;
    QString m_nextStart;
    QString m_liveError;
    QString m_viewerCountUrl;
    // Last, so destroyed first: its destructor waits for a fetch under way.
    CatalogLoader m_loader;
};

}  // namespace omk::ui
