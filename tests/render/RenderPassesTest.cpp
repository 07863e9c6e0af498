// The sphere renderer's passes alone, on a real (headless) context: PlaneUploader puts each
// plane into its texture as it is in the frame (interleaving planar chroma, flipping bottom-up
// rows) on both upload paths; ShaderPrograms links every variant and gives them back;
// RemapPass makes its maps, leaves the caller's framebuffer alone and frees the textures on
// request while remembering what they held. The whole pictures are tested in the other files.
#include "render/EglContext.h"
#include "render/MapKey.h"
#include "render/OffscreenTarget.h"
#include "render/PlaneUploader.h"
#include "render/RemapPass.h"
#include "render/ShaderPrograms.h"

#include "media/AvPtr.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace omk::render {
namespace {

class RenderPasses : public ::testing::Test {
protected:
    void SetUp() override {
        auto ctx = EglHeadlessContext::create();
        ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
        m_context = std::move(ctx).value();
    }
    std::unique_ptr<EglHeadlessContext> m_context;
};

// A yuv420p frame whose samples say where they are: Y = x + 3y, U = 10 + x, V = 100 + y (in
// logical rows, top first). Bottom-up: the rows are stored last first with negative linesizes.
media::AvFramePtr positionFrame(int w, int h, bool bottomUp) {
    media::AvFramePtr f = media::makeFrame();
    f->format = AV_PIX_FMT_YUV420P;
    f->width = w;
    f->height = h;
    if (av_frame_get_buffer(f.get(), 0) < 0) return nullptr;
    for (int i = 0; i < 3; ++i) {
        const int rows = i == 0 ? h : (h + 1) / 2;
        if (bottomUp) {
            f->data[i] += ptrdiff_t(rows - 1) * f->linesize[i];
            f->linesize[i] = -f->linesize[i];
        }
        const int cols = i == 0 ? w : (w + 1) / 2;
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < cols; ++x)
                f->data[i][ptrdiff_t(y) * f->linesize[i] + x] = uint8_t(i == 0   ? x + 3 * y
                                                                        : i == 1 ? 10 + x
                                                                                 : 100 + y);
    }
    return f;
}

// A texture's texels, rows from the top of the upload (GL row 0 first), `channels` bytes each.
std::vector<uint8_t> readTexture(unsigned texture, int w, int h, int channels) {
    GlFramebuffer fbo = GlFramebuffer::make();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo.get());
    glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    std::vector<uint8_t> out(size_t(w) * size_t(h) * size_t(channels));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, channels == 1 ? GL_RED : GL_RG, GL_UNSIGNED_BYTE, out.data());
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    return out;
}

TEST_F(RenderPasses, PlanesArriveAsInTheFrameOnBothUploadPaths) {
    constexpr int w = 38, h = 20;
    for (const bool direct : {false, true}) {
        for (const bool bottomUp : {false, true}) {
            SCOPED_TRACE(testing::Message() << "direct " << direct << ", bottom-up " << bottomUp);
            auto frame = positionFrame(w, h, bottomUp);
            ASSERT_TRUE(frame);
            PlaneUploader planes;
            planes.setDirectUpload(direct);
            // Twice: the second upload goes through the other pixel buffer.
            planes.upload(frame.get());
            planes.upload(frame.get());
            ASSERT_NE(planes.texture(0), 0u);
            ASSERT_NE(planes.texture(1), 0u);
            const auto luma = readTexture(planes.texture(0), w, h, 1);
            const auto chroma = readTexture(planes.texture(1), w / 2, h / 2, 2);
            ASSERT_EQ(glGetError(), GLenum(GL_NO_ERROR));
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) ASSERT_EQ(luma[size_t(y * w + x)], x + 3 * y);
            for (int y = 0; y < h / 2; ++y)
                for (int x = 0; x < w / 2; ++x) {
                    ASSERT_EQ(chroma[size_t(2 * (y * w / 2 + x))], 10 + x) << x << "," << y;
                    ASSERT_EQ(chroma[size_t(2 * (y * w / 2 + x)) + 1], 100 + y) << x << "," << y;
                }
        }
    }
}

