#pragma once
// Runs the client core from a recording on a virtual clock that ticks at the output frame rate:
// the recorded resets and log events go into a real RoomConnection (never connected) and the
// ChatModel on it, in the order and at the times they were recorded; the room's playback state
// drives sync::SyncController against a virtual local player whose media is decoded frame by
// frame with media::FrameGrabber and drawn by cli::HeadlessView (EGL, no window) through the
// camera path; every drawn frame is read back and hashed. Nothing depends on the wall clock
// except the optional pacing, so the same recording and options give the same report.
// Threading: everything runs on the calling thread (which owns the EGL context it makes).

#include "replay/CameraPath.h"
#include "replay/Options.h"
#include "replay/Recording.h"
#include "replay/ReplayReport.h"

#include <functional>

namespace omk::replay {

class Replayer {
public:
    Replayer(const Recording& recording, ReplayOptions options, CameraPath camera);

    // Replays the whole recording; `progress` (if set) is called once per tick with the
    // replay time in seconds.
    ReplayReport run(const std::function<void(double seconds, const ReplayReport&)>& progress = {});

private:
    const Recording& m_recording;
    ReplayOptions m_options;
    CameraPath m_camera;
};

}  // namespace omk::replay
