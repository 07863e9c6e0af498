// `omnikast check` against an event whose streams this test serves itself over HTTP and HLS
// (made with the ffmpeg CLI at test time), some of them broken on purpose.
#include "preflight/Commands.h"
#include "preflight/EventCheck.h"
#include "support/HttpTestServer.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace omk::preflight {
namespace {

using omk::test::HttpResponse;
using omk::test::HttpTestServer;

void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "preflight_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
}

bool ffmpeg(const QStringList& args) {
    QProcess p;
    p.start(
        QStringLiteral(OMNIKAST_FFMPEG),
        QStringList{QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y")} +
            args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject stream(const QString& url, const QString& protocol, const QString& label) {
    return {{QStringLiteral("url"), url},
            {QStringLiteral("protocol"), protocol},
            {QStringLiteral("label"), label}};
}

QJsonObject channel(const QString& id, const QJsonArray& streams) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), id},
            {QStringLiteral("streams"), streams}};
}

class CheckTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ensureApp();
        QDir().mkpath(QStringLiteral(OMNIKAST_TEST_TMP));
        s_media = std::make_unique<QTemporaryDir>(QStringLiteral(OMNIKAST_TEST_TMP) +
                                                  QStringLiteral("/check-XXXXXX"));
        const QString root = s_media->path();
        // A 2:1 clip (what an equirect stream looks like), faststart so HTTP needs no seeking.
        ASSERT_TRUE(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("testsrc2=size=320x160:rate=25"), QStringLiteral("-t"),
                            QStringLiteral("2"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                            QStringLiteral("-movflags"), QStringLiteral("+faststart"),
                            root + QStringLiteral("/clip.mp4")}));
        QDir(root).mkpath(QStringLiteral("hls"));
        ASSERT_TRUE(ffmpeg({QStringLiteral("-i"), root + QStringLiteral("/clip.mp4"),
                            QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"),
                            QStringLiteral("hls"), QStringLiteral("-hls_time"), QStringLiteral("1"),
                            QStringLiteral("-hls_list_size"), QStringLiteral("0"),
                            root + QStringLiteral("/hls/index.m3u8")}));
        // Not a media file at all: the bytes of a text.
        QFile corrupt(root + QStringLiteral("/corrupt.mp4"));
        ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(QByteArray(8192, 'x'));
    }
    static void TearDownTestSuite() { s_media.reset(); }

    // The media files over HTTP; /hang/… accepts and never answers, as a dead origin would.
    void SetUp() override {
        m_http = std::make_unique<HttpTestServer>(
            [files = HttpTestServer::files(s_media->path())](const omk::test::HttpRequest& r) {
                if (r.path.startsWith(QLatin1String("/hang/"))) return HttpResponse::noAnswer();
                return files(r);
            });
    }

    QString writeEvent(const QJsonArray& channels) {
        const QString path = m_dir.filePath(QStringLiteral("event.json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
                    QJsonObject{{QStringLiteral("omnikast_catalog"), 1},
                                {QStringLiteral("event"),
                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Preflight")},
                                             {QStringLiteral("time_zone"), QStringLiteral("UTC")}}},
                                {QStringLiteral("channels"), channels}})
                    .toJson());
        return path;
    }
    QJsonObject readReport(const QString& path) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    int check(const QStringList& args) {
        return runCommand(QStringList{QStringLiteral("omnikast"), QStringLiteral("check")} + args);
    }

    static inline std::unique_ptr<QTemporaryDir> s_media;
    std::unique_ptr<HttpTestServer> m_http;
    QTemporaryDir m_dir{QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/event-XXXXXX")};
};

