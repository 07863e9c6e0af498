#include "xr/XrProgram.h"

#include "xr/EyeView.h"
#include "xr/Log.h"
#include "xr/Recenter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace omk::xr {
namespace {

constexpr XrViewConfigurationType kViewConfig = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO;
// A swapchain image the compositor still holds for longer than this is a hung runtime.
constexpr XrDuration kImageWaitTimeout = 1'000'000'000;  // 1 s

bool isLoss(XrResult r) {
    return r == XR_ERROR_INSTANCE_LOST || r == XR_ERROR_SESSION_LOST ||
           r == XR_ERROR_RUNTIME_FAILURE;
}

}  // namespace

Expected<std::unique_ptr<XrProgram>> XrProgram::create(GraphicsPlugin& plugin) {
    return create(plugin, XrProgramOptions{});
}

Expected<std::unique_ptr<XrProgram>> XrProgram::create(GraphicsPlugin& plugin,
                                                       const XrProgramOptions& options) {
    if (auto manifest = findRuntimeManifest(); !manifest) return manifest.unexpected();
    auto offered = offeredExtensions();
    if (!offered) return offered.unexpected();
    for (const char* ext : plugin.requiredExtensions())
        if (!offered->contains(QLatin1String(ext)))
            return fail(QStringLiteral("the OpenXR runtime does not offer %1, which %2 needs")
                            .arg(QLatin1String(ext), plugin.name()));
    std::unique_ptr<XrProgram> p(new XrProgram(plugin));
    p->m_runtime.extensions = *offered;
    p->m_runtime.supportsEgl =
        offered->contains(QLatin1String(XR_MNDX_EGL_ENABLE_EXTENSION_NAME)) &&
        offered->contains(QLatin1String(XR_KHR_OPENGL_ENABLE_EXTENSION_NAME));
    p->m_runtime.supportsEquirect2 =
        offered->contains(QLatin1String(XR_KHR_COMPOSITION_LAYER_EQUIRECT2_EXTENSION_NAME));

    std::vector<const char*> extensions = plugin.requiredExtensions();
    if (options.wantEquirect2 && p->m_runtime.supportsEquirect2) {
        extensions.push_back(XR_KHR_COMPOSITION_LAYER_EQUIRECT2_EXTENSION_NAME);
        p->m_equirect2Enabled = true;
    }
    auto instance = createInstance(extensions);
    if (!instance) return instance.unexpected();
    p->m_instance = *instance;
    auto system = headMountedSystem(p->m_instance);
    if (!system) return system.unexpected();
    p->m_system = *system;
    describeRuntime(p->m_instance, p->m_system, p->m_runtime);

    uint32_t count = 0;
    if (auto r = p->check(xrEnumerateViewConfigurationViews(p->m_instance, p->m_system, kViewConfig,
                                                            0, &count, nullptr),
                          "xrEnumerateViewConfigurationViews");
        !r)
        return r.unexpected();
    if (count != kEyes)
        return fail(QStringLiteral("the headset has %1 views; Omnikast draws two").arg(count));
    p->m_configViews.fill(xrStruct<XrViewConfigurationView>(XR_TYPE_VIEW_CONFIGURATION_VIEW));
    if (auto r = p->check(xrEnumerateViewConfigurationViews(p->m_instance, p->m_system, kViewConfig,
                                                            count, &count, p->m_configViews.data()),
                          "xrEnumerateViewConfigurationViews");
        !r)
        return r.unexpected();

    uint32_t modes = 0;
    std::vector<XrEnvironmentBlendMode> blend(8);
    if (XR_SUCCEEDED(xrEnumerateEnvironmentBlendModes(p->m_instance, p->m_system, kViewConfig,
                                                      uint32_t(blend.size()), &modes,
                                                      blend.data())) &&
        modes > 0)
        p->m_blendMode = blend[0];  // the runtime's preference

    if (auto r = plugin.prepare(p->m_instance, p->m_system); !r) return r.unexpected();
    return p;
}

