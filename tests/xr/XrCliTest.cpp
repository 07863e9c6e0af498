// The real `omnikast xr` and `omnikast --xr`, with no display: one line on stderr and a non-zero
// exit when VR is unavailable, and (with XR_RUNTIME_JSON set) a full session on a clip.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out, err;
};

ProcessResult runOmnikast(const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKAST_BIN), args);
    ProcessResult r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QProcessEnvironment headless() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

QProcessEnvironment withMissingRuntime() {
    auto env = headless();
    env.insert(QStringLiteral("XR_RUNTIME_JSON"), QStringLiteral("/nonexistent/runtime.json"));
    return env;
}

// Top-bottom stereo: the left eye's half is FFmpeg's test pattern, the right eye's plain red.
QString testClip() {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/xr-top-bottom.mp4");
    if (QFile::exists(path)) return path;
    const QString part = path + QStringLiteral(".part.mp4");
    const int rc = QProcess::execute(
        QStringLiteral(OMNIKAST_FFMPEG),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
         QStringLiteral("-filter_complex"),
         QStringLiteral("testsrc=size=512x128:rate=25[a];color=c=red:size=512x128:rate=25[b];"
                        "[a][b]vstack"),
         QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-pix_fmt"),
         QStringLiteral("yuv420p"), part});
    EXPECT_EQ(rc, 0);
    QFile::rename(part, path);
    return path;
}

void expectOneLine(const ProcessResult& r) {
    EXPECT_FALSE(r.crashed);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith("omnikast xr: ")) << r.err.toStdString();
}

TEST(XrCli, MissingRuntimeIsOneLineAndNonZero) {
    const ProcessResult r = runOmnikast({QStringLiteral("xr"), testClip()}, withMissingRuntime());
    expectOneLine(r);
    EXPECT_EQ(r.err,
              "omnikast xr: VR unavailable: XR_RUNTIME_JSON names /nonexistent/runtime.json, which "
              "does not exist\n");
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(XrCli, WindowFlagSaysWhyVrIsUnavailable) {
    const ProcessResult r = runOmnikast({QStringLiteral("--xr")}, withMissingRuntime());
    expectOneLine(r);
    EXPECT_TRUE(r.err.contains("VR unavailable")) << r.err.toStdString();
}

TEST(XrCli, BadArgumentsAreOneLine) {
    expectOneLine(runOmnikast({QStringLiteral("xr")}, withMissingRuntime()));
    expectOneLine(runOmnikast({QStringLiteral("xr"), QStringLiteral("a.mp4"),
                               QStringLiteral("--frames"), QStringLiteral("0")},
                              withMissingRuntime()));
    const ProcessResult help =
        runOmnikast({QStringLiteral("xr"), QStringLiteral("--help")}, withMissingRuntime());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Exit codes")) << help.out.toStdString();
}

TEST(XrCli, RunsASessionOnTheActiveRuntime) {
    if (qEnvironmentVariableIsEmpty("XR_RUNTIME_JSON"))
        GTEST_SKIP() << "XR_RUNTIME_JSON not set: no OpenXR runtime to run against";
    const QString eyes = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli/eyes");
    QDir(eyes).removeRecursively();
    const ProcessResult r = runOmnikast(
        {QStringLiteral("xr"), testClip(), QStringLiteral("--frames"), QStringLiteral("20"),
         QStringLiteral("--json"), QStringLiteral("--snapshot-eyes"), eyes,
         QStringLiteral("--stereo"), QStringLiteral("top-bottom")},
        headless());
    ASSERT_FALSE(r.crashed);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The summary is the last JSON object on stdout (a runtime may print its own lines).
    const QByteArray out = r.out.mid(r.out.indexOf("{\n"));
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    ASSERT_FALSE(o.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("frames_submitted")).toInt(), 20);
    const QJsonArray states = o.value(QStringLiteral("states")).toArray();
    EXPECT_TRUE(states.contains(QStringLiteral("visible")));
    ASSERT_FALSE(states.isEmpty());
    EXPECT_EQ(states.last().toString(), QStringLiteral("exiting"));
    EXPECT_TRUE(o.value(QStringLiteral("error")).isNull());
    // What each eye showed, at the swapchain's size: its own half of the clip.
    const QJsonArray sizes = o.value(QStringLiteral("eye_sizes")).toArray();
    const QImage left(eyes + QStringLiteral("/left.png"));
    const QImage right(eyes + QStringLiteral("/right.png"));
    ASSERT_FALSE(left.isNull());
    ASSERT_FALSE(right.isNull());
    EXPECT_EQ(QStringLiteral("%1x%2").arg(left.width()).arg(left.height()), sizes.at(0).toString());
    int leftLit = 0, rightRed = 0, samples = 0;
    for (int y = 0; y < left.height(); y += 4)
        for (int x = 0; x < left.width(); x += 4) {
            ++samples;
            leftLit += (left.pixel(x, y) & 0xffffff) != 0;
            const QRgb c = right.pixel(x, y);
            rightRed += qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
        }
    EXPECT_GT(leftLit, samples / 2) << "the left eye shows the test pattern";
    EXPECT_GT(rightRed, samples * 9 / 10) << "the right eye shows the red half";
    EXPECT_NE(left, right);
}

}  // namespace
