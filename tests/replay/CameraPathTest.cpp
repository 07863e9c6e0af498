// Camera paths: interpolation between keyframes, holding at the ends, strict parsing.
#include "replay/CameraPath.h"

#include <gtest/gtest.h>

using namespace omk::replay;

TEST(CameraPath, InterpolatesLinearlyAndHoldsAtTheEnds) {
    auto path = CameraPath::parse(
        R"({"version":1,"keyframes":[{"t":1,"yaw":0,"pitch":10,"fov":90},{"t":3,"yaw":360,"fov":60}]})");
    ASSERT_TRUE(path) << path.error().message.toStdString();
    EXPECT_DOUBLE_EQ(path->at(0).yaw, 0);
    EXPECT_DOUBLE_EQ(path->at(2).yaw, 180);
    EXPECT_DOUBLE_EQ(path->at(2).fov, 75);
    EXPECT_DOUBLE_EQ(path->at(2).pitch, 10);  // left out: the previous keyframe's
    EXPECT_DOUBLE_EQ(path->at(10).yaw, 360);
    EXPECT_DOUBLE_EQ(path->at(10).fov, 60);
}

TEST(CameraPath, SmoothEasesInAndOut) {
    auto path = CameraPath::parse(
        R"({"version":1,"interpolation":"smooth","keyframes":[{"t":0,"yaw":0},{"t":4,"yaw":100}]})");
    ASSERT_TRUE(path);
    EXPECT_DOUBLE_EQ(path->at(2).yaw, 50);
    EXPECT_LT(path->at(1).yaw, 25);  // slower than linear at the start
    EXPECT_GT(path->at(3).yaw, 75);
}

TEST(CameraPath, DefaultLooksAhead) {
    const CameraPath path;
    EXPECT_DOUBLE_EQ(path.at(5).yaw, 0);
    EXPECT_DOUBLE_EQ(path.at(5).fov, 90);
}

TEST(CameraPath, RefusesBadFilesNamingTheField) {
    const std::pair<const char*, const char*> cases[] = {
        {"[]", "expected a JSON object"},
        {R"({"version":2,"keyframes":[{"t":0}]})", "version"},
        {R"({"version":1,"keyframes":[]})", "at least one"},
        {R"({"version":1})", "keyframes"},
        {R"({"version":1,"keyframes":[{"t":2},{"t":1}]})", "keyframes[1].t"},
        {R"({"version":1,"keyframes":[{"t":0,"pitch":120}]})", "keyframes[0].pitch"},
        {R"({"version":1,"keyframes":[{"t":0,"fov":0}]})", "keyframes[0].fov"},
        {R"({"version":1,"keyframes":[{"yaw":0}]})", "keyframes[0].t"},
        {R"({"version":1,"keyframes":[1]})", "keyframes[0]"},
        {R"({"version":1,"interpolation":"cubic","keyframes":[{"t":0}]})", "interpolation"},
        {R"({"version":1,"keyframes":[{"t":0,"roll":3}]})", "roll"},
    };
    for (const auto& [json, field] : cases) {
        auto path = CameraPath::parse(json);
        ASSERT_FALSE(path) << json;
        EXPECT_TRUE(path.error().message.contains(QLatin1String(field)))
            << json << " -> " << path.error().message.toStdString();
    }
}