XrProgram::~XrProgram() {
    // Results are not checked: on a lost runtime these fail, and there is nothing left to do.
    m_controllers.reset();
    for (EyeSwapchain& e : m_eyes)
        if (e.swapchain != XR_NULL_HANDLE) xrDestroySwapchain(e.swapchain);
    for (EyeSwapchain& e : m_pictures)
        if (e.swapchain != XR_NULL_HANDLE) xrDestroySwapchain(e.swapchain);
    if (m_panel.swapchain != XR_NULL_HANDLE) xrDestroySwapchain(m_panel.swapchain);
    if (m_space != XR_NULL_HANDLE) xrDestroySpace(m_space);
    if (m_session != XR_NULL_HANDLE) {
        if (m_state.shouldRunFrameLoop()) xrEndSession(m_session);
        xrDestroySession(m_session);
    }
    if (m_instance != XR_NULL_HANDLE) xrDestroyInstance(m_instance);
}

void XrProgram::lose(const QString& reason) {
    qCWarning(lcXr) << "runtime lost:" << reason;
    if (m_lostSignalled) return;
    m_lostSignalled = true;
    emit runtimeLost(reason);
}

Expected<void> XrProgram::check(XrResult result, const char* what) {
    if (XR_SUCCEEDED(result)) return {};
    const QString reason =
        QStringLiteral("%1 failed (%2)").arg(QLatin1String(what), resultName(result));
    if (isLoss(result)) {
        (void)m_state.onInstanceLossPending();
        const QString lost = QStringLiteral("the OpenXR runtime went away: %1").arg(reason);
        lose(lost);
        return fail(lost);
    }
    return fail(reason);
}

Expected<void> XrProgram::createSession() {
    auto ci = xrStruct<XrSessionCreateInfo>(XR_TYPE_SESSION_CREATE_INFO);
    ci.next = m_plugin.sessionBinding();
    ci.systemId = m_system;
    if (auto r = check(xrCreateSession(m_instance, &ci, &m_session), "xrCreateSession"); !r)
        return r;

    uint32_t count = 0;
    std::vector<XrReferenceSpaceType> spaces(16);
    if (auto r = check(
            xrEnumerateReferenceSpaces(m_session, uint32_t(spaces.size()), &count, spaces.data()),
            "xrEnumerateReferenceSpaces");
        !r)
        return r;
    spaces.resize(count);
    // LOCAL keeps the picture still while the head moves; VIEW (always there) moves it with the
    // head, which is wrong for a sphere but still shows something.
    const bool local =
        std::find(spaces.begin(), spaces.end(), XR_REFERENCE_SPACE_TYPE_LOCAL) != spaces.end();
    auto si = xrStruct<XrReferenceSpaceCreateInfo>(XR_TYPE_REFERENCE_SPACE_CREATE_INFO);
    si.referenceSpaceType = local ? XR_REFERENCE_SPACE_TYPE_LOCAL : XR_REFERENCE_SPACE_TYPE_VIEW;
    si.poseInReferenceSpace.orientation.w = 1;
    m_spaceName = local ? QStringLiteral("local") : QStringLiteral("view");
    if (auto r = check(xrCreateReferenceSpace(m_session, &si, &m_space), "xrCreateReferenceSpace");
        !r)
        return r;
    if (auto r = createSwapchains(); !r) return r;
    auto controllers = ControllerActions::create(m_instance, m_session);
    if (!controllers) return controllers.unexpected();
    m_controllers = std::move(*controllers);
    return {};
}

Expected<int64_t> XrProgram::colorFormat() {
    uint32_t count = 0;
    if (auto r = check(xrEnumerateSwapchainFormats(m_session, 0, &count, nullptr),
                       "xrEnumerateSwapchainFormats");
        !r)
        return r.unexpected();
    std::vector<int64_t> formats(count);
    if (auto r = check(xrEnumerateSwapchainFormats(m_session, count, &count, formats.data()),
                       "xrEnumerateSwapchainFormats");
        !r)
        return r.unexpected();
    const int64_t format = m_plugin.chooseColorFormat(formats);
    if (format == 0)
        return fail(QStringLiteral("the OpenXR runtime offers no colour format %1 can draw")
                        .arg(m_plugin.name()));
    return format;
}

