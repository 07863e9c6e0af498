// A real session against a real OpenXR runtime (Monado's simulated headset and null compositor
// run headless on llvmpipe/lavapipe: docs/XR.md). Without XR_RUNTIME_JSON there is nothing to
// run against, and the tests say so as skipped.
#include "render/ProjectionMath.h"
#include "render/SphereRenderer.h"
#include "render/TestPattern.h"
#include "xr/EglGraphicsPlugin.h"
#include "xr/Recenter.h"
#include "xr/RuntimeProbe.h"
#include "xr/SessionRun.h"
#include "xr/XrProgram.h"

#include <gtest/gtest.h>

#include <cmath>

namespace omk::xr {
namespace {

class XrRuntime : public ::testing::Test {
protected:
    void SetUp() override {
        if (qEnvironmentVariableIsEmpty("XR_RUNTIME_JSON"))
            GTEST_SKIP() << "XR_RUNTIME_JSON not set: no OpenXR runtime to run against";
    }
};

// Whether `want` appears in `states` in this order (other states may come between).
bool inOrder(const QStringList& states, const QStringList& want) {
    qsizetype at = 0;
    for (const QString& s : states)
        if (at < want.size() && s == want[at]) ++at;
    return at == want.size();
}

bool allBlack(const QImage& img) {
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if ((img.pixel(x, y) & 0xffffff) != 0) return false;
    return true;
}

TEST_F(XrRuntime, ProbeDescribesTheRuntime) {
    auto info = probeRuntime();
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_FALSE(info->runtimeName.isEmpty());
    EXPECT_FALSE(info->systemName.isEmpty());
    EXPECT_TRUE(info->supportsEgl) << "the headless tests need XR_MNDX_egl_enable";
}

TEST_F(XrRuntime, SessionRunsToFocusedSubmitsFramesAndExitsCleanly) {
    auto plugin = EglGraphicsPlugin::create();
    ASSERT_TRUE(plugin) << plugin.error().message.toStdString();
    render::SphereRenderer renderer;
    ASSERT_TRUE(renderer.initialize());
    renderer.setSamplingPath(render::SamplingPath::Shader);
    // Top-bottom stereo whose halves encode directions differently: each eye must show its own.
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::TopBottom, 512, 512);
    ASSERT_TRUE(renderer.upload(frame.get()));
    SphericalInfo info;
    info.stereo = StereoLayout::TopBottom;
    renderer.setSpherical(info);

    auto program = XrProgram::create(**plugin);
    ASSERT_TRUE(program) << program.error().message.toStdString();
    bool lostSignalled = false;
    QObject::connect(program->get(), &XrProgram::runtimeLost, [&] { lostSignalled = true; });
    auto session = (*program)->createSession();
    ASSERT_TRUE(session) << session.error().message.toStdString();

    SessionRunOptions options;
    options.frames = 30;
    options.captureLast = true;
    std::array<ViewParams, 2> lastViews;
    auto draw = [&](int eye, const ViewParams& view, QSize size) {
        lastViews[size_t(eye)] = view;
        renderer.render(view, size.width(), size.height());
    };
    // Every runtime knows khr/simple_controller; the action set is attached.
    ASSERT_NE((*program)->controllers(), nullptr);
    EXPECT_GE((*program)->controllers()->acceptedProfiles(), 1);
    const SessionRunReport report = runSession(**program, options, draw);
    program->reset();
    renderer.release();

    ASSERT_FALSE(report.error) << report.error->message.toStdString();
    EXPECT_FALSE(report.lost);
    EXPECT_FALSE(lostSignalled);
    const std::string states = report.states.join(QStringLiteral(" -> ")).toStdString();
    EXPECT_TRUE(inOrder(report.states, {QStringLiteral("ready"), QStringLiteral("synchronized"),
                                        QStringLiteral("visible"), QStringLiteral("focused"),
                                        QStringLiteral("stopping"), QStringLiteral("exiting")}))
        << states;
    EXPECT_EQ(report.states.last(), QStringLiteral("exiting")) << states;
    EXPECT_EQ(report.framesSubmitted, options.frames);
    EXPECT_EQ(report.controllerCommands, 0) << "nobody pressed anything";
    EXPECT_GE(report.framesTotal, report.framesSubmitted);
    for (const QSize& s : report.eyeSizes) EXPECT_FALSE(s.isEmpty());

