// The remap pass's key (render/MapKey): which inputs it reads and how, without GL. Every field is
// something remap.frag reads; a change in any input that affects the mapping must change the key.
#include "render/MapKey.h"

#include <gtest/gtest.h>

namespace omk::render {
namespace {

const std::array<QSize, 2> kPlanes420{QSize(1024, 512), QSize(512, 256)};

MapKey keyFor(const SphericalInfo& info, const ViewParams& view = {}, int width = 200,
              int height = 100) {
    return makeMapKey(view, info, QSize(1024, 512), kPlanes420, width, height);
}

TEST(MapKey, MonoEquirectWrapsWithRepeat) {
    const MapKey k = keyFor({});
    EXPECT_TRUE(k.wrapX);
    EXPECT_EQ(k.wrapMode, 1);
    EXPECT_EQ(k.eyeRect, (std::array<float, 4>{0, 0, 1, 1}));
    EXPECT_EQ(k.bounds, (std::array<float, 4>{0, 0, 0, 0}));
    EXPECT_EQ(k.size0, (std::array<int, 2>{1024, 512}));
    EXPECT_EQ(k.size1, (std::array<int, 2>{512, 256}));
    EXPECT_EQ(k.width, 200);
    EXPECT_EQ(k.height, 100);
}

TEST(MapKey, SymmetricViewTangentsFollowFovAndAspect) {
    const MapKey k = keyFor({}, ViewParams{.fov = 90}, 200, 100);
    EXPECT_NEAR(k.tanBounds[0], -1.0f, 1e-6f);
    EXPECT_NEAR(k.tanBounds[1], 1.0f, 1e-6f);
    EXPECT_NEAR(k.tanBounds[2], -0.5f, 1e-6f);
    EXPECT_NEAR(k.tanBounds[3], 0.5f, 1e-6f);
    // A headset eye's tangents are taken as they are.
    ViewParams eye;
    eye.tangents = ViewTangents{-1.2, 0.8, -0.9, 1.1};
    const MapKey a = keyFor({}, eye);
    EXPECT_EQ(a.tanBounds, (std::array<float, 4>{-1.2f, 0.8f, -0.9f, 1.1f}));
}

TEST(MapKey, SideBySideEyeWrapsThroughTheSeamMap) {
    SphericalInfo sbs;
    sbs.stereo = StereoLayout::SideBySide;
    const MapKey left = keyFor(sbs, ViewParams{.eye = Eye::Left});
    const MapKey right = keyFor(sbs, ViewParams{.eye = Eye::Right});
    EXPECT_EQ(left.wrapMode, 2);
    EXPECT_EQ(left.eyeRect, (std::array<float, 4>{0, 0, 0.5f, 1}));
    EXPECT_EQ(right.eyeRect, (std::array<float, 4>{0.5f, 0, 0.5f, 1}));
    EXPECT_NE(left, right);

    SphericalInfo tb;
    tb.stereo = StereoLayout::TopBottom;
    const MapKey bottom = keyFor(tb, ViewParams{.eye = Eye::Right});
    EXPECT_EQ(bottom.wrapMode, 1);  // each eye is as wide as the texture
    EXPECT_EQ(bottom.eyeRect, (std::array<float, 4>{0, 0.5f, 1, 0.5f}));
}

TEST(MapKey, TiledBoundsAreReadOnceAndOnlyWhenValid) {
    SphericalInfo tiled;
    tiled.boundLeft = tiled.boundRight = 0.25;
    const MapKey k = keyFor(tiled);
    EXPECT_EQ(k.bounds, (std::array<float, 4>{0.25f, 0, 0.25f, 0}));
    EXPECT_FALSE(k.wrapX);
    EXPECT_EQ(k.wrapMode, 0);

    // VR180 tagged both as equirect180 and with the 0.25/0.25 tile is not cropped twice.
    SphericalInfo vr180 = tiled;
    vr180.projection = Projection::Equirect180;
    EXPECT_EQ(keyFor(vr180).bounds, (std::array<float, 4>{0, 0, 0, 0}));

    SphericalInfo invalid;
    invalid.boundLeft = 0.6, invalid.boundRight = 0.5, invalid.boundTop = 0.1;
    EXPECT_EQ(keyFor(invalid).bounds, (std::array<float, 4>{0, 0.1f, 0, 0}));

    // Bounds describe tiled equirect pictures only.
    SphericalInfo cube = tiled;
    cube.projection = Projection::Cubemap;
    EXPECT_EQ(keyFor(cube).bounds, (std::array<float, 4>{0, 0, 0, 0}));
    EXPECT_EQ(keyFor(cube).wrapMode, 0);
}

TEST(MapKey, EveryInputThatMovesTheMapChangesTheKey) {
    const MapKey base = keyFor({});
    EXPECT_EQ(base, keyFor({}));
    SphericalInfo turned;
    turned.yaw = 30;
    EXPECT_NE(base, keyFor(turned));
    EXPECT_NE(base, keyFor({}, ViewParams{.yaw = 10}));
    EXPECT_NE(base, keyFor({}, ViewParams{.fov = 70}));
    EXPECT_NE(base, keyFor({}, {}, 201, 100));
    EXPECT_NE(base,
              makeMapKey({}, {}, QSize(1024, 512), {QSize(1024, 512), QSize(1024, 512)}, 200, 100));
    SphericalInfo flat;
    flat.projection = Projection::Flat;
    const MapKey wide = makeMapKey({}, flat, QSize(1600, 900), kPlanes420, 200, 100);
    const MapKey square = makeMapKey({}, flat, QSize(900, 900), kPlanes420, 200, 100);
    EXPECT_NE(wide.flatHalfExtent, square.flatHalfExtent);
    EXPECT_FLOAT_EQ(square.flatHalfExtent[0], square.flatHalfExtent[1]);
}

}  // namespace
}  // namespace omk::render
