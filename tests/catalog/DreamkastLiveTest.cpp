// Dreamkast's live data: the OnAirChannel broadcast (Video.on_air_v2's shape), weaver's
// viewerCount reply, and the Dreamkast-shaped file's optional live endpoints.
#include "TestData.h"
#include "catalog/DreamkastLive.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace omk::catalog;
using namespace omk::catalog::test;
using ::testing::HasSubstr;

namespace {

QJsonValue json(const char* text) {
    return QJsonDocument::fromJson(text).object();
}

QByteArray fixtureWith(const char* key, const QJsonValue& value) {
    QJsonObject root = QJsonDocument::fromJson(readData("cndt-tokyo.dreamkast.json")).object();
    root.insert(QLatin1String(key), value);
    return QJsonDocument(root).toJson();
}

}  // namespace

TEST(DreamkastOnAir, ReadsTheBroadcastPerTrack) {
    // As Video.on_air_v2 builds it (app/models/video.rb), keyed by track id.
    auto r = parseDreamkastOnAir(json(R"({
      "1": {"id": 12, "trackId": 1, "videoPlatform": "ivs",
            "videoId": "https://abc.live-video.net/api/video/v1/x.m3u8", "title": "Keynote",
            "abstract": "", "speakers": ["A"], "dayId": 21, "showOnTimetable": true,
            "startTime": "2026-03-10T10:00:00.000+09:00", "endTime": "2026-03-10T10:40:00.000+09:00",
            "talkDuration": 40, "talkDifficulty": "", "talkCategory": "", "onAir": true,
            "documentUrl": ""},
      "2": {"id": 13, "trackId": 2, "videoPlatform": "vimeo", "videoId": "453935827",
            "title": "Second", "onAir": true},
      "3": {"id": 14, "trackId": 3, "title": "Off", "onAir": false},
      "4": null})"));
    ASSERT_TRUE(r) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ(r->value("1").talkId, QStringLiteral("12"));
    EXPECT_EQ(r->value("1").title, QStringLiteral("Keynote"));
    EXPECT_EQ(r->value("1").streamUrl,
              QStringLiteral("https://abc.live-video.net/api/video/v1/x.m3u8"));
    EXPECT_EQ(r->value("2").streamUrl, QString());  // a Vimeo id is not something we can open
    EXPECT_FALSE(r->contains("3"));
    // Nothing on air anywhere.
    auto none = parseDreamkastOnAir(QJsonObject{});
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(DreamkastOnAir, BadBroadcastsNameTheField) {
    const std::pair<QJsonValue, const char*> cases[] = {
        {QJsonArray{}, "message: expected an object"},
        {QJsonValue(3), "message: expected an object"},
        {json(R"({"1": "x"})"), "message[\"1\"]: expected an object"},
        {json(R"({"1": {"title": "no id"}})"), "message[\"1\"].id: missing"},
        {json(R"({"1": {"id": {}}})"), "message[\"1\"].id: expected a string"},
        // Found by fuzz_cable_frame: an empty id passed as present.
        {json(R"({"1": {"id": "", "videoId": "h.m4u8ote", "onAir": true}})"),
         "message[\"1\"].id: empty talk id"},
        {json(R"({"1": {"id": 1, "trackId": 2}})"), "says track 2"},
        {json(R"({"1": {"id": 1, "onAir": "yes"}})"), "onAir: expected a boolean"},
        {json(R"({"1": {"id": 1, "title": 5.5}})"), "title: expected a string"},
    };
    for (const auto& [message, expected] : cases) {
        auto r = parseDreamkastOnAir(message);
        ASSERT_FALSE(r) << expected;
        EXPECT_THAT(r.error().message.toStdString(), HasSubstr(expected));
        EXPECT_THAT(r.error().message.toStdString(), HasSubstr("OnAirChannel broadcast"));
    }
}

TEST(WeaverViewerCount, RequestAndReply) {
    const QJsonObject q = QJsonDocument::fromJson(weaverViewerCountRequest("cndt2026")).object();
    EXPECT_EQ(q["variables"]["confName"].toString(), QStringLiteral("cndt2026"));
    EXPECT_THAT(q["query"].toString().toStdString(), HasSubstr("viewerCount(confName: $confName)"));
    auto r = parseWeaverViewerCounts(
        R"({"data":{"viewerCount":[{"trackName":"A","count":12},{"trackName":"B","count":0}]}})");
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->value("A"), 12);
    EXPECT_EQ(r->value("B"), 0);
    EXPECT_EQ(r->size(), 2);
}

TEST(WeaverViewerCount, ErrorsAndGarbage) {
    const std::pair<QByteArray, const char*> cases[] = {
        {R"({"errors":[{"message":"\"x\" is not a valid ConfName"}],"data":null})",
         "is not a valid ConfName"},
        {"", "not JSON"},
        {"[]", "not a JSON object"},
        {R"({"data":{}})", "viewerCount: missing"},
        {R"({"data":{"viewerCount":[{"trackName":"A","count":-1}]}})", "expected a viewer count"},
        {R"({"data":{"viewerCount":[{"trackName":"A","count":1.5}]}})", "expected a viewer count"},
        {R"({"data":{"viewerCount":[{"count":1}]}})", "trackName: missing"},
        {R"({"errors":"bad"})", "errors: expected an array"},
    };
    for (const auto& [body, expected] : cases) {
        auto r = parseWeaverViewerCounts(body);
        ASSERT_FALSE(r) << body.toStdString();
        EXPECT_THAT(r.error().message.toStdString(), HasSubstr(expected)) << body.toStdString();
    }
}

TEST(CatalogDreamkast, LiveEndpointsFromTheFile) {
    const Catalog plain = importData("cndt-tokyo.dreamkast.json");
    EXPECT_TRUE(plain.live.cableUrl.isEmpty());
    EXPECT_FALSE(plain.live.viewerCountUrl.has_value());

    QJsonObject root = QJsonDocument::fromJson(readData("cndt-tokyo.dreamkast.json")).object();
    root.insert("cable_url", "wss://event.cloudnativedays.jp/cable");
    root.insert("weaver_url", "https://dkw.cloudnativedays.jp/query");
    auto c = importCatalog(QJsonDocument(root).toJson(), QStringLiteral("live.json"));
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->live.cableUrl, QStringLiteral("wss://event.cloudnativedays.jp/cable"));
    EXPECT_EQ(c->live.viewerCountUrl, QStringLiteral("https://dkw.cloudnativedays.jp/query"));

    auto off = importCatalog(fixtureWith("weaver_url", ""), QStringLiteral("off.json"));
    ASSERT_TRUE(off);
    EXPECT_EQ(off->live.viewerCountUrl, QString());

    EXPECT_THAT(importError(fixtureWith("cable_url", "ftp://x/cable"), "bad.json"),
                HasSubstr("bad.json: cable_url: expected a ws(s):// or http(s):// URL"));
    EXPECT_THAT(importError(fixtureWith("weaver_url", "dkw"), "bad.json"),
                HasSubstr("bad.json: weaver_url: expected an http(s):// URL"));
    EXPECT_THAT(importError(fixtureWith("cable_url", 5.5), "bad.json"),
                HasSubstr("cable_url: expected a string"));
}
