// The real viewer window under Xvfb: it shows video, the mouse turns the view, errors are visible.
#include "support/TestClip.h"
#include "ui/PlayerController.h"
#include "ui/VideoView.h"

#include <gtest/gtest.h>

#include <QtQml/qqmlextensionplugin.h>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmnikastPlugin)

namespace {

QString testClip() {
    return omk::ui::test::encodeClip(QStringLiteral(OMNIKAST_TEST_TMP "/ui/clip.mp4"),
                                     QStringLiteral("testsrc2=size=1024x512:rate=25:duration=6"));
}

// Distinct colours on a coarse grid: a blank or uniform window has one or two.
int distinctColours(const QImage& img) {
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 8)
        for (int x = 0; x < img.width(); x += 8) colours.insert(img.pixel(x, y));
    return static_cast<int>(colours.size());
}

double meanAbsDifference(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return 255;
    double sum = 0;
    int n = 0;
    for (int y = 0; y < a.height(); y += 4)
        for (int x = 0; x < a.width(); x += 4) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                   std::abs(qBlue(p) - qBlue(q));
            ++n;
        }
    return sum / (3.0 * n);
}

class Viewer {
public:
    explicit Viewer(const QString& source) {
        m_engine.setInitialProperties({{QStringLiteral("source"), source}});
        m_engine.load(QUrl(QStringLiteral("qrc:/Omnikast/Main.qml")));
        if (!m_engine.rootObjects().isEmpty())
            window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().first());
        if (window) {
            view = window->property("view").value<omk::ui::VideoView*>();
            player = window->property("playerController").value<omk::ui::PlayerController*>();
        }
    }
    QQuickWindow* window = nullptr;
    omk::ui::VideoView* view = nullptr;
    omk::ui::PlayerController* player = nullptr;

private:
    QQmlApplicationEngine m_engine;
};

}  // namespace

TEST(Window, ShowsTheVideoAndTurnsOnDrag) {
    Viewer v(testClip());
    ASSERT_NE(v.window, nullptr);
    ASSERT_NE(v.view, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(v.window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return v.view->renderedFrames() > 3; }, 20000))
        << "no frame rendered; error: " << v.player->errorString().toStdString();
    v.player->pause();
    QTest::qWait(300);

    const QImage before = v.window->grabWindow();
    ASSERT_FALSE(before.isNull());
    EXPECT_GT(distinctColours(before), 20) << "window looks blank";
    before.save(QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/ui/window-before.png"));

    const double yawBefore = v.view->yaw();
    const QPoint start(v.window->width() / 2, v.window->height() / 2);
    QTest::mousePress(v.window, Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 10; ++i) QTest::mouseMove(v.window, start + QPoint(i * 20, 0), 10);
    QTest::mouseRelease(v.window, Qt::LeftButton, Qt::NoModifier, start + QPoint(200, 0));
    EXPECT_LT(v.view->yaw(), yawBefore - 5.0) << "dragging right should turn the view left";

    QTest::qWait(300);
    const QImage after = v.window->grabWindow();
    after.save(QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/ui/window-after.png"));
    EXPECT_GT(meanAbsDifference(before, after), 3.0) << "the picture did not change after the drag";
}

// An equirectangular still: sky (white) above 30° latitude, ground (black) below -30°, and a red
// patch to the right of centre: the window must show sky at the top and red on the right.
QString orientationImage() {
    const QString path = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/ui/orientation.png");
    QImage img(1024, 512, QImage::Format_RGB32);
    img.fill(Qt::darkGray);
    QPainter p(&img);
    p.fillRect(QRect(0, 0, 1024, 170), Qt::white);
    p.fillRect(QRect(0, 342, 1024, 170), Qt::black);
    p.fillRect(QRect(560, 180, 60, 150), Qt::red);
    p.end();
    EXPECT_TRUE(img.save(path));
    return path;
}

TEST(Window, PictureIsUprightAndNotMirrored) {
    Viewer v(orientationImage());
    ASSERT_NE(v.window, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(v.window));
    v.view->setFov(120);
    ASSERT_TRUE(QTest::qWaitFor([&] { return v.view->renderedFrames() > 0; }, 20000))
        << v.player->errorString().toStdString();
    QTest::qWait(200);
    const QImage img = v.window->grabWindow();
    img.save(QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/ui/orientation-window.png"));
    const int cx = img.width() / 2;
    EXPECT_GT(qGray(img.pixel(cx, img.height() / 8)), 200) << "sky should be at the top";
    EXPECT_LT(qGray(img.pixel(cx, img.height() * 7 / 8)), 40) << "ground should be at the bottom";
    // The red patch sits right of centre in the frame, so right of centre on screen.
    const QColor right = img.pixelColor(cx + img.width() / 10, img.height() / 2);
    const QColor left = img.pixelColor(cx - img.width() / 10, img.height() / 2);
    EXPECT_GT(right.red(), 200);
    EXPECT_LT(right.green(), 60);
    EXPECT_LT(left.red(), 150);
}

TEST(Window, KeyboardTurnsZoomsAndRecenters) {
    Viewer v(testClip());
    ASSERT_NE(v.window, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(v.window));
    v.window->requestActivate();
    // Keys go to the active window; without a window manager activation still takes a moment.
    (void)QTest::qWaitForWindowActive(v.window, 3000);
    QTest::qWait(50);
    QTest::keyClick(v.window, Qt::Key_Right);
    EXPECT_GT(v.view->yaw(), 0.0);
    const double fov = v.view->fov();
    QTest::keyClick(v.window, Qt::Key_Plus);
    EXPECT_LT(v.view->fov(), fov);
    QTest::keyClick(v.window, Qt::Key_R);
    EXPECT_DOUBLE_EQ(v.view->yaw(), 0.0);
}

QString writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/ui/") + name;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

TEST(Window, BadInputsShowAVisibleErrorNamingTheInput) {
    QByteArray garbage(100000, Qt::Uninitialized);
    for (int i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 7919) ^ (i >> 3));
    QFile clip(testClip());
    ASSERT_TRUE(clip.open(QIODevice::ReadOnly));
    const QByteArray truncated = clip.read(clip.size() / 3);

    const QStringList inputs = {
        QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/ui/nope.mp4"),
        writeFile(QStringLiteral("garbage.mp4"), garbage),
        writeFile(QStringLiteral("truncated.mp4"), truncated),
        writeFile(QStringLiteral("text.m3u8"), "#EXTM3U\nthis is not a playlist\n"),
        QStringLiteral("http://127.0.0.1:9/unreachable.mp4"),
    };
    for (const QString& input : inputs) {
        Viewer v(input);
        ASSERT_NE(v.window, nullptr);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return v.window->property("errorVisible").toBool(); }, 15000))
            << input.toStdString();
        EXPECT_TRUE(v.player->errorString().contains(input))
            << input.toStdString() << ": " << v.player->errorString().toStdString();
    }
}

