#include "cable/CableClient.h"

#include "cable/Log.h"

#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

namespace omk::cable {

namespace {

// What Rails' JS client offers; a server that picks the second does not speak our version.
const QStringList kOfferedProtocols{QString::fromLatin1(kSubprotocol),
                                    QStringLiteral("actioncable-unsupported")};

void dropSocket(QWebSocket* socket, QObject* owner) {
    if (!socket) return;
    socket->disconnect(owner);
    socket->abort();
    socket->deleteLater();
}

core::Backoff::Policy backoffPolicy(const CableClient::Options& o) {
    return {o.reconnectBase, o.reconnectMax, o.jitter};
}

}  // namespace

CableClient::CableClient(QObject* parent) : QObject(parent), m_backoff(backoffPolicy(m_options)) {
    m_stale.setSingleShot(true);
    m_reconnect.setSingleShot(true);
    m_countdown.setInterval(1000);
    connect(&m_stale, &QTimer::timeout, this, [this] {
        scheduleReconnect(QStringLiteral("no ping from the server for %1 ms")
                              .arg(m_options.staleThreshold.count()));
    });
    connect(&m_reconnect, &QTimer::timeout, this, &CableClient::connectSocket);
    connect(&m_countdown, &QTimer::timeout, this, &CableClient::stateChanged);
    connect(&m_retry, &QTimer::timeout, this, &CableClient::retryPending);
}

void CableClient::setOptions(const Options& options) {
    m_options = options;
    m_backoff.setPolicy(backoffPolicy(m_options));
}

CableClient::~CableClient() {
    dropSocket(m_socket, this);
}

Expected<void> CableClient::open(const QUrl& url) {
    QUrl u = url;
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("http")) u.setScheme(QStringLiteral("ws"));
    if (scheme == QLatin1String("https")) u.setScheme(QStringLiteral("wss"));
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("ws") && u.scheme() != QLatin1String("wss")))
        return omk::fail(QStringLiteral("%1: not a ws://, wss://, http:// or https:// URL")
                             .arg(url.toDisplayString().left(200)));
    close();
    m_url = u;
    // Rails refuses WebSocket upgrades whose Origin is not an allowed one; by default that is the
    // site itself, which is what a browser on the event's page sends.
    QUrl origin;
    origin.setScheme(u.scheme() == QLatin1String("wss") ? QStringLiteral("https")
                                                        : QStringLiteral("http"));
    origin.setHost(u.host());
    origin.setPort(u.port());
    m_origin = origin.toString();
    m_backoff.reset();
    connectSocket();
    return {};
}

void CableClient::close() {
    m_stale.stop();
    m_reconnect.stop();
    m_countdown.stop();
    m_retry.stop();
    dropSocket(m_socket, this);
    m_socket = nullptr;
    for (Subscription& s : m_subs) s.confirmed = false;
    setState(State::Offline);
}

void CableClient::connectSocket() {
    m_countdown.stop();
    dropSocket(m_socket, this);
    auto* socket = new QWebSocket(m_origin, QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &CableClient::onConnected);
    connect(socket, &QWebSocket::stateChanged, this,
            [this, socket](QAbstractSocket::SocketState s) {
                if (s == QAbstractSocket::UnconnectedState && socket == m_socket) onDisconnected();
            });
    connect(socket, &QWebSocket::textMessageReceived, this, &CableClient::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray& data) { onText(QString::fromUtf8(data)); });
    setState(m_backoff.attempts() == 0 ? State::Connecting : State::Reconnecting);
    // The stale clock runs from here, so a handshake that never finishes is retried too.
    m_stale.start(m_options.staleThreshold);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(kOfferedProtocols);
    qCDebug(lcCable) << "connecting to" << m_url.toDisplayString() << "attempt"
                     << m_backoff.attempts();
    socket->open(QNetworkRequest(m_url), options);
}

void CableClient::onConnected() {
    if (m_socket->subprotocol() != QLatin1String(kSubprotocol)) {
        const QString got = m_socket->subprotocol();
        close();
        fail(QStringLiteral("%1: the server does not speak %2 (it chose \"%3\")")
                 .arg(m_url.toDisplayString(), QLatin1String(kSubprotocol), got.left(40)));
        return;
    }
    qCDebug(lcCable) << "socket open to" << m_url.toDisplayString() << "; waiting for welcome";
}

void CableClient::onDisconnected() {
    const QString why = m_socket ? m_socket->errorString() : QString();
    scheduleReconnect(why.isEmpty() ? QStringLiteral("connection closed") : why);
}

void CableClient::onText(const QString& text) {
    // Any frame proves the link alive, as in Rails' ConnectionMonitor.
    m_stale.start(m_options.staleThreshold);
    auto frame = parseCableFrame(text.toUtf8());
    if (!frame) {
        fail(m_url.toDisplayString() + QStringLiteral(": ") + frame.error().message);
        return;
    }
    handle(*frame);
}

