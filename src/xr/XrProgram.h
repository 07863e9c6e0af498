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
#include "xr/EquirectLayer.h"
#include "xr/GraphicsPlugin.h"
#include "xr/PanelLayer.h"
#include "xr/RuntimeProbe.h"
#include "xr/SessionStateMachine.h"

#include <QImage>
#include <QObject>
#include <QPointF>
#include <QSize>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace omk::xr {

struct XrProgramOptions {
    // Enables XR_KHR_composition_layer_equirect2 where the runtime offers it (equirect2Enabled()).
    bool wantEquirect2 = false;
};

// The picture the equirect layer shows: one image for a mono picture (both eyes), one per eye
// for stereo, each imageSize, at the geometry's angles.
struct EquirectLayerSpec {
    QSize imageSize;
    bool perEye = false;
    EquirectLayerGeometry geometry;
};

class XrProgram : public QObject {
    Q_OBJECT
public:
    static constexpr int kEyes = 2;
    // Draws one eye with the framebuffer bound to its swapchain image, viewport (0, 0, size).
    using DrawEye = std::function<void(int eye, const ViewParams& view, QSize size)>;

    // Instance, system, view configuration; the plugin checks the graphics requirements.
    static Expected<std::unique_ptr<XrProgram>> create(GraphicsPlugin& plugin);
    static Expected<std::unique_ptr<XrProgram>> create(GraphicsPlugin& plugin,
                                                       const XrProgramOptions& options);
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
    // Draws layer image `image` (0, or 1 for the right eye's) with the framebuffer bound to it,
    // viewport (0, 0, size).
    using DrawPicture = std::function<void(int image, QSize size)>;
    // Whether the instance has XR_KHR_composition_layer_equirect2 (asked for and offered).
    bool equirect2Enabled() const { return m_equirect2Enabled; }
    // After createSession(): the swapchain(s) of the equirect layer. Fails without the extension.
    Expected<void> useEquirectLayer(const EquirectLayerSpec& spec);
    // As renderFrame(), but the frame's layer is the equirect picture (drawn with draw) and the
    // runtime samples it per eye at display time. capture keeps each eye's layer image.
    Expected<bool> renderEquirectFrame(const DrawPicture& draw, bool submitLayers = true,
                                       bool capture = false);
    // With eye timing on, each eye (or layer image) is waited for with the plugin's finish()
    // after drawing, so lastEyeRenderNs() holds what drawing it cost the graphics API.
    void setEyeTiming(bool on) { m_timeEyes = on; }
    // Of the last frame with layers: drawing eye (or layer image) `eye`, 0 when not drawn/timed.
    qint64 lastEyeRenderNs(int eye) const { return m_eyeRenderNs[size_t(eye)]; }
    // After createSession(): the in-headset panel, a quad layer of `pixels` over the video, placed
    // by `placement` with its heading following recentres. Shown once updatePanel() has drawn it.
    Expected<void> usePanel(QSize pixels, const PanelPlacement& placement);
    // Draws the panel's next image (draw(0, size) with the framebuffer bound to it); only when it
    // changed: the runtime shows the last one drawn until then.
    Expected<void> updatePanel(const DrawPicture& draw);
    void setPanelVisible(bool visible) { m_panelVisible = visible; }
    bool panelShown() const { return m_panelVisible && m_panelDrawn; }
    // Where a controller's pointer meets the shown panel (panel coordinates, (0,0) top-left), as
    // of the last focused frame; the right hand's when both do.
    std::optional<QPointF> panelPointer() const { return m_panelPointer; }
    // Layers submitted with the last frame that had any (projection or equirect, plus the panel).
    int lastLayerCount() const { return m_lastLayerCount; }
    // The heading the viewer faces at the next located frame becomes the picture's centre, and
    // the panel moves in front of it.
    void recenter() { m_recenterPending = true; }
    // Radians about +y (positive left) by which the picture is turned; 0 until recentred.
    double recenterHeading() const { return m_heading; }
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
    Expected<int64_t> colorFormat();
    Expected<void> createSwapchain(EyeSwapchain& e, QSize size, int64_t format);
    Expected<void> drawEye(int eye, const XrView& view, const DrawEye& draw, bool capture);
    // Fills layers (pointing into members that live until xrEndFrame) from the located views.
    using Compose = std::function<Expected<void>(
        const std::array<XrView, kEyes>& views, std::vector<const XrCompositionLayerBaseHeader*>&)>;
    // The frame loop's shared part: wait, begin, controllers, locate, compose, end.
    Expected<bool> frame(bool submitLayers, const Compose& compose);
    // Acquires, draws through draw(), optionally reads back, releases; times it with m_timeEyes.
    Expected<void> drawInto(EyeSwapchain& target, int index, const std::function<void()>& draw,
                            bool capture);
    void lose(const QString& reason);
    // The panel's quad layer after the video's, when it is shown.
    void addPanel(std::vector<const XrCompositionLayerBaseHeader*>& layers);

    GraphicsPlugin& m_plugin;
    XrInstance m_instance = XR_NULL_HANDLE;
    XrSystemId m_system = XR_NULL_SYSTEM_ID;
    XrSession m_session = XR_NULL_HANDLE;
    XrSpace m_space = XR_NULL_HANDLE;
    QString m_spaceName;
    XrEnvironmentBlendMode m_blendMode = XR_ENVIRONMENT_BLEND_MODE_OPAQUE;
    std::array<EyeSwapchain, kEyes> m_eyes{};
    std::array<EyeSwapchain, kEyes> m_pictures{};  // the equirect layer's images
    int m_pictureCount = 0;
    EquirectLayerSpec m_equirect;
    bool m_equirect2Enabled = false;
    std::array<XrCompositionLayerProjectionView, kEyes> m_projViews{};
    XrCompositionLayerProjection m_projLayer{};
    std::array<XrCompositionLayerEquirect2KHR, kEyes> m_equirectLayers{};
    EyeSwapchain m_panel;
    PanelPlacement m_panelPlacement;
    bool m_panelVisible = true;
    bool m_panelDrawn = false;
    std::optional<QPointF> m_panelPointer;
    XrCompositionLayerQuad m_panelLayer{};
    int m_lastLayerCount = 0;
    bool m_timeEyes = false;
    std::array<qint64, kEyes> m_eyeRenderNs{};
    bool m_recenterPending = false;
    double m_heading = 0;
    std::array<XrViewConfigurationView, kEyes> m_configViews{};
    std::unique_ptr<ControllerActions> m_controllers;
    std::vector<ControllerCommand> m_commands;
    SessionStateMachine m_state;
    RuntimeInfo m_runtime;
    bool m_lostSignalled = false;
    qint64 m_lastFrameWorkNs = 0;
};

}  // namespace omk::xr
