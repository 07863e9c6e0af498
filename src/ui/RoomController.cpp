#include "ui/RoomController.h"

#include "catalog/Catalog.h"
#include "core/ConnectionState.h"
#include "media/Player.h"
#include "room/DreamkastChat.h"
#include "room/ModeratorActions.h"
#include "room/RoomConnection.h"
#include "ui/AppSettings.h"
#include "ui/EventController.h"
#include "ui/Log.h"
#include "ui/PlayerController.h"
#include "ui/PlayerSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

namespace omk::ui {
namespace {

using State = room::RoomConnection::State;

// Seconds a live room is anchored behind the moderator's own position in the stream: about one
// HLS segment, what two clients joining the same stream may differ by.
constexpr double kLiveAnchorMargin = 2.0;

QString defaultGuestName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() || user == QLatin1String("root") ? QStringLiteral("Guest") : user;
}

QString refusalHint(const QString& reason, qint64 retryAfterMs) {
    const int s = int((retryAfterMs + 999) / 1000);
    if (reason == QLatin1String("slow_mode"))
        return RoomController::tr("Slow mode: you can send again in %n s", nullptr, s);
    if (reason == QLatin1String("rate_limited"))
        return RoomController::tr("Too fast: sending again in %n s", nullptr, s);
    if (reason == QLatin1String("timed_out"))
        return RoomController::tr("You are timed out for %n s", nullptr, s);
    return RoomController::tr("Not sent yet (%1); retrying in %n s", nullptr, s).arg(reason);
}

QString failureHint(const QString& code, const QString& message) {
    if (code == QLatin1String("banned")) return RoomController::tr("You are banned from this room");
    if (code == QLatin1String("forbidden"))
        return RoomController::tr("Only moderators may do that");
    return message.isEmpty() ? code : message;
}

// Where Dreamkast's REST API answers: OMNIKAST_DREAMKAST_API_URL, else the host the catalog came
// from (the same rule EventController uses for /cable), else the cable's host.
QUrl dreamkastApiFor(const QString& source, const QUrl& cable) {
    const QString env = qEnvironmentVariable("OMNIKAST_DREAMKAST_API_URL");
    if (!env.isEmpty()) return QUrl(env);
    const QUrl from(source);
    const QString scheme = from.scheme().toLower();
    QUrl api;
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !from.host().isEmpty()) {
        api.setScheme(scheme);
        api.setHost(from.host());
        api.setPort(from.port());
        return api;
    }
    api.setScheme(cable.scheme().toLower() == QLatin1String("wss") ? QStringLiteral("https")
                                                                   : QStringLiteral("http"));
    api.setHost(cable.host());
    api.setPort(cable.port());
    return api;
}

// The active backend's connection (Dreamkast's cable, or our server's room), if any.
struct Link {
    State state;
    int reconnectIn;  // seconds, while reconnecting
};

std::optional<Link> linkOf(const room::DreamkastChat* dreamkast,
                           const room::RoomConnection* connection) {
    if (dreamkast)
        return Link{dreamkast->cable()->state(), dreamkast->cable()->reconnectInSeconds()};
    if (connection) return Link{connection->state(), connection->reconnectIn()};
    return std::nullopt;
}

}  // namespace

RoomController::RoomController(QObject* parent) : QObject(parent) {
    m_restart.setSingleShot(true);
    m_restart.setInterval(0);
    connect(&m_restart, &QTimer::timeout, this, &RoomController::restart);
    m_hintTimer.setSingleShot(true);
    connect(&m_hintTimer, &QTimer::timeout, this, [this] { setInputHint({}); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RoomController::stateChanged);
    m_guestName =
        QSettings().value(QStringLiteral("chat/guestName"), defaultGuestName()).toString();
    connect(AppSettings::instance(), &AppSettings::dreamkastTokenChanged, this,
            &RoomController::updateDreamkast);
}

RoomController::~RoomController() {
    teardown();
}

void RoomController::setServerUrl(const QString& url) {
    if (url == m_serverUrl) return;
    m_serverUrl = url;
    emit configChanged();
    emit availableChanged();
    scheduleRestart();
}

void RoomController::setRoom(const QString& room) {
    if (room == m_room) return;
    m_room = room;
    emit configChanged();
    scheduleRestart();
}

void RoomController::setGuestName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_guestName) return;
    m_guestName = trimmed;
    QSettings().setValue(QStringLiteral("chat/guestName"), m_guestName);
    emit configChanged();
    scheduleRestart();
}

