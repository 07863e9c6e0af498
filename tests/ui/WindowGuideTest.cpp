// The accessible window under Xvfb: Tab walks the control bar with a visible focus, high
// contrast changes what is drawn, a start time (an omnikast:// link's t=) starts playback there,
// Japanese, Spanish and a larger text size fit the channel tabs and the control bar, and the
// pictures of docs/USER-GUIDE.md are taken from the real window.
#include "media/DemoClip.h"
#include "support/TestClip.h"
#include "support/WindowItems.h"
#include "ui/AppSettings.h"
#include "ui/EventSource.h"
#include "ui/LanguageController.h"
#include "ui/PlayerController.h"
#include "ui/VideoView.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>

#include <functional>

namespace {

QString guideDir() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/ui-guide");
    QDir().mkpath(dir);
    return dir;
}

QString clip() {
    return omk::ui::test::encodeClip(guideDir() + QStringLiteral("/clip.mp4"),
                                     QStringLiteral("testsrc2=size=1024x512:rate=25:duration=8"));
}

// A uniform light grey still: whatever is drawn over it translucently is never pure black.
QString greyImage() {
    const QString path = guideDir() + QStringLiteral("/grey.png");
    QImage img(512, 256, QImage::Format_RGB32);
    img.fill(QColor(200, 200, 200));
    EXPECT_TRUE(img.save(path));
    return path;
}

// The guide's pictures: always under the test's tmp, and into docs/images when asked
// (OMNIKAST_UPDATE_DOCS_IMAGES=1), so an ordinary test run leaves the tree as it was.
void saveShot(const QImage& image, const QString& name) {
    omk::ui::test::saveShot(image, guideDir(), QStringLiteral(OMNIKAST_DOCS_IMAGES), name);
}

class Window {
public:
    explicit Window(const QVariantMap& properties) {
        m_engine.setInitialProperties(properties);
        m_engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        if (!m_engine.rootObjects().isEmpty())
            window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
        if (window) {
            view = window->property("view").value<omk::ui::VideoView*>();
            player = window->property("playerController").value<omk::ui::PlayerController*>();
        }
    }
    bool showAndActivate() {
        if (!window || !QTest::qWaitForWindowExposed(window)) return false;
        window->requestActivate();
        // Keys go to the active window; without a window manager activation takes a moment.
        (void)QTest::qWaitForWindowActive(window, 3000);
        QTest::qWait(50);
        return true;
    }
    bool waitForFrames() {
        return QTest::qWaitFor([&] { return view->renderedFrames() > 3; }, 20000);
    }
    QQmlApplicationEngine& engine() { return m_engine; }
    QQuickWindow* window = nullptr;
    omk::ui::VideoView* view = nullptr;
    omk::ui::PlayerController* player = nullptr;

private:
    QQmlApplicationEngine m_engine;
};

QString focusName(QQuickWindow* window) {
    QQuickItem* item = window->activeFocusItem();
    // A ComboBox or Slider may hand focus to an inner item: name the control that owns it.
    while (item && item->objectName().isEmpty()) item = item->parentItem();
    return item ? item->objectName() : QString();
}

// The ring inside the focused control is shown.
bool focusRingVisible(QQuickWindow* window) {
    QQuickItem* item = window->activeFocusItem();
    while (item && item->objectName().isEmpty()) item = item->parentItem();
    if (!item) return false;
    for (QQuickItem* child : item->childItems())
        if (child->objectName() == QLatin1String("focusRing") && child->isVisible()) return true;
    return false;
}

TEST(Guide, TabWalksTheControlBarWithAVisibleFocus) {
    Window w({{QStringLiteral("source"), clip()}});
    ASSERT_TRUE(w.showAndActivate());
    ASSERT_TRUE(w.waitForFrames()) << w.player->errorString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.player->duration() > 0; }, 10000));

    const QStringList controls = {"playButton",   "muteButton",    "volumeSlider",
                                  "seekSlider",   "projectionBox", "stereoBox",
                                  "languageMenu", "lookButton",    "fullscreenButton"};
    QSet<QString> reached;
    for (int i = 0; i < 2 * controls.size() && reached.size() < controls.size(); ++i) {
        QTest::keyClick(w.window, Qt::Key_Tab);
        const QString name = focusName(w.window);
        if (!controls.contains(name)) continue;
        reached.insert(name);
        EXPECT_TRUE(focusRingVisible(w.window)) << name.toStdString() << " shows no focus ring";
    }
    for (const QString& c : controls) EXPECT_TRUE(reached.contains(c)) << c.toStdString();

    // Shift+Tab walks back.
    const QString here = focusName(w.window);
    QTest::keyClick(w.window, Qt::Key_Backtab);
    EXPECT_NE(focusName(w.window), here);
}

