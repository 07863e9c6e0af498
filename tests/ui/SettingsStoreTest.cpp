// The settings registry: every key's default when nothing is stored, values written read back
// with their type, values a hand edit left unusable fall back to the default, and the on-disk
// key names stay what users' files already hold.
#include "ui/SettingsKeys.h"
#include "ui/SettingsStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QRect>
#include <QSettings>
#include <QStandardPaths>

namespace {

using omk::ui::SettingsStore;
namespace settings = omk::ui::settings;

class Registry : public ::testing::Test {
protected:
    void SetUp() override {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
        // Settings per test: ctest runs these tests as parallel processes.
        QCoreApplication::setApplicationName(
            QStringLiteral("settings-store-test-%1")
                .arg(QString::fromLatin1(
                    ::testing::UnitTest::GetInstance()->current_test_info()->name())));
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }
    // What a hand edit or an older version might have left in the file.
    static void raw(const QString& key, const QVariant& value) { QSettings().setValue(key, value); }
};

TEST_F(Registry, DefaultsWhenNothingIsStored) {
    EXPECT_TRUE(SettingsStore::read(settings::kLastEvent).isEmpty());
    EXPECT_DOUBLE_EQ(SettingsStore::read(settings::kFov), settings::kDefaultFov);
    EXPECT_EQ(SettingsStore::read(settings::kChatWidth), settings::kDefaultChatWidth);
    EXPECT_TRUE(SettingsStore::read(settings::kChatVisible));
    EXPECT_TRUE(SettingsStore::read(settings::kWindowGeometry).isNull());
    EXPECT_EQ(SettingsStore::read(settings::kHighContrast), settings::desktopPrefersHighContrast());
    EXPECT_EQ(SettingsStore::read(settings::kLanguage), QStringLiteral("system"));
    EXPECT_EQ(SettingsStore::read(settings::kVolume), 100);
    EXPECT_FALSE(SettingsStore::read(settings::kMuted));
    EXPECT_TRUE(SettingsStore::read(settings::kCaptions));
    EXPECT_EQ(SettingsStore::guestName(), settings::defaultGuestName());
    EXPECT_FALSE(SettingsStore::guestName().isEmpty());
    EXPECT_EQ(SettingsStore::viewerCountUrl(),
              QStringLiteral("https://dkw.cloudnativedays.jp/query"));
    EXPECT_EQ(SettingsStore::streamChoice(QStringLiteral("ev"), QStringLiteral("ch")), 0);
    EXPECT_TRUE(SettingsStore::starredSessions(QStringLiteral("ev")).isEmpty());
    EXPECT_TRUE(
        SettingsStore::signInToken(QStringLiteral("ws://h"), QStringLiteral("n")).isEmpty());
}

TEST_F(Registry, WrittenValuesReadBackWithTheirType) {
    SettingsStore::write(settings::kFov, 64.5);
    SettingsStore::write(settings::kChatVisible, false);
    SettingsStore::write(settings::kWindowGeometry, QRect(10, 20, 1000, 700));
    SettingsStore::write(settings::kVolume, 35);
    SettingsStore::write(settings::kLanguage, QStringLiteral("ja"));
    SettingsStore::setGuestName(QStringLiteral("Ada"));
    SettingsStore::setStreamChoice(QStringLiteral("ev"), QStringLiteral("ch"), 2);
    SettingsStore::setStarredSessions(QStringLiteral("ev"), {QStringLiteral("s1")});
    SettingsStore::setSignInToken(QStringLiteral("ws://h"), QStringLiteral("Ada"),
                                  QStringLiteral("tok"));
    // An empty URL is a choice (no viewer counts), not a missing value.
    SettingsStore::setViewerCountUrl({});
    EXPECT_DOUBLE_EQ(SettingsStore::read(settings::kFov), 64.5);
    EXPECT_FALSE(SettingsStore::read(settings::kChatVisible));
    EXPECT_EQ(SettingsStore::read(settings::kWindowGeometry), QRect(10, 20, 1000, 700));
    EXPECT_EQ(SettingsStore::read(settings::kVolume), 35);
    EXPECT_EQ(SettingsStore::read(settings::kLanguage), QStringLiteral("ja"));
    EXPECT_EQ(SettingsStore::guestName(), QStringLiteral("Ada"));
    EXPECT_EQ(SettingsStore::streamChoice(QStringLiteral("ev"), QStringLiteral("ch")), 2);
    EXPECT_EQ(SettingsStore::starredSessions(QStringLiteral("ev")), QStringList{"s1"});
    EXPECT_EQ(SettingsStore::signInToken(QStringLiteral("ws://h"), QStringLiteral("Ada")),
              QStringLiteral("tok"));
    // A token belongs to its server and name.
    EXPECT_TRUE(
        SettingsStore::signInToken(QStringLiteral("ws://other"), QStringLiteral("Ada")).isEmpty());
    EXPECT_TRUE(SettingsStore::viewerCountUrl().isEmpty());
}

TEST_F(Registry, TheOnDiskKeysStayWhatUsersFilesHold) {
    raw(QStringLiteral("player/volume"), 42);
    raw(QStringLiteral("player/muted"), true);
    raw(QStringLiteral("player/captions"), false);
    raw(QStringLiteral("ui/language"), QStringLiteral("es"));
    raw(QStringLiteral("chat/guestName"), QStringLiteral("Grace"));
    raw(QStringLiteral("dreamkast/viewerCountUrl"), QStringLiteral("https://x.example/q"));
    raw(QStringLiteral("streams/ev_1|ch_2"), 1);
    raw(QStringLiteral("myschedule/ev_1"), QStringList{"a", "b"});
    EXPECT_EQ(SettingsStore::read(settings::kVolume), 42);
    EXPECT_TRUE(SettingsStore::read(settings::kMuted));
    EXPECT_FALSE(SettingsStore::read(settings::kCaptions));
    EXPECT_EQ(SettingsStore::read(settings::kLanguage), QStringLiteral("es"));
    EXPECT_EQ(SettingsStore::guestName(), QStringLiteral("Grace"));
    EXPECT_EQ(SettingsStore::viewerCountUrl(), QStringLiteral("https://x.example/q"));
    // '/' in ids is folded to '_' so that an id stays one key.
    EXPECT_EQ(SettingsStore::streamChoice(QStringLiteral("ev/1"), QStringLiteral("ch/2")), 1);
    EXPECT_EQ(SettingsStore::starredSessions(QStringLiteral("ev/1")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // signin/ + the first 12 hex digits of SHA-1("<server>\n<name>").
    const QString key = SettingsStore::signInKey(QStringLiteral("ws://h"), QStringLiteral("n"));
    EXPECT_EQ(key, QStringLiteral("signin/d7d11c669eff"));
    SettingsStore::setSignInToken(QStringLiteral("ws://h"), QStringLiteral("n"),
                                  QStringLiteral("t"));
    EXPECT_EQ(QSettings().value(key).toString(), QStringLiteral("t"));
}

TEST_F(Registry, UnusableStoredValuesFallBackToTheDefault) {
    raw(QStringLiteral("view/fov"), QStringLiteral("abc"));
    raw(QStringLiteral("chat/width"), -5);
    raw(QStringLiteral("chat/visible"), QStringLiteral("maybe"));
    raw(QStringLiteral("window/geometry"), QRect(0, 0, 99999, 800));
    raw(QStringLiteral("theme/textScale"), QStringLiteral("nan"));
    raw(QStringLiteral("player/volume"), QStringLiteral("loud"));
    raw(QStringLiteral("player/muted"), QStringLiteral("perhaps"));
    raw(QStringLiteral("ui/language"), QStringLiteral("  "));
    raw(QStringLiteral("chat/guestName"), QString());
    raw(QStringLiteral("dreamkast/token"), QStringLiteral("two words"));
    raw(QStringLiteral("session/lastEvent"), QStringLiteral("a\nb"));
    raw(QStringLiteral("streams/ev|ch"), QStringLiteral("second"));
    EXPECT_DOUBLE_EQ(SettingsStore::read(settings::kFov), settings::kDefaultFov);
    EXPECT_EQ(SettingsStore::read(settings::kChatWidth), settings::kDefaultChatWidth);
    EXPECT_TRUE(SettingsStore::read(settings::kChatVisible));
    EXPECT_TRUE(SettingsStore::read(settings::kWindowGeometry).isNull());
    EXPECT_DOUBLE_EQ(SettingsStore::read(settings::kTextScale), 1.0);
    EXPECT_EQ(SettingsStore::read(settings::kVolume), 100);
    EXPECT_FALSE(SettingsStore::read(settings::kMuted));
    EXPECT_EQ(SettingsStore::read(settings::kLanguage), QStringLiteral("system"));
    EXPECT_EQ(SettingsStore::guestName(), settings::defaultGuestName());
    EXPECT_TRUE(SettingsStore::read(settings::kDreamkastToken).isEmpty());
    EXPECT_TRUE(SettingsStore::read(settings::kLastEvent).isEmpty());
    EXPECT_EQ(SettingsStore::streamChoice(QStringLiteral("ev"), QStringLiteral("ch")), 0);
}

TEST_F(Registry, UsableValuesOutOfRangeAreClamped) {
    raw(QStringLiteral("player/volume"), 250);
    raw(QStringLiteral("chat/width"), 100);
    raw(QStringLiteral("theme/textScale"), 9);
    EXPECT_EQ(SettingsStore::read(settings::kVolume), 100);
    EXPECT_EQ(SettingsStore::read(settings::kChatWidth), settings::kMinChatWidth);
    EXPECT_DOUBLE_EQ(SettingsStore::read(settings::kTextScale), settings::kMaxTextScale);
    raw(QStringLiteral("player/volume"), -3);
    EXPECT_EQ(SettingsStore::read(settings::kVolume), 0);
}

TEST_F(Registry, AnEmptyIdNeitherReadsNorWrites) {
    SettingsStore::setStarredSessions({}, {QStringLiteral("x")});
    EXPECT_TRUE(SettingsStore::starredSessions({}).isEmpty());
    EXPECT_FALSE(SettingsStore::contains(QStringLiteral("myschedule")));
}

TEST_F(Registry, TheOutboxLivesPerServerAndRoom) {
    const QString a = SettingsStore::outboxFile(QStringLiteral("ws://h"), QStringLiteral("r1"));
    const QString b = SettingsStore::outboxFile(QStringLiteral("ws://h"), QStringLiteral("r2"));
    ASSERT_FALSE(a.isEmpty());
    EXPECT_NE(a, b);
    // <AppLocalDataLocation>/outbox/ + the first 16 hex digits of SHA-1("<server>\n<room>").
    EXPECT_TRUE(a.endsWith(QStringLiteral("/outbox/6eec0a0d7f8f2b8f.json"))) << a.toStdString();
}

}  // namespace
