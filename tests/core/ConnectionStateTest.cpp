// The one connection state: its names (status lines, RoomController::state) and its meta-enum.
#include "core/ConnectionState.h"

#include <QMetaEnum>

#include <gtest/gtest.h>

using omk::core::ConnectionState;

TEST(ConnectionState, NamesEveryState) {
    EXPECT_EQ(connectionStateName(ConnectionState::Offline), QStringLiteral("offline"));
    EXPECT_EQ(connectionStateName(ConnectionState::Connecting), QStringLiteral("connecting"));
    EXPECT_EQ(connectionStateName(ConnectionState::Connected), QStringLiteral("connected"));
    EXPECT_EQ(connectionStateName(ConnectionState::Reconnecting), QStringLiteral("reconnecting"));
}

TEST(ConnectionState, IsAMetaEnumForSignalsAndQml) {
    const QMetaEnum e = QMetaEnum::fromType<ConnectionState>();
    ASSERT_TRUE(e.isValid());
    EXPECT_EQ(e.keyCount(), 4);
    EXPECT_STREQ(e.valueToKey(int(ConnectionState::Reconnecting)), "Reconnecting");
}