// Inside the control bar, left of its first button.
QColor controlBarPixel(QQuickWindow* window) {
    const QImage img = window->grabWindow();
    return img.pixelColor(3 * img.width() / window->width(),
                          img.height() - 20 * img.height() / window->height());
}

TEST(Guide, HighContrastChangesWhatIsDrawn) {
    auto* settings = omk::ui::AppSettings::instance();
    settings->setHighContrast(false);
    Window w({{QStringLiteral("source"), greyImage()}});
    ASSERT_TRUE(w.showAndActivate());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.view->renderedFrames() > 0; }, 20000))
        << w.player->errorString().toStdString();
    QTest::qWait(200);
    auto barPixel = [&] { return controlBarPixel(w.window); };
    const QColor normal = barPixel();
    EXPECT_GT(normal.lightness(), 30) << "the usual bar is translucent over the grey picture";

    QTest::keyClick(w.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(settings->highContrast()) << "Ctrl+Shift+H switches high contrast on";
    ASSERT_TRUE(QTest::qWaitFor([&] { return barPixel() != normal; }, 5000));
    EXPECT_EQ(barPixel(), QColor(Qt::black)) << "high contrast: an opaque black bar";

    QTest::keyClick(w.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(settings->highContrast());
    EXPECT_TRUE(QTest::qWaitFor([&] { return barPixel() == normal; }, 5000));

    // The text size: Ctrl+= grows it, Ctrl+0 resets it, and the window's font follows.
    const int before = w.window->property("font").value<QFont>().pixelSize();
    QTest::keyClick(w.window, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(w.window, Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(w.window->property("font").value<QFont>().pixelSize(), before);
    QTest::keyClick(w.window, Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(w.window->property("font").value<QFont>().pixelSize(), before);
    EXPECT_DOUBLE_EQ(settings->textScale(), 1.0);
}

// The light scheme (Ctrl+Shift+L, or the settings menu) redraws the window and is remembered;
// the control bar's buttons are icons from the set, each with a name for screen readers and a
// tooltip that names its key.
TEST(Guide, LightColoursAndIconButtons) {
    auto* settings = omk::ui::AppSettings::instance();
    settings->setHighContrast(false);
    settings->setColorScheme(QStringLiteral("dark"));
    Window w({{QStringLiteral("source"), greyImage()}});
    ASSERT_TRUE(w.showAndActivate());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.view->renderedFrames() > 0; }, 20000))
        << w.player->errorString().toStdString();
    QTest::qWait(200);
    auto barPixel = [&] { return controlBarPixel(w.window); };
    const QColor dark = barPixel();
    QTest::keyClick(w.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(settings->colorScheme(), QStringLiteral("light"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return barPixel() != dark; }, 5000));
    EXPECT_GT(barPixel().lightness(), dark.lightness() + 60) << "a light bar over the picture";

    // The settings menu offers the same, checked as it stands.
    auto item = [&](const char* name) {
        return omk::ui::test::findNamed(w.window->contentItem(), QString::fromLatin1(name));
    };
    QQuickItem* look = item("lookButton");
    ASSERT_TRUE(look);
    QMetaObject::invokeMethod(look, "clicked");
    QObject* light = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            light = w.window->findChild<QObject*>(QStringLiteral("lightSchemeItem"));
            return light && light->property("visible").toBool();
        },
        5000));
    EXPECT_TRUE(light->property("checked").toBool());
    QMetaObject::invokeMethod(light, "toggle");
    QMetaObject::invokeMethod(light, "triggered");
    EXPECT_EQ(settings->colorScheme(), QStringLiteral("dark"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return barPixel() == dark; }, 5000));

    for (const char* name : {"playButton", "muteButton", "lookButton", "fullscreenButton"}) {
        QQuickItem* button = item(name);
        ASSERT_TRUE(button) << name;
        const QString icon = button->property("iconName").toString();
        EXPECT_FALSE(QImage(QStringLiteral(":/Omnikast/icons/%1.svg").arg(icon)).isNull())
            << name << ": icon '" << icon.toStdString() << "' does not load (libqt6svg6?)";
        EXPECT_FALSE(button->property("text").toString().isEmpty()) << name;
    }
    EXPECT_TRUE(item("playButton")->property("tip").toString().endsWith(QLatin1String(" (Space)")));
}

