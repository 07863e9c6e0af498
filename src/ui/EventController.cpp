#include "ui/EventController.h"

#include "catalog/DreamkastEndpoints.h"
#include "catalog/HttpCatalogSource.h"
#include "catalog/Importer.h"
#include "ui/DesktopNotification.h"
#include "ui/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace omk::ui {

namespace {

// Now/next changes on the minute at most; 30 s keeps the tabs at most half a minute late.
constexpr int kClockIntervalMs = 30'000;

// dreamkast-weaver as CloudNative Days runs it (dreamkast-ui's NEXT_PUBLIC_WEAVER_URL + "query").
const QString kDefaultViewerCountUrl = QStringLiteral("https://dkw.cloudnativedays.jp/query");
const QString kViewerCountUrlKey = QStringLiteral("dreamkast/viewerCountUrl");

}  // namespace

EventController::EventController(QObject* parent) : QObject(parent) {
    m_schedule.setStore(&m_store);
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &EventController::refresh);
    connect(&m_store, &MyScheduleStore::errorOccurred, this, &EventController::setError);
    m_viewerCountUrl = QSettings().value(kViewerCountUrlKey, kDefaultViewerCountUrl).toString();
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

EventController::~EventController() {
    if (m_fetch) m_fetch->wait();
}

QString EventController::title() const {
    return m_catalog ? m_catalog->event.title : QString();
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
    if (minutes == m_reminderMinutes || minutes < 0) return;
    m_reminderMinutes = minutes;
    emit reminderChanged();
    refresh();
}

void EventController::setSource(const QString& source) {
    if (source == m_source) return;
    m_source = source;
    emit sourceChanged();
    load();
}

void EventController::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
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

void EventController::load() {
    const quint64 generation = ++m_loadGeneration;
    setLoading(false);  // a fetch still under way for an older source no longer counts
    if (m_source.isEmpty()) return;
    const QUrl url(m_source);
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : m_source;
        applyLoaded(catalog::importCatalogFile(path), {});
        return;
    }
    // HttpCatalogSource blocks in a local event loop; it gets a thread of its own so the window
    // keeps drawing while a slow server answers.
    // One fetch at a time; a source change during a fetch is rare enough to wait for it.
    if (m_fetch) m_fetch->wait();
    setLoading(true);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                             QStringLiteral("/catalogs");
    auto result = std::make_shared<std::optional<Expected<catalog::HttpFetchResult>>>();
    QThread* thread = QThread::create([url, cacheDir, result] {
        catalog::HttpCatalogSource source(url, cacheDir);
        result->emplace(source.fetch());
    });
    m_fetch = thread;
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        thread->deleteLater();
        if (m_fetch == thread) m_fetch = nullptr;
        if (generation != m_loadGeneration) return;  // a newer source took over
        setLoading(false);
        Expected<catalog::HttpFetchResult>& r = **result;
        if (!r)
            applyLoaded(r.unexpected(), {});
        else
            applyLoaded(std::move(r->catalog), r->warning);
    });
    m_fetch->start();
}

void EventController::applyLoaded(Expected<catalog::Catalog> result, const QString& warning) {
    if (!result) {
        // The last good catalog stays: a broken update must not take the schedule away.
        setError(result.error().message);
        return;
    }
    setCatalog(std::move(*result));
    if (!warning.isEmpty())
        setError(warning);
    else
        setError({});
}

void EventController::setCatalog(catalog::Catalog catalog) {
    const QString previousId = m_current >= 0 && m_catalog && m_current < m_catalog->channels.size()
                                   ? m_catalog->channels.at(m_current).id
                                   : QString();
    m_catalog = std::make_shared<const catalog::Catalog>(std::move(catalog));
    const QDateTime t = now();
    m_store.setCatalog(m_catalog);
    m_channels.setCatalog(m_catalog, t, m_viewerZone);
    m_channels.setOnAir(m_onAir.onAir(), t);
    m_channels.setViewerCounts(m_viewers.counts());
    m_schedule.setCatalog(m_catalog, m_viewerZone);
    const int today = m_schedule.dayOf(t);
    m_schedule.setDayIndex(today >= 0 ? today : 0);
    m_schedule.setNow(t);
    m_reminded.clear();
    emit catalogChanged();
    // Stay on the channel being watched when a reload still has it; else the first one.
    // On the first load, the channel a link asked for.
    const bool preferred = m_preferredPending && previousId.isEmpty();
    const QString wanted = preferred ? m_preferredChannel : previousId;
    int index = 0;
    bool found = false;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i)
        if (m_catalog->channels.at(i).id == wanted) {
            index = int(i);
            found = true;
        }
    if (preferred) {
        m_preferredPending = false;
        if (!found) qCWarning(lcUi) << "no channel" << wanted << "in the event; opening the first";
    }
    m_current = -1;
    if (!m_catalog->channels.isEmpty()) selectChannel(index);
    m_clock.start();
    refresh();
    updateLive();
}

