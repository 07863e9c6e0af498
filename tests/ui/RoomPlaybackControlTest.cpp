// The room-vs-local playback rule (RoomPlaybackControl).
#include "ui/RoomPlaybackControl.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using omk::ui::RoomPlaybackControl;
using Route = RoomPlaybackControl::Route;

TEST(RoomPlaybackControl, OutsideAFollowedRoomTheLocalPlayerActs) {
    EXPECT_EQ(RoomPlaybackControl::route(false, false), Route::Local);
    EXPECT_EQ(RoomPlaybackControl::route(false, true), Route::Local);
}

TEST(RoomPlaybackControl, InAFollowedRoomModeratorsActForEveryoneAndAttendeesAreRefused) {
    EXPECT_EQ(RoomPlaybackControl::route(true, true), Route::Room);
    EXPECT_EQ(RoomPlaybackControl::route(true, false), Route::Refused);
    EXPECT_TRUE(RoomPlaybackControl::refusedNotice().contains(QStringLiteral("moderator")));
}

TEST(RoomPlaybackControl, WithoutARoomNothingIsRefused) {
    RoomPlaybackControl control;
    QSignalSpy refused(&control, &RoomPlaybackControl::refused);
    EXPECT_TRUE(control.togglePause().isEmpty());
    EXPECT_TRUE(control.seekTo(12).isEmpty());
    EXPECT_TRUE(control.seekRelative(-10).isEmpty());
    EXPECT_EQ(refused.count(), 0);
}
