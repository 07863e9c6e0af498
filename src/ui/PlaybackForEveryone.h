#pragma once
// "For everyone" playback for RoomController: a moderator's play/pause, seeks and media switch
// for the whole room, taken from the shared state (the room's while following it, else the local
// player's), and the live anchor PlayerSync asks a moderator's client for. Sent through
// RoomModeration (which refuses without a room).
// Threading: GUI thread.

#include <QString>

namespace omk::ui {

class RoomModeration;
class RoomSession;

class PlaybackForEveryone {
public:
    PlaybackForEveryone(RoomSession* session, RoomModeration* moderation);

    bool togglePause();
    bool seek(double seconds);
    bool seekRelative(double seconds);
    // Switches what the room watches (a channel's stream URL, or any media URL).
    bool playMedia(const QString& media);
    // PlayerSync::liveAnchorNeeded: anchors a live room behind this client's stream position.
    void anchorLive(const QString& media, double streamPosition);

private:
    // What the moderator's controls act on. Following the room, its state: the local player may
    // be paused for a moment on a landed seek, waiting for the room's instant.
    struct Shared {
        double position = 0, rate = 1.0;
        bool paused = true;
    };
    Shared shared() const;

    RoomSession* m_session;
    RoomModeration* m_moderation;
};

}  // namespace omk::ui
