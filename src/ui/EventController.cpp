#include "ui/EventController.h"

#include "catalog/ScheduleUpdate.h"

#include "catalog/DreamkastEndpoints.h"
#include "ui/Log.h"
#include "ui/SettingsStore.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace omk::ui {

namespace {

// Now/next changes on the minute at most; 30 s keeps the tabs at most half a minute late.
constexpr int kClockIntervalMs = 30'000;

}  // namespace

EventController::EventController(QObject* parent)
    : QObject(parent),
      m_loader([this](Expected<catalog::Catalog> result, const QString& warning, bool update) {
          applyLoaded(std::move(result), warning, update);
      }) {
    connect(&m_refetch, &QTimer::timeout, &m_loader, &CatalogLoader::refetch);
    m_schedule.setStore(&m_store);
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &EventController::refresh);
    connect(&m_store, &MyScheduleStore::errorOccurred, this, &EventController::setError);
    connect(&m_starredChannels, &StarredChannels::changed, this,
            [this] { m_channels.setStarred(m_starredChannels.ids()); });
    connect(&m_loader, &CatalogLoader::loadingChanged, this, &EventController::loadingChanged);
    connect(&m_reminders, &ReminderScheduler::changed, this, &EventController::reminderChanged);
    m_viewerCountUrl = SettingsStore::viewerCountUrl();
    connect(&m_onAir, &OnAirFollower::onAirChanged, this, &EventController::applyOnAir);
    connect(&m_onAir, &OnAirFollower::errorOccurred, this, &EventController::setLiveError);
    connect(&m_onAir, &OnAirFollower::statusChanged, this, [this] {
        // A working connection makes the last connection problem history.
        if (m_onAir.client()->state() == cable::CableClient::State::Connected &&
            !m_liveError.isEmpty())
            m_liveError.clear();
        emit liveChanged();
    });
    connect(&m_viewers, &ViewerCountPoller::countsChanged, this,
            [this] { m_channels.setViewerCounts(m_viewers.counts()); });
    connect(&m_viewers, &ViewerCountPoller::errorOccurred, this, &EventController::setLiveError);
}

EventController::~EventController() = default;

QString EventController::title() const {
    return m_catalog ? m_catalog->event.title : QString();
}

QString EventController::webUrl() const {
    if (!m_catalog) return {};
    // Only a web address is offered as a link: a schedule may carry anything in its url field.
    const QUrl url(m_catalog->event.url, QUrl::StrictMode);
    const bool web =
        url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return web ? url.toString() : QString();
}

QString EventController::timeZone() const {
    return m_catalog ? QString::fromUtf8(m_catalog->event.timeZone.id()) : QString();
}

QDateTime EventController::now() const {
    return m_clockOverride.isValid() ? m_clockOverride : QDateTime::currentDateTimeUtc();
}

void EventController::setClockOverride(const QDateTime& now) {
    if (now == m_clockOverride) return;
    m_clockOverride = now;
    emit nowChanged();
    refresh();
}

void EventController::setReminderMinutes(int minutes) {
    if (!m_reminders.setMinutes(minutes)) return;
    emit reminderChanged();
    refresh();
}

void EventController::setSource(const QString& source) {
    if (source == m_source) return;
    m_source = source;
    emit sourceChanged();
    load();
}