    const QImage& left = report.lastEyes[0];
    const QImage& right = report.lastEyes[1];
    ASSERT_FALSE(left.isNull());
    ASSERT_FALSE(right.isNull());
    EXPECT_FALSE(allBlack(left));
    EXPECT_FALSE(allBlack(right));
    EXPECT_NE(left, right) << "top-bottom stereo: each eye has its own half";
    // Each eye's centre decodes, with its own half's rule, to where that eye looked.
    for (int eye : {0, 1}) {
        const QImage& img = report.lastEyes[size_t(eye)];
        const ViewParams& v = lastViews[size_t(eye)];
        const QPoint c(img.width() / 2, img.height() / 2);
        const QVector3D want = render::viewDirection(v, render::pixelNdcX(c.x(), img.width()),
                                                     render::pixelNdcY(c.y(), img.height()),
                                                     double(img.width()) / img.height());
        const QVector3D got = render::decodeDirection(img.pixel(c), v.eye);
        EXPECT_LT(render::angleBetweenDeg(got, want), 3.0) << "eye " << eye;
    }
}

double headingOfView(const ViewParams& v) {
    const ViewOrientation& o = *v.orientation;
    return headingOf(XrQuaternionf{float(o.x), float(o.y), float(o.z), float(o.w)});
}

// Recentre on the last frame: that frame's eyes look at the picture's centre, wherever the head
// was turned. Monado's simulated headset turns about +y with SIMULATED_ROTATE (it wobbles a few
// degrees otherwise).
TEST_F(XrRuntime, RecentreTurnsThePictureCentreToWhereTheHeadFaces) {
    qputenv("SIMULATED_ROTATE", "1");
    auto plugin = EglGraphicsPlugin::create();
    ASSERT_TRUE(plugin) << plugin.error().message.toStdString();
    render::SphereRenderer renderer;
    ASSERT_TRUE(renderer.initialize());
    renderer.setSamplingPath(render::SamplingPath::Shader);
    auto frame = render::directionPattern(Projection::Equirect, StereoLayout::Mono, 512, 256);
    ASSERT_TRUE(renderer.upload(frame.get()));
    renderer.setSpherical(SphericalInfo{});
    auto program = XrProgram::create(**plugin);
    ASSERT_TRUE(program) << program.error().message.toStdString();
    ASSERT_TRUE((*program)->createSession());

    SessionRunOptions options;
    options.frames = 40;
    options.captureLast = true;
    int drawn = 0;
    double before = 0, after = 0;  // the left eye's heading on the last two frames
    auto draw = [&](int eye, const ViewParams& view, QSize size) {
        if (eye == 0) {
            before = after;
            after = headingOfView(view);
            ++drawn;
        }
        renderer.render(view, size.width(), size.height());
    };
    XrProgram& p = **program;
    SessionHooks hooks;
    // Before the last frame that will be drawn.
    hooks.beforeFrame = [&] {
        if (drawn == options.frames - 1) p.recenter();
    };
    const SessionRunReport report = runSession(
        p, options, [&](bool layers, bool capture) { return p.renderFrame(draw, layers, capture); },
        hooks);
    const double taken = p.recenterHeading();
    program->reset();
    renderer.release();
    ASSERT_FALSE(report.error) << report.error->message.toStdString();
    ASSERT_EQ(report.framesSubmitted, options.frames);
    if (std::abs(before) < 0.02)
        GTEST_SKIP() << "the runtime's head did not turn (heading " << before << " rad)";
    EXPECT_NEAR(taken, before, 0.05) << "the heading the head had";
    EXPECT_NEAR(after, 0, 0.01) << "the recentred eye faces the picture's centre";
    const QImage& left = report.lastEyes[0];
    ASSERT_FALSE(left.isNull());
    const QVector3D centre =
        render::decodeDirection(left.pixel(left.width() / 2, left.height() / 2));
    EXPECT_LT(std::abs(std::atan2(-centre.x(), -centre.z())), 0.05)
        << "the eye's centre shows the picture's centre (heading "
        << std::atan2(-centre.x(), -centre.z()) << ")";
}

}  // namespace
}  // namespace omk::xr