Expected<void> XrProgram::createSwapchain(EyeSwapchain& e, QSize size, int64_t format) {
    auto ci = xrStruct<XrSwapchainCreateInfo>(XR_TYPE_SWAPCHAIN_CREATE_INFO);
    ci.usageFlags = XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT | XR_SWAPCHAIN_USAGE_SAMPLED_BIT;
    ci.format = format;
    ci.sampleCount = 1;  // the renderer's passes are full-screen triangles; nothing to smooth
    ci.width = uint32_t(size.width());
    ci.height = uint32_t(size.height());
    ci.faceCount = 1;
    ci.arraySize = 1;
    ci.mipCount = 1;
    if (auto r = check(xrCreateSwapchain(m_session, &ci, &e.swapchain), "xrCreateSwapchain"); !r)
        return r;
    e.size = size;
    auto images = m_plugin.swapchainImages(e.swapchain);
    if (!images) return images.unexpected();
    e.images = std::move(*images);
    return {};
}

Expected<void> XrProgram::createSwapchains() {
    auto format = colorFormat();
    if (!format) return format.unexpected();
    for (int i = 0; i < kEyes; ++i) {
        const XrViewConfigurationView& v = m_configViews[size_t(i)];
        const QSize size(int(v.recommendedImageRectWidth), int(v.recommendedImageRectHeight));
        if (auto r = createSwapchain(m_eyes[size_t(i)], size, *format); !r) return r;
    }
    qCDebug(lcXr) << "swapchains" << m_eyes[0].size << m_eyes[1].size << "format" << Qt::hex
                  << *format;
    return {};
}

Expected<void> XrProgram::useEquirectLayer(const EquirectLayerSpec& spec) {
    if (!m_equirect2Enabled)
        return fail(QStringLiteral("the OpenXR runtime does not offer %1")
                        .arg(QLatin1String(XR_KHR_COMPOSITION_LAYER_EQUIRECT2_EXTENSION_NAME)));
    if (m_session == XR_NULL_HANDLE || m_pictureCount > 0 || spec.imageSize.isEmpty())
        return fail(QStringLiteral("the equirect layer needs a session and a picture size"));
    auto format = colorFormat();
    if (!format) return format.unexpected();
    const int count = spec.perEye ? kEyes : 1;
    for (int i = 0; i < count; ++i)
        if (auto r = createSwapchain(m_pictures[size_t(i)], spec.imageSize, *format); !r) return r;
    m_pictureCount = count;
    m_equirect = spec;
    qCDebug(lcXr) << "equirect layer" << count << "x" << spec.imageSize;
    return {};
}

Expected<void> XrProgram::usePanel(QSize pixels, const PanelPlacement& placement) {
    if (m_session == XR_NULL_HANDLE || m_panel.swapchain != XR_NULL_HANDLE || pixels.isEmpty())
        return fail(QStringLiteral("the panel needs a session and a size"));
    auto format = colorFormat();
    if (!format) return format.unexpected();
    if (auto r = createSwapchain(m_panel, pixels, *format); !r) return r;
    m_panelPlacement = placement;
    qCDebug(lcXr) << "panel layer" << pixels;
    return {};
}

Expected<void> XrProgram::updatePanel(const DrawPicture& draw) {
    if (m_panel.swapchain == XR_NULL_HANDLE)
        return fail(QStringLiteral("updatePanel before usePanel"));
    // Not one of the eyes: the eye timings stay the eyes'.
    const bool timed = std::exchange(m_timeEyes, false);
    auto r = drawInto(
        m_panel, 0, [&] { draw(0, m_panel.size); }, false);
    m_timeEyes = timed;
    if (r) m_panelDrawn = true;
    return r;
}

void XrProgram::addPanel(std::vector<const XrCompositionLayerBaseHeader*>& layers) {
    if (!panelShown()) return;
    m_panelPlacement.heading = m_heading;
    m_panelLayer = xrStruct<XrCompositionLayerQuad>(XR_TYPE_COMPOSITION_LAYER_QUAD);
    // Rounded corners and translucent parts show the video through them.
    m_panelLayer.layerFlags = XR_COMPOSITION_LAYER_BLEND_TEXTURE_SOURCE_ALPHA_BIT;
    m_panelLayer.space = m_space;
    m_panelLayer.eyeVisibility = XR_EYE_VISIBILITY_BOTH;
    m_panelLayer.subImage.swapchain = m_panel.swapchain;
    m_panelLayer.subImage.imageRect.extent = {m_panel.size.width(), m_panel.size.height()};
    m_panelLayer.pose = panelPose(m_panelPlacement);
    m_panelLayer.size = {float(m_panelPlacement.size.width()),
                         float(m_panelPlacement.size.height())};
    layers.push_back(reinterpret_cast<const XrCompositionLayerBaseHeader*>(&m_panelLayer));
}

