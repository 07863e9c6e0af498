#pragma once
// Keeps the viewer's player at the room's moment: every tick (and on every playback.state) it
// asks the sync controller what to change, from the room's playback state at the server's
// current time (RoomConnection's clock sync) and the player's master clock, and applies it —
// a seek, play/pause, or a rate within ±5% (the player keeps pitch). Seeks land paused and are
// played at the room's instant by a precise timer; while one is in flight it ticks every 10 ms. A
// different media is not opened here: mediaRequested() tells the owner, which decides what the
// player's source is. Its sync error and the clock offset are properties, for the debug overlay.
// Threading: GUI thread, with the RoomConnection and the PlayerController.

#include "sync/SyncController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace omk::room {
class RoomConnection;
}

namespace omk::ui {

class PlayerController;

class PlayerSync final : public QObject {
    Q_OBJECT
public:
    PlayerSync(room::RoomConnection* connection, PlayerController* player,
               QObject* parent = nullptr);

    // Following the room, or playing on its own (no playback state in the room yet, or off).
    bool active() const { return m_active; }
    void setEnabled(bool enabled);
    bool enabled() const { return m_enabled; }
    // Local minus room position, milliseconds (positive: ahead); nullopt while seeking.
    std::optional<double> errorMs() const { return m_errorMs; }
    // The media the room plays, as the room names it (a stream URL).
    QString roomMedia() const;
    // One step now (tests call it instead of waiting for the timer).
    void tick();

signals:
    // The room plays another media than the player: the owner should open it, starting at
    // startSeconds (the room's position when the open is expected to land), paused where asked
    // (the sync then plays it at the instant the room reaches that position).
    void mediaRequested(const QString& media, double startSeconds, bool paused);
    // The room plays a live stream but its position is not in the stream's timestamps (no one
    // has anchored it yet): `streamPosition` is where this player is in them. A moderator's
    // client answers with a playback state that anchors the room there.
    void liveAnchorNeeded(const QString& media, double streamPosition);
    // Active or the error changed.
    void changed();

private:
    sync::SyncDecision decide(const sync::RoomPlayback& room, const sync::LocalPlayback& local);

    QPointer<room::RoomConnection> m_connection;
    QPointer<PlayerController> m_player;
    sync::SyncController m_controller;
    QTimer m_timer;
    QTimer m_resumeTimer;  // plays a held landing at the room's instant
    bool m_enabled = true;
    qint64 m_anchorAskedAt = -1;  // the room state (its server time) liveAnchorNeeded was for
    bool m_active = false;
    std::optional<double> m_errorMs;
    QString m_requested;  // the media last asked for, so it is asked once
};

}  // namespace omk::ui