void RoomController::setToken(const QString& token) {
    if (token == m_token) return;
    m_token = token;
    emit configChanged();
    scheduleRestart();
}

void RoomController::setPlayer(PlayerController* player) {
    if (player == m_player) return;
    m_player = player;
    emit playerChanged();
    scheduleRestart();
}

void RoomController::setSyncEnabled(bool on) {
    if (on == m_syncEnabled) return;
    m_syncEnabled = on;
    if (m_sync) m_sync->setEnabled(on);
    emit syncChanged();
}

EventController* RoomController::event() const {
    return static_cast<EventController*>(m_event.data());
}

void RoomController::setEvent(EventController* event) {
    if (event == this->event()) return;
    if (EventController* old = this->event()) {
        old->disconnect(this);
        old->onAirFollower()->disconnect(this);
    }
    m_event = event;
    if (event) {
        // The channel's talk changes with the on-air switch or, without one, the schedule.
        connect(event, &EventController::catalogChanged, this, &RoomController::updateDreamkast);
        connect(event, &EventController::streamChanged, this, &RoomController::updateDreamkast);
        connect(event, &EventController::nowPlayingChanged, this, &RoomController::updateDreamkast);
        connect(event->onAirFollower(), &OnAirFollower::onAirChanged, this,
                &RoomController::updateDreamkast);
    }
    emit configChanged();
    scheduleRestart();
}

std::optional<RoomController::DreamkastTarget> RoomController::dreamkastTarget() const {
    const EventController* ev = event();
    if (!m_serverUrl.isEmpty() || !ev) return std::nullopt;
    const catalog::Catalog* cat = ev->catalog();
    if (!cat || cat->format != catalog::Format::Dreamkast) return std::nullopt;
    DreamkastTarget t;
    t.cable = EventController::cableUrlFor(*cat, ev->source());
    t.eventAbbr = cat->event.acronym;
    if (t.cable.isEmpty() || t.eventAbbr.isEmpty()) return std::nullopt;
    t.api = dreamkastApiFor(ev->source(), t.cable);
    t.token = AppSettings::instance()->dreamkastToken();
    // Dreamkast's chat belongs to a talk: the one on air on this channel (track), else the one
    // the schedule has on it now.
    QString talk;
    if (const auto& onAir = event()->onAirFollower()->onAir(); onAir && onAir->contains(m_room))
        talk = onAir->value(m_room).talkId;
    if (talk.isEmpty()) {
        const QDateTime now = ev->now();
        for (const auto& session : cat->sessions)
            if (session.channelId == m_room && session.start <= now && now < session.end())
                talk = session.id;
    }
    bool ok = false;
    const qint64 id = talk.toLongLong(&ok);
    t.talk = ok && id > 0 ? id : 0;
    return t;
}

void RoomController::updateDreamkast() {
    if (dreamkastTarget() != m_dkTarget) scheduleRestart();
}

void RoomController::startDreamkast() {
    m_dkTarget = dreamkastTarget();
    emit availableChanged();
    setError({});
    if (!m_dkTarget || m_dkTarget->talk == 0 || m_room.isEmpty()) {
        emit sessionChanged();  // `available` may have changed with the target
        emit stateChanged();
        return;
    }
    room::DreamkastChatConfig config;
    config.apiBase = m_dkTarget->api;
    config.cableUrl = m_dkTarget->cable;
    config.eventAbbr = m_dkTarget->eventAbbr;
    config.roomId = m_dkTarget->talk;
    config.token = m_dkTarget->token;
    if (const catalog::Catalog* cat = event()->catalog())
        for (const auto& speaker : cat->speakers)
            if (const qint64 id = speaker.id.toLongLong(); id > 0)
                config.speakerNames.insert(id, speaker.name);
    m_dreamkast = std::make_unique<room::DreamkastChat>(config);
    auto* d = m_dreamkast.get();
    m_chat = d->chat();
    connect(d, &room::DreamkastChat::stateChanged, this, &RoomController::stateChanged);
    connect(d, &room::DreamkastChat::pendingCountChanged, this,
            &RoomController::pendingCountChanged);
    connect(d, &room::DreamkastChat::postFailed, this,
            [this](const QString& message) { setInputHint(message, 8000); });
    connect(d, &room::DreamkastChat::errorOccurred, this, [this](const QString& message) {
        // Without a token Dreamkast answers the history with 401 by design; the input says why.
        if (m_dreamkast && m_dreamkast->canPost()) setError(message);
    });
    d->start();
    emitSessionChanged();
}

