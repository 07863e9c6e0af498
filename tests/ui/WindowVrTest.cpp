// The window's VR mode under Xvfb. Without a runtime (CI): the VR button is disabled and says
// why, and --xr opens the window with the reason. With XR_RUNTIME_JSON naming a runtime (Monado's
// simulated headset and null compositor, docs/XR.md): the session reaches focused, frames go to
// the headset, the window mirrors the left eye, and stopping or the headset ending the session
// brings the window's own view back while playback goes on.
#include "support/TestClip.h"
#include "ui/HeadsetPanelRenderer.h"
#include "ui/PlayerController.h"
#include "ui/VideoView.h"
#include "ui/VrController.h"

#include <gtest/gtest.h>

#include <QtQml/qqmlextensionplugin.h>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmnikastPlugin)

namespace {

// Long enough that its position only grows during a test (no loop, no end).
QString testClip() {
    return omk::ui::test::encodeClip(QStringLiteral(OMNIKAST_TEST_TMP "/vr/clip60.mp4"),
                                     QStringLiteral("testsrc2=size=512x256:rate=25:duration=60"),
                                     {"-preset", "ultrafast"});
}

int distinctColours(const QImage& img, const QRect& area) {
    QSet<QRgb> colours;
    for (int y = area.top(); y < area.bottom(); y += 4)
        for (int x = area.left(); x < area.right(); x += 4) colours.insert(img.pixel(x, y));
    return int(colours.size());
}

double meanLevel(const QImage& img, const QRect& area) {
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y < area.bottom(); y += 4)
        for (int x = area.left(); x < area.right(); x += 4) {
            sum += qGray(img.pixel(x, y));
            ++n;
        }
    return n > 0 ? sum / n : 0;
}

bool haveRuntime() {
    const QString json = qEnvironmentVariable("XR_RUNTIME_JSON");
    return !json.isEmpty() && QFile::exists(json);
}

class Window {
public:
    explicit Window(const QVariantMap& initial) {
        m_engine.setInitialProperties(initial);
        m_engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        if (m_engine.rootObjects().isEmpty()) return;
        window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
        if (!window) return;
        view = window->property("view").value<omk::ui::VideoView*>();
        player = window->property("playerController").value<omk::ui::PlayerController*>();
        vr = window->property("vrController").value<omk::ui::VrController*>();
    }
    // With frames: the window has drawn a few of the player's frames (not with --xr, whose
    // session may take the frames before the window draws any).
    bool ready(bool frames = true) {
        if (!window || !view || !player || !vr || !QTest::qWaitForWindowExposed(window))
            return false;
        // Keys go to the active window; without a window manager activation takes a moment.
        window->requestActivate();
        (void)QTest::qWaitForWindowActive(window, 3000);
        return !frames || QTest::qWaitFor([&] { return view->renderedFrames() > 3; }, 20000);
    }
    QString toast() const {
        auto* t = window->findChild<QQuickItem*>(QStringLiteral("toastText"));
        return t && t->parentItem() && t->parentItem()->isVisible() ? t->property("text").toString()
                                                                    : QString();
    }
    QQuickItem* item(const char* name) const {
        return window->findChild<QQuickItem*>(QLatin1String(name));
    }
    QQmlEngine* engine() { return &m_engine; }
    QQuickWindow* window = nullptr;
    omk::ui::VideoView* view = nullptr;
    omk::ui::PlayerController* player = nullptr;
    omk::ui::VrController* vr = nullptr;

private:
    QQmlApplicationEngine m_engine;
};

// Sets XR_RUNTIME_JSON to a file that is not there for the scope, so "no runtime" is the same
// here and on a machine with Monado.
class NoRuntime {
public:
    NoRuntime()
        : m_saved(qgetenv("XR_RUNTIME_JSON")), m_had(qEnvironmentVariableIsSet("XR_RUNTIME_JSON")) {
        qputenv("XR_RUNTIME_JSON", QByteArray(OMNIKAST_TEST_TMP "/vr/no-such-runtime.json"));
    }
    ~NoRuntime() {
        if (m_had)
            qputenv("XR_RUNTIME_JSON", m_saved);
        else
            qunsetenv("XR_RUNTIME_JSON");
    }

private:
    QByteArray m_saved;
    bool m_had;
};

}  // namespace

TEST(WindowVr, WithoutARuntimeTheButtonIsDisabledAndSaysWhy) {
    NoRuntime none;
    Window w({{QStringLiteral("source"), testClip()}});
    ASSERT_TRUE(w.ready()) << w.player->errorString().toStdString();
    EXPECT_FALSE(w.vr->probing());
    EXPECT_FALSE(w.vr->available());
    const QString reason = w.vr->unavailableReason();
    EXPECT_TRUE(reason.contains(QStringLiteral("XR_RUNTIME_JSON"))) << reason.toStdString();

    QQuickItem* button = w.item("vrButton");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->property("explanation").toString().contains(reason))
        << button->property("explanation").toString().toStdString();

    // The shortcut says why instead of doing nothing.
    QTest::keyClick(w.window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(w.toast().contains(reason)) << w.toast().toStdString();
    EXPECT_FALSE(w.vr->active());
    EXPECT_FALSE(w.view->mirroring());
}

