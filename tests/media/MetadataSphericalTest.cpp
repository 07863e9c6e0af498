// Spherical metadata as files carry it: V2 boxes written by FFmpeg's muxer and injected by hand
// (as Google's spatial-media tool does), V1 XMP, and files that say nothing.

#include "ProbeTestSupport.h"

#include "media/ClipWriter.h"
#include "media/FrameGrabber.h"
#include "media/Probe.h"

#include <QImage>

#include <gtest/gtest.h>

namespace omk::media {
namespace {

using namespace testing;

QString writeClip(const QString& name, const SphericalInfo* meta) {
    const QString path = tmpPath(name);
    auto w = ClipWriter::open(path, 128, 64, 10, false, meta);
    if (!w) {
        ADD_FAILURE() << w.error().message.toStdString();
        return {};
    }
    QImage img(128, 64, QImage::Format_RGB32);
    img.fill(Qt::darkCyan);
    for (int i = 0; i < 5; ++i)
        if (auto r = (*w)->writeVideo(img); !r) ADD_FAILURE() << r.error().message.toStdString();
    if (auto r = (*w)->finish(); !r) ADD_FAILURE() << r.error().message.toStdString();
    return path;
}

SphericalInfo probeSpherical(const QString& path) {
    auto info = probe(path);
    if (!info) {
        ADD_FAILURE() << info.error().message.toStdString();
        return {};
    }
    return info->spherical;
}

// Injects boxes into a copy of the ffmpeg-made clip; moov is at the end, so no offset moves.
QString injected(const QString& name, const QStringList& path, const QByteArray& boxes) {
    const QString src = testsrcClip();
    QByteArray bytes = readAll(src);
    if (bytes.isEmpty() || !appendToBox(bytes, path, boxes)) {
        ADD_FAILURE() << "cannot inject into " << src.toStdString();
        return {};
    }
    const QString out = tmpPath(name);
    EXPECT_TRUE(writeAll(out, bytes));
    return out;
}

TEST(MetadataSpherical, PlainFileIsDefaultEquirectMono) {
    const SphericalInfo s = probeSpherical(testsrcClip());
    EXPECT_EQ(s.projection, Projection::Equirect);
    EXPECT_EQ(s.projectionSource, InfoSource::Default);
    EXPECT_EQ(s.stereo, StereoLayout::Mono);
    EXPECT_EQ(s.stereoSource, InfoSource::Default);
}

TEST(MetadataSpherical, V2FromMuxerRoundTrips) {
    SphericalInfo meta;
    meta.stereo = StereoLayout::TopBottom;
    meta.yaw = 30;
    meta.pitch = -10;
    meta.roll = 5;
    const SphericalInfo s = probeSpherical(writeClip("meta-v2-muxer.mp4", &meta));
    EXPECT_EQ(s.projection, Projection::Equirect);
    EXPECT_EQ(s.projectionSource, InfoSource::Metadata);
    EXPECT_EQ(s.stereo, StereoLayout::TopBottom);
    EXPECT_EQ(s.stereoSource, InfoSource::Metadata);
    EXPECT_NEAR(s.yaw, 30, 1e-3);
    EXPECT_NEAR(s.pitch, -10, 1e-3);
    EXPECT_NEAR(s.roll, 5, 1e-3);
}

TEST(MetadataSpherical, V2HalfWidthTileIsVr180) {
    SphericalInfo meta;
    meta.projection = Projection::Equirect180;
    meta.stereo = StereoLayout::SideBySide;
    const SphericalInfo s = probeSpherical(writeClip("meta-v2-vr180.mp4", &meta));
    EXPECT_EQ(s.projection, Projection::Equirect180);
    EXPECT_EQ(s.projectionSource, InfoSource::Metadata);
    EXPECT_NEAR(s.boundLeft, 0.25, 1e-6);
    EXPECT_NEAR(s.boundRight, 0.25, 1e-6);
    EXPECT_EQ(s.stereo, StereoLayout::SideBySide);
}

TEST(MetadataSpherical, V2InjectedIntoSampleEntry) {
    const QStringList avc1 = {"moov", "trak", "mdia", "minf", "stbl", "stsd", "avc1"};
    const QString path =
        injected(QStringLiteral("meta-v2-injected.mp4"), avc1, st3dBox(1) + sv3dBox(90, 15, -20));
    const SphericalInfo s = probeSpherical(path);
    EXPECT_EQ(s.projection, Projection::Equirect);
    EXPECT_EQ(s.projectionSource, InfoSource::Metadata);
    EXPECT_EQ(s.stereo, StereoLayout::TopBottom);
    EXPECT_NEAR(s.yaw, 90, 1e-3);
    EXPECT_NEAR(s.pitch, 15, 1e-3);
    EXPECT_NEAR(s.roll, -20, 1e-3);

    // The injected file must still decode: the boxes must not have disturbed the samples.
    auto g = FrameGrabber::open(path);
    ASSERT_TRUE(g) << g.error().message.toStdString();
    EXPECT_TRUE(g->frameAt(1.0));
}

TEST(MetadataSpherical, V2InjectedTileWithHalfWidthBoundsIsVr180) {
    const QStringList avc1 = {"moov", "trak", "mdia", "minf", "stbl", "stsd", "avc1"};
    const uint32_t quarter = 0x40000000;
    const SphericalInfo s = probeSpherical(injected(QStringLiteral("meta-v2-injected-vr180.mp4"),
                                                    avc1, sv3dBox(0, 0, 0, quarter, quarter)));
    EXPECT_EQ(s.projection, Projection::Equirect180);
    EXPECT_EQ(s.stereo, StereoLayout::Mono);
    EXPECT_EQ(s.stereoSource, InfoSource::Default);
}

// FFmpeg's mov demuxer reads V1 XMP itself (mov_read_uuid), so V1 needs no parser of ours. It
// does not read the initial view, though: 5.1 runs strtol on the opening tag, not its value, so
// V1 orientation always comes back as 0.
TEST(MetadataSpherical, V1XmpInTrak) {
    const SphericalInfo s = probeSpherical(
        injected(QStringLiteral("meta-v1.mp4"), {"moov", "trak"}, v1UuidBox("top-bottom", 45)));
    EXPECT_EQ(s.projection, Projection::Equirect);
    EXPECT_EQ(s.projectionSource, InfoSource::Metadata);
    EXPECT_EQ(s.stereo, StereoLayout::TopBottom);
    EXPECT_EQ(s.stereoSource, InfoSource::Metadata);
}

TEST(MetadataSpherical, V1LeftRightIsSideBySide) {
    const SphericalInfo s = probeSpherical(
        injected(QStringLiteral("meta-v1-lr.mp4"), {"moov", "trak"}, v1UuidBox("left-right", 0)));
    EXPECT_EQ(s.projectionSource, InfoSource::Metadata);
    EXPECT_EQ(s.stereo, StereoLayout::SideBySide);
}

}  // namespace
}  // namespace omk::media