Expected<void> XrProgram::pollEvents() {
    while (m_instance != XR_NULL_HANDLE) {
        auto ev = xrStruct<XrEventDataBuffer>(XR_TYPE_EVENT_DATA_BUFFER);
        const XrResult r = xrPollEvent(m_instance, &ev);
        if (r == XR_EVENT_UNAVAILABLE) return {};
        if (auto c = check(r, "xrPollEvent"); !c) return c;
        switch (ev.type) {
            case XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING:
                if (auto a = act(m_state.onInstanceLossPending()); !a) return a;
                break;
            case XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED: {
                const auto& e = reinterpret_cast<const XrEventDataSessionStateChanged&>(ev);
                if (e.session != m_session) break;
                qCDebug(lcXr) << "session state" << sessionStateName(e.state);
                if (auto a = act(m_state.onStateChanged(e.state)); !a) return a;
                break;
            }
            default:
                break;  // interaction profile and reference space changes: nothing to do yet
        }
    }
    return {};
}

Expected<void> XrProgram::act(SessionStateMachine::Action action) {
    using Action = SessionStateMachine::Action;
    switch (action) {
        case Action::None:
        case Action::Exit:  // the destructor tears down
            return {};
        case Action::BeginSession: {
            auto bi = xrStruct<XrSessionBeginInfo>(XR_TYPE_SESSION_BEGIN_INFO);
            bi.primaryViewConfigurationType = kViewConfig;
            if (auto r = check(xrBeginSession(m_session, &bi), "xrBeginSession"); !r) return r;
            m_state.sessionBegun();
            return {};
        }
        case Action::EndSession:
            if (auto r = check(xrEndSession(m_session), "xrEndSession"); !r) return r;
            m_state.sessionEnded();
            return {};
        case Action::RequestExit:
            return check(xrRequestExitSession(m_session), "xrRequestExitSession");
        case Action::ExitOnLoss: {
            if (m_state.shouldRunFrameLoop()) {
                (void)xrEndSession(m_session);
                m_state.sessionEnded();
            }
            const QString reason = QStringLiteral("the OpenXR runtime is going away");
            lose(reason);
            return fail(reason);
        }
    }
    return {};
}

Expected<void> XrProgram::requestExit() {
    return act(m_state.requestExit());
}

