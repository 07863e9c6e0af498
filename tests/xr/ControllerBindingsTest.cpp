// The controller bindings as data, and button/thumbstick states -> commands.
#include "xr/ControllerBindings.h"

#include <gtest/gtest.h>

#include <QString>

#include <set>

namespace omk::xr {
namespace {

using C = ControllerCommand;

TEST(XrControllerBindings, EveryProfileHasSelectAndAPointerOnBothHands) {
    const auto& table = suggestedBindings();
    ASSERT_GE(table.size(), 5u);
    EXPECT_STREQ(table.front().profile, "/interaction_profiles/khr/simple_controller");
    for (const ProfileBindings& p : table) {
        std::set<std::pair<int, bool>> seen;  // action, right hand
        for (const SuggestedBinding& b : p.bindings) {
            const QString path = QString::fromLatin1(b.path);
            const bool right = path.startsWith(QLatin1String("/user/hand/right/input/"));
            EXPECT_TRUE(right || path.startsWith(QLatin1String("/user/hand/left/input/")))
                << p.profile << " " << b.path;
            // Pose actions bind poses, and only they do.
            EXPECT_EQ(actionKind(b.action) == ActionKind::Pose,
                      path.endsWith(QLatin1String("/pose")))
                << p.profile << " " << b.path;
            EXPECT_TRUE(seen.insert({int(b.action), right}).second)
                << "bound twice: " << p.profile << " " << b.path;
        }
        for (bool right : {false, true}) {
            EXPECT_TRUE(seen.count({int(ControllerAction::Select), right})) << p.profile;
            EXPECT_TRUE(seen.count({int(ControllerAction::Aim), right})) << p.profile;
        }
        EXPECT_TRUE(seen.count({int(ControllerAction::ToggleChat), false})) << p.profile;
    }
}

TEST(XrControllerBindings, ActionNamesAreValidPathSegments) {
    std::set<std::string> names;
    for (int i = 0; i < kControllerActionCount; ++i) {
        const std::string n = actionName(ControllerAction(i));
        EXPECT_FALSE(n.empty());
        for (char c : n) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_' || c == '-') << n;
        EXPECT_TRUE(names.insert(n).second) << n;
        EXPECT_STRNE(actionLocalizedName(ControllerAction(i)), "");
    }
}

TEST(XrControllerCommandEdges, ButtonsGiveOneCommandPerPress) {
    ControllerCommandEdges edges;
    ControllerState s;
    EXPECT_TRUE(edges.update(s).empty());
    s.select[1] = true;
    EXPECT_EQ(edges.update(s), std::vector<C>{C::Select});
    EXPECT_TRUE(edges.update(s).empty()) << "held, not pressed again";
    s.select[1] = false;
    EXPECT_TRUE(edges.update(s).empty());
    s.select[0] = true;  // the other hand
    s.toggleChat[0] = true;
    s.recenter[0] = true;
    s.playPause[1] = true;
    EXPECT_EQ(edges.update(s),
              (std::vector<C>{C::Select, C::ToggleChat, C::Recenter, C::PlayPause}));
}

TEST(XrControllerCommandEdges, ThumbstickStepsOncePerPush) {
    ControllerCommandEdges edges;
    ControllerState s;
    s.switchChannel[1] = 0.5f;  // not far enough
    EXPECT_TRUE(edges.update(s).empty());
    s.switchChannel[1] = 0.9f;
    EXPECT_EQ(edges.update(s), std::vector<C>{C::NextChannel});
    s.switchChannel[1] = 0.5f;  // between release and push: still the same push
    EXPECT_TRUE(edges.update(s).empty());
    s.switchChannel[1] = 0.95f;
    EXPECT_TRUE(edges.update(s).empty());
    s.switchChannel[1] = 0.1f;  // back
    EXPECT_TRUE(edges.update(s).empty());
    s.switchChannel[1] = -0.8f;
    EXPECT_EQ(edges.update(s), std::vector<C>{C::PreviousChannel});
}

}  // namespace
}  // namespace omk::xr
