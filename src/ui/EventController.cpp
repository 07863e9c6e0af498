#include "ui/EventController.h"

#include "catalog/HttpCatalogSource.h"
#include "catalog/Importer.h"
#include "ui/DesktopNotification.h"
#include "ui/Log.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace omk::ui {

namespace {

// Now/next changes on the minute at most; 30 s keeps the tabs at most half a minute late.
constexpr int kClockIntervalMs = 30'000;

}  // namespace

EventController::EventController(QObject* parent) : QObject(parent) {
    m_schedule.setStore(&m_store);
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &EventController::refresh);
    connect(&m_store, &MyScheduleStore::errorOccurred, this, &EventController::setError);
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
    if (channel.streams.isEmpty()) {
        m_streamUrl.clear();
        m_streamProjection.clear();
        m_streamStereo.clear();
    } else {
        const catalog::Stream& s = channel.streams.first();
        m_streamUrl = s.url;
        m_streamProjection = toString(s.projection);
        m_streamStereo = toString(s.stereo);
    }
    if (m_view) {
        const auto it = m_viewPerChannel.constFind(channel.id);
        // A channel seen for the first time starts looking straight ahead.
        const ViewDirection v = it != m_viewPerChannel.constEnd() ? *it : ViewDirection{0, 0, 0};
        m_view->setProperty("yaw", v.yaw);
        m_view->setProperty("pitch", v.pitch);
        if (v.fov > 0) m_view->setProperty("fov", v.fov);
    }
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