Expected<bool> XrProgram::frame(bool submitLayers, const Compose& compose) {
    if (!m_state.shouldRunFrameLoop()) return false;
    auto wi = xrStruct<XrFrameWaitInfo>(XR_TYPE_FRAME_WAIT_INFO);
    auto fs = xrStruct<XrFrameState>(XR_TYPE_FRAME_STATE);
    if (auto r = check(xrWaitFrame(m_session, &wi, &fs), "xrWaitFrame"); !r) return r.unexpected();
    QElapsedTimer work;
    work.start();
    auto bi = xrStruct<XrFrameBeginInfo>(XR_TYPE_FRAME_BEGIN_INFO);
    if (auto r = check(xrBeginFrame(m_session, &bi), "xrBeginFrame"); !r) return r.unexpected();
    // The runtime gives input only to the focused session.
    if (m_controllers && m_state.state() == XR_SESSION_STATE_FOCUSED) {
        auto commands = m_controllers->sync(m_space, fs.predictedDisplayTime);
        if (!commands) return commands.unexpected();
        m_commands.insert(m_commands.end(), commands->begin(), commands->end());
        m_panelPointer.reset();
        if (panelShown()) {
            // The right hand first: most people point with it.
            for (int hand : {1, 0}) {
                const auto& aim = m_controllers->aimPoses()[size_t(hand)];
                if (aim && !m_panelPointer) m_panelPointer = hitPanel(*aim, m_panelPlacement);
            }
        }
    }

    std::vector<const XrCompositionLayerBaseHeader*> layers;
    if (submitLayers && fs.shouldRender && m_state.shouldSubmitLayers()) {
        auto li = xrStruct<XrViewLocateInfo>(XR_TYPE_VIEW_LOCATE_INFO);
        li.viewConfigurationType = kViewConfig;
        li.displayTime = fs.predictedDisplayTime;
        li.space = m_space;
        auto vs = xrStruct<XrViewState>(XR_TYPE_VIEW_STATE);
        std::array<XrView, kEyes> views;
        views.fill(xrStruct<XrView>(XR_TYPE_VIEW));
        uint32_t count = 0;
        if (auto r = check(xrLocateViews(m_session, &li, &vs, kEyes, &count, views.data()),
                           "xrLocateViews");
            !r)
            return r.unexpected();
        // Without a tracked orientation there is nothing correct to show this frame.
        if ((vs.viewStateFlags & XR_VIEW_STATE_ORIENTATION_VALID_BIT) && count == kEyes) {
            if (m_recenterPending) {
                // Between the eyes: canted displays turn each eye a little outwards.
                const double a = headingOf(views[0].pose.orientation);
                const double b = headingOf(views[1].pose.orientation);
                m_heading = std::atan2(std::sin(a) + std::sin(b), std::cos(a) + std::cos(b));
                m_recenterPending = false;
            }
            m_eyeRenderNs.fill(0);
            if (auto r = compose(views, layers); !r) return r.unexpected();
            addPanel(layers);
        }
    }
    auto ei = xrStruct<XrFrameEndInfo>(XR_TYPE_FRAME_END_INFO);
    ei.displayTime = fs.predictedDisplayTime;
    ei.environmentBlendMode = m_blendMode;
    ei.layerCount = uint32_t(layers.size());
    ei.layers = layers.data();
    if (auto r = check(xrEndFrame(m_session, &ei), "xrEndFrame"); !r) return r.unexpected();
    m_lastFrameWorkNs = work.nsecsElapsed();
    if (!layers.empty()) m_lastLayerCount = int(layers.size());
    return !layers.empty();
}

Expected<bool> XrProgram::renderFrame(const DrawEye& draw, bool submitLayers, bool capture) {
    return frame(
        submitLayers,
        [&](const std::array<XrView, kEyes>& views,
            std::vector<const XrCompositionLayerBaseHeader*>& layers) -> Expected<void> {
            for (int i = 0; i < kEyes; ++i) {
                if (auto r = drawEye(i, views[size_t(i)], draw, capture); !r) return r;
                XrCompositionLayerProjectionView& pv = m_projViews[size_t(i)];
                pv = xrStruct<XrCompositionLayerProjectionView>(
                    XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW);
                // The pose the runtime reprojects from is the real one, recentred or not.
                pv.pose = views[size_t(i)].pose;
                pv.fov = views[size_t(i)].fov;
                pv.subImage.swapchain = m_eyes[size_t(i)].swapchain;
                pv.subImage.imageRect.extent = {m_eyes[size_t(i)].size.width(),
                                                m_eyes[size_t(i)].size.height()};
            }
            m_projLayer =
                xrStruct<XrCompositionLayerProjection>(XR_TYPE_COMPOSITION_LAYER_PROJECTION);
            m_projLayer.space = m_space;
            m_projLayer.viewCount = kEyes;
            m_projLayer.views = m_projViews.data();
            layers.push_back(reinterpret_cast<const XrCompositionLayerBaseHeader*>(&m_projLayer));
            return {};
        });
}