TEST_F(RenderPasses, PlaneUploaderResetDeletesAndAbandonForgets) {
    auto frame = positionFrame(16, 8, false);
    ASSERT_TRUE(frame);
    PlaneUploader planes;
    planes.upload(frame.get());
    const unsigned first = planes.texture(0);
    ASSERT_TRUE(glIsTexture(first));
    planes.reset();
    EXPECT_EQ(planes.texture(0), 0u);
    EXPECT_FALSE(glIsTexture(first));

    planes.upload(frame.get());
    const unsigned second = planes.texture(0);
    planes.abandon();
    EXPECT_EQ(planes.texture(0), 0u);
    EXPECT_TRUE(glIsTexture(second));  // forgotten, not deleted
    GlTexture adopted(second);         // the test deletes it
}

TEST_F(RenderPasses, ShaderProgramsLinkEveryVariantAndGiveThemBack) {
    ShaderPrograms programs;
    ASSERT_FALSE(programs.linked());
    auto r = programs.link();
    ASSERT_TRUE(r) << r.error().message.toStdString();
    ASSERT_TRUE(programs.linked());
    std::vector<unsigned> names{programs.remap(), programs.direct()};
    for (const SampleMode mode : {SampleMode::Yuv, SampleMode::Rgb, SampleMode::Gray})
        for (const bool seam : {false, true}) names.push_back(programs.sample(mode, seam));
    for (size_t i = 0; i < names.size(); ++i) {
        EXPECT_TRUE(glIsProgram(names[i])) << i;
        for (size_t j = 0; j < i; ++j) EXPECT_NE(names[i], names[j]);
    }
    EXPECT_NE(programs.vertexArray(), 0u);
    programs.reset();
    EXPECT_FALSE(programs.linked());
    for (unsigned name : names) EXPECT_FALSE(glIsProgram(name));
}

TEST_F(RenderPasses, RemapPassMapsKeepsTheCallersFramebufferAndFreesOnRequest) {
    ShaderPrograms programs;
    ASSERT_TRUE(programs.link());
    auto target = OffscreenTarget::create(16, 16);
    ASSERT_TRUE(target);
    (*target)->bind();
    glViewport(1, 2, 7, 5);
    GLint drawBefore = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawBefore);

    constexpr int w = 64, h = 32;
    const std::array<QSize, 2> planes{QSize(1024, 512), QSize(512, 256)};
    const MapKey key = makeMapKey({}, {}, QSize(1024, 512), planes, w, h);
    RemapPass maps;
    EXPECT_FALSE(maps.madeFor(key));
    ASSERT_TRUE(maps.run(key, programs));
    EXPECT_TRUE(maps.madeFor(key));
    EXPECT_TRUE(maps.resident(key));

    GLint draw = 0;
    std::array<GLint, 4> viewport{};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw);
    glGetIntegerv(GL_VIEWPORT, viewport.data());
    EXPECT_EQ(draw, drawBefore);
    EXPECT_EQ(viewport, (std::array<GLint, 4>{1, 2, 7, 5}));

    // Looking straight ahead at the frame's centre: both planes are sampled at its middle.
    std::vector<float> map0(size_t(w) * h * 4);
    maps.readRows(0, h, map0.data(), nullptr);
    const float* centre = &map0[size_t((h / 2) * w + w / 2) * 4];
    for (int c = 0; c < 4; ++c) EXPECT_NEAR(centre[c], 0.5f, 0.02f) << c;

    maps.releaseTextures();
    EXPECT_FALSE(maps.hasMap());
    EXPECT_FALSE(maps.resident(key));
    EXPECT_TRUE(maps.madeFor(key));  // an unchanged view needs no remap on the CPU path

    // A side-by-side eye that wraps needs the seam map as well.
    SphericalInfo sbs;
    sbs.stereo = StereoLayout::SideBySide;
    const MapKey seamKey = makeMapKey({}, sbs, QSize(1024, 512), planes, w, h);
    ASSERT_EQ(seamKey.wrapMode, 2);
    ASSERT_TRUE(maps.run(seamKey, programs));
    EXPECT_TRUE(maps.resident(seamKey));
    EXPECT_FALSE(maps.madeFor(key));
    std::vector<float> map1(map0.size());
    maps.readRows(0, h, map0.data(), map1.data());
    EXPECT_EQ(glGetError(), GLenum(GL_NO_ERROR));
    maps.reset();
    EXPECT_FALSE(maps.hasMap());
    EXPECT_FALSE(maps.madeFor(seamKey));
}

}  // namespace
}  // namespace omk::render