void RoomController::emitSessionChanged() {
    emit sessionChanged();
    emit stateChanged();
    emit signedInChanged();
    emit roomStateChanged();
    emit viewerCountChanged();
    emit syncChanged();
}

bool RoomController::available() const {
    return !m_serverUrl.isEmpty() || m_dkTarget.has_value();
}

QString RoomController::backend() const {
    if (m_connection) return QStringLiteral("omnikast");
    if (m_dkTarget) return QStringLiteral("dreamkast");
    return {};
}

QString RoomController::readOnlyReason() const {
    if (m_dkTarget && m_dkTarget->token.isEmpty())
        return tr("Sign in to Dreamkast to chat (set a token with the key button above)");
    return {};
}

void RoomController::scheduleRestart() {
    m_restart.start();
}

QString RoomController::settingsKey() const {
    // Per server (a token is only good where it was issued) and per name (a new name is a new
    // guest identity).
    const QByteArray h = QCryptographicHash::hash((m_serverUrl + u'\n' + m_guestName).toUtf8(),
                                                  QCryptographicHash::Sha1)
                             .toHex()
                             .left(12);
    return QStringLiteral("signin/") + QString::fromLatin1(h);
}

void RoomController::teardown() {
    if (m_dreamkast) {
        m_chat = nullptr;
        m_dreamkast.reset();
    }
    if (!m_connection) return;
    m_connection->stop();
    m_sync = nullptr;
    m_chat = nullptr;
    m_presence = nullptr;
    m_moderator = nullptr;
    m_connection.reset();
    m_countdown.stop();
}