Expected<bool> XrProgram::renderEquirectFrame(const DrawPicture& draw, bool submitLayers,
                                              bool capture) {
    if (m_pictureCount == 0)
        return fail(QStringLiteral("renderEquirectFrame before useEquirectLayer"));
    return frame(
        submitLayers,
        [&](const std::array<XrView, kEyes>&,
            std::vector<const XrCompositionLayerBaseHeader*>& layers) -> Expected<void> {
            for (int i = 0; i < m_pictureCount; ++i) {
                EyeSwapchain& pic = m_pictures[size_t(i)];
                if (auto r = drawInto(
                        pic, i, [&] { draw(i, pic.size); }, capture);
                    !r)
                    return r;
            }
            for (int i = 0; i < m_pictureCount; ++i) {
                XrCompositionLayerEquirect2KHR& l = m_equirectLayers[size_t(i)];
                l = xrStruct<XrCompositionLayerEquirect2KHR>(
                    XR_TYPE_COMPOSITION_LAYER_EQUIRECT2_KHR);
                l.space = m_space;
                l.eyeVisibility = m_pictureCount == 1 ? XR_EYE_VISIBILITY_BOTH
                                  : i == 0            ? XR_EYE_VISIBILITY_LEFT
                                                      : XR_EYE_VISIBILITY_RIGHT;
                l.subImage.swapchain = m_pictures[size_t(i)].swapchain;
                l.subImage.imageRect.extent = {m_pictures[size_t(i)].size.width(),
                                               m_pictures[size_t(i)].size.height()};
                // Centred on the viewer (the sphere is at infinity), its centre turned to the
                // recentred heading and by how far a cropped picture sits off centre.
                l.pose.orientation = yawRotation(m_heading + m_equirect.geometry.yaw);
                // The specification's infinite sphere: no parallax, as the projection layer's.
                l.radius = std::numeric_limits<float>::infinity();
                l.centralHorizontalAngle = m_equirect.geometry.centralHorizontalAngle;
                l.upperVerticalAngle = m_equirect.geometry.upperVerticalAngle;
                l.lowerVerticalAngle = m_equirect.geometry.lowerVerticalAngle;
                layers.push_back(reinterpret_cast<const XrCompositionLayerBaseHeader*>(&l));
            }
            // A mono picture shows both eyes the same image; snapshots say so.
            if (capture)
                for (int eye = 0; eye < kEyes; ++eye)
                    m_eyes[size_t(eye)].lastImage =
                        m_pictures[size_t(std::min(eye, m_pictureCount - 1))].lastImage;
            if (m_pictureCount == 1) m_eyeRenderNs[1] = m_eyeRenderNs[0];
            return {};
        });
}

Expected<void> XrProgram::drawEye(int eye, const XrView& view, const DrawEye& draw, bool capture) {
    EyeSwapchain& e = m_eyes[size_t(eye)];
    XrPosef pose = view.pose;
    pose.orientation = recentred(pose.orientation, m_heading);
    const ViewParams params = eyeView(pose, view.fov, eye);
    return drawInto(
        e, eye, [&] { draw(eye, params, e.size); }, capture);
}

Expected<void> XrProgram::drawInto(EyeSwapchain& e, int index, const std::function<void()>& draw,
                                   bool capture) {
    auto ai = xrStruct<XrSwapchainImageAcquireInfo>(XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO);
    uint32_t image = 0;
    if (auto r =
            check(xrAcquireSwapchainImage(e.swapchain, &ai, &image), "xrAcquireSwapchainImage");
        !r)
        return r;
    auto wi = xrStruct<XrSwapchainImageWaitInfo>(XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO);
    wi.timeout = kImageWaitTimeout;
    const XrResult waited = xrWaitSwapchainImage(e.swapchain, &wi);
    if (waited == XR_TIMEOUT_EXPIRED)
        return fail(QStringLiteral("the OpenXR runtime kept a swapchain image for over a second"));
    if (auto r = check(waited, "xrWaitSwapchainImage"); !r) return r;
    if (image >= e.images.size())
        return fail(QStringLiteral("the OpenXR runtime handed out swapchain image %1 of %2")
                        .arg(image)
                        .arg(e.images.size()));
    auto bound = m_plugin.bindImage(e.images[image], e.size);
    if (bound) {
        QElapsedTimer timer;
        timer.start();
        draw();
        if (m_timeEyes) {
            m_plugin.finish();
            m_eyeRenderNs[size_t(index)] = timer.nsecsElapsed();
        }
        if (capture) e.lastImage = m_plugin.readBoundImage(e.size);
        m_plugin.unbindImage();
    }
    // Released even when binding failed: an acquired image must go back.
    auto ri = xrStruct<XrSwapchainImageReleaseInfo>(XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO);
    if (auto r = check(xrReleaseSwapchainImage(e.swapchain, &ri), "xrReleaseSwapchainImage"); !r)
        return r;
    return bound;
}

}  // namespace omk::xr
