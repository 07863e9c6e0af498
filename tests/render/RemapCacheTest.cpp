// The renderer remaps (projection maths per output pixel) only when the mapping changes and
// reuses the map otherwise; a stale map would show the previous view. Every change that affects
// the mapping must give exactly what a renderer that never saw the earlier state draws.
#include "render/TestPattern.h"
#include "support/RenderFixture.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::render::test {
namespace {

class RemapCache : public RenderFixture {
protected:
    QImage draw(SphereRenderer& renderer, const ViewParams& view, int width, int height) {
        auto t = OffscreenTarget::create(width, height);
        EXPECT_TRUE(t) << t.error().message.toStdString();
        if (!t) return {};
        (*t)->bind();
        renderer.render(view, width, height);
        return (*t)->readImage();
    }

    // What a renderer that starts with `frame`, `info` and `view` draws.
    QImage fresh(const AVFrame* frame, const SphericalInfo& info, const ViewParams& view, int width,
                 int height) {
        SphereRenderer renderer;
        EXPECT_TRUE(renderer.initialize());
        EXPECT_TRUE(renderer.upload(frame));
        renderer.setSpherical(info);
        QImage img = draw(renderer, view, width, height);
        renderer.release();
        return img;
    }
};

TEST_F(RemapCache, EveryMappingChangeRemaps) {
    auto mono = directionPattern(Projection::Equirect, StereoLayout::Mono, 1024, 512);
    auto sbs = directionPattern(Projection::Equirect, StereoLayout::SideBySide, 2048, 512);
    auto cube = directionPattern(Projection::Cubemap, StereoLayout::Mono, 768, 512);
    auto yuv = solidYuvFrame(200, 100, 50, AVCOL_SPC_BT709, AVCOL_RANGE_MPEG, AV_PIX_FMT_YUV420P,
                             512, 256);
    ASSERT_TRUE(mono && sbs && cube && yuv);
    SphericalInfo monoInfo;
    SphericalInfo sbsInfo;
    sbsInfo.stereo = StereoLayout::SideBySide;
    SphericalInfo cubeInfo;
    cubeInfo.projection = Projection::Cubemap;
    SphericalInfo turned = monoInfo;
    turned.yaw = 30, turned.pitch = -10;
    SphericalInfo tiled = monoInfo;
    tiled.boundLeft = tiled.boundRight = 0.25;

    const ViewParams a{.yaw = 10, .pitch = 5, .fov = 90};
    const ViewParams b{.yaw = 40, .pitch = 20, .roll = 10, .fov = 70};
    struct Step {
        const char* what;
        const AVFrame* frame;
        SphericalInfo info;
        ViewParams view;
        int width, height;
    };
    const Step steps[] = {
        {"first view", mono.get(), monoInfo, a, 96, 64},
        {"view", mono.get(), monoInfo, b, 96, 64},
        {"output size", mono.get(), monoInfo, b, 80, 48},
        {"file orientation", mono.get(), turned, b, 80, 48},
        {"bounds", mono.get(), tiled, b, 80, 48},
        {"stereo layout", sbs.get(), sbsInfo, b, 80, 48},
        {"eye", sbs.get(), sbsInfo, ViewParams{.yaw = 40, .pitch = 20, .eye = Eye::Right}, 80, 48},
        {"seam in the eye", sbs.get(), sbsInfo,
         ViewParams{.yaw = 180, .fov = 30, .eye = Eye::Right}, 80, 48},
        {"projection and frame size", cube.get(), cubeInfo, b, 80, 48},
        {"pixel format", yuv.get(), monoInfo, b, 80, 48},
        {"back to the start", mono.get(), monoInfo, a, 96, 64},
    };
    for (const Step& s : steps) {
        ASSERT_TRUE(m_renderer.upload(s.frame));
        m_renderer.setSpherical(s.info);
        const QImage got = draw(m_renderer, s.view, s.width, s.height);
        // Drawing again from the cached map must not change anything either.
        const QImage again = draw(m_renderer, s.view, s.width, s.height);
        const QImage want = fresh(s.frame, s.info, s.view, s.width, s.height);
        ASSERT_FALSE(want.isNull());
        EXPECT_TRUE(got == want) << "after changing the " << s.what;
        EXPECT_TRUE(again == want) << "redrawing after changing the " << s.what;
    }
}

// Qt Quick draws into its own framebuffer: the remap pass must leave that binding and the
// viewport as it found them.
TEST_F(RemapCache, KeepsTheCallersFramebuffer) {
    auto frame = directionPattern(Projection::Equirect, StereoLayout::Mono, 256, 128);
    ASSERT_TRUE(frame);
    ASSERT_TRUE(m_renderer.upload(frame.get()));
    auto target = OffscreenTarget::create(32, 16);
    ASSERT_TRUE(target);
    (*target)->bind();
    GLint bound = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &bound);
    ASSERT_NE(bound, 0);
    m_renderer.render(ViewParams{.yaw = 77}, 32, 16);  // a new view: the remap pass runs
    GLint draw = 0, read = 0, viewport[4] = {};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read);
    glGetIntegerv(GL_VIEWPORT, viewport);
    EXPECT_EQ(draw, bound);
    EXPECT_EQ(read, bound);
    EXPECT_EQ(viewport[2], 32);
    EXPECT_EQ(viewport[3], 16);
    EXPECT_NE((*target)->readImage().pixel(16, 8), qRgb(0, 0, 0));
}

}  // namespace
}  // namespace omk::render::test
