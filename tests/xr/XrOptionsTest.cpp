// `omnikast xr` argument parsing: every failure is one reason naming the option.
#include "xrcli/XrOptions.h"

#include <gtest/gtest.h>

namespace omk::xrcli {
namespace {

QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* a : list) out << QString::fromUtf8(a);
    return out;
}

TEST(XrOptions, Defaults) {
    auto o = parseXrArgs(args({"clip.mp4"}));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->input, QStringLiteral("clip.mp4"));
    EXPECT_EQ(o->frames, 120);
    EXPECT_EQ(o->seconds, 0);
    EXPECT_FALSE(o->json);
    EXPECT_TRUE(o->snapshotEyes.isEmpty());
}

TEST(XrOptions, AllOptions) {
    auto o = parseXrArgs(args(
        {"--frames", "30", "clip.mp4", "--seconds", "2.5", "--json", "--snapshot-eyes", "out"}));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->frames, 30);
    EXPECT_DOUBLE_EQ(o->seconds, 2.5);
    EXPECT_TRUE(o->json);
    EXPECT_EQ(o->snapshotEyes, QStringLiteral("out"));
    EXPECT_FALSE(o->override.stereo);
    auto stereo = parseXrArgs(args({"clip.mp4", "--stereo", "top-bottom"}));
    ASSERT_TRUE(stereo) << stereo.error().message.toStdString();
    EXPECT_EQ(stereo->override.stereo, StereoLayout::TopBottom);
}

TEST(XrOptions, Failures) {
    EXPECT_EQ(parseXrArgs({}).error().message, QStringLiteral("xr needs an INPUT"));
    EXPECT_EQ(parseXrArgs(args({"a", "--frames", "0"})).error().message,
              QStringLiteral("--frames: 0 is outside 1..1e+07"));
    EXPECT_EQ(parseXrArgs(args({"a", "--frames"})).error().message,
              QStringLiteral("option --frames needs a value"));
    EXPECT_EQ(parseXrArgs(args({"a", "--fov", "3"})).error().message,
              QStringLiteral("unknown option --fov"));
    EXPECT_EQ(parseXrArgs(args({"a", "b"})).error().message,
              QStringLiteral("unexpected extra argument 'b'"));
}

TEST(XrOptions, Layer) {
    EXPECT_EQ(parseXrArgs(args({"clip.mp4"}))->layer, xr::VideoLayer::Projection);
    EXPECT_EQ(parseXrArgs(args({"clip.mp4", "--layer", "equirect2"}))->layer,
              xr::VideoLayer::Equirect2);
    EXPECT_EQ(parseXrArgs(args({"clip.mp4", "--layer", "cube"})).error().message,
              QStringLiteral("--layer must be projection or equirect2, not \"cube\""));
}

TEST(XrCheckOptions, DemoOnly) {
    auto o = parseXrCheckArgs({});
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_TRUE(o->input.isEmpty());
    EXPECT_EQ(o->frames, 120);
    auto all = parseXrCheckArgs(
        args({"--frames", "12", "--snapshot-eyes", "eyes", "--json", "--layer", "equirect2"}));
    ASSERT_TRUE(all) << all.error().message.toStdString();
    EXPECT_EQ(all->frames, 12);
    EXPECT_EQ(all->snapshotEyes, QStringLiteral("eyes"));
    EXPECT_TRUE(all->json);
    EXPECT_EQ(all->layer, xr::VideoLayer::Equirect2);
    EXPECT_EQ(parseXrCheckArgs(args({"clip.mp4"})).error().message,
              QStringLiteral("xr-check takes no INPUT (it plays the demo clip; use `omnikast xr "
                             "clip.mp4`)"));
    EXPECT_EQ(parseXrCheckArgs(args({"--seconds", "2"})).error().message,
              QStringLiteral("unknown option --seconds"));
    EXPECT_EQ(parseXrCheckArgs(args({"--frames", "0"})).error().message,
              QStringLiteral("--frames: 0 is outside 1..1e+07"));
}

}  // namespace
}  // namespace omk::xrcli