TEST(Guide, StartTimeStartsPlaybackThere) {
    Window w({{QStringLiteral("source"), clip()}, {QStringLiteral("startTime"), 3.0}});
    ASSERT_TRUE(w.showAndActivate());
    ASSERT_TRUE(w.waitForFrames()) << w.player->errorString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.player->presentedFrames() > 0; }, 10000));
    EXPECT_GE(w.player->position(), 3.0 - 0.1);
    EXPECT_FALSE(w.player->paused());
    EXPECT_DOUBLE_EQ(w.player->startPosition(), 0.0) << "used once, not for the next media";
}

// The app's own demo clip: what a first-time user sees, so what the guide shows.
QString demoClip() {
    auto demo = omk::media::ensureDemoClip(guideDir());
    EXPECT_TRUE(demo.has_value());
    return demo ? *demo : clip();
}

QString guideEvent() {
    const QString dir = guideDir() + QStringLiteral("/event");
    QDir().mkpath(dir);
    auto written = omk::ui::writeDemoEvent(dir, demoClip(), QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(written.has_value());
    return written ? *written : QString();
}

TEST(Guide, ScreenshotsForTheUserGuide) {
    auto* settings = omk::ui::AppSettings::instance();
    settings->setHighContrast(false);
    settings->setFov(omk::ui::AppSettings::kDefaultFov);  // earlier tests zoomed
    {
        Window w({{QStringLiteral("source"), demoClip()}, {QStringLiteral("loop"), true}});
        w.window->resize(1280, 720);
        ASSERT_TRUE(w.showAndActivate());
        ASSERT_TRUE(w.waitForFrames());
        QTest::qWait(1500);
        w.player->pause();
        QTest::qWait(300);
        saveShot(w.window->grabWindow(), QStringLiteral("guide-player.png"));
    }
    const QString event = guideEvent();
    {
        Window w({{QStringLiteral("source"), QString()}, {QStringLiteral("eventSource"), event}});
        w.window->resize(1280, 720);
        ASSERT_TRUE(w.showAndActivate());
        ASSERT_TRUE(w.waitForFrames());
        QTest::keyClick(w.window, Qt::Key_S);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return w.window->property("scheduleVisible").toBool(); }, 3000));
        QTest::qWait(500);
        saveShot(w.window->grabWindow(), QStringLiteral("guide-schedule.png"));
        QTest::keyClick(w.window, Qt::Key_Escape);

        settings->setHighContrast(true);
        QTest::qWait(500);
        const QImage contrast = w.window->grabWindow();
        saveShot(contrast, QStringLiteral("guide-high-contrast.png"));
        settings->setHighContrast(false);

        settings->setColorScheme(QStringLiteral("light"));
        QTest::qWait(500);
        saveShot(w.window->grabWindow(), QStringLiteral("guide-light.png"));
        settings->setColorScheme(QStringLiteral("dark"));
    }
    {
        // Chosen before the window loads, as a saved choice would be.
        omk::ui::LanguageController language;
        const QString before = language.language();
        // The player and the schedule in each other language (English above).
        for (const char* lang : {"ja", "es"}) {
            language.setLanguage(QString::fromLatin1(lang));
            Window w(
                {{QStringLiteral("source"), QString()}, {QStringLiteral("eventSource"), event}});
            w.window->resize(1280, 720);
            ASSERT_TRUE(w.showAndActivate());
            ASSERT_TRUE(w.waitForFrames());
            QTest::qWait(500);
            saveShot(w.window->grabWindow(), QStringLiteral("guide-player-%1.png").arg(lang));
            QTest::keyClick(w.window, Qt::Key_S);
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return w.window->property("scheduleVisible").toBool(); }, 3000));
            QTest::qWait(500);
            saveShot(w.window->grabWindow(), QStringLiteral("guide-schedule-%1.png").arg(lang));
        }
        language.setLanguage(before);
    }
}

