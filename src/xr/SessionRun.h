#pragma once
// Runs an XrProgram's session from start to exit: polls events, runs the frame loop while the
// runtime wants it, submits a number of frames with layers, then asks to exit and follows the
// runtime through stopping to exiting. Used by `omnikast xr`, the runtime tests and the window's
// VR thread, which runs with no frame limit and steers the loop through SessionHooks.
// Threading: the calling thread, which owns the plugin's graphics context.

#include "xr/XrProgram.h"

#include <QImage>
#include <QSize>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace omk::xr {

struct SessionRunOptions {
    int frames = 120;          // frames with a projection layer, then exit; 0: no limit
    double maxSeconds = 0;     // > 0: ask to exit after this long even with fewer frames
    bool captureLast = false;  // read back both eyes of the last submitted frame (with
                               // maxSeconds, of every frame, since any may be the last)
    // Not timing assertions but a guard against a runtime that never lets the session run or
    // never lets it go: past these the run stops with an error instead of hanging.
    double startLimitSeconds = 30;
    double exitLimitSeconds = 10;
};

struct SessionRunReport {
    QStringList states;       // every state the runtime reported, in order
    int framesSubmitted = 0;  // frames that carried a projection layer
    int framesTotal = 0;      // every xrEndFrame, with or without layers
    std::array<QSize, XrProgram::kEyes> eyeSizes{};
    std::array<QImage, XrProgram::kEyes> lastEyes{};  // with captureLast
    QStringList unexpectedTransitions;
    int controllerProfiles = 0;             // interaction profiles the runtime accepted
    QStringList skippedControllerProfiles;  // and those it does not know
    int controllerCommands = 0;             // commands the controllers gave during the run
    double seconds = 0;
    // XrProgram::lastFrameWorkNs() over the frames that carried a layer, milliseconds.
    double frameWorkMeanMs = 0, frameWorkMaxMs = 0;
    // XrProgram::lastEyeRenderNs() over the same frames (with eye timing on), milliseconds:
    // each eye's sphere, or with the equirect layer each eye's layer image.
    std::array<double, XrProgram::kEyes> eyeRenderMeanMs{}, eyeRenderMaxMs{};
    // The 95th percentiles of the same (the bench reports them beside mean and max).
    double frameWorkP95Ms = 0;
    std::array<double, XrProgram::kEyes> eyeRenderP95Ms{};
    QStringList commands;  // every controller command, in order (ControllerResponse's names)
    bool lost = false;
    std::optional<Error> error;  // why the run did not end cleanly
};

// beforeFrame runs before each frame (the caller uploads the next video frame there).
SessionRunReport runSession(XrProgram& program, const SessionRunOptions& options,
                            const XrProgram::DrawEye& draw,
                            const std::function<void()>& beforeFrame = {});

// One frame of whichever kind the caller submits (XrProgram::renderFrame or
// renderEquirectFrame): with layers or without, capturing or not; says whether layers went out.
using SubmitFrame = std::function<Expected<bool>(bool submitLayers, bool capture)>;
// What the caller wants, asked once a loop after the runtime's events.
enum class SessionSteer {
    Continue,
    Exit,  // ask the runtime to end the session, and follow it out
    Stop,  // leave the loop now; the caller destroys the session
};
struct SessionHooks {
    std::function<void()> beforeFrame;
    // Each controller command as it arrives, after the frame that synced it.
    std::function<void(ControllerCommand)> onCommand;
    // Each state the runtime moves to, as it arrives.
    std::function<void(XrSessionState)> onState;
    std::function<SessionSteer()> steer;
};
SessionRunReport runSession(XrProgram& program, const SessionRunOptions& options,
                            const SubmitFrame& submit, const SessionHooks& hooks);

}  // namespace omk::xr
