// The omnikast binary itself: bad arguments and damaged recordings give one line on stderr and
// a non-zero exit; a good replay writes its report (and prints it with --json).
#include "ReplayTestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>

using namespace omk::replay;
using namespace omk::replay::test;

namespace {

struct CliRun {
    int code = -1;
    QString out, err;
};

CliRun omnikast(const QStringList& args) {
    ensureApp();
    QProcess p;
    p.start(QStringLiteral(OMNIKAST_BIN), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList lines(const QString& s) {
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

TEST(ReplayCli, BadArgumentsGiveOneLineAndExitOne) {
    const QString rec = writeFile(QStringLiteral("cli-args.okrec"),
                                  joined(syntheticLines(QStringLiteral("x.mp4"))));
    const QList<QStringList> cases{
        {QStringLiteral("replay")},
        {QStringLiteral("replay"), rec, QStringLiteral("--report"), QStringLiteral("r.json")},
        {QStringLiteral("replay"), rec, QStringLiteral("--headless")},
        {QStringLiteral("replay"), rec, QStringLiteral("--headless"), QStringLiteral("--report"),
         QStringLiteral("r.json"), QStringLiteral("--speed"), QStringLiteral("2")},
        {QStringLiteral("replay"), rec, QStringLiteral("--headless"), QStringLiteral("--report"),
         QStringLiteral("r.json"), QStringLiteral("--every"), QStringLiteral("1")},
        {QStringLiteral("replay"), rec, QStringLiteral("--headless"), QStringLiteral("--report"),
         QStringLiteral("r.json"), QStringLiteral("--bogus")},
        {QStringLiteral("replay"), rec, QStringLiteral("--headless"), QStringLiteral("--report"),
         QStringLiteral("r.json"), QStringLiteral("--camera"), QStringLiteral("/nonexistent.json")},
        {QStringLiteral("record"), QStringLiteral("--room"), QStringLiteral("main"),
         QStringLiteral("-o"), QStringLiteral("x")},
        {QStringLiteral("record"), QStringLiteral("--server"), QStringLiteral("ftp://x"),
         QStringLiteral("--room"), QStringLiteral("main"), QStringLiteral("-o"),
         QStringLiteral("x")},
        {QStringLiteral("record"), QStringLiteral("--server"),
         QStringLiteral("ws://127.0.0.1:1/ws"), QStringLiteral("--room"), QStringLiteral("main"),
         QStringLiteral("-o"), QStringLiteral("x"), QStringLiteral("--duration"),
         QStringLiteral("-3")},
    };
    for (const auto& args : cases) {
        const CliRun r = omnikast(args);
        const std::string what = args.join(u' ').toStdString();
        EXPECT_EQ(r.code, 1) << what << "\n" << r.err.toStdString();
        ASSERT_EQ(lines(r.err).size(), 1) << what << "\n" << r.err.toStdString();
        EXPECT_TRUE(
            r.err.startsWith(QStringLiteral("omnikast ") + args.first() + QStringLiteral(": ")))
            << r.err.toStdString();
    }
}

TEST(ReplayCli, DamagedRecordingNamesFileAndLine) {
    auto l = syntheticLines(QStringLiteral("x.mp4"));
    l[5] = "{\"t\":300,\"k\":\"event\",\"e\":{\"v\":1}}\n";
    const QString rec = writeFile(QStringLiteral("cli-damaged.okrec"), joined(l));
    const CliRun r =
        omnikast({QStringLiteral("replay"), rec, QStringLiteral("--headless"),
                  QStringLiteral("--report"), tmpDir() + QStringLiteral("/cli-damaged.json")});
    EXPECT_EQ(r.code, 1);
    ASSERT_EQ(lines(r.err).size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("omnikast replay: %1:6: e.").arg(rec)))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(tmpDir() + QStringLiteral("/cli-damaged.json")));
}

TEST(ReplayCli, GarbageFileNamesLineOne) {
    const QString rec =
        writeFile(QStringLiteral("cli-garbage.okrec"), QByteArray("\x7f"
                                                                  "ELF\x02\x01\x01\0\0\n",
                                                                  10));
    const CliRun r = omnikast({QStringLiteral("replay"), rec, QStringLiteral("--headless"),
                               QStringLiteral("--report"), tmpDir() + QStringLiteral("/g.json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("omnikast replay: %1:1: ").arg(rec)))
        << r.err.toStdString();
}

TEST(ReplayCli, ReplayWritesTheReportAndPrintsItWithJson) {
    const QString clip = makeClip();
    ASSERT_FALSE(clip.isEmpty());
    const QString rec = writeFile(QStringLiteral("cli-good.okrec"), joined(syntheticLines(clip)));
    const QString camera =
        writeFile(QStringLiteral("cli-camera.json"),
                  R"({"version":1,"keyframes":[{"t":0,"yaw":0},{"t":3,"yaw":90}]})");
    const QString report = tmpDir() + QStringLiteral("/cli-good.json");
    const QString shots = tmpDir() + QStringLiteral("/cli-shots");
    QFile::remove(report);
    QDir(shots).removeRecursively();
    const CliRun r = omnikast(
        {QStringLiteral("replay"), rec, QStringLiteral("--headless"), QStringLiteral("--speed"),
         QStringLiteral("max"), QStringLiteral("--camera"), camera, QStringLiteral("--snapshots"),
         shots, QStringLiteral("--every"), QStringLiteral("1"), QStringLiteral("--size"),
         QStringLiteral("160x90"), QStringLiteral("--report"), report, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject fromFile = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject fromStdout = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(fromFile, fromStdout);
    EXPECT_EQ(fromFile.value("format").toString(), QStringLiteral("omnikast-replay-report"));
    EXPECT_EQ(fromFile.value("frames").toObject().value("rendered").toInt(),
              82);  // 300 … 3000 ms at 30 fps
    EXPECT_EQ(fromFile.value("frame_hashes").toArray().size(), 82);
    EXPECT_EQ(fromFile.value("chat").toObject().value("events_applied").toInt(), 4);
    EXPECT_TRUE(fromFile.value("errors").toArray().isEmpty());
    EXPECT_EQ(QDir(shots).entryList(QDir::Files).size(), 4);
}

TEST(ReplayCli, MissingMediaExitsThreeWithAReport) {
    const QString rec = writeFile(QStringLiteral("cli-nomedia.okrec"),
                                  joined(syntheticLines(QStringLiteral("gone.mp4"))));
    const QString report = tmpDir() + QStringLiteral("/cli-nomedia.json");
    const CliRun r = omnikast({QStringLiteral("replay"), rec, QStringLiteral("--headless"),
                               QStringLiteral("--report"), report});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(QFile::exists(report));
    EXPECT_TRUE(r.err.contains(QLatin1String("gone.mp4"))) << r.err.toStdString();
}

TEST(ReplayCli, RecordThatCannotConnectExitsTwo) {
    const QString out = tmpDir() + QStringLiteral("/cli-noserver.okrec");
    // Nothing listens on port 1.
    const CliRun r = omnikast(
        {QStringLiteral("record"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
         QStringLiteral("--room"), QStringLiteral("main"), QStringLiteral("--duration"),
         QStringLiteral("1"), QStringLiteral("--no-progress"), QStringLiteral("-o"), out});
    // --duration 1 ends the run before the 15 s join timeout; the file is still a valid,
    // empty recording.
    EXPECT_EQ(r.code, 2) << r.err.toStdString();
    ASSERT_EQ(lines(r.err).size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("omnikast record: "))) << r.err.toStdString();
    qint64 line = -1;
    auto rec = readRecording(out, &line);
    ASSERT_TRUE(rec) << line << ": " << rec.error().message.toStdString();
    EXPECT_EQ(rec->eventCount, 0);
}
