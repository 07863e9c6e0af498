// What the window remembers: values set are read back by a new instance, values that a hand
// edit or an older version left unusable are clamped or ignored, and the Theme follows the
// settings it is built on.
#include "core/Spherical.h"
#include "ui/AppSettings.h"
#include "ui/Theme.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace {

using omk::ui::AppSettings;
using omk::ui::Theme;

class Settings : public ::testing::Test {
protected:
    void SetUp() override {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
        // Settings per test: ctest runs these tests as parallel processes.
        QCoreApplication::setApplicationName(
            QStringLiteral("app-settings-test-%1")
                .arg(QString::fromLatin1(
                    ::testing::UnitTest::GetInstance()->current_test_info()->name())));
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }
};

TEST_F(Settings, DefaultsWhenNothingIsStored) {
    AppSettings s(nullptr);
    EXPECT_TRUE(s.lastEvent().isEmpty());
    EXPECT_DOUBLE_EQ(s.fov(), AppSettings::kDefaultFov);
    EXPECT_EQ(s.chatWidth(), AppSettings::kDefaultChatWidth);
    EXPECT_TRUE(s.chatVisible());
    EXPECT_TRUE(s.windowGeometry().isNull());
    EXPECT_FALSE(s.fullScreen());
    EXPECT_DOUBLE_EQ(s.textScale(), 1.0);
    EXPECT_DOUBLE_EQ(s.scheduleZoom(), 2.0);
}

TEST_F(Settings, TheSchedulesZoomIsRememberedAndClamped) {
    {
        AppSettings s(nullptr);
        s.setScheduleZoom(3.5);
    }
    AppSettings again(nullptr);
    EXPECT_DOUBLE_EQ(again.scheduleZoom(), 3.5);
    again.setScheduleZoom(100);
    EXPECT_DOUBLE_EQ(again.scheduleZoom(), 8.0);
    again.setScheduleZoom(0.01);
    EXPECT_DOUBLE_EQ(again.scheduleZoom(), 0.75);
    // A hand-edited value that is no number is the default.
    QSettings().setValue(QStringLiteral("schedule/pxPerMinute"), QStringLiteral("big"));
    EXPECT_DOUBLE_EQ(AppSettings(nullptr).scheduleZoom(), 2.0);
}

TEST_F(Settings, ANewInstanceReadsBackWhatWasSet) {
    {
        AppSettings s(nullptr);
        s.setLastEvent(QStringLiteral("https://example.org/event/schedule.json"));
        s.setLastChannel(QStringLiteral("hall-b"));
        s.setFov(64.5);
        s.setChatWidth(420);
        s.setChatVisible(false);
        s.setWindowGeometry(QRect(40, 50, 1000, 700));
        s.setFullScreen(true);
        s.setHighContrast(true);
        s.setTextScale(1.3);
    }
    AppSettings again(nullptr);
    EXPECT_EQ(again.lastEvent(), QStringLiteral("https://example.org/event/schedule.json"));
    EXPECT_EQ(again.lastChannel(), QStringLiteral("hall-b"));
    EXPECT_DOUBLE_EQ(again.fov(), 64.5);
    EXPECT_EQ(again.chatWidth(), 420);
    EXPECT_FALSE(again.chatVisible());
    EXPECT_EQ(again.windowGeometry(), QRect(40, 50, 1000, 700));
    EXPECT_TRUE(again.fullScreen());
    EXPECT_TRUE(again.highContrast());
    EXPECT_DOUBLE_EQ(again.textScale(), 1.3);
}

