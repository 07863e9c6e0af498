// The GL side of the pixel-format table (render/TextureFormat): which textures each renderable
// format goes into and how the shaders scale its samples. No GL context needed.
#include "media/PixelFormat.h"
#include "render/TextureFormat.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <gtest/gtest.h>

namespace omk::render {
namespace {

TEST(TextureFormat, PlanarYuvInterleavesChromaIntoOneTexture) {
    const auto f = textureFormat(AV_PIX_FMT_YUV420P);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->mode, SampleMode::Yuv);
    EXPECT_EQ(f->planes, 3);
    EXPECT_TRUE(f->interleaveChroma);
    EXPECT_EQ(f->plane[0].internalFormat, GL_R8);
    EXPECT_EQ(f->plane[1].internalFormat, GL_RG8);
    EXPECT_EQ(f->plane[1].bytesPerPixel, 2);
    EXPECT_EQ(f->bits, 8);
    EXPECT_DOUBLE_EQ(f->textureScale, 1.0);

    const auto nv12 = textureFormat(AV_PIX_FMT_NV12);
    ASSERT_TRUE(nv12);
    EXPECT_EQ(nv12->planes, 2);
    EXPECT_FALSE(nv12->interleaveChroma);  // already interleaved in the frame
    EXPECT_EQ(nv12->plane[1].format, unsigned(GL_RG));
}

TEST(TextureFormat, TenBitSamplesScaleToTheirCodeRange) {
    const auto low = textureFormat(AV_PIX_FMT_YUV420P10LE);
    ASSERT_TRUE(low);
    EXPECT_EQ(low->plane[0].internalFormat, GL_R16);
    EXPECT_EQ(low->plane[1].internalFormat, GL_RG16);
    EXPECT_EQ(low->plane[0].type, unsigned(GL_UNSIGNED_SHORT));
    EXPECT_EQ(low->bits, 10);
    EXPECT_DOUBLE_EQ(low->textureScale, 65535.0 / 1023.0);

    const auto p010 = textureFormat(AV_PIX_FMT_P010LE);
    ASSERT_TRUE(p010);
    EXPECT_FALSE(p010->interleaveChroma);
    EXPECT_DOUBLE_EQ(p010->textureScale, 65535.0 / (1023.0 * 64.0));
}

TEST(TextureFormat, PackedRgbAndGray) {
    const auto rgba = textureFormat(AV_PIX_FMT_RGBA);
    const auto bgr0 = textureFormat(AV_PIX_FMT_BGR0);
    const auto gray = textureFormat(AV_PIX_FMT_GRAY8);
    ASSERT_TRUE(rgba && bgr0 && gray);
    EXPECT_EQ(rgba->mode, SampleMode::Rgb);
    EXPECT_EQ(rgba->planes, 1);
    EXPECT_EQ(rgba->plane[0].format, unsigned(GL_RGBA));
    EXPECT_EQ(bgr0->plane[0].format, unsigned(GL_BGRA));
    EXPECT_EQ(bgr0->plane[0].bytesPerPixel, 4);
    EXPECT_EQ(gray->mode, SampleMode::Gray);
    EXPECT_EQ(gray->plane[0].internalFormat, GL_R8);
}

TEST(TextureFormat, ExactlyTheTablesFormats) {
    for (int format = 0; format < AV_PIX_FMT_NB; ++format)
        EXPECT_EQ(textureFormat(format).has_value(), media::isRenderablePixelFormat(format))
            << format;
}

}  // namespace
}  // namespace omk::render
