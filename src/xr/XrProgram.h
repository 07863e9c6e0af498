#pragma once
// One OpenXR session, as the SDK's hello_xr structures it: instance (app "Omnikast"), the
// head-mounted system, the primary stereo view configuration, the session with the graphics
// plugin's binding, a LOCAL reference space (VIEW where the runtime lacks LOCAL), one swapchain
// per eye, event polling fed to SessionStateMachine, and the frame loop (xrWaitFrame,
// xrBeginFrame, draw each eye at the predicted display time, xrEndFrame with a projection
// layer). The runtime going away (loss pending, XR_ERROR_INSTANCE_LOST, XR_ERROR_SESSION_LOST)
// is an error value plus runtimeLost(), never an abort; the destructor tears down whatever
// exists in reverse order.
// Threading: every call on the thread that owns the plugin's graphics context.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "xr/ControllerActions.h"
#include "xr/GraphicsPlugin.h"
#include "xr/RuntimeProbe.h"
#include "xr/SessionStateMachine.h"

#include <QImage>
#include <QObject>
#include <QSize>

#include <array>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace omk::xr {

class XrProgram : public QObject {
    Q_OBJECT
public:
    static constexpr int kEyes = 2;
    // Draws one eye with the framebuffer bound to its swapchain image, viewport (0, 0, size).
    using DrawEye = std::function<void(int eye, const ViewParams& view, QSize size)>;

    // Instance, system, view configuration; the plugin checks the graphics requirements.
    static Expected<std::unique_ptr<XrProgram>> create(GraphicsPlugin& plugin);
    ~XrProgram() override;

    // Session, reference space, swapchains and the controllers' actions.
    Expected<void> createSession();
    // Handles every pending event (state changes, instance loss).
    Expected<void> pollEvents();
    // One frame: wait, begin, locate the views, draw both eyes, end. With submitLayers false
    // (or while the session is not visible) the frame ends with no layers. Returns whether a
    // projection layer was submitted. With capture set, the eyes' images are read back before
    // their swapchain images are released (lastEyeImage()).
    Expected<bool> renderFrame(const DrawEye& draw, bool submitLayers = true, bool capture = false);
    // Asks the runtime to end the session (or ends one that never ran).
    Expected<void> requestExit();

    const SessionStateMachine& session() const { return m_state; }
    const RuntimeInfo& runtime() const { return m_runtime; }
    QSize eyeSize(int eye) const { return m_eyes[size_t(eye)].size; }
    QImage lastEyeImage(int eye) const { return m_eyes[size_t(eye)].lastImage; }
    QString referenceSpaceName() const { return m_spaceName; }
    // After createSession(): the controllers' action set, synced each focused frame.
    const ControllerActions* controllers() const { return m_controllers.get(); }
    // Commands from the controllers since the last call, in order.
    std::vector<ControllerCommand> takeCommands() { return std::exchange(m_commands, {}); }
    // Of the last renderFrame(): from xrWaitFrame returning to xrEndFrame returning, i.e. the
    // program's own work in a frame (both eyes drawn and submitted), without the runtime's pacing.
    qint64 lastFrameWorkNs() const { return m_lastFrameWorkNs; }

signals:
    // The runtime went away (instance or session lost); the program is finished.
    void runtimeLost(const QString& reason);

private:
    explicit XrProgram(GraphicsPlugin& plugin) : m_plugin(plugin) {}
    struct EyeSwapchain {
        XrSwapchain swapchain = XR_NULL_HANDLE;
        QSize size;
        std::vector<uint32_t> images;
        QImage lastImage;
    };
    // Turns a failed call into an error; loss codes also finish the program and signal it.
    Expected<void> check(XrResult result, const char* what);
    Expected<void> act(SessionStateMachine::Action action);
    Expected<void> createSwapchains();
    Expected<void> drawEye(int eye, const XrView& view, const DrawEye& draw, bool capture);
    void lose(const QString& reason);

    GraphicsPlugin& m_plugin;
    XrInstance m_instance = XR_NULL_HANDLE;
    XrSystemId m_system = XR_NULL_SYSTEM_ID;
    XrSession m_session = XR_NULL_HANDLE;
    XrSpace m_space = XR_NULL_HANDLE;
    QString m_spaceName;
    XrEnvironmentBlendMode m_blendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    std::array<EyeSwapchain, kEyes> m_eyes{};
    std::array<XrViewConfigurationView, kEyes> m_configViews{};
    std::unique_ptr<ControllerActions> m_controllers;
    std::vector<ControllerCommand> m_commands;
    SessionStateMachine m_state;
    RuntimeInfo m_runtime;
    bool m_lostSignalled = false;
    qint64 m_lastFrameWorkNs = 0;
};

}  // namespace omk::xr
