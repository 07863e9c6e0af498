// The event catalog in a recording: fetched from a real omnikast-server (in process, loopback),
// kept through the file (version 2's catalog record), and applied by the replay as the window
// applies it: the stream's projection overrides what the file says.
#include "ReplayTestSupport.h"
#include "replay/CatalogContext.h"
#include "replay/CatalogFetch.h"
#include "replay/Replayer.h"
#include "support/RoomTestSupport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>

using namespace omk::replay;
using namespace omk::replay::test;
using omk::InfoSource;
using omk::Projection;
using omk::SphericalInfo;

namespace {

QJsonObject catalogFor(const QString& media, const char* projection) {
    const QByteArray json = QStringLiteral(R"({
      "omnikast_catalog": 1,
      "event": {"id": "rec", "title": "Recorded Event", "time_zone": "UTC",
                "first_day": "2026-11-23", "last_day": "2026-11-23"},
      "channels": [{"id": "main", "name": "Main Stage", "streams": [
        {"url": "%1", "protocol": "file", "projection": "%2", "stereo": "mono"}]}],
      "sessions": []
    })")
                                .arg(media, QLatin1String(projection))
                                .toUtf8();
    return QJsonDocument::fromJson(json).object();
}

// The hand-built recording with a catalog record after the header, as version 2.
QList<QByteArray> linesWithCatalog(const QString& media, const QJsonObject& catalog) {
    QList<QByteArray> lines = syntheticLines(media);  // written as the current version
    lines.insert(1, catalogLine(0, catalog));
    return lines;
}

QSet<QString> hashes(const ReplayReport& r) {
    QSet<QString> out;
    for (const auto& f : r.frames) out.insert(f.hash);
    return out;
}

}  // namespace

TEST(RecordingCatalog, ACatalogRecordRoundTripsInVersionTwoOnly) {
    const QJsonObject catalog = catalogFor(QStringLiteral("clip.mp4"), "flat");
    auto rec = parseRecording(joined(linesWithCatalog(QStringLiteral("clip.mp4"), catalog)));
    ASSERT_TRUE(rec) << rec.error().message.toStdString();
    EXPECT_EQ(rec->catalog, catalog);
    EXPECT_EQ(rec->header.version, 2);

    // Version 1 never had the record: such a file is damaged, and says where.
    QList<QByteArray> v1 = syntheticLines(QStringLiteral("clip.mp4"));
    v1[0].replace("\"version\":2", "\"version\":1");
    ASSERT_TRUE(parseRecording(joined(v1)));  // version 1 files still read
    v1.insert(1, catalogLine(0, catalog));
    qint64 line = 0;
    auto bad = parseRecording(joined(v1), &line);
    ASSERT_FALSE(bad);
    EXPECT_EQ(line, 2);
    EXPECT_TRUE(bad.error().message.contains(QLatin1String("catalog")))
        << bad.error().message.toStdString();
}

TEST(RecordingCatalog, TheContextFindsTheStreamAndOverridesTheProjection) {
    auto ctx = CatalogContext::create(
        catalogFor(QStringLiteral("https://cdn.example/talks/clip.mp4"), "flat"),
        QStringLiteral("main"));
    ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
    EXPECT_EQ(ctx->title(), QStringLiteral("Recorded Event"));
    EXPECT_EQ(ctx->channelName(), QStringLiteral("Main Stage"));
    // A recording keeps local media relative to itself: matched by file name.
    ASSERT_TRUE(ctx->streamFor(QStringLiteral("clip.mp4")));
    EXPECT_FALSE(ctx->streamFor(QStringLiteral("https://elsewhere.example/clip.mp4")));
    EXPECT_FALSE(ctx->streamFor(QStringLiteral("other.mp4")));
    SphericalInfo detected;
    detected.projection = Projection::Equirect;
    const SphericalInfo applied = ctx->apply(QStringLiteral("clip.mp4"), detected);
    EXPECT_EQ(applied.projection, Projection::Flat);
    EXPECT_EQ(applied.projectionSource, InfoSource::Override);
    EXPECT_EQ(ctx->apply(QStringLiteral("other.mp4"), detected).projection, Projection::Equirect);

    auto broken = CatalogContext::create(QJsonObject{{QStringLiteral("nonsense"), 1}},
                                         QStringLiteral("main"));
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QLatin1String("the recording's catalog")))
        << broken.error().message.toStdString();
}