TEST_F(Settings, BadStoredValuesAreClampedOrIgnored) {
    {
        QSettings raw;
        raw.setValue(QStringLiteral("view/fov"), 9999);
        raw.setValue(QStringLiteral("chat/width"), -50);
        raw.setValue(QStringLiteral("chat/visible"), QStringLiteral("perhaps"));
        raw.setValue(QStringLiteral("window/geometry"), QStringLiteral("garbage"));
        raw.setValue(QStringLiteral("window/fullScreen"), QStringLiteral("¯\\_(ツ)_/¯"));
        raw.setValue(QStringLiteral("theme/highContrast"), 17);
        raw.setValue(QStringLiteral("theme/textScale"), QStringLiteral("huge"));
        raw.setValue(QStringLiteral("session/lastEvent"), QStringLiteral("line one\nline two"));
    }
    AppSettings s(nullptr);
    EXPECT_DOUBLE_EQ(s.fov(), omk::kMaxFov);
    EXPECT_EQ(s.chatWidth(), AppSettings::kDefaultChatWidth);
    EXPECT_TRUE(s.chatVisible());
    EXPECT_TRUE(s.windowGeometry().isNull());
    EXPECT_FALSE(s.fullScreen());
    EXPECT_EQ(s.highContrast(), AppSettings::desktopPrefersHighContrast());
    EXPECT_DOUBLE_EQ(s.textScale(), 1.0);
    EXPECT_TRUE(s.lastEvent().isEmpty());

    // The same checks on the way in.
    s.setFov(-3);
    EXPECT_DOUBLE_EQ(s.fov(), omk::kMinFov);
    s.setChatWidth(-1);
    EXPECT_EQ(s.chatWidth(), AppSettings::kDefaultChatWidth);
    s.setChatWidth(100);
    EXPECT_EQ(s.chatWidth(), AppSettings::kMinChatWidth);
    s.setTextScale(50);
    EXPECT_DOUBLE_EQ(s.textScale(), AppSettings::kMaxTextScale);
    s.setWindowGeometry(QRect(0, 0, 10, 10));  // too small to be a real window: not kept
    EXPECT_TRUE(s.windowGeometry().isNull());
}

TEST_F(Settings, SanitizersOnTheirOwn) {
    EXPECT_DOUBLE_EQ(AppSettings::sanitizeFov(QStringLiteral("abc")), AppSettings::kDefaultFov);
    EXPECT_DOUBLE_EQ(AppSettings::sanitizeFov(QStringLiteral("75")), 75.0);
    EXPECT_DOUBLE_EQ(AppSettings::sanitizeFov(std::numeric_limits<double>::quiet_NaN()),
                     AppSettings::kDefaultFov);
    EXPECT_EQ(AppSettings::sanitizeChatWidth(1e9), AppSettings::kDefaultChatWidth);
    EXPECT_DOUBLE_EQ(AppSettings::sanitizeTextScale(0.1), AppSettings::kMinTextScale);
    EXPECT_DOUBLE_EQ(AppSettings::sanitizeTextScale(-1), 1.0);
    EXPECT_EQ(AppSettings::sanitizeGeometry(QRect(0, 0, 99999, 800)), QRect());
}

TEST_F(Settings, ThemeFollowsAndDrivesTheSettings) {
    AppSettings s(nullptr);
    s.setHighContrast(false);
    Theme theme(&s);
    const QColor normalOverlay = theme.overlay();
    int changes = 0;
    QObject::connect(&theme, &Theme::changed, [&] { ++changes; });

    theme.toggleHighContrast();
    EXPECT_TRUE(s.highContrast());
    EXPECT_EQ(changes, 1);
    EXPECT_NE(theme.overlay(), normalOverlay);
    EXPECT_EQ(theme.background(), QColor(Qt::black));
    EXPECT_EQ(theme.text(), QColor(Qt::white));
    EXPECT_EQ(theme.overlay().alpha(), 255) << "high contrast draws nothing translucent";

    const int normal = theme.normalFont();
    theme.increaseText();
    theme.increaseText();
    EXPECT_DOUBLE_EQ(s.textScale(), 1.2);
    EXPECT_GT(theme.normalFont(), normal);
    for (int i = 0; i < 30; ++i) theme.decreaseText();
    EXPECT_DOUBLE_EQ(theme.textScale(), AppSettings::kMinTextScale);
    theme.resetText();
    EXPECT_EQ(theme.normalFont(), normal);

    AppSettings again(nullptr);  // remembered
    EXPECT_TRUE(again.highContrast());
}

