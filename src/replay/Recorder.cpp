#include "replay/Recorder.h"

#include "replay/Log.h"
#include "replay/Recording.h"
#include "room/RoomConnection.h"

#include <QDateTime>

#include <cmath>

namespace omk::replay {

namespace {
// A new clock record only when the mapping moved by more than this: ClockSync re-estimates on
// every pong, and most estimates agree within a millisecond.
constexpr double kClockToleranceMs = 2.0;
}  // namespace

Recorder::Recorder(room::RoomConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    connect(connection, &room::RoomConnection::roomReset, this, &Recorder::onReset);
    connect(connection, &room::RoomConnection::eventApplied, this, &Recorder::onEvent);
    connect(connection, &room::RoomConnection::clockChanged, this, &Recorder::onClock);
}

Recorder::~Recorder() {
    if (m_file.isOpen() && !m_finished) (void)finish();
}

Expected<void> Recorder::start(const QString& path, const QString& server) {
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(path + QStringLiteral(": ") + m_file.errorString());
    m_clock.start();
    RecordingHeader h;
    h.room = m_connection ? m_connection->room() : QString();
    h.server = server;
    h.started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    h.client = QStringLiteral("omnikast " OMNIKAST_VERSION);
    write(headerLine(h));
    if (!m_writeError.isEmpty()) return fail(path + QStringLiteral(": ") + m_writeError);
    return {};
}

Expected<void> Recorder::finish() {
    if (m_finished) return {};
    m_finished = true;
    write(endLine(elapsedMs(), m_events));
    m_file.close();
    if (!m_writeError.isEmpty())
        return fail(m_file.fileName() + QStringLiteral(": ") + m_writeError);
    return {};
}

void Recorder::write(const QByteArray& line) {
    if (!m_file.isOpen()) return;
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        if (m_writeError.isEmpty()) m_writeError = m_file.errorString();
    }
}

void Recorder::onReset(const QJsonObject& snapshot, const QList<protocol::Event>& history) {
    if (!m_file.isOpen() || m_finished) return;
    // Clock first: replay maps the reset's time onto the server's through it.
    onClock();
    ++m_resets;
    // The connection has already taken the joined header: its epoch and head are current.
    write(
        resetLine(elapsedMs(), m_connection->epoch(), m_connection->lastSeq(), snapshot, history));
    const QString media = snapshot.value(QStringLiteral("playback"))
                              .toObject()
                              .value(QStringLiteral("media"))
                              .toString();
    if (!media.isEmpty()) noteMedia(media);
}

void Recorder::onEvent(const protocol::Event& event) {
    if (!m_file.isOpen() || m_finished) return;
    ++m_events;
    write(eventLine(elapsedMs(), event));
    if (event.type == protocol::EventType::PlaybackState) {
        const QString media = event.data.value(QStringLiteral("media")).toString();
        if (!media.isEmpty()) noteMedia(media);
    }
}

void Recorder::onClock() {
    if (!m_file.isOpen() || m_finished || !m_connection) return;
    const qint64 t = elapsedMs();
    const double serverMs = m_connection->serverNowMs();
    const double predicted = m_lastServerMs + double(t - m_lastClockT);
    if (m_haveClock && std::abs(serverMs - predicted) <= kClockToleranceMs) return;
    m_haveClock = true;
    m_lastServerMs = serverMs;
    m_lastClockT = t;
    write(clockLine(t, std::round(serverMs * 10) / 10));
}

void Recorder::recordCatalog(const QJsonObject& catalog) {
    if (m_finished) return;
    write(catalogLine(elapsedMs(), catalog));
    m_haveCatalog = true;
}

void Recorder::noteMedia(const QString& media) {
    if (m_streams.contains(media)) return;
    m_streams.append(media);
    write(streamLine(elapsedMs(), media));
    qCInfo(lcReplay).noquote() << "stream" << media;
}

}  // namespace omk::replay