void RoomController::restart() {
    const bool had = m_connection != nullptr || m_dreamkast != nullptr;
    teardown();
    setMediaOverride({});
    setInputHint({});
    if (m_serverUrl.isEmpty()) {
        startDreamkast();
        return;
    }
    m_dkTarget.reset();
    emit availableChanged();
    const QUrl url(m_serverUrl);
    if (m_serverUrl.isEmpty() || m_room.isEmpty()) {
        if (had) emit sessionChanged();
        emit stateChanged();
        return;
    }
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        setError(tr("Chat server %1 is not a ws:// or wss:// URL").arg(m_serverUrl));
        if (had) emit sessionChanged();
        return;
    }
    setError({});

    room::RoomConnectionConfig config;
    config.url = url;
    config.room = m_room;
    config.guestName = m_guestName;
    config.token = m_token.isEmpty() ? QSettings().value(settingsKey()).toString() : m_token;
    // Unsent messages survive a restart of the app too, per server and room.
    const QString outboxDir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/outbox");
    if (QDir().mkpath(outboxDir)) {
        const QByteArray h = QCryptographicHash::hash((m_serverUrl + u'\n' + m_room).toUtf8(),
                                                      QCryptographicHash::Sha1)
                                 .toHex()
                                 .left(16);
        config.outboxFile = outboxDir + u'/' + QString::fromLatin1(h) + QStringLiteral(".json");
    }

    m_connection = std::make_unique<room::RoomConnection>(config);
    auto* c = m_connection.get();
    m_chat = new room::ChatModel(c, c);
    m_presence = new room::PresenceModel(c, c);
    m_moderator = new room::ModeratorActions(c, c);

    connect(c, &room::RoomConnection::stateChanged, this, [this](State s) {
        if (s == State::Reconnecting)
            m_countdown.start();
        else
            m_countdown.stop();
        emit stateChanged();
    });
    connect(c, &room::RoomConnection::reconnectInChanged, this, &RoomController::stateChanged);
    connect(c, &room::RoomConnection::signedIn, this, [this] {
        // Remember the identity the server gave a guest; an invite stays what the user gave.
        if (m_token.isEmpty() && m_connection)
            QSettings().setValue(settingsKey(), m_connection->token());
        emit signedInChanged();
    });
    connect(c, &room::RoomConnection::roomStateChanged, this, &RoomController::roomStateChanged);
    connect(m_chat, &room::ChatModel::pinnedChanged, this, &RoomController::roomStateChanged);
    connect(m_presence, &room::PresenceModel::viewerCountChanged, this,
            &RoomController::viewerCountChanged);
    connect(c, &room::RoomConnection::pendingCountChanged, this,
            &RoomController::pendingCountChanged);
    connect(c, &room::RoomConnection::clockChanged, this, &RoomController::clockChanged);
    connect(c, &room::RoomConnection::sendRefused, this,
            [this](const QString&, const QString& reason, qint64 retryAfterMs) {
                setInputHint(refusalHint(reason, retryAfterMs), int(retryAfterMs) + 500);
            });
    connect(c, &room::RoomConnection::sendFailed, this,
            [this](const QString&, const QString& code, const QString& message) {
                setInputHint(failureHint(code, message), 8000);
            });
    connect(c, &room::RoomConnection::errorOccurred, this, &RoomController::setError);
    connect(c, &room::RoomConnection::acked, this, [this] {
        if (!m_hintTimer.isActive()) setInputHint({});
    });

    if (m_player) {
        m_sync = new PlayerSync(c, m_player, c);
        m_sync->setEnabled(m_syncEnabled);
        connect(m_sync, &PlayerSync::changed, this, &RoomController::syncChanged);
        connect(m_sync, &PlayerSync::mediaRequested, this,
                [this](const QString& media, double startSeconds, bool paused) {
                    // The start goes first: the player opens when QML's binding sees the media.
                    if (m_player) {
                        m_player->setStartPosition(startSeconds);
                        m_player->setStartPaused(paused);
                    }
                    setMediaOverride(media);
                });
        connect(m_sync, &PlayerSync::liveAnchorNeeded, this,
                [this](const QString& media, double streamPosition) {
                    if (!canModerate() || !m_connection->hasPlayback()) return;
                    // Behind this client by a margin, so the others, who join the stream about
                    // as close to its live edge, land ahead of the room and wait for it.
                    const auto& room = m_connection->playback();
                    // Never 0: for a live media that means "no instant yet".
                    (void)sendPlayback(media, std::max(0.001, streamPosition - kLiveAnchorMargin),
                                       room.rate, room.paused);
                });
    }
    c->start();
    emitSessionChanged();
}

QString RoomController::state() const {
    const auto l = linkOf(m_dreamkast.get(), m_connection.get());
    return core::connectionStateName(l ? l->state : State::Offline);
}

QString RoomController::statusText() const {
    if (!m_dreamkast && m_dkTarget) return tr("No talk on air on this channel");
    const auto l = linkOf(m_dreamkast.get(), m_connection.get());
    if (!l) return m_serverUrl.isEmpty() ? tr("No chat server") : tr("Offline");
    switch (l->state) {
        case State::Offline:
            return tr("Offline");
        case State::Connecting:
            return tr("Connecting…");
        case State::Connected:
            return m_dreamkast ? tr("Connected to Dreamkast") : tr("Connected");
        case State::Reconnecting:
            return l->reconnectIn > 0 ? tr("Reconnecting in %n s…", nullptr, l->reconnectIn)
                                      : tr("Reconnecting…");
    }
    return {};
}

