#include "xr/SessionRun.h"

#include "xr/ControllerResponse.h"
#include "xr/XrPlatform.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <vector>

namespace omk::xr {
namespace {

double percentile95(std::vector<double> samples) {
    if (samples.empty()) return 0;
    const size_t at = (samples.size() * 95 + 99) / 100 - 1;  // nearest rank
    std::nth_element(samples.begin(), samples.begin() + std::ptrdiff_t(at), samples.end());
    return samples[at];
}

}  // namespace

SessionRunReport runSession(XrProgram& program, const SessionRunOptions& options,
                            const XrProgram::DrawEye& draw,
                            const std::function<void()>& beforeFrame) {
    SessionHooks hooks;
    hooks.beforeFrame = beforeFrame;
    return runSession(
        program, options,
        [&](bool submitLayers, bool capture) {
            return program.renderFrame(draw, submitLayers, capture);
        },
        hooks);
}

SessionRunReport runSession(XrProgram& program, const SessionRunOptions& options,
                            const SubmitFrame& submit, const SessionHooks& hooks) {
    const auto& beforeFrame = hooks.beforeFrame;
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
    std::array<double, XrProgram::kEyes> eyeSumMs{};
    std::vector<double> workSamples;
    std::array<std::vector<double>, XrProgram::kEyes> eyeSamples;
    XrSessionState last = XR_SESSION_STATE_UNKNOWN;
    while (!state.finished()) {
        if (auto r = program.pollEvents(); !r) {
            report.error = r.error();
            break;
        }
        if (state.state() != last) {
            last = state.state();
            if (hooks.onState) hooks.onState(last);
        }
        if (state.finished()) break;
        const SessionSteer steer = hooks.steer ? hooks.steer() : SessionSteer::Continue;
        if (steer == SessionSteer::Stop) break;
        if (steer == SessionSteer::Exit && !state.exitRequested() && !requestExit()) break;
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
        const bool capture =
            options.captureLast && (options.maxSeconds > 0 || options.frames <= 0 ||
                                    report.framesSubmitted + 1 >= options.frames);
        auto frame = submit(wantLayers, capture);
        if (!frame) {
            report.error = frame.error();
            break;
        }
        ++report.framesTotal;
        for (ControllerCommand c : program.takeCommands()) {
            ++report.controllerCommands;
            report.commands << commandName(c);
            if (hooks.onCommand) hooks.onCommand(c);
        }
        if (*frame) {
            ++report.framesSubmitted;
            const double ms = double(program.lastFrameWorkNs()) / 1e6;
            workSumMs += ms;
            workSamples.push_back(ms);
            report.frameWorkMaxMs = std::max(report.frameWorkMaxMs, ms);
            for (size_t eye = 0; eye < eyeSumMs.size(); ++eye) {
                const double eyeMs = double(program.lastEyeRenderNs(int(eye))) / 1e6;
                eyeSumMs[eye] += eyeMs;
                eyeSamples[eye].push_back(eyeMs);
                report.eyeRenderMaxMs[eye] = std::max(report.eyeRenderMaxMs[eye], eyeMs);
            }
        }
        const bool enough = (options.frames > 0 && report.framesSubmitted >= options.frames) ||
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
    if (report.framesSubmitted > 0) {
        report.frameWorkMeanMs = workSumMs / report.framesSubmitted;
        report.frameWorkP95Ms = percentile95(std::move(workSamples));
        for (size_t eye = 0; eye < eyeSumMs.size(); ++eye) {
            report.eyeRenderMeanMs[eye] = eyeSumMs[eye] / report.framesSubmitted;
            report.eyeRenderP95Ms[eye] = percentile95(std::move(eyeSamples[eye]));
        }
    }
    report.lost = state.lost();
    if (const ControllerActions* c = program.controllers()) {
        report.controllerProfiles = c->acceptedProfiles();
        report.skippedControllerProfiles = c->skippedProfiles();
    }
    report.seconds = seconds(clock);
    return report;
}

}  // namespace omk::xr