void CableClient::handle(const CableFrame& frame) {
    switch (frame.type) {
        case FrameType::Welcome:
            m_backoff.reset();
            setState(State::Connected);
            for (Subscription& s : m_subs) sendSubscribe(s);
            return;
        case FrameType::Ping:
            return;
        case FrameType::Confirm:
            if (Subscription* s = find(frame.identifier)) {
                s->confirmed = true;
                const QString id = s->identifier;
                if (std::all_of(m_subs.cbegin(), m_subs.cend(),
                                [](const Subscription& x) { return x.confirmed; }))
                    m_retry.stop();
                emit confirmed(id);
            }
            return;
        case FrameType::Reject:
            if (Subscription* s = find(frame.identifier)) {
                const QString id = s->identifier;
                m_subs.removeIf([&](const Subscription& x) { return x.identifier == id; });
                emit rejected(id);
                fail(QStringLiteral("%1: the server refused the subscription %2")
                         .arg(m_url.toDisplayString(), id.left(200)));
            }
            return;
        case FrameType::Disconnect: {
            const QString reason =
                frame.reason.isEmpty() ? QStringLiteral("no reason given") : frame.reason;
            if (frame.reconnect) {
                scheduleReconnect(
                    QStringLiteral("the server closed the connection (%1)").arg(reason.left(80)));
            } else {
                close();
                fail(QStringLiteral("%1: the server closed the connection for good (%2)")
                         .arg(m_url.toDisplayString(), reason.left(80)));
            }
            return;
        }
        case FrameType::Message:
            if (Subscription* s = find(frame.identifier)) {
                emit received(s->identifier, frame.message);
            } else {
                // Broadcasts can race an unsubscribe; nothing to deliver them to.
                qCDebug(lcCable) << "message for no subscription" << frame.identifier.left(200);
            }
            return;
    }
}

void CableClient::scheduleReconnect(const QString& why) {
    m_stale.stop();
    m_retry.stop();
    dropSocket(m_socket, this);
    m_socket = nullptr;
    for (Subscription& s : m_subs) s.confirmed = false;
    m_reconnect.start(m_backoff.next());
    m_countdown.start();
    setState(State::Reconnecting);
    emit stateChanged();  // the countdown starts over even when the state was already this
    fail(QStringLiteral("%1: %2; reconnecting in %3 s")
             .arg(m_url.toDisplayString(), why)
             .arg(reconnectInSeconds()));
}

QString CableClient::subscribe(const QString& channel, const QJsonObject& params) {
    const QString id = channelIdentifier(channel, params);
    if (find(id)) return id;
    m_subs.append(Subscription{id, false});
    if (m_state == State::Connected) sendSubscribe(m_subs.last());
    return id;
}

void CableClient::unsubscribe(const QString& identifier) {
    Subscription* s = find(identifier);
    if (!s) return;
    const QString id = s->identifier;
    m_subs.removeIf([&](const Subscription& x) { return x.identifier == id; });
    if (m_state == State::Connected && m_socket)
        m_socket->sendTextMessage(
            QString::fromUtf8(commandFrame(QStringLiteral("unsubscribe"), id)));
}

bool CableClient::isConfirmed(const QString& identifier) const {
    for (const Subscription& s : m_subs)
        if (sameIdentifier(s.identifier, identifier)) return s.confirmed;
    return false;
}

void CableClient::sendSubscribe(Subscription& s) {
    if (!m_socket) return;
    s.confirmed = false;
    m_socket->sendTextMessage(
        QString::fromUtf8(commandFrame(QStringLiteral("subscribe"), s.identifier)));
    if (!m_retry.isActive()) m_retry.start(m_options.subscribeRetry);
}

void CableClient::retryPending() {
    if (m_state != State::Connected) return m_retry.stop();
    bool pending = false;
    for (Subscription& s : m_subs)
        if (!s.confirmed) {
            qCDebug(lcCable) << "no confirmation yet; subscribing again to" << s.identifier;
            sendSubscribe(s);
            pending = true;
        }
    if (!pending) m_retry.stop();
}

int CableClient::reconnectInSeconds() const {
    if (m_state != State::Reconnecting || !m_reconnect.isActive()) return 0;
    return (m_reconnect.remainingTime() + 999) / 1000;
}

QString CableClient::statusText() const {
    switch (m_state) {
        case State::Offline:
        case State::Connecting:
        case State::Connected:
            return core::connectionStateName(m_state);
        case State::Reconnecting:
            return m_reconnect.isActive()
                       ? QStringLiteral("reconnecting in %1 s").arg(reconnectInSeconds())
                       : core::connectionStateName(m_state);
    }
    return {};
}

void CableClient::setState(State s) {
    if (s == m_state) return;
    m_state = s;
    if (s != State::Reconnecting) m_countdown.stop();
    emit stateChanged();
}

void CableClient::fail(const QString& message) {
    qCInfo(lcCable).noquote() << message;
    emit errorOccurred(message);
}

CableClient::Subscription* CableClient::find(const QString& identifier) {
    for (Subscription& s : m_subs)
        if (sameIdentifier(s.identifier, identifier)) return &s;
    return nullptr;
}

}  // namespace omk::cable