TEST(Guide, RemembersTheLastEventAndReopensIt) {
    auto* settings = omk::ui::AppSettings::instance();
    settings->setLastEvent(QString());
    const QString event = guideEvent();
    {
        Window w({{QStringLiteral("source"), QString()},
                  {QStringLiteral("eventSource"), event},
                  {QStringLiteral("rememberEvent"), true}});
        ASSERT_NE(w.window, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return settings->lastEvent() == event; }, 10000));
        EXPECT_FALSE(settings->lastChannel().isEmpty());
    }
    // A plain window offers it, and reopening switches to the event.
    Window w({{QStringLiteral("source"), clip()}});
    ASSERT_TRUE(w.showAndActivate());
    auto* reopen = w.window->findChild<QQuickItem*>(QStringLiteral("reopenButton"));
    ASSERT_NE(reopen, nullptr);
    EXPECT_TRUE(reopen->isVisible());
    QMetaObject::invokeMethod(reopen, "clicked");
    auto* events = w.window->property("eventController").value<QObject*>();
    ASSERT_NE(events, nullptr);
    EXPECT_EQ(events->property("source").toString(), event);
    EXPECT_TRUE(QTest::qWaitFor([&] { return events->property("loaded").toBool(); }, 10000));
    EXPECT_FALSE(reopen->isVisible()) << "no offer while the event is open";
    settings->setLastEvent(QString());
}

using omk::ui::test::collectNamed;

// The visible texts inside container whose box reaches past its top or bottom edge: a line the
// container cuts off or draws over its border.
QStringList textsOutside(QQuickItem* container) {
    QStringList outside;
    std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
        if (!item->isVisible()) return;
        const QVariant text = item->property("text");
        if (item != container && text.isValid() && item->property("contentHeight").isValid() &&
            !text.toString().isEmpty()) {
            const QRectF box = item->mapRectToItem(
                container,
                QRectF(0, 0, item->width(),
                       std::max(item->height(), item->property("contentHeight").toReal())));
            if (box.top() < -0.5 || box.bottom() > container->height() + 0.5)
                outside.append(QStringLiteral("\"%1\" spans %2-%3 in a tab %4 high")
                                   .arg(text.toString())
                                   .arg(box.top())
                                   .arg(box.bottom())
                                   .arg(container->height()));
        }
        for (QQuickItem* child : item->childItems()) walk(child);
    };
    walk(container);
    return outside;
}

TEST(Guide, LongLabelsCjkAndLargerTextFitTheTabsAndTheControlBar) {
    auto* settings = omk::ui::AppSettings::instance();
    settings->setTextScale(1.0);
    const QString event = guideEvent();
    omk::ui::LanguageController language;
    const QString before = language.language();
    struct Case {
        const char* language;
        double scale;
    };
    for (const Case c : {Case{"ja", 1.0}, Case{"en", 1.5}, Case{"es", 1.5}}) {
        SCOPED_TRACE(std::string(c.language) + " at text size " + std::to_string(c.scale));
        language.setLanguage(QString::fromLatin1(c.language));
        settings->setTextScale(c.scale);
        Window w({{QStringLiteral("source"), QString()}, {QStringLiteral("eventSource"), event}});
        w.window->resize(1024, 720);
        ASSERT_TRUE(w.showAndActivate());
        QList<QQuickItem*> tabs;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                tabs.clear();
                collectNamed(w.window->contentItem(), QStringLiteral("channelTab"), &tabs);
                return tabs.size() == 2;
            },
            10000));
        QTest::qWait(300);  // layouts settle on the next polish
        for (QQuickItem* tab : std::as_const(tabs)) {
            const QStringList outside = textsOutside(tab);
            EXPECT_TRUE(outside.isEmpty()) << outside.join(QStringLiteral("; ")).toStdString();
        }
        // The control bar's last button is still inside the window: long labels do not push it
        // off the edge.
        QList<QQuickItem*> last;
        collectNamed(w.window->contentItem(), QStringLiteral("fullscreenButton"), &last);
        ASSERT_EQ(last.size(), 1);
        const QRectF box = last.first()->mapRectToScene(
            QRectF(0, 0, last.first()->width(), last.first()->height()));
        EXPECT_LE(box.right(), w.window->width() + 0.5)
            << "fullscreen button ends at " << box.right();
        // And the seek bar keeps a usable length: the combo boxes give way first.
        QList<QQuickItem*> slider;
        collectNamed(w.window->contentItem(), QStringLiteral("seekSlider"), &slider);
        ASSERT_EQ(slider.size(), 1);
        EXPECT_GE(slider.first()->width(), 119.5);
    }
    settings->setTextScale(1.0);
    language.setLanguage(before);
}

}  // namespace