// WCAG 2 contrast ratio of two opaque colours.
double luminance(const QColor& c) {
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// A translucent colour drawn over an opaque one.
QColor over(const QColor& top, const QColor& under) {
    const double a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + under.redF() * (1 - a),
                            top.greenF() * a + under.greenF() * (1 - a),
                            top.blueF() * a + under.blueF() * (1 - a));
}

TEST_F(Settings, LightSchemeIsRememberedAndAnUnknownOneIgnored) {
    {
        AppSettings s(nullptr);
        EXPECT_EQ(s.colorScheme(), QStringLiteral("dark")) << "a player's usual look by default";
        Theme theme(&s);
        const QColor darkSurface = theme.surface();
        int changes = 0;
        QObject::connect(&theme, &Theme::changed, [&] { ++changes; });
        theme.toggleLight();
        EXPECT_TRUE(theme.light());
        EXPECT_EQ(changes, 1);
        EXPECT_GT(theme.surface().lightness(), darkSurface.lightness());
        EXPECT_LT(theme.text().lightness(), theme.surface().lightness());
        s.setColorScheme(QStringLiteral("sepia"));  // not a scheme: nothing changes
        EXPECT_EQ(changes, 1);
    }
    AppSettings again(nullptr);
    EXPECT_EQ(again.colorScheme(), QStringLiteral("light"));
    QSettings().setValue(QStringLiteral("theme/scheme"), QStringLiteral("purple"));
    AppSettings edited(nullptr);
    EXPECT_EQ(edited.colorScheme(), QStringLiteral("dark")) << "a hand edit falls back";
}

// Every scheme keeps text readable where it is drawn: WCAG AA (4.5:1) in dark and light, AAA
// (7:1) in high contrast; bars over the picture are checked over a black and a white picture.
TEST_F(Settings, EverySchemeKeepsTextReadable) {
    AppSettings s(nullptr);
    Theme theme(&s);
    struct Scheme {
        const char* name;
        bool light, high;
        double least;
    };
    for (const Scheme& scheme :
         {Scheme{"dark", false, false, 4.5}, Scheme{"light", true, false, 4.5},
          Scheme{"high contrast", false, true, 7.0}}) {
        SCOPED_TRACE(scheme.name);
        theme.setLight(scheme.light);
        theme.setHighContrast(scheme.high);
        struct Pair {
            const char* what;
            QColor text, background;
        };
        std::vector<Pair> pairs = {
            {"text on a panel", theme.text(), theme.surface()},
            {"secondary text on a panel", theme.mutedText(), theme.surface()},
            {"text on a header", theme.text(), theme.surfaceAlt()},
            {"text on a tab", theme.text(), theme.tab()},
            {"text on the current tab", theme.text(), theme.tabCurrent()},
            {"text on a session", theme.text(), theme.scheduleCell()},
            {"details on a session", theme.scheduleCellDetail(), theme.scheduleCell()},
            {"text in a field", theme.text(), theme.field()},
            {"text on the accent", theme.accentText(), theme.accent()},
            {"LIVE", theme.liveText(), theme.liveBadge()},
            {"a mention", theme.text(), theme.mentionBackground()},
            {"the pinned line", theme.pinnedText(), theme.pinnedBackground()},
        };
        for (const QColor& picture : {QColor(Qt::black), QColor(Qt::white)}) {
            pairs.push_back(
                {"the control bar", theme.overlayText(), over(theme.overlay(), picture)});
            pairs.push_back({"a notice", theme.text(), over(theme.badgeBackground(), picture)});
            pairs.push_back(
                {"the error banner", theme.text(), over(theme.errorBackground(), picture)});
        }
        for (const Pair& p : pairs)
            EXPECT_GE(contrast(p.text, over(p.background, theme.background())), scheme.least)
                << p.what;
    }
}

}  // namespace