TEST(Window, VolumeMuteAndLoopKeysAndLooping) {
    const QString shortClip =
        omk::ui::test::encodeClip(QStringLiteral(OMNIKAST_TEST_TMP "/ui/one-second.mp4"),
                                  QStringLiteral("testsrc2=size=256x128:rate=25:duration=1"));
    ASSERT_TRUE(QFile::exists(shortClip));
    Viewer v(shortClip);
    ASSERT_NE(v.window, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(v.window));
    v.window->requestActivate();
    // Keys go to the active window; without a window manager activation still takes a moment.
    (void)QTest::qWaitForWindowActive(v.window, 3000);
    QTest::qWait(50);
    v.player->setVolume(50);
    QTest::keyClick(v.window, Qt::Key_9);
    EXPECT_EQ(v.player->volume(), 45);
    QTest::keyClick(v.window, Qt::Key_0);
    QTest::keyClick(v.window, Qt::Key_0);
    EXPECT_EQ(v.player->volume(), 55);
    QTest::keyClick(v.window, Qt::Key_M);
    EXPECT_TRUE(v.player->muted());
    QTest::keyClick(v.window, Qt::Key_M);
    EXPECT_FALSE(v.player->muted());

    // mpv's speed keys: ] and [ by 10%, Backspace back to normal.
    EXPECT_DOUBLE_EQ(v.player->rate(), 1.0);
    QTest::keyClick(v.window, Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(v.player->rate(), 1.1);
    QTest::keyClick(v.window, Qt::Key_BracketLeft);
    QTest::keyClick(v.window, Qt::Key_BracketLeft);
    EXPECT_DOUBLE_EQ(v.player->rate(), 0.91);
    EXPECT_DOUBLE_EQ(v.player->player()->rate(), 0.91);
    QTest::keyClick(v.window, Qt::Key_Backspace);
    EXPECT_DOUBLE_EQ(v.player->rate(), 1.0);

    EXPECT_FALSE(v.player->loop());
    QTest::keyClick(v.window, Qt::Key_L);
    ASSERT_TRUE(v.player->loop());
    // A looping one-second clip comes back to its start instead of stopping at the end.
    ASSERT_TRUE(QTest::qWaitFor([&] { return v.player->position() > 0.7; }, 15000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return v.player->position() < 0.3; }, 15000));
    EXPECT_FALSE(v.player->paused());
}

int main(int argc, char** argv) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    QGuiApplication app(argc, argv);
    // Settings the tests change (volume, theme, chat width) must not land in the user's
    // configuration, nor carry over from an earlier run into these tests' expectations.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnikastTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_window_tests"));
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