int RoomController::viewerCount() const {
    return m_presence ? m_presence->viewerCount() : 0;
}
bool RoomController::canModerate() const {
    return m_connection && m_connection->canModerate();
}
QString RoomController::userName() const {
    return m_connection && !m_connection->userName().isEmpty() ? m_connection->userName()
                                                               : m_guestName;
}
QString RoomController::pinned() const {
    return m_chat ? m_chat->pinned() : QString();
}
int RoomController::slowModeSeconds() const {
    return m_connection ? int(m_connection->slowModeMs() / 1000) : 0;
}
int RoomController::pendingCount() const {
    if (m_dreamkast) return m_dreamkast->pendingCount();
    return m_connection ? m_connection->pendingCount() : 0;
}
bool RoomController::following() const {
    return m_sync && m_sync->active();
}

double RoomController::syncErrorMs() const {
    if (!m_sync || !m_sync->errorMs()) return std::numeric_limits<double>::quiet_NaN();
    return *m_sync->errorMs();
}
double RoomController::clockOffsetMs() const {
    return m_connection ? m_connection->offsetMs() : std::numeric_limits<double>::quiet_NaN();
}
double RoomController::roundTripMs() const {
    return m_connection ? double(m_connection->roundTripMs())
                        : std::numeric_limits<double>::quiet_NaN();
}

void RoomController::setError(const QString& message) {
    if (message == m_error) return;
    m_error = message;
    emit errorStringChanged();
    if (!message.isEmpty()) emit errorOccurred(message);
}

void RoomController::setInputHint(const QString& hint, int clearAfterMs) {
    if (clearAfterMs > 0)
        m_hintTimer.start(clearAfterMs);
    else if (hint.isEmpty())
        m_hintTimer.stop();
    if (hint == m_inputHint) return;
    m_inputHint = hint;
    emit inputHintChanged();
}

void RoomController::setMediaOverride(const QString& media) {
    if (media == m_mediaOverride) return;
    m_mediaOverride = media;
    emit mediaOverrideChanged();
}

bool RoomController::check(const omk::Expected<QString>& queued) {
    if (queued) return true;
    setInputHint(queued.error().message, 6000);
    setError(queued.error().message);
    return false;
}

bool RoomController::send(const QString& text, qint64 replyToSeq) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return false;
    if (m_dreamkast) {
        if (!m_dreamkast->canPost()) {
            setInputHint(readOnlyReason(), 8000);
            return false;
        }
        auto posted = m_dreamkast->post(t, replyToSeq);
        if (!posted) setInputHint(posted.error().message, 6000);
        return bool(posted);
    }
    if (!m_connection) {
        setInputHint(tr("Not connected to a chat server"), 4000);
        return false;
    }
    auto queued = m_connection->sendChat(t, replyToSeq);
    if (!queued) {
        setInputHint(queued.error().message, 6000);
        return false;
    }
    return true;
}

bool RoomController::editMessage(qint64 seq, const QString& text) {
    if (m_dreamkast) {
        setInputHint(tr("Dreamkast's chat has no edits or reactions"), 4000);
        return false;
    }
    if (!m_connection || seq <= 0 || text.trimmed().isEmpty()) return false;
    auto queued = m_connection->send(
        protocol::EventType::ChatEdit,
        {{QStringLiteral("seq"), seq}, {QStringLiteral("text"), text.trimmed()}});
    if (!queued) setInputHint(queued.error().message, 6000);
    return bool(queued);
}

bool RoomController::react(qint64 seq, const QString& emoji, bool on) {
    if (m_dreamkast) {
        setInputHint(tr("Dreamkast's chat has no edits or reactions"), 4000);
        return false;
    }
    if (!m_connection || seq <= 0 || emoji.isEmpty()) return false;
    return check(
        m_connection->send(protocol::EventType::ChatReact, {{QStringLiteral("seq"), seq},
                                                            {QStringLiteral("emoji"), emoji},
                                                            {QStringLiteral("on"), on}}));
}

QString RoomController::userId() const {
    return m_connection ? m_connection->userId() : QString();
}

