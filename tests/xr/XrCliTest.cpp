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

void expectOneLine(const ProcessResult& r, const char* prefix = "omnikast xr: ") {
    EXPECT_FALSE(r.crashed);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(prefix)) << r.err.toStdString();
}

// The summary is the last JSON object on stdout (a runtime may print its own lines).
QJsonObject summaryOf(const ProcessResult& r) {
    return QJsonDocument::fromJson(r.out.mid(r.out.indexOf("{\n"))).object();
}

// xr-check makes the demo clip in the cache on first use; the tests' own cache keeps it there.
QProcessEnvironment withTestCache(QProcessEnvironment env) {
    env.insert(QStringLiteral("XDG_CACHE_HOME"),
               QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli/cache"));
    return env;
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

TEST(XrCli, CheckWithoutARuntimeSaysSoInOneLine) {
    const QString cache = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli/cache-unused");
    QDir(cache).removeRecursively();
    auto env = withMissingRuntime();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    const ProcessResult r = runOmnikast({QStringLiteral("xr-check")}, env);
    expectOneLine(r, "omnikast xr-check: ");
    EXPECT_EQ(r.err,
              "omnikast xr-check: no OpenXR runtime: XR_RUNTIME_JSON names "
              "/nonexistent/runtime.json, which does not exist\n");
    EXPECT_TRUE(r.out.isEmpty());
    // With no runtime there is nothing to check: no demo clip is made for nothing.
    EXPECT_FALSE(QDir(cache).exists());
}

TEST(XrCli, CheckArgumentsAreOneLine) {
    const auto env = withTestCache(withMissingRuntime());
    const ProcessResult input =
        runOmnikast({QStringLiteral("xr-check"), QStringLiteral("clip.mp4")}, env);
    expectOneLine(input, "omnikast xr-check: ");
    EXPECT_TRUE(input.err.contains("takes no INPUT")) << input.err.toStdString();
    expectOneLine(
        runOmnikast({QStringLiteral("xr-check"), QStringLiteral("--layer"), QStringLiteral("quad")},
                    env),
        "omnikast xr-check: ");
    const ProcessResult help =
        runOmnikast({QStringLiteral("xr-check"), QStringLiteral("--help")}, env);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Exit codes")) << help.out.toStdString();
}

TEST(XrCli, CheckRunsTheDemoToFocusedAndSavesTheEyes) {
    if (qEnvironmentVariableIsEmpty("XR_RUNTIME_JSON"))
        GTEST_SKIP() << "XR_RUNTIME_JSON not set: no OpenXR runtime to run against";
    const QString eyes = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli/check-eyes");
    QDir(eyes).removeRecursively();
    const ProcessResult r =
        runOmnikast({QStringLiteral("xr-check"), QStringLiteral("--frames"), QStringLiteral("15"),
                     QStringLiteral("--json"), QStringLiteral("--snapshot-eyes"), eyes},
                    withTestCache(headless()));
    ASSERT_FALSE(r.crashed);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = summaryOf(r);
    ASSERT_FALSE(o.isEmpty()) << r.out.toStdString();
    EXPECT_FALSE(o.value(QStringLiteral("runtime")).toString().isEmpty());
    EXPECT_TRUE(o.value(QStringLiteral("input"))
                    .toString()
                    .endsWith(QStringLiteral("omnikast-demo-v1.mp4")));
    const QJsonArray states = o.value(QStringLiteral("states")).toArray();
    EXPECT_TRUE(states.contains(QStringLiteral("focused")));
    EXPECT_EQ(states.last().toString(), QStringLiteral("exiting"));
    EXPECT_EQ(o.value(QStringLiteral("frames_submitted")).toInt(), 15);
    EXPECT_EQ(o.value(QStringLiteral("layer")).toString(), QStringLiteral("projection"));
    // Timed: both eyes drew something, and the frame's work includes them.
    const QJsonArray eyeMs = o.value(QStringLiteral("eye_render_ms_mean")).toArray();
    ASSERT_EQ(eyeMs.size(), 2);
    EXPECT_GT(eyeMs.at(0).toDouble(), 0);
    EXPECT_GT(eyeMs.at(1).toDouble(), 0);
    EXPECT_GE(o.value(QStringLiteral("frame_work_ms_mean")).toDouble(),
              eyeMs.at(0).toDouble() + eyeMs.at(1).toDouble());
    const QJsonArray sizes = o.value(QStringLiteral("eye_sizes")).toArray();
    for (const char* name : {"/left.png", "/right.png"}) {
        const QImage img(eyes + QLatin1String(name));
        ASSERT_FALSE(img.isNull()) << name;
        EXPECT_EQ(QStringLiteral("%1x%2").arg(img.width()).arg(img.height()),
                  sizes.at(0).toString());
        int lit = 0, samples = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4) {
                ++samples;
                lit += (img.pixel(x, y) & 0xffffff) != 0;
            }
        EXPECT_GT(lit, samples / 2) << name << ": the demo, not black";
    }
}

TEST(XrCli, Equirect2LayerCarriesEachEyesHalf) {
    if (qEnvironmentVariableIsEmpty("XR_RUNTIME_JSON"))
        GTEST_SKIP() << "XR_RUNTIME_JSON not set: no OpenXR runtime to run against";
    const QString eyes = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/cli/equirect-eyes");
    QDir(eyes).removeRecursively();
    const ProcessResult r =
        runOmnikast({QStringLiteral("xr"), testClip(), QStringLiteral("--frames"),
                     QStringLiteral("10"), QStringLiteral("--json"), QStringLiteral("--layer"),
                     QStringLiteral("equirect2"), QStringLiteral("--snapshot-eyes"), eyes,
                     QStringLiteral("--stereo"), QStringLiteral("top-bottom")},
                    headless());
    ASSERT_FALSE(r.crashed);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = summaryOf(r);
    ASSERT_FALSE(o.isEmpty()) << r.out.toStdString();
    if (!o.value(QStringLiteral("equirect2")).toBool()) {
        // The runtime lacks the extension: the projection layer, and the summary says why.
        EXPECT_EQ(o.value(QStringLiteral("layer")).toString(), QStringLiteral("projection"));
        EXPECT_TRUE(o.value(QStringLiteral("layer_note"))
                        .toString()
                        .contains(QStringLiteral("XR_KHR_composition_layer_equirect2")));
        GTEST_SKIP() << "this runtime has no XR_KHR_composition_layer_equirect2";
    }
    EXPECT_EQ(o.value(QStringLiteral("layer")).toString(), QStringLiteral("equirect2"));
    EXPECT_TRUE(o.value(QStringLiteral("layer_note")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("frames_submitted")).toInt(), 10);
    EXPECT_EQ(o.value(QStringLiteral("states")).toArray().last().toString(),
              QStringLiteral("exiting"));
    // Each eye's layer image is its half of the 512x256 clip, whole: the test pattern above,
    // plain red below.
    EXPECT_EQ(o.value(QStringLiteral("layer_image_size")).toString(), QStringLiteral("512x128"));
    const QImage left(eyes + QStringLiteral("/left.png"));
    const QImage right(eyes + QStringLiteral("/right.png"));
    ASSERT_EQ(left.size(), QSize(512, 128));
    ASSERT_EQ(right.size(), QSize(512, 128));
    int rightRed = 0, leftRed = 0, samples = 0;
    for (int y = 2; y < 128; y += 8)
        for (int x = 2; x < 512; x += 8) {
            ++samples;
            const QRgb c = right.pixel(x, y), l = left.pixel(x, y);
            rightRed += qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
            leftRed += qRed(l) > 200 && qGreen(l) < 60 && qBlue(l) < 60;
        }
    EXPECT_GT(rightRed, samples * 9 / 10);
    EXPECT_LT(leftRed, samples / 2);
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
