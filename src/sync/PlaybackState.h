#pragma once
// What a room says should be playing (the server's playback.state event) and what this client is
// actually doing, in the units the sync controller works in.

#include <QString>
#include <QtGlobal>

namespace omk::sync {

struct RoomPlayback {
    QString media;
    double position = 0;  // seconds into the media at atServerMs
    double rate = 1.0;
    bool paused = true;
    qint64 atServerMs = 0;

    // Where playback should be at server time `serverMs`.
    double expectedPosition(double serverMs) const {
        if (paused) return position;
        return position + rate * (serverMs - double(atServerMs)) / 1000.0;
    }
};

struct LocalPlayback {
    QString media;
    // The media clock, seconds; for a live stream in the stream's own timestamps, which every
    // viewer of it shares (the room's position for a live media is in the same units).
    double position = 0;
    double rate = 1.0;
    bool paused = true;
    // While a seek or an open is in flight, or the player waits for data, the position does not
    // move for reasons that are not drift.
    bool seeking = false;
    bool buffering = false;
    // A live stream: it cannot seek, so it is held when ahead and rejoined when far behind.
    bool live = false;
};

}  // namespace omk::sync