QStringList RoomController::completeMention(const QString& prefix) const {
    QStringList out;
    if (!m_presence) return out;
    for (const auto& a : m_presence->members()) {
        if (a.name.startsWith(prefix, Qt::CaseInsensitive) && !out.contains(a.name))
            out.append(a.name);
        if (out.size() == 8) break;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void RoomController::reconnectNow() {
    restart();
}

QString RoomController::richText(const QString& text) const {
    // Links first, on the raw text, so an escaped "&amp;" never ends up inside an href.
    static const QRegularExpression link(
        QStringLiteral(R"((https?://[^\s<>"]+[^\s<>".,;:!?)\]]))"));
    const QString me = userName();
    QString out;
    qsizetype at = 0;
    auto plain = [&](QStringView part) {
        QString escaped = part.toString().toHtmlEscaped();
        if (!me.isEmpty()) {
            const QString mention = u'@' + me.toHtmlEscaped();
            escaped.replace(mention,
                            QStringLiteral("<b><font color=\"#ffcc4d\">") + mention +
                                QStringLiteral("</font></b>"),
                            Qt::CaseInsensitive);
        }
        out += escaped;
    };
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        plain(QStringView(text).mid(at, m.capturedStart() - at));
        const QString url = m.captured(1).toHtmlEscaped();
        out += QStringLiteral("<a href=\"%1\">%1</a>").arg(url);
        at = m.capturedEnd();
    }
    plain(QStringView(text).mid(at));
    return out;
}

#define OMK_NEED_MODERATOR                              \
    if (!m_moderator) {                                 \
        setError(tr("Not connected to a chat server")); \
        return false;                                   \
    }

bool RoomController::deleteMessage(qint64 seq) {
    OMK_NEED_MODERATOR
    return check(m_moderator->deleteMessage(seq));
}
bool RoomController::timeoutUser(const QString& userId, int seconds) {
    OMK_NEED_MODERATOR
    return check(m_moderator->timeout(userId, seconds));
}
bool RoomController::banUser(const QString& userId) {
    OMK_NEED_MODERATOR
    return check(m_moderator->ban(userId));
}
bool RoomController::setSlowMode(int seconds) {
    OMK_NEED_MODERATOR
    return check(m_moderator->slowMode(seconds));
}
bool RoomController::pinMessage(qint64 seq) {
    OMK_NEED_MODERATOR
    return check(m_moderator->pin(seq));
}
bool RoomController::unpin() {
    OMK_NEED_MODERATOR
    return check(m_moderator->unpin());
}
bool RoomController::announce(const QString& text) {
    OMK_NEED_MODERATOR
    if (text.trimmed().isEmpty()) return false;
    return check(m_moderator->announce(text.trimmed()));
}

bool RoomController::sendPlayback(const QString& media, double position, double rate, bool paused) {
    OMK_NEED_MODERATOR
    if (media.isEmpty()) {
        setError(tr("Nothing is playing to share with the room"));
        return false;
    }
    return check(m_moderator->setPlayback(media, std::max(0.0, position) * 1000.0, rate, paused));
}

#undef OMK_NEED_MODERATOR

RoomController::SharedPlayback RoomController::sharedPlayback() const {
    auto p = m_player ? m_player->player() : nullptr;
    SharedPlayback out;
    if (following()) {
        const auto& room = m_connection->playback();
        out.paused = room.paused;
        out.position = room.expectedPosition(m_connection->serverNowMs());
    } else if (p) {
        out.paused = p->isPaused();
        out.position = p->clockPosition();
    }
    if (m_connection && m_connection->hasPlayback())
        out.rate = m_connection->playback().rate;
    else if (p)
        out.rate = p->rate();
    return out;
}

bool RoomController::togglePauseForAll() {
    if (!m_player) return false;
    const auto shared = sharedPlayback();
    return sendPlayback(m_player->source(), shared.position, shared.rate, !shared.paused);
}

bool RoomController::seekForAll(double seconds) {
    if (!m_player) return false;
    auto p = m_player->player();
    const auto shared = sharedPlayback();
    double target = seconds;
    if (p && p->duration() > 0) target = std::clamp(target, 0.0, p->duration());
    return sendPlayback(m_player->source(), target, shared.rate, shared.paused);
}

bool RoomController::seekRelativeForAll(double seconds) {
    if (!m_player) return false;
    return seekForAll(sharedPlayback().position + seconds);
}

bool RoomController::playMediaForAll(const QString& media) {
    return sendPlayback(media, 0, 1.0, false);
}

}  // namespace omk::ui