// The same event, published again: the schedule changes in place — the channel, its stream, the
// view direction, the day shown and the reminders already given stay as they are.
void EventController::applyUpdate(catalog::Catalog update) {
    catalog::Catalog visible = catalog::withoutHidden(update);
    const catalog::ScheduleChanges changes = catalog::carryOver(*m_catalog, visible);
    if (!changes.any() && visible.sameContent(*m_catalog)) {
        // Only a hidden channel changed: attendees see nothing new, organizers do.
        if (update.sameContent(*m_full)) return;
        m_full = std::make_shared<const catalog::Catalog>(std::move(update));
        emit catalogChanged();
        return;
    }
    const QString previousId = m_selection.currentId();
    const QString previousUrl = m_selection.streamUrl();
    const int day = m_schedule.dayIndex();
    installCatalog(std::move(update), std::move(visible));
    m_schedule.setDayIndex(day);
    emit catalogChanged();
    if (!m_selection.keep(previousId)) {
        m_selection.reset();
        if (!m_catalog->channels.isEmpty()) selectChannel(0);
    } else if (m_selection.streamUrl() != previousUrl) {
        emit streamChanged();
    }
    refresh();
    updateNowPlaying();
    QStringList parts;
    if (changes.moved) parts << tr("%n moved", "", changes.moved);
    if (changes.cancelled) parts << tr("%n cancelled", "", changes.cancelled);
    if (changes.added) parts << tr("%n new", "", changes.added);
    if (changes.edited) parts << tr("%n changed", "", changes.edited);
    const QString summary =
        parts.isEmpty() ? tr("The schedule was updated.")
                        : tr("The schedule was updated: %1.").arg(parts.join(QStringLiteral(", ")));
    qCInfo(lcUi).noquote() << summary;
    emit scheduleUpdated(summary);
}

bool EventController::servedBy(const QUrl& roomServer) const {
    // ws → http, wss → https: the same server answers both on one port.
    const auto portOf = [](const QUrl& u) {
        const bool secure =
            u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("wss");
        return u.port(secure ? 443 : 80);
    };
    const QUrl catalogUrl(m_source);
    return !catalogUrl.host().isEmpty() &&
           catalogUrl.host().compare(roomServer.host(), Qt::CaseInsensitive) == 0 &&
           portOf(catalogUrl) == portOf(roomServer);
}

void EventController::serverCatalogAnnounced(const QUrl& roomServer) {
    if (!m_loader.canRefetch() || !servedBy(roomServer)) return;
    // A change reaches every viewer at the same moment: spread their fetches over 0.4 s so a
    // thousand of them do not arrive at the server as one burst.
    QTimer::singleShot(int(QRandomGenerator::global()->bounded(kCatalogFetchSpreadMs)), &m_loader,
                       &CatalogLoader::refetch);
}

void EventController::setStreamsSource(const QString& streams) {
    if (streams == m_streamsSource) return;
    m_streamsSource = streams;
    emit sourceChanged();
    if (!m_source.isEmpty()) load();
}

void EventController::setError(const QString& message) {
    if (message != m_error) {
        m_error = message;
        emit errorStringChanged();
    }
    if (!message.isEmpty()) {
        qCWarning(lcUi) << message;
        emit errorOccurred(message);
    }
}

void EventController::componentComplete() {
    m_initialising = false;
    if (!m_source.isEmpty()) load();
}

void EventController::load() {
    if (m_initialising) return;  // componentComplete() loads once both are set
    m_refetch.stop();
    m_loader.load(m_source, m_streamsSource);
}

void EventController::setRefetchSeconds(int seconds) {
    seconds = std::max(0, seconds);
    if (seconds == m_refetchSeconds) return;
    m_refetchSeconds = seconds;
    emit refetchSecondsChanged();
    restartRefetch();
}

void EventController::restartRefetch() {
    m_refetch.stop();
    if (m_refetchSeconds > 0 && m_loader.canRefetch()) m_refetch.start(m_refetchSeconds * 1000);
}

void EventController::applyLoaded(Expected<catalog::Catalog> result, const QString& warning,
                                  bool update) {
    restartRefetch();
    if (!result) {
        // The last good catalog stays: a broken update must not take the schedule away.
        setError(result.error().message);
        return;
    }
    if (update && m_catalog)
        applyUpdate(std::move(*result));
    else
        setCatalog(std::move(*result));
    if (!warning.isEmpty())
        setError(warning);
    else
        setError({});
}

