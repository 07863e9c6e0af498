// The one time format of the overlay and the control bar.
#include "ui/PlayerController.h"

#include <gtest/gtest.h>

#include <limits>

namespace omk::ui {
namespace {

TEST(ClockText, MinutesThenHoursAsPlayersShowThem) {
    EXPECT_EQ(PlayerController::clockText(0), QStringLiteral("0:00"));
    EXPECT_EQ(PlayerController::clockText(5.9), QStringLiteral("0:05"));
    EXPECT_EQ(PlayerController::clockText(65), QStringLiteral("1:05"));
    EXPECT_EQ(PlayerController::clockText(3599), QStringLiteral("59:59"));
    EXPECT_EQ(PlayerController::clockText(3600), QStringLiteral("1:00:00"));
    EXPECT_EQ(PlayerController::clockText(3723), QStringLiteral("1:02:03"));
}

TEST(ClockText, NoTimeIsZero) {
    EXPECT_EQ(PlayerController::clockText(-3), QStringLiteral("0:00"));
    EXPECT_EQ(PlayerController::clockText(std::numeric_limits<double>::quiet_NaN()),
              QStringLiteral("0:00"));
    EXPECT_EQ(PlayerController::clockText(std::numeric_limits<double>::infinity()),
              QStringLiteral("0:00"));
}

}  // namespace
}  // namespace omk::ui
