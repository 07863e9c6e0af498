#include "cli/CliOptions.h"

#include <gtest/gtest.h>

using namespace omk;
using namespace omk::cli;

static QStringList L(std::initializer_list<const char*> a) {
    QStringList out;
    for (auto* s : a) out << QString::fromUtf8(s);
    return out;
}

TEST(CliOptions, SnapshotDefaultsFollowTheDocumentedConventions) {
    auto o = parseSnapshotArgs(L({"in.mp4", "-o", "out.png"}));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->view.yaw, 0);
    EXPECT_EQ(o->view.pitch, 0);
    EXPECT_EQ(o->view.roll, 0);
    EXPECT_EQ(o->view.fov, 90);
    EXPECT_EQ(o->size, QSize(1280, 720));
    EXPECT_EQ(o->at, 0);
    EXPECT_EQ(o->view.eye, Eye::Left);
    EXPECT_FALSE(o->override.projection.has_value());
}

TEST(CliOptions, SnapshotTakesEveryOption) {
    auto o = parseSnapshotArgs(L(
        {"--at", "2.5",      "in.mp4",     "--yaw",  "-30",     "--pitch", "10",    "--roll",
         "5",    "--fov",    "60",         "--size", "640x360", "--eye",   "right", "--projection",
         "eac",  "--stereo", "top-bottom", "-o",     "x.png"}));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->input, QStringLiteral("in.mp4"));
    EXPECT_EQ(o->output, QStringLiteral("x.png"));
    EXPECT_DOUBLE_EQ(o->at, 2.5);
    EXPECT_DOUBLE_EQ(o->view.yaw, -30);
    EXPECT_DOUBLE_EQ(o->view.pitch, 10);
    EXPECT_DOUBLE_EQ(o->view.roll, 5);
    EXPECT_DOUBLE_EQ(o->view.fov, 60);
    EXPECT_EQ(o->size, QSize(640, 360));
    EXPECT_EQ(o->view.eye, Eye::Right);
    EXPECT_EQ(*o->override.projection, Projection::Eac);
    EXPECT_EQ(*o->override.stereo, StereoLayout::TopBottom);
}

TEST(CliOptions, ReasonsNameTheProblem) {
    auto missingOut = parseSnapshotArgs(L({"in.mp4"}));
    ASSERT_FALSE(missingOut);
    EXPECT_TRUE(missingOut.error().message.contains(QStringLiteral("-o")));

    auto badSize = parseSnapshotArgs(L({"in.mp4", "-o", "x.png", "--size", "big"}));
    ASSERT_FALSE(badSize);
    EXPECT_TRUE(badSize.error().message.contains(QStringLiteral("big")));

    auto badPitch = parseSnapshotArgs(L({"in.mp4", "-o", "x.png", "--pitch", "91"}));
    ASSERT_FALSE(badPitch);
    EXPECT_TRUE(badPitch.error().message.contains(QStringLiteral("--pitch")));

    auto noValue = parseBenchArgs(L({"in.mp4", "--frames"}));
    ASSERT_FALSE(noValue);
    EXPECT_TRUE(noValue.error().message.contains(QStringLiteral("--frames")));

    auto unknown = parseProbeArgs(L({"in.mp4", "--bogus"}));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("--bogus")));
}

TEST(CliOptions, BenchSamplingPath) {
    EXPECT_EQ(parseBenchArgs(L({"in.mp4"}))->sampling, QStringLiteral("auto"));
    EXPECT_EQ(parseBenchArgs(L({"in.mp4", "--sampling", "cpu"}))->sampling, QStringLiteral("cpu"));
    EXPECT_EQ(parseBenchArgs(L({"in.mp4", "--sampling", "shader"}))->sampling,
              QStringLiteral("shader"));
    auto bad = parseBenchArgs(L({"in.mp4", "--sampling", "gpu"}));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("--sampling")));
}

TEST(CliOptions, SizeLimits) {
    EXPECT_TRUE(parseSize(QStringLiteral("1920x1080")));
    EXPECT_FALSE(parseSize(QStringLiteral("0x0")));
    EXPECT_FALSE(parseSize(QStringLiteral("99999x10")));
    EXPECT_FALSE(parseSize(QStringLiteral("-5x10")));
}

TEST(CliOptions, OverrideReplacesDetectedValuesAndSaysSo) {
    SphericalInfo detected;
    detected.projectionSource = InfoSource::Metadata;
    SphericalOverride o;
    o.stereo = StereoLayout::SideBySide;
    const auto r = applyOverride(detected, o);
    EXPECT_EQ(r.projection, Projection::Equirect);
    EXPECT_EQ(r.projectionSource, InfoSource::Metadata);
    EXPECT_EQ(r.stereo, StereoLayout::SideBySide);
    EXPECT_EQ(r.stereoSource, InfoSource::Override);
}