// Hands the catalog to every model and the selection (which keeps its current index).
void EventController::installCatalog(catalog::Catalog full, catalog::Catalog visible) {
    // Two copies even when nothing is hidden: carryOver adds to what attendees see the sessions
    // a schedule update no longer lists, which the organizers' catalog does not have.
    m_catalog = std::make_shared<const catalog::Catalog>(std::move(visible));
    m_full = std::make_shared<const catalog::Catalog>(std::move(full));
    m_selection.setCatalog(m_catalog);
    const QDateTime t = now();
    m_store.setCatalog(m_catalog);
    m_starredChannels.setCatalog(m_catalog);
    m_channels.setCatalog(m_catalog, t, m_viewerZone);
    m_channels.setOnAir(currentOnAir(), t);
    m_channels.setViewerCounts(m_viewers.counts());
    m_schedule.setCatalog(m_catalog, m_viewerZone);
    m_schedule.setNow(t);
}

void EventController::setCatalog(catalog::Catalog catalog) {
    const QString previousId = m_selection.currentId();
    catalog::Catalog visible = catalog::withoutHidden(catalog);
    installCatalog(std::move(catalog), std::move(visible));
    const int today = m_schedule.dayOf(now());
    m_schedule.setDayIndex(today >= 0 ? today : 0);
    m_reminders.clearReminded();
    emit catalogChanged();
    const int index = m_selection.indexAfterLoad(previousId);
    m_selection.reset();
    if (!m_catalog->channels.isEmpty()) selectChannel(index);
    m_clock.start();
    refresh();
    updateLive();
}

void EventController::setPreferredChannel(const QString& id) {
    if (!m_selection.setPreferredChannel(id)) return;
    emit preferredChannelChanged();
    // A local catalog may have loaded before this was set (QML binding order).
    if (!m_catalog || id.isEmpty()) return;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i)
        if (m_catalog->channels.at(i).id == id) {
            m_selection.preferredFound();
            selectChannel(int(i));
        }
}

void EventController::setView(QObject* view) {
    if (m_selection.setView(view)) emit viewChanged();
}

QVariantList EventController::mediaChoices() const {
    QVariantList out;
    if (!m_catalog) return out;
    for (const catalog::Channel& c : m_catalog->channels)
        if (!c.streams.isEmpty())
            out.append(QVariantMap{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("url"), c.streams.first().url}});
    return out;
}

void EventController::selectChannel(int index) {
    if (!m_selection.select(index)) return;
    emit streamChanged();
    updateNowPlaying();
}

void EventController::selectStream(int index) {
    if (m_selection.selectStream(index)) emit streamChanged();
}

void EventController::nextChannel() {
    if (!m_catalog || m_catalog->channels.isEmpty()) return;
    selectChannel(int((m_selection.current() + 1) % m_catalog->channels.size()));
}

void EventController::previousChannel() {
    if (!m_catalog || m_catalog->channels.isEmpty()) return;
    const int n = int(m_catalog->channels.size());
    selectChannel((m_selection.current() - 1 + n) % n);
}

void EventController::relocalise() {
    m_schedule.relocalise();
    refresh();
}

void EventController::refresh() {
    if (!m_catalog) return;
    const QDateTime t = now();
    m_channels.refresh(t);
    m_schedule.setNow(t);
    m_reminders.check(*m_catalog, t);
    updateNowPlaying();
}

QUrl EventController::cableUrlFor(const catalog::Catalog& catalog, const QString& source) {
    return catalog::dreamkastCableUrl(catalog, source);
}

void EventController::updateLive() {
    const QUrl cable = m_catalog ? cableUrlFor(*m_catalog, m_source) : QUrl();
    const QString abbr = m_catalog ? m_catalog->event.acronym : QString();
    if (cable.isEmpty() || abbr.isEmpty()) {
        // Without a live server nothing is followed: a local file is a schedule, not a feed.
        m_onAir.stop();
        m_viewers.stop();
        emit liveChanged();
        return;
    }
    m_onAir.follow(cable, abbr);
    const QString weaver = m_catalog->live.viewerCountUrl.value_or(m_viewerCountUrl);
    if (weaver.isEmpty())
        m_viewers.stop();
    else
        m_viewers.start(QUrl(weaver), abbr);
    emit liveChanged();
}

