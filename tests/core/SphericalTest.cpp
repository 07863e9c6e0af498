#include "core/Spherical.h"

#include <gtest/gtest.h>

using namespace omk;

TEST(Spherical, ParsesEveryProjectionName) {
    for (auto p : {Projection::Equirect, Projection::Equirect180, Projection::Cubemap,
                   Projection::Eac, Projection::Flat}) {
        auto parsed = parseProjection(toString(p));
        ASSERT_TRUE(parsed) << toString(p).toStdString();
        EXPECT_EQ(*parsed, p);
    }
}

TEST(Spherical, ParsesStereoCaseInsensitively) {
    EXPECT_EQ(*parseStereo(QStringLiteral("Top-Bottom")), StereoLayout::TopBottom);
    EXPECT_EQ(*parseStereo(QStringLiteral("side-by-side")), StereoLayout::SideBySide);
    EXPECT_EQ(*parseEye(QStringLiteral("right")), Eye::Right);
}

TEST(Spherical, UnknownNameExplainsTheChoices) {
    auto r = parseProjection(QStringLiteral("fisheye"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("fisheye")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("equirect180")));
}

TEST(Expected, CarriesValueOrError) {
    Expected<int> ok = 3;
    Expected<int> bad = fail(QStringLiteral("nope"));
    EXPECT_TRUE(ok);
    EXPECT_EQ(*ok, 3);
    EXPECT_FALSE(bad);
    EXPECT_EQ(bad.error().message, QStringLiteral("nope"));
    Expected<void> v;
    EXPECT_TRUE(v);
}
