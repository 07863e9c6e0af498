#pragma once
// Records what one RoomConnection sees of its room into a recording file (docs/RECORDING.md):
// every reset (a join that replaced the state), every applied log event, the server clock as
// ClockSync learns it, and each media URL the room's playback names. Every record is flushed as
// it is written, so a killed recorder leaves a file whose damage replay can name by line.
// Threading: lives on the connection's thread; not thread-safe.

#include "core/Expected.h"
#include "protocol/Event.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace omk::room {
class RoomConnection;
}

namespace omk::replay {

class Recorder final : public QObject {
    Q_OBJECT
public:
    explicit Recorder(room::RoomConnection* connection, QObject* parent = nullptr);
    ~Recorder() override;

    // Creates the file and writes the header; `server` is informational.
    Expected<void> start(const QString& path, const QString& server);
    // The event catalog the server serves, so replay sees the channel and stream as the window
    // did (docs/RECORDING.md, "catalog").
    void recordCatalog(const QJsonObject& catalog);
    bool hasCatalog() const { return m_haveCatalog; }
    // Writes the end record and closes the file.
    Expected<void> finish();

    qint64 eventCount() const { return m_events; }
    qint64 resetCount() const { return m_resets; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    const QStringList& streams() const { return m_streams; }
    // The first write error, if any (the recording goes on in memory of nothing; finish fails).
    const QString& writeError() const { return m_writeError; }

private:
    void write(const QByteArray& line);
    void onReset(const QJsonObject& snapshot, const QList<protocol::Event>& history);
    void onEvent(const protocol::Event& event);
    void onClock();
    void noteMedia(const QString& media);

    QPointer<room::RoomConnection> m_connection;
    QFile m_file;
    QElapsedTimer m_clock;
    qint64 m_events = 0;
    qint64 m_resets = 0;
    QStringList m_streams;
    bool m_haveClock = false;
    double m_lastServerMs = 0;
    qint64 m_lastClockT = 0;
    QString m_writeError;
    bool m_finished = false;
    bool m_haveCatalog = false;
};

}  // namespace omk::replay