void EventController::setPreferredChannel(const QString& id) {
    if (id == m_preferredChannel) return;
    m_preferredChannel = id;
    m_preferredPending = !id.isEmpty();
    emit preferredChannelChanged();
    // A local catalog may have loaded before this was set (QML binding order).
    if (!m_catalog || id.isEmpty()) return;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i)
        if (m_catalog->channels.at(i).id == id) {
            m_preferredPending = false;
            selectChannel(int(i));
        }
}

void EventController::setView(QObject* view) {
    if (view == m_view) return;
    m_view = view;
    emit viewChanged();
}

QString EventController::currentChannelId() const {
    if (!m_catalog || m_current < 0 || m_current >= m_catalog->channels.size()) return {};
    return m_catalog->channels.at(m_current).id;
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
    if (!m_catalog || index < 0 || index >= m_catalog->channels.size() || index == m_current)
        return;
    if (m_view && m_current >= 0 && m_current < m_catalog->channels.size())
        m_viewPerChannel.insert(
            m_catalog->channels.at(m_current).id,
            {m_view->property("yaw").toDouble(), m_view->property("pitch").toDouble(),
             m_view->property("fov").toDouble()});
    m_current = index;
    const catalog::Channel& channel = m_catalog->channels.at(index);
    applyStream();
    if (m_view) {
        const auto it = m_viewPerChannel.constFind(channel.id);
        // A channel seen for the first time starts looking straight ahead.
        const ViewDirection v = it != m_viewPerChannel.constEnd() ? *it : ViewDirection{0, 0, 0};
        m_view->setProperty("yaw", v.yaw);
        m_view->setProperty("pitch", v.pitch);
        if (v.fov > 0) m_view->setProperty("fov", v.fov);
    }
    emit streamChanged();
    updateNowPlaying();
}

void EventController::applyStream() {
    const catalog::Channel& channel = m_catalog->channels.at(m_current);
    const QString live = m_streamOverride.value(channel.id);
    if (channel.streams.isEmpty()) {
        m_streamUrl = live;
        // Dreamkast's own streams are ordinary video.
        m_streamProjection = live.isEmpty() ? QString() : toString(Projection::Flat);
        m_streamStereo = live.isEmpty() ? QString() : toString(StereoLayout::Mono);
    } else {
        const catalog::Stream& s = channel.streams.at(currentStream());
        m_streamUrl = live.isEmpty() ? s.url : live;
        m_streamProjection = toString(s.projection);
        m_streamStereo = toString(s.stereo);
    }
}

namespace {
QString streamChoiceKey(const catalog::Catalog& c, const QString& channelId) {
    // '/' would split the key into QSettings groups; ids are opaque.
    return QStringLiteral("streams/%1|%2")
        .arg(QString(c.event.id).replace(QLatin1Char('/'), QLatin1Char('_')),
             QString(channelId).replace(QLatin1Char('/'), QLatin1Char('_')));
}

QString describe(const catalog::Stream& s, int index) {
    if (!s.label.isEmpty()) return s.label;
    QStringList parts;
    if (!s.language.isEmpty()) parts << QLocale(s.language).nativeLanguageName();
    parts << toString(s.projection);
    if (s.stereo != StereoLayout::Mono) parts << toString(s.stereo);
    parts.removeAll(QString());
    return parts.isEmpty() ? EventController::tr("Stream %1").arg(index + 1)
                           : parts.join(QStringLiteral(", "));
}
}  // namespace

QStringList EventController::streamChoices() const {
    QStringList out;
    if (!m_catalog || m_current < 0 || m_current >= m_catalog->channels.size()) return out;
    const auto& streams = m_catalog->channels.at(m_current).streams;
    for (int i = 0; i < streams.size(); ++i) out << describe(streams.at(i), i);
    return out;
}

int EventController::currentStream() const {
    if (!m_catalog || m_current < 0 || m_current >= m_catalog->channels.size()) return 0;
    const catalog::Channel& channel = m_catalog->channels.at(m_current);
    const int saved = QSettings().value(streamChoiceKey(*m_catalog, channel.id), 0).toInt();
    // A catalog that lost streams since the choice was made falls back to the first.
    return saved >= 0 && saved < channel.streams.size() ? saved : 0;
}

void EventController::selectStream(int index) {
    if (!m_catalog || m_current < 0 || m_current >= m_catalog->channels.size()) return;
    const catalog::Channel& channel = m_catalog->channels.at(m_current);
    if (index < 0 || index >= channel.streams.size() || index == currentStream()) return;
    QSettings().setValue(streamChoiceKey(*m_catalog, channel.id), index);
    applyStream();
    emit streamChanged();
}