TEST(WindowVr, XrFlagWithoutARuntimeOpensTheWindowAndSaysWhy) {
    NoRuntime none;
    Window w({{QStringLiteral("source"), testClip()}, {QStringLiteral("startVr"), true}});
    ASSERT_TRUE(w.ready()) << "the window shows the video even though VR cannot start";
    EXPECT_FALSE(w.vr->active());
    EXPECT_TRUE(w.vr->lastMessage().contains(w.vr->unavailableReason()))
        << w.vr->lastMessage().toStdString();
    EXPECT_TRUE(w.toast().contains(w.vr->unavailableReason())) << w.toast().toStdString();
}

TEST(WindowVr, XrFlagWithNoDisplayExitsWithTheReason) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XR_RUNTIME_JSON"),
               QStringLiteral(OMNIKAST_TEST_TMP "/vr/no-such-runtime.json"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKAST_BINARY), {QStringLiteral("--xr")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("VR unavailable"))) << err.toStdString();
}

TEST(WindowVr, StartsMirrorsTheLeftEyeAndStops) {
    if (!haveRuntime()) GTEST_SKIP() << "XR_RUNTIME_JSON names no runtime (docs/XR.md)";
    Window w({{QStringLiteral("source"), testClip()}});
    ASSERT_TRUE(w.ready()) << w.player->errorString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->probing(); }, 30000));
    ASSERT_TRUE(w.vr->available()) << w.vr->unavailableReason().toStdString();
    EXPECT_TRUE(w.item("vrButton")->isEnabled());
    const double yaw = w.view->yaw();

    const double before = w.player->position();
    w.vr->start();
    ASSERT_TRUE(w.vr->active());
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->state() == QLatin1String("focused"); }, 60000))
        << "state " << w.vr->state().toStdString() << ", " << w.vr->errorString().toStdString();
    ASSERT_TRUE(w.view->frameSourceIdle()) << "the window's renderer let the frames go";
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->framesSubmitted() > 30; }, 60000))
        << w.vr->framesSubmitted();
    // While the headset is the player's consumer the window's renderer takes no frame.
    const qint64 rendered = w.view->renderedFrames();
    const double during = w.player->position();
    EXPECT_GT(during, before);
    QTest::qWait(500);
    EXPECT_EQ(w.view->renderedFrames(), rendered);
    EXPECT_TRUE(w.item("vrMirrorBadge")->isVisible());

    const QImage mirror = w.window->grabWindow();
    mirror.save(QStringLiteral(OMNIKAST_TEST_TMP "/vr/window-mirror.png"));
    const QRect middle(int(mirror.width() * 0.4), int(mirror.height() * 0.3),
                       int(mirror.width() * 0.2), int(mirror.height() * 0.3));
    // Beside the square eye, below the overlay: the mirror's black border, the desktop's video.
    const QRect side(0, int(mirror.height() * 0.3), int(mirror.width() * 0.05),
                     int(mirror.height() * 0.3));
    EXPECT_GT(distinctColours(mirror, middle), 10) << "the mirror looks blank";
    EXPECT_GT(meanLevel(mirror, middle), 20) << "the mirror is black";
    EXPECT_LT(meanLevel(mirror, side), 5) << "the eye is shown whole, centred";

    w.vr->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->active(); }, 30000));
    EXPECT_TRUE(w.vr->errorString().isEmpty()) << w.vr->errorString().toStdString();
    EXPECT_TRUE(w.toast().contains(QStringLiteral("back to the desktop")))
        << w.toast().toStdString();
    EXPECT_FALSE(w.view->mirroring());
    EXPECT_FALSE(w.item("vrMirrorBadge")->isVisible());
    // The window draws the player's frames again, and the player never stopped.
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.view->renderedFrames() > rendered + 3; }, 20000));
    EXPECT_GT(w.player->position(), during);
    EXPECT_TRUE(w.player->errorString().isEmpty()) << w.player->errorString().toStdString();
    EXPECT_DOUBLE_EQ(w.view->yaw(), yaw) << "the desktop view direction is kept";
    const QImage desktop = w.window->grabWindow();
    desktop.save(QStringLiteral(OMNIKAST_TEST_TMP "/vr/window-after.png"));
    EXPECT_GT(meanLevel(desktop, side), 20) << "the window's own view fills the window again";
}

