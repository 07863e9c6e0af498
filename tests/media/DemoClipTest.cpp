// The demo clip is generated once, is what the player expects, and is not regenerated.

#include "ProbeTestSupport.h"

#include "media/DemoClip.h"
#include "media/FrameGrabber.h"
#include "media/Probe.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <gtest/gtest.h>

namespace omk::media {
namespace {

using namespace testing;

// QPainter's text needs a QGuiApplication; offscreen, so no display is needed.
bool ensureGuiApp() {
    if (QCoreApplication::instance())
        return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "media_tests";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = new QGuiApplication(argc, argv);
    return app != nullptr;
}

TEST(DemoClip, GeneratedOnceAndProbesAsExpected) {
    if (!ensureGuiApp()) GTEST_SKIP() << "a non-GUI application object already exists";
    const QString dir = tmpPath(QStringLiteral("demo"));
    QDir(dir).removeRecursively();

    QElapsedTimer t;
    t.start();
    auto path = ensureDemoClip(dir);
    ASSERT_TRUE(path) << path.error().message.toStdString();
    std::printf("demo clip generated in %lld ms\n", static_cast<long long>(t.elapsed()));
    EXPECT_EQ(QFileInfo(*path).fileName(), QStringLiteral("omnikast-demo-v1.mp4"));
    // Nothing but the clip is left behind.
    EXPECT_EQ(QDir(dir).entryList(QDir::Files),
              QStringList{QStringLiteral("omnikast-demo-v1.mp4")});

    auto info = probe(*path);
    ASSERT_TRUE(info) << info.error().message.toStdString();
    EXPECT_EQ(info->videoCodec, QStringLiteral("h264"));
    EXPECT_EQ(info->width, 2048);
    EXPECT_EQ(info->height, 1024);
    EXPECT_NEAR(info->frameRate, 30, 1e-6);
    EXPECT_NEAR(info->duration, 10, 0.2);
    EXPECT_TRUE(info->hasAudio);
    EXPECT_EQ(info->audioCodec, QStringLiteral("aac"));
    EXPECT_EQ(info->sampleRate, 48000);
    EXPECT_EQ(info->channels, 2);
    EXPECT_EQ(info->colorMatrix, QStringLiteral("bt709"));
    EXPECT_EQ(info->colorRange, QStringLiteral("tv"));
    EXPECT_EQ(info->spherical.projection, Projection::Equirect);
    EXPECT_EQ(info->spherical.projectionSource, InfoSource::Metadata);

    // FRONT is in the middle of the frame: yellow text on a blue sky there, not at the seam.
    auto g = FrameGrabber::open(*path);
    ASSERT_TRUE(g);
    auto f = g->frameAt(5.0);
    ASSERT_TRUE(f) << f.error().message.toStdString();
    EXPECT_NEAR(f->pts, 5.0, 1.0 / 30);

    const QDateTime made = QFileInfo(*path).lastModified();
    t.restart();
    auto again = ensureDemoClip(dir);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *path);
    EXPECT_EQ(QFileInfo(*path).lastModified(), made);
    EXPECT_LT(t.elapsed(), 500);
}

}  // namespace
}  // namespace omk::media