void EventController::serverOnAir(const QMap<QString, protocol::OnAirEntry>& channels, bool full) {
    if (full || !m_serverOnAir) m_serverOnAir.emplace();
    for (auto it = channels.cbegin(); it != channels.cend(); ++it) {
        if (it->session.isEmpty())
            m_serverOnAir->remove(it.key());
        else
            m_serverOnAir->insert(it.key(), *it);
    }
    applyOnAir();
}

QHash<QString, QString> EventController::serverOnAirSessions() const {
    QHash<QString, QString> out;
    if (m_serverOnAir)
        for (auto it = m_serverOnAir->cbegin(); it != m_serverOnAir->cend(); ++it)
            out.insert(it.key(), it->session);
    return out;
}

std::optional<OnAirFollower::OnAir> EventController::currentOnAir() const {
    // Dreamkast's switches where the event is Dreamkast's; else our server's organizers'.
    std::optional<OnAirFollower::OnAir> onAir = m_onAir.onAir();
    if (!onAir && m_serverOnAir) {
        onAir.emplace();
        for (auto it = m_serverOnAir->cbegin(); it != m_serverOnAir->cend(); ++it)
            onAir->insert(it.key(), catalog::OnAirTalk{it->session, QString(), QString()});
    }
    return onAir;
}

void EventController::applyOnAir() {
    if (!m_catalog) return;
    m_channels.setOnAir(currentOnAir(), now());
    // The watched channel follows: its stream changes when the on-air talk names another one.
    QHash<QString, QString> overrides;
    if (m_onAir.onAir())
        for (auto it = m_onAir.onAir()->cbegin(); it != m_onAir.onAir()->cend(); ++it)
            if (!it->streamUrl.isEmpty()) overrides.insert(it.key(), it->streamUrl);
    if (m_selection.setStreamOverrides(overrides)) emit streamChanged();
    updateNowPlaying();
    emit onAirChanged();
}

void EventController::updateNowPlaying() {
    QString title, name, nextTitle, nextStart;
    const int current = m_selection.current();
    if (current >= 0 && current < m_channels.rowCount()) {
        const QModelIndex i = m_channels.index(current);
        title = i.data(ChannelListModel::NowTitleRole).toString();
        name = i.data(ChannelListModel::NameRole).toString();
        nextTitle = i.data(ChannelListModel::NextTitleRole).toString();
        nextStart = i.data(ChannelListModel::NextStartRole).toString();
    }
    if (title == m_nowPlaying && name == m_currentName && nextTitle == m_nextTitle &&
        nextStart == m_nextStart)
        return;
    m_nowPlaying = title;
    m_currentName = name;
    m_nextTitle = nextTitle;
    m_nextStart = nextStart;
    emit nowPlayingChanged();
}

void EventController::setLiveError(const QString& message) {
    m_liveError = message;
    emit liveChanged();
    if (!message.isEmpty()) emit errorOccurred(message);
}

void EventController::setViewerCountUrl(const QString& url) {
    if (url == m_viewerCountUrl) return;
    m_viewerCountUrl = url;
    SettingsStore::setViewerCountUrl(url);
    emit viewerCountUrlChanged();
    updateLive();
}

QString EventController::exportIcs(const QUrl& file) {
    const QString path = m_ics.write(m_store, file);
    emit icsExportChanged();
    if (m_ics.failed()) {
        // Not errorString: that banner is about opening the event.
        qCWarning(lcUi).noquote() << m_ics.status();
        emit errorOccurred(m_ics.status());
        return {};
    }
    return path;
}

void EventController::dismissReminder() {
    m_reminders.dismiss();
}

void EventController::goToReminder() {
    const int channel = m_reminders.channel();
    dismissReminder();
    if (channel >= 0) selectChannel(channel);
}

}  // namespace omk::ui
