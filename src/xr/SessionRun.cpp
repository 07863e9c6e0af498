#include "xr/SessionRun.h"

#include "xr/XrPlatform.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace omk::xr {

SessionRunReport runSession(XrProgram& program, const SessionRunOptions& options,
                            const XrProgram::DrawEye& draw,
                            const std::function<void()>& beforeFrame) {
    SessionRunReport report;
    QElapsedTimer clock, sinceExit;
    clock.start();
    auto seconds = [](const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e9; };
    auto requestExit = [&]() -> bool {
        sinceExit.start();
        auto r = program.requestExit();
        if (!r) report.error = r.error();
        return bool(r);
    };
    const SessionStateMachine& state = program.session();
    double workSumMs = 0;
    while (!state.finished()) {
        if (auto r = program.pollEvents(); !r) {
            report.error = r.error();
            break;
        }
        if (state.finished()) break;
        if (state.exitRequested() && seconds(sinceExit) > options.exitLimitSeconds) {
            report.error = Error{QStringLiteral("the OpenXR runtime did not end the session "
                                                "within %1 s of the request to exit")
                                     .arg(options.exitLimitSeconds)};
            break;
        }
        if (!state.exitRequested() && report.framesSubmitted == 0 &&
            seconds(clock) > options.startLimitSeconds) {
            report.error =
                Error{QStringLiteral("the OpenXR runtime did not show the session within %1 s (it "
                                     "stayed %2)")
                          .arg(options.startLimitSeconds)
                          .arg(sessionStateName(state.state()))};
            (void)program.requestExit();
            break;
        }
        if (!state.shouldRunFrameLoop()) {
            // Idle or waiting for the runtime: nothing to draw, and xrWaitFrame is not ours to
            // call, so nothing else paces this loop.
            QThread::msleep(5);
            continue;
        }
        const bool wantLayers = !state.exitRequested();
        if (wantLayers && beforeFrame) beforeFrame();
        // With a time limit any frame may turn out to be the last, so each is kept.
        const bool capture = options.captureLast && (options.maxSeconds > 0 ||
                                                     report.framesSubmitted + 1 >= options.frames);
        auto frame = program.renderFrame(draw, wantLayers, capture);
        if (!frame) {
            report.error = frame.error();
            break;
        }
        ++report.framesTotal;
        report.controllerCommands += int(program.takeCommands().size());
        if (*frame) {
            ++report.framesSubmitted;
            const double ms = double(program.lastFrameWorkNs()) / 1e6;
            workSumMs += ms;
            report.frameWorkMaxMs = std::max(report.frameWorkMaxMs, ms);
        }
        const bool enough = report.framesSubmitted >= options.frames ||
                            (options.maxSeconds > 0 && seconds(clock) > options.maxSeconds);
        if (enough && !state.exitRequested() && !requestExit()) break;
    }
    for (XrSessionState s : state.visited()) report.states << sessionStateName(s);
    report.unexpectedTransitions =
        QStringList(state.unexpectedTransitions().begin(), state.unexpectedTransitions().end());
    for (int i = 0; i < XrProgram::kEyes; ++i) {
        report.eyeSizes[size_t(i)] = program.eyeSize(i);
        report.lastEyes[size_t(i)] = program.lastEyeImage(i);
    }
    if (report.framesSubmitted > 0) report.frameWorkMeanMs = workSumMs / report.framesSubmitted;
    report.lost = state.lost();
    if (const ControllerActions* c = program.controllers()) {
        report.controllerProfiles = c->acceptedProfiles();
        report.skippedControllerProfiles = c->skippedProfiles();
    }
    report.seconds = seconds(clock);
    return report;
}

}  // namespace omk::xr