TEST(RecordingCatalog, TheReplayDrawsWithTheCatalogsProjection) {
    ensureApp();
    const QString clip = makeClip();
    ASSERT_FALSE(clip.isEmpty());
    ReplayOptions o;
    o.fps = 10;
    o.size = QSize(160, 90);
    o.progress = false;

    o.recording = writeFile(QStringLiteral("catalog-none.okrec"), joined(syntheticLines(clip)));
    auto plain = readRecording(o.recording);
    ASSERT_TRUE(plain);
    const ReplayReport without = Replayer(*plain, o, CameraPath()).run();

    o.recording = writeFile(QStringLiteral("catalog-flat.okrec"),
                            joined(linesWithCatalog(clip, catalogFor(clip, "flat"))));
    auto withCatalog = readRecording(o.recording);
    ASSERT_TRUE(withCatalog) << withCatalog.error().message.toStdString();
    const ReplayReport with = Replayer(*withCatalog, o, CameraPath()).run();

    EXPECT_TRUE(with.errors.isEmpty());
    EXPECT_EQ(with.catalogTitle, QStringLiteral("Recorded Event"));
    EXPECT_EQ(with.catalogChannel, QStringLiteral("Main Stage"));
    EXPECT_EQ(with.toJson().value(QStringLiteral("catalog")).toObject().value("channel"),
              QStringLiteral("Main Stage"));
    ASSERT_GT(with.framesRendered, 0);
    ASSERT_EQ(with.framesRendered, without.framesRendered);
    // A flat screen and a sphere never give the same picture.
    EXPECT_TRUE((hashes(with) & hashes(without)).isEmpty());

    // A catalog the importer refuses is an error in the report; the replay still runs.
    o.recording = writeFile(
        QStringLiteral("catalog-bad.okrec"),
        joined(linesWithCatalog(clip, QJsonObject{{QStringLiteral("omnikast_catalog"), 99}})));
    auto bad = readRecording(o.recording);
    ASSERT_TRUE(bad);
    const ReplayReport badReport = Replayer(*bad, o, CameraPath()).run();
    ASSERT_FALSE(badReport.errors.isEmpty());
    EXPECT_TRUE(badReport.errors.first().message.startsWith(QLatin1String("catalog: ")));
    EXPECT_EQ(badReport.framesRendered, without.framesRendered);
}

class CatalogFetchTest : public omk::room::test::RoomTest {};

TEST_F(CatalogFetchTest, FetchesTheServersCatalogOrSaysWhyNot) {
    start();
    QNetworkAccessManager network;
    const QUrl ws(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    EXPECT_EQ(catalogUrlFor(ws).toString(),
              QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(port));
    EXPECT_EQ(catalogUrlFor(QUrl(QStringLiteral("wss://h.example/ws?x=1"))).toString(),
              QStringLiteral("https://h.example/catalog.json"));

    std::optional<omk::Expected<QJsonObject>> got;
    fetchCatalog(network, catalogUrlFor(ws), [&](omk::Expected<QJsonObject> r) { got = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
    // This server was started without a catalog: the reason names the address and the status.
    ASSERT_FALSE(*got);
    EXPECT_TRUE(got->error().message.contains(QLatin1String("/catalog.json")))
        << got->error().message.toStdString();

    // With one, the recorder gets the catalog as the server serves it.
    const QString file =
        writeFile(QStringLiteral("catalog-served.json"),
                  QJsonDocument(catalogFor(QStringLiteral("clip.mp4"), "flat")).toJson());
    config.catalog = file;
    restart();
    const QUrl ws2(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));
    got.reset();
    fetchCatalog(network, catalogUrlFor(ws2), [&](omk::Expected<QJsonObject> r) { got = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
    ASSERT_TRUE(*got) << got->error().message.toStdString();
    auto ctx = CatalogContext::create(**got, QStringLiteral("main"));
    ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
    EXPECT_EQ(ctx->title(), QStringLiteral("Recorded Event"));

    got.reset();
    fetchCatalog(network, QUrl(QStringLiteral("http://127.0.0.1:1/catalog.json")),
                 [&](omk::Expected<QJsonObject> r) { got = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.has_value(); }, 15000));
    EXPECT_FALSE(*got);
}
