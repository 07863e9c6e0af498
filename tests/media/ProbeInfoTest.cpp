// `probe` output: the fields, and the two renderings the CLI prints.

#include "ProbeTestSupport.h"

#include "media/Probe.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace omk::media {
namespace {

using namespace testing;

QString clipWithAudio() {
    return ffmpegMake(QStringLiteral("probe-av.mp4"),
                      QStringLiteral("-f lavfi -i testsrc2=size=320x160:rate=25:duration=1 "
                                     "-f lavfi -i sine=sample_rate=44100:duration=1 -c:v libx264 "
                                     "-preset ultrafast -pix_fmt yuv420p -colorspace bt709 "
                                     "-color_primaries bt709 -color_trc bt709 -color_range tv "
                                     "-c:a aac -ac 2"));
}

TEST(ProbeInfo, ReadsStreams) {
    const QString clip = clipWithAudio();
    ASSERT_FALSE(clip.isEmpty());
    auto info = probe(clip);
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_EQ(info->url, clip);
    EXPECT_EQ(info->container, QStringLiteral("QuickTime / MOV"));
    EXPECT_NEAR(info->duration, 1.0, 0.1);
    EXPECT_GT(info->bitRate, 0);
    EXPECT_FALSE(info->live);
    EXPECT_EQ(info->videoCodec, QStringLiteral("h264"));
    EXPECT_EQ(info->width, 320);
    EXPECT_EQ(info->height, 160);
    EXPECT_NEAR(info->frameRate, 25, 1e-6);
    EXPECT_EQ(info->pixelFormat, QStringLiteral("yuv420p"));
    EXPECT_EQ(info->colorMatrix, QStringLiteral("bt709"));
    EXPECT_EQ(info->colorRange, QStringLiteral("tv"));
    EXPECT_EQ(info->colorPrimaries, QStringLiteral("bt709"));
    EXPECT_EQ(info->colorTransfer, QStringLiteral("bt709"));
    EXPECT_TRUE(info->hasAudio);
    EXPECT_EQ(info->audioCodec, QStringLiteral("aac"));
    EXPECT_EQ(info->sampleRate, 44100);
    EXPECT_EQ(info->channels, 2);
}

TEST(ProbeInfo, JsonAndTextAgree) {
    auto info = probe(clipWithAudio());
    ASSERT_TRUE(info);
    const QJsonObject json = toJson(*info);
    for (const char* key :
         {"input", "container", "duration", "video_codec", "width", "height", "frame_rate",
          "pixel_format", "color_matrix", "audio_codec", "projection", "projection_source",
          "stereo", "stereo_source", "hardware_decoders", "live"})
        EXPECT_TRUE(json.contains(QLatin1String(key))) << key;
    EXPECT_EQ(json.value("projection").toString(), toString(Projection::Equirect));
    EXPECT_EQ(json.value("projection_source").toString(), toString(InfoSource::Default));
    EXPECT_EQ(json.value("width").toInt(), 320);
    EXPECT_TRUE(json.value("hardware_decoders").isArray());

    const QStringList lines = toText(*info).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), json.size());
    for (const QString& line : lines) {
        const QString key = line.section(QStringLiteral(": "), 0, 0);
        EXPECT_TRUE(json.contains(key)) << line.toStdString();
    }
    EXPECT_TRUE(lines.contains(QStringLiteral("video_codec: h264")));
    EXPECT_TRUE(lines.contains(QStringLiteral("width: 320")));
    EXPECT_TRUE(
        lines.contains(QStringLiteral("projection_source: ") + toString(InfoSource::Default)));
}

TEST(ProbeInfo, StillImage) {
    const QString png = ffmpegMake(QStringLiteral("probe-still.png"),
                                   QStringLiteral("-f lavfi -i testsrc2=size=256x128 -frames:v 1"));
    auto info = probe(png);
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_EQ(info->videoCodec, QStringLiteral("png"));
    EXPECT_EQ(info->width, 256);
    EXPECT_FALSE(info->live);
    EXPECT_FALSE(info->hasAudio);
}

}  // namespace
}  // namespace omk::media
