// Runs the real `omnikast` binary the way testers and scripts do: no display, exit codes and
// one-line reasons on failure.
#include "support/HttpTestServer.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QProcessEnvironment>

#include <random>

namespace {

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out, err;
};

ProcessResult runOmnikast(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));  // headless commands must not need an X server
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKAST_BIN), args);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        r.err = "timed out";
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString tmpDir() {
    const QString d = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli");
    QDir().mkpath(d);
    return d;
}

// An equirectangular still whose regions say where the camera looks: green ahead (centre),
// red to the right (x = 3/4), blue to the left (x = 1/4), white at the top (up), black below.
QString directionImage() {
    const QString path = tmpDir() + QStringLiteral("/directions.png");
    if (QFile::exists(path)) return path;
    QImage img(1024, 512, QImage::Format_RGB32);
    img.fill(Qt::darkGray);
    QPainter p(&img);
    p.fillRect(QRect(448, 192, 128, 128), Qt::green);
    p.fillRect(QRect(704, 192, 128, 128), Qt::red);
    p.fillRect(QRect(192, 192, 128, 128), Qt::blue);
    p.fillRect(QRect(0, 0, 1024, 40), Qt::white);
    p.fillRect(QRect(0, 472, 1024, 40), Qt::black);
    p.end();
    const QString part = path + QStringLiteral(".%1.png").arg(QCoreApplication::applicationPid());
    EXPECT_TRUE(img.save(part));
    QFile::rename(part, path);  // parallel ctest processes: the first rename wins
    QFile::remove(part);
    return path;
}

QString testClip() {
    const QString path = tmpDir() + QStringLiteral("/clip.mp4");
    if (QFile::exists(path)) return path;
    const QString part = path + QStringLiteral(".%1.mp4").arg(QCoreApplication::applicationPid());
    const int rc = QProcess::execute(
        QStringLiteral(OMNIKAST_FFMPEG),
        {"-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=512x256:rate=25:duration=2", "-f",
         "lavfi", "-i", "sine=frequency=440:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-shortest", part});
    EXPECT_EQ(rc, 0);
    QFile::rename(part, path);  // parallel ctest processes: the first rename wins
    QFile::remove(part);
    return path;
}

void expectOneLineFailure(const ProcessResult& r, const QString& mustMention) {
    EXPECT_FALSE(r.crashed) << r.err.toStdString();
    EXPECT_NE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err).trimmed();
    EXPECT_EQ(err.count(QLatin1Char('\n')), 0) << err.toStdString();
    EXPECT_TRUE(err.contains(mustMention)) << err.toStdString();
}

QColor centrePixel(const QString& png) {
    QImage img(png);
    EXPECT_FALSE(img.isNull()) << png.toStdString();
    return img.pixelColor(img.width() / 2, img.height() / 2);
}

}  // namespace