void EventController::nextChannel() {
    if (!m_catalog || m_catalog->channels.isEmpty()) return;
    selectChannel(int((m_current + 1) % m_catalog->channels.size()));
}

void EventController::previousChannel() {
    if (!m_catalog || m_catalog->channels.isEmpty()) return;
    const int n = int(m_catalog->channels.size());
    selectChannel((m_current - 1 + n) % n);
}

void EventController::refresh() {
    if (!m_catalog) return;
    const QDateTime t = now();
    m_channels.refresh(t);
    m_schedule.setNow(t);
    checkReminders(t);
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

void EventController::applyOnAir() {
    if (!m_catalog) return;
    m_channels.setOnAir(m_onAir.onAir(), now());
    // The watched channel follows: its stream changes when the on-air talk names another one.
    QHash<QString, QString> overrides;
    if (m_onAir.onAir())
        for (auto it = m_onAir.onAir()->cbegin(); it != m_onAir.onAir()->cend(); ++it)
            if (!it->streamUrl.isEmpty()) overrides.insert(it.key(), it->streamUrl);
    m_streamOverride = overrides;
    if (m_current >= 0 && m_current < m_catalog->channels.size()) {
        const QString before = m_streamUrl;
        applyStream();
        if (m_streamUrl != before) emit streamChanged();
    }
    updateNowPlaying();
}

void EventController::updateNowPlaying() {
    QString title;
    if (m_current >= 0 && m_current < m_channels.rowCount())
        title =
            m_channels.data(m_channels.index(m_current), ChannelListModel::NowTitleRole).toString();
    if (title == m_nowPlaying) return;
    m_nowPlaying = title;
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
    QSettings().setValue(kViewerCountUrlKey, url);
    emit viewerCountUrlChanged();
    updateLive();
}

QUrl EventController::icsSuggestedFolder() const {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(dir.isEmpty() ? QDir::homePath() : dir);
}

QUrl EventController::icsSuggestedFile() const {
    const QString dir = icsSuggestedFolder().toLocalFile();
    QString name = m_catalog ? (m_catalog->event.acronym.isEmpty() ? m_catalog->event.id
                                                                   : m_catalog->event.acronym)
                             : QString();
    if (name.isEmpty()) name = QStringLiteral("event");
    // A file name, whatever the event calls itself.
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QUrl::fromLocalFile(dir + u'/' + name + QStringLiteral("-my-schedule.ics"));
}

QString EventController::exportIcs(const QUrl& file) {
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    // The proposed Documents folder may not exist yet on a fresh account.
    if (!path.isEmpty() && QFileInfo(path).absolutePath() == icsSuggestedFolder().toLocalFile())
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto written = path.isEmpty() ? Expected<bool>(omk::fail(tr("no file chosen")))
                                  : m_store.writeIcs(path, QDateTime::currentDateTimeUtc());
    m_icsExportFailed = !written;
    m_icsExportStatus = written
                            ? tr("Saved %1").arg(path)
                            : tr("Could not save the .ics file: %1").arg(written.error().message);
    emit icsExportChanged();
    if (!written) {
        // Not errorString: that banner is about opening the event.
        qCWarning(lcUi).noquote() << m_icsExportStatus;
        emit errorOccurred(m_icsExportStatus);
        return {};
    }
    return path;
}

void EventController::checkReminders(const QDateTime& now) {
    if (!m_reminderTitle.isEmpty()) return;  // one banner at a time
    for (qsizetype i : m_store.upcoming(now, m_reminderMinutes)) {
        const catalog::Session& s = m_catalog->sessions.at(i);
        if (m_reminded.contains(s.id)) continue;
        m_reminded.append(s.id);
        m_reminderChannel = -1;
        QString room = s.channelId;
        for (qsizetype c = 0; c < m_catalog->channels.size(); ++c)
            if (m_catalog->channels.at(c).id == s.channelId) {
                m_reminderChannel = int(c);
                room = m_catalog->channels.at(c).name;
            }
        const qint64 minutes = (now.secsTo(s.start) + 59) / 60;
        m_reminderTitle = s.title;
        m_reminderText = tr("Starts in %n minute(s) on %1", nullptr, int(minutes)).arg(room);
        emit reminderChanged();
        if (m_desktopNotifications) notifyDesktop(m_reminderTitle, m_reminderText);
        return;
    }
}

void EventController::dismissReminder() {
    if (m_reminderTitle.isEmpty()) return;
    m_reminderTitle.clear();
    m_reminderText.clear();
    m_reminderChannel = -1;
    emit reminderChanged();
}

void EventController::goToReminder() {
    const int channel = m_reminderChannel;
    dismissReminder();
    if (channel >= 0) selectChannel(channel);
}

}  // namespace omk::ui
