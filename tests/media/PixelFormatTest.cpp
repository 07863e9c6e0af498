// The one pixel-format table agrees with FFmpeg's own descriptors and says what the decoder,
// the renderer and the CPU sampler were told before it existed.
#include "media/PixelFormat.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <gtest/gtest.h>

using namespace omk::media;

namespace {

const AVPixelFormat kRenderable[] = {
    AV_PIX_FMT_YUV420P,     AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUV422P,     AV_PIX_FMT_YUVJ422P,
    AV_PIX_FMT_YUV444P,     AV_PIX_FMT_YUVJ444P, AV_PIX_FMT_YUV420P10LE, AV_PIX_FMT_YUV422P10LE,
    AV_PIX_FMT_YUV444P10LE, AV_PIX_FMT_NV12,     AV_PIX_FMT_P010LE,      AV_PIX_FMT_RGBA,
    AV_PIX_FMT_BGRA,        AV_PIX_FMT_RGB0,     AV_PIX_FMT_BGR0,        AV_PIX_FMT_GRAY8};

}  // namespace

TEST(PixelFormat, ListsExactlyTheRenderableFormats) {
    for (AVPixelFormat f : kRenderable) {
        EXPECT_TRUE(isRenderablePixelFormat(f)) << av_get_pix_fmt_name(f);
        ASSERT_NE(pixelFormatInfo(f), nullptr);
        EXPECT_EQ(pixelFormatInfo(f)->format, f);
    }
    for (AVPixelFormat f : {AV_PIX_FMT_NONE, AV_PIX_FMT_YUV410P, AV_PIX_FMT_YUVJ440P,
                            AV_PIX_FMT_RGB24, AV_PIX_FMT_P010BE, AV_PIX_FMT_YUV420P10BE,
                            AV_PIX_FMT_CUDA, AV_PIX_FMT_VAAPI, AV_PIX_FMT_GRAY16LE}) {
        EXPECT_FALSE(isRenderablePixelFormat(f)) << int(f);
        EXPECT_EQ(pixelFormatInfo(f), nullptr);
    }
}

TEST(PixelFormat, AgreesWithFfmpegsDescriptors) {
    for (AVPixelFormat f : kRenderable) {
        const PixelFormatInfo* info = pixelFormatInfo(f);
        const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(f);
        ASSERT_NE(desc, nullptr);
        const char* name = desc->name;
        EXPECT_EQ(info->planes, av_pix_fmt_count_planes(f)) << name;
        EXPECT_EQ(info->bits, desc->comp[0].depth) << name;
        EXPECT_EQ(info->log2ChromaW, int(desc->log2_chroma_w)) << name;
        EXPECT_EQ(info->log2ChromaH, int(desc->log2_chroma_h)) << name;
        EXPECT_EQ(info->bytesPerSample, desc->comp[0].depth > 8 ? 2 : 1) << name;
        EXPECT_EQ(info->msbAligned, desc->comp[0].shift > 0) << name;
        EXPECT_EQ(info->family == PixelFamily::Rgb, (desc->flags & AV_PIX_FMT_FLAG_RGB) != 0)
            << name;
        EXPECT_EQ(info->family == PixelFamily::Gray, desc->nb_components == 1) << name;
        EXPECT_EQ(info->interleavedChroma, info->family == PixelFamily::Yuv && info->planes == 2)
            << name;
    }
}

TEST(PixelFormat, CpuSamplerTakesEightBitYuvOnly) {
    for (AVPixelFormat f : kRenderable) {
        const PixelFormatInfo* info = pixelFormatInfo(f);
        EXPECT_EQ(info->cpuSampled, info->family == PixelFamily::Yuv && info->bits == 8)
            << av_get_pix_fmt_name(f);
    }
}

TEST(PixelFormat, OnlyTheJpegFormatsAreAlwaysFullRange) {
    for (AVPixelFormat f : kRenderable)
        EXPECT_EQ(pixelFormatInfo(f)->fullRange,
                  f == AV_PIX_FMT_YUVJ420P || f == AV_PIX_FMT_YUVJ422P || f == AV_PIX_FMT_YUVJ444P)
            << av_get_pix_fmt_name(f);
    EXPECT_TRUE(pixelFormatInfo(AV_PIX_FMT_BGRA)->bgr);
    EXPECT_TRUE(pixelFormatInfo(AV_PIX_FMT_BGR0)->bgr);
    EXPECT_FALSE(pixelFormatInfo(AV_PIX_FMT_RGB0)->bgr);
}
