// The renderer on an OpenGL ES 3.0 context (what phone-class headsets offer): the shaders must
// compile as GLSL ES 3.00 and draw what desktop GL draws, on both sampling paths.
#include "render/EglContext.h"
#include "render/OffscreenTarget.h"
#include "render/SphereRenderer.h"
#include "render/TestPattern.h"

#include <gtest/gtest.h>

extern "C" {
#include <libswscale/swscale.h>
}

#include <QImage>

#include <vector>

namespace omk::render::test {
namespace {

struct Scene {
    media::AvFramePtr frame;
    SamplingPath path;
    Projection projection;
};

// Renders each scene at a few views with a fresh renderer on the current context.
std::vector<QImage> renderScenes(const std::vector<Scene>& scenes) {
    std::vector<QImage> out;
    auto target = OffscreenTarget::create(160, 90);
    EXPECT_TRUE(target);
    if (!target) return out;
    SphereRenderer renderer;
    auto init = renderer.initialize();
    EXPECT_TRUE(init) << (init ? "" : init.error().message.toStdString());
    if (!init) return out;
    for (const Scene& s : scenes) {
        renderer.setSamplingPath(s.path);
        SphericalInfo info;
        info.projection = s.projection;
        renderer.setSpherical(info);
        EXPECT_TRUE(renderer.upload(s.frame.get()));
        for (double yaw : {0.0, 180.0})
            for (double pitch : {0.0, 70.0}) {
                (*target)->bind();
                renderer.render(ViewParams{.yaw = yaw, .pitch = pitch, .fov = 100}, 160, 90);
                out.push_back((*target)->readImage());
            }
    }
    renderer.release();
    return out;
}

media::AvFramePtr toYuv420(const AVFrame* rgba) {
    media::AvFramePtr out = media::makeFrame();
    out->format = AV_PIX_FMT_YUV420P;
    out->width = rgba->width;
    out->height = rgba->height;
    out->colorspace = AVCOL_SPC_BT709;
    out->color_range = AVCOL_RANGE_MPEG;
    if (av_frame_get_buffer(out.get(), 0) < 0) return nullptr;
    SwsContext* sws =
        sws_getContext(rgba->width, rgba->height, AVPixelFormat(rgba->format), rgba->width,
                       rgba->height, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    const int* bt709 = sws_getCoefficients(SWS_CS_ITU709);
    sws_setColorspaceDetails(sws, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
    sws_scale(sws, rgba->data, rgba->linesize, 0, rgba->height, out->data, out->linesize);
    sws_freeContext(sws);
    return out;
}

TEST(Gles, ShadersCompileAndDrawAsOnDesktopGl) {
    auto equirect = directionPattern(Projection::Equirect, StereoLayout::Mono, 512, 256);
    auto cube = directionPattern(Projection::Cubemap, StereoLayout::Mono, 384, 256);
    auto yuv = toYuv420(equirect.get());
    ASSERT_TRUE(yuv);
    auto scenes = [&] {
        std::vector<Scene> s;
        s.push_back({media::AvFramePtr(av_frame_clone(equirect.get())), SamplingPath::Shader,
                     Projection::Equirect});
        s.push_back({media::AvFramePtr(av_frame_clone(cube.get())), SamplingPath::Shader,
                     Projection::Cubemap});
        s.push_back({media::AvFramePtr(av_frame_clone(yuv.get())), SamplingPath::Shader,
                     Projection::Equirect});
        s.push_back({media::AvFramePtr(av_frame_clone(yuv.get())), SamplingPath::Cpu,
                     Projection::Equirect});
        return s;
    };

    std::vector<QImage> desktop, gles;
    {
        auto ctx = EglHeadlessContext::create();
        ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
        desktop = renderScenes(scenes());
    }
    {
        auto ctx = EglHeadlessContext::create(EglHeadlessContext::Api::Gles30);
        ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
        ASSERT_TRUE((*ctx)->description().contains(QStringLiteral("OpenGL ES")))
            << (*ctx)->description().toStdString();
        gles = renderScenes(scenes());
    }
    ASSERT_EQ(desktop.size(), gles.size());
    ASSERT_FALSE(desktop.empty());
    for (size_t i = 0; i < desktop.size(); ++i) {
        double sum = 0;
        for (int y = 0; y < desktop[i].height(); ++y)
            for (int x = 0; x < desktop[i].width(); ++x) {
                const QRgb a = desktop[i].pixel(x, y), b = gles[i].pixel(x, y);
                sum += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                       std::abs(qBlue(a) - qBlue(b));
            }
        const double mean = sum / (3.0 * desktop[i].width() * desktop[i].height());
        EXPECT_LE(mean, 1.0) << "image " << i;
        EXPECT_NE(gles[i].pixel(80, 45), qRgb(0, 0, 0)) << "image " << i << " is black";
    }
}

}  // namespace
}  // namespace omk::render::test