TEST(WindowVr, ThePanelFloatsInTheHeadsetAsALayerOfItsOwn) {
    if (!haveRuntime()) GTEST_SKIP() << "XR_RUNTIME_JSON names no runtime (docs/XR.md)";
    Window w({{QStringLiteral("source"), testClip()}});
    ASSERT_TRUE(w.ready()) << w.player->errorString().toStdString();
    // A plain video has no panel; give it the event window's, with nothing bound.
    QQmlComponent panel(w.engine());
    // In the module's own directory, as Main.qml is, so its types resolve as there.
    panel.setData("import Omnikast\nHeadsetPanel {}",
                  QUrl(QStringLiteral("qrc:/Omnikast/TestPanel.qml")));
    ASSERT_TRUE(panel.isReady()) << panel.errorString().toStdString();
    w.vr->setPanel(&panel);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->probing(); }, 30000));
    ASSERT_TRUE(w.vr->available()) << w.vr->unavailableReason().toStdString();

    w.vr->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->panelShown(); }, 60000))
        << "state " << w.vr->state().toStdString() << ", " << w.vr->errorString().toStdString();
    ASSERT_NE(w.vr->panelRenderer(), nullptr);
    const QImage shown = w.vr->panelRenderer()->image();
    shown.save(QStringLiteral(OMNIKAST_TEST_TMP "/vr/panel.png"));
    EXPECT_EQ(shown.size(), QSize(1024, 640));
    EXPECT_GT(distinctColours(shown, shown.rect()), 3) << "the panel drew its title and frame";
    // The runtime takes frames with the quad layer on top of the projection.
    const int frames = w.vr->framesSubmitted();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->framesSubmitted() > frames + 30; }, 30000));
    EXPECT_TRUE(w.vr->errorString().isEmpty()) << w.vr->errorString().toStdString();

    // The controllers' chat button hides it; it stays hidden until shown again.
    w.vr->setPanelVisible(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->panelShown(); }, 10000));
    w.vr->setPanelVisible(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->panelShown(); }, 10000));

    w.vr->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->active(); }, 30000));
    EXPECT_FALSE(w.vr->panelShown());
    EXPECT_EQ(w.vr->panelRenderer(), nullptr);
}

// Both OpenGL bindings run the window's session: Xlib on a GLX context of Qt's (what desktop
// runtimes offer; the default on X11) and EGL on our own context (OMNIKAST_XR_BINDING=egl).
TEST(WindowVr, BothOpenGlBindingsRunTheSession) {
    if (!haveRuntime()) GTEST_SKIP() << "XR_RUNTIME_JSON names no runtime (docs/XR.md)";
    for (const auto& [requested, expected] :
         {std::pair{QByteArray(), QStringLiteral("OpenGL (Xlib)")},
          std::pair{QByteArray("egl"), QStringLiteral("OpenGL (EGL)")}}) {
        SCOPED_TRACE(expected.toStdString());
        if (requested.isEmpty())
            qunsetenv("OMNIKAST_XR_BINDING");
        else
            qputenv("OMNIKAST_XR_BINDING", requested);
        Window w({{QStringLiteral("source"), testClip()}});
        ASSERT_TRUE(w.ready()) << w.player->errorString().toStdString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->probing(); }, 30000));
        ASSERT_TRUE(w.vr->available()) << w.vr->unavailableReason().toStdString();
        w.vr->start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->framesSubmitted() > 30; }, 60000))
            << "state " << w.vr->state().toStdString() << ", " << w.vr->errorString().toStdString();
        EXPECT_EQ(w.vr->graphicsBinding(), expected);
        w.vr->stop();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->active(); }, 30000));
        EXPECT_TRUE(w.vr->errorString().isEmpty()) << w.vr->errorString().toStdString();
        EXPECT_TRUE(w.vr->graphicsBinding().isEmpty());
    }
    qunsetenv("OMNIKAST_XR_BINDING");
}

TEST(WindowVr, HeadsetEndingTheSessionReturnsToTheDesktopWithAMessage) {
    if (!haveRuntime()) GTEST_SKIP() << "XR_RUNTIME_JSON names no runtime (docs/XR.md)";
    Window w({{QStringLiteral("source"), testClip()}, {QStringLiteral("startVr"), true}});
    ASSERT_TRUE(w.ready(false));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->state() == QLatin1String("focused"); }, 60000))
        << "--xr (startVr) starts VR by itself; state " << w.vr->state().toStdString() << ", "
        << w.vr->errorString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.vr->framesSubmitted() > 10; }, 60000));
    const qint64 rendered = w.view->renderedFrames();
    const double during = w.player->position();

    w.vr->simulateHeadsetRemovedForTesting();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !w.vr->active(); }, 30000));
    EXPECT_TRUE(w.vr->lastMessage().contains(QStringLiteral("headset ended")))
        << w.vr->lastMessage().toStdString();
    EXPECT_EQ(w.toast(), w.vr->lastMessage());
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.view->renderedFrames() > rendered + 3; }, 20000));
    EXPECT_GT(w.player->position(), during);
    EXPECT_FALSE(w.player->paused());
}

int main(int argc, char** argv) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_vr_tests"));
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