TEST_F(CheckTest, BrokenStreamsFailTheCheckAndAreNamed) {
    const QString missing = m_http->url(QStringLiteral("missing/index.m3u8"));
    const QString corrupt = m_http->url(QStringLiteral("corrupt.mp4"));
    const QString event = writeEvent(
        {channel(QStringLiteral("main"), {stream(m_http->url(QStringLiteral("clip.mp4")),
                                                 QStringLiteral("file"), QStringLiteral("mp4")),
                                          stream(m_http->url(QStringLiteral("hls/index.m3u8")),
                                                 QStringLiteral("hls"), QStringLiteral("hls"))}),
         channel(QStringLiteral("side"),
                 {stream(missing, QStringLiteral("hls"), QStringLiteral("gone")),
                  stream(corrupt, QStringLiteral("file"), QStringLiteral("corrupt"))})});
    const QString report = m_dir.filePath(QStringLiteral("report.json"));
    const QString snapshots = m_dir.filePath(QStringLiteral("snapshots"));
    EXPECT_EQ(check({event, QStringLiteral("--report"), report, QStringLiteral("--snapshots"),
                     snapshots, QStringLiteral("--timeout"), QStringLiteral("20")}),
              2);

    const QJsonObject r = readReport(report);
    EXPECT_FALSE(r.value(QStringLiteral("passed")).toBool());
    EXPECT_EQ(r.value(QStringLiteral("streams_total")).toInt(), 4);
    EXPECT_EQ(r.value(QStringLiteral("streams_failed")).toInt(), 2);
    const QJsonArray failed = r.value(QStringLiteral("failed")).toArray();
    EXPECT_TRUE(failed.contains(missing));
    EXPECT_TRUE(failed.contains(corrupt));
    const QJsonArray streams = r.value(QStringLiteral("streams")).toArray();
    ASSERT_EQ(streams.size(), 4);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject s = streams.at(i).toObject();
        SCOPED_TRACE(s.value(QStringLiteral("url")).toString().toStdString());
        EXPECT_TRUE(s.value(QStringLiteral("ok")).toBool())
            << s.value(QStringLiteral("reason")).toString().toStdString();
        EXPECT_EQ(s.value(QStringLiteral("width")).toInt(), 320);
        EXPECT_EQ(s.value(QStringLiteral("height")).toInt(), 160);
        EXPECT_GT(s.value(QStringLiteral("first_frame_ms")).toDouble(), 0.0);
        EXPECT_GT(s.value(QStringLiteral("bit_rate")).toDouble(), 0.0);
        EXPECT_EQ(s.value(QStringLiteral("declared_projection")).toString(),
                  QStringLiteral("equirect"));
        const QString png = s.value(QStringLiteral("snapshot")).toString();
        EXPECT_TRUE(png.startsWith(snapshots)) << png.toStdString();
        EXPECT_FALSE(QImage(png).isNull()) << png.toStdString();
    }
    const QJsonObject gone = streams.at(2).toObject();
    EXPECT_FALSE(gone.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(gone.value(QStringLiteral("stage")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(gone.value(QStringLiteral("reason")).toString().contains(QStringLiteral("404")))
        << gone.value(QStringLiteral("reason")).toString().toStdString();
    EXPECT_FALSE(streams.at(3).toObject().value(QStringLiteral("ok")).toBool());
}

TEST_F(CheckTest, HealthyEventFromAUrlPasses) {
    const QString event = writeEvent(
        {channel(QStringLiteral("main"), {stream(m_http->url(QStringLiteral("hls/index.m3u8")),
                                                 QStringLiteral("hls"), QStringLiteral("hls"))})});
    QFile::copy(event, s_media->path() + QStringLiteral("/event.json"));
    const QString report = m_dir.filePath(QStringLiteral("report.json"));
    EXPECT_EQ(check({m_http->url(QStringLiteral("event.json")), QStringLiteral("--report"), report,
                     QStringLiteral("--snapshots"), m_dir.filePath(QStringLiteral("s")),
                     QStringLiteral("--json")}),
              0);
    EXPECT_TRUE(readReport(report).value(QStringLiteral("passed")).toBool());
}

TEST_F(CheckTest, UnansweringHostTimesOutInsteadOfHanging) {
    const QString hang = m_http->url(QStringLiteral("hang/index.m3u8"));
    const QString event =
        writeEvent({channel(QStringLiteral("dead"), {stream(hang, QStringLiteral("hls"), {})})});
    CheckOptions o;
    o.input = event;
    o.timeoutS = 1;
    o.snapshots = m_dir.filePath(QStringLiteral("s"));
    auto r = runEventCheck(o);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    ASSERT_EQ(r->streams.size(), 1u);
    EXPECT_FALSE(r->streams[0].ok);
    EXPECT_TRUE(r->streams[0].reason.contains(QStringLiteral("timed out")))
        << r->streams[0].reason.toStdString();
    EXPECT_EQ(r->failed(), 1);
}

TEST_F(CheckTest, MissingEventFileIsBadInput) {
    const QString missing = m_dir.filePath(QStringLiteral("nope.json"));
    EXPECT_EQ(check({missing}), 1);
    CheckOptions o;
    o.input = missing;
    auto r = runEventCheck(o);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(missing)) << r.error().message.toStdString();
    EXPECT_FALSE(r.error().message.contains(QLatin1Char('\n')));
    EXPECT_EQ(check({}), 1);
}

TEST_F(CheckTest, EventWithoutStreamsIsBadInput) {
    const QString event = writeEvent({channel(QStringLiteral("empty"), {})});
    EXPECT_EQ(check({event}), 1);
}

}  // namespace
}  // namespace omk::preflight