TEST(CliBasics, HelpAndVersionNeedNoDisplay) {
    const ProcessResult help = runOmnikast({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("omnikast snapshot INPUT -o OUT.png")) << help.out.toStdString();
    const ProcessResult version = runOmnikast({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("omnikast ")) << version.out.toStdString();
}

TEST(CliProbe, ReportsStreamsAndProjection) {
    const ProcessResult r = runOmnikast({"probe", testClip(), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto doc = QJsonDocument::fromJson(r.out);
    ASSERT_TRUE(doc.isObject()) << r.out.toStdString();
    const QByteArray text = r.out;
    EXPECT_TRUE(text.contains("512")) << text.toStdString();
    EXPECT_TRUE(text.contains("h264")) << text.toStdString();
    EXPECT_TRUE(text.contains("equirect")) << text.toStdString();
    EXPECT_TRUE(text.contains("default")) << text.toStdString();
}

TEST(CliProbe, OverrideIsReportedAsSuch) {
    const ProcessResult r = runOmnikast({"probe", testClip(), "--json", "--projection", "eac"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("\"eac\"")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("\"override\"")) << r.out.toStdString();
}

TEST(CliSnapshot, LooksWhereTheConventionsSay) {
    const QString img = directionImage();
    struct Case {
        const char* yaw;
        const char* pitch;
        QColor expected;
    };
    const Case cases[] = {{"0", "0", Qt::green},
                          {"90", "0", Qt::red},
                          {"-90", "0", Qt::blue},
                          {"0", "85", Qt::white},
                          {"0", "-85", Qt::black}};
    for (const auto& c : cases) {
        const QString out = tmpDir() + QStringLiteral("/snap_%1_%2.png").arg(c.yaw, c.pitch);
        const ProcessResult r = runOmnikast({"snapshot", img, "-o", out, "--yaw", c.yaw, "--pitch",
                                             c.pitch, "--fov", "40", "--size", "320x180"});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QColor got = centrePixel(out);
        EXPECT_NEAR(got.red(), c.expected.red(), 12) << c.yaw << "/" << c.pitch;
        EXPECT_NEAR(got.green(), c.expected.green(), 12) << c.yaw << "/" << c.pitch;
        EXPECT_NEAR(got.blue(), c.expected.blue(), 12) << c.yaw << "/" << c.pitch;
    }
}

TEST(CliSnapshot, RendersAVideoFrameAtTheRequestedSize) {
    const QString out = tmpDir() + QStringLiteral("/clip.png");
    const ProcessResult r = runOmnikast(
        {"snapshot", testClip(), "-o", out, "--at", "1", "--size", "400x300", "--fov", "120"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QImage img(out);
    ASSERT_EQ(img.size(), QSize(400, 300));
    // Not blank: testsrc2 is colourful, so no single colour may fill the picture.
    QHash<QRgb, int> counts;
    int samples = 0;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5, ++samples) ++counts[img.pixel(x, y) & 0xf0f0f0];
    int largest = 0;
    for (int c : counts) largest = std::max(largest, c);
    EXPECT_GE(counts.size(), 3);
    EXPECT_LT(largest, samples * 8 / 10);
}

TEST(CliBench, ReportsFramesPerSecond) {
    const ProcessResult r = runOmnikast({"bench", testClip(), "--size", "320x180", "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("frames")).toInt(), 50) << r.out.toStdString();
    EXPECT_GT(o.value(QStringLiteral("fps")).toDouble(), 0.0);
    EXPECT_GT(o.value(QStringLiteral("peak_memory_mb")).toDouble(), 1.0);
}

TEST(CliBadInput, MissingFile) {
    const QString missing = tmpDir() + QStringLiteral("/does-not-exist.mp4");
    expectOneLineFailure(runOmnikast({"probe", missing}), missing);
    expectOneLineFailure(runOmnikast({"snapshot", missing, "-o", tmpDir() + "/x.png"}), missing);
    expectOneLineFailure(runOmnikast({"bench", missing}), missing);
}

TEST(CliBadInput, RandomBytesAndTruncatedFiles) {
    const QString garbage = tmpDir() + QStringLiteral("/garbage.mp4");
    {
        QFile f(garbage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        std::mt19937 rng(42);
        QByteArray bytes(200000, Qt::Uninitialized);
        for (auto& b : bytes) b = static_cast<char>(rng());
        f.write(bytes);
    }
    expectOneLineFailure(runOmnikast({"probe", garbage}), garbage);
    expectOneLineFailure(runOmnikast({"snapshot", garbage, "-o", tmpDir() + "/x.png"}), garbage);

    const QString truncated = tmpDir() + QStringLiteral("/truncated.mp4");
    {
        QFile src(testClip());
        ASSERT_TRUE(src.open(QIODevice::ReadOnly));
        QFile f(truncated);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(src.read(src.size() / 3));
    }
    const ProcessResult r = runOmnikast({"snapshot", truncated, "-o", tmpDir() + "/t.png"});
    // A truncated mp4 (moov at the end) is unreadable; a reason, never a crash or hang.
    expectOneLineFailure(r, truncated);
}

TEST(CliBadInput, BadArgumentsExplainThemselves) {
    expectOneLineFailure(runOmnikast({"snapshot", directionImage(), "-o", tmpDir() + "/x.png",
                                      "--projection", "fisheye"}),
                         QStringLiteral("fisheye"));
    expectOneLineFailure(runOmnikast({"snapshot", directionImage()}), QStringLiteral("-o"));
}

TEST(CliBadInput, Http404AndUnreachableHost) {
    {
        // Answers every request with 404, on its own thread: the test blocks on QProcess.
        omk::test::HttpTestServer server;
        ASSERT_TRUE(server.ok());
        const QString url = server.url(QStringLiteral("missing.mp4"));
        const ProcessResult notFound = runOmnikast({"probe", url}, 30000);
        expectOneLineFailure(notFound, url);
        EXPECT_TRUE(notFound.err.contains("404")) << notFound.err.toStdString();
    }

    const QString unreachable = QStringLiteral("http://127.0.0.1:9/x.mp4");
    expectOneLineFailure(runOmnikast({"probe", unreachable}, 30000), unreachable);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);  // the 404 server's thread runs an event loop
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
