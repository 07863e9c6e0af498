// A Dreamkast event opened by its address: the API on the same host, part by part through the
// cache; addresses that are not one; the ways the API fails; and a Pretalx event's page, whose
// schedule is found under it.
#include "TestData.h"
#include "catalog/DreamkastSite.h"
#include "catalog/EventSources.h"
#include "support/HttpTestServer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

using namespace omk::catalog;
using namespace omk::catalog::test;
using namespace std::chrono_literals;
using omk::test::HttpRequest;
using omk::test::HttpResponse;
using omk::test::HttpTestServer;
using ::testing::HasSubstr;

namespace {

QString cacheDir(const char* name) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/dreamkast-site-") + QLatin1String(name);
    QDir(dir).removeRecursively();
    return dir;
}

// The API of a Dreamkast host, answering from the fixture's parts; `broken` names a part that
// answers 500 instead, `truncated` one whose body is cut, `wrapped` one whose items are each in a
// list of their own (as a mock of Dreamkast's API description answers).
struct FakeDreamkastApi {
    QJsonObject parts = QJsonDocument::fromJson(readData("cndt-tokyo.dreamkast.json")).object();
    QString broken, truncated, wrapped;
    std::atomic<int> requests{0};
    HttpResponse answer(const HttpRequest& r) {
        ++requests;
        auto json = [](const QJsonValue& v) {
            return v.isObject() ? QJsonDocument(v.toObject()).toJson()
                                : QJsonDocument(v.toArray()).toJson();
        };
        QString part;
        if (r.path == QLatin1String("/api/v1/events/cndt2026")) part = QStringLiteral("event");
        for (const char* p : {"tracks", "talks", "speakers", "streamings"})
            if (r.path == QLatin1String("/api/v1/") + QLatin1String(p) &&
                r.head.contains("eventAbbr=cndt2026"))
                part = QLatin1String(p);
        if (part.isEmpty()) return HttpResponse::notFound();
        if (part == broken) return HttpResponse::withStatus(500, "oops", "text/plain");
        QJsonValue value = parts.value(part);
        if (part == wrapped) {
            QJsonArray lists;
            for (const QJsonValue& item : value.toArray()) lists.append(QJsonArray{item});
            value = lists;
        }
        QByteArray body = json(value);
        if (part == truncated) body.truncate(body.size() / 2);
        return HttpResponse::ok(body, "application/json");
    }
};

}  // namespace

TEST(DreamkastSite, AddressesThatAreOneAndThatAreNot) {
    auto a =
        parseDreamkastAddress(QStringLiteral("dreamkast:event.cloudnativedays.jp/cndt2023"), false);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->site.toString(), QStringLiteral("https://event.cloudnativedays.jp"));
    EXPECT_EQ(a->abbr, QStringLiteral("cndt2023"));
    auto local =
        parseDreamkastAddress(QStringLiteral("dreamkast:http://127.0.0.1:8080/o11y2024/"), false);
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(local->site.port(), 8080);
    EXPECT_TRUE(
        parseDreamkastAddress(QStringLiteral("https://event.cloudnativedays.jp/cndt2023"), true));
    EXPECT_FALSE(
        parseDreamkastAddress(QStringLiteral("https://event.cloudnativedays.jp/cndt2023"), false))
        << "a page address only where pages are asked for";
    for (const char* no : {"https://cdn.example/live/360.m3u8", "https://host/a/b", "https://host/",
                           "https://host/x?y=1", "dreamkast:", "dreamkast:host",
                           "dreamkast:host/../etc", "ftp://host/abbr", "/tmp/cndt2023"})
        EXPECT_FALSE(parseDreamkastAddress(QString::fromLatin1(no), true)) << no;
}

TEST(DreamkastSite, OpensAnEventByItsAddressFromTheApi) {
    ensureApp();
    FakeDreamkastApi api;
    HttpTestServer server([&](const HttpRequest& r) { return api.answer(r); },
                          HttpTestServer::Thread::Caller);
    ASSERT_TRUE(server.ok());
    const QString page = server.url(QStringLiteral("cndt2026"));
    for (const QString& address : {QStringLiteral("dreamkast:") + page, page}) {
        SCOPED_TRACE(address.toStdString());
        auto loaded = loadEvent(address, {}, cacheDir("open"), 10s);
        ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
        EXPECT_EQ(loaded->catalog.format, Format::Dreamkast);
        EXPECT_EQ(loaded->catalog.channels.size(), 2);
        EXPECT_EQ(loaded->catalog.speakers.size(), 2);
        EXPECT_FALSE(loaded->catalog.sessions.isEmpty());
        EXPECT_EQ(loaded->documents.size(), 5) << "event, tracks, talks, speakers, streamings";
        EXPECT_EQ(loaded->catalog.live.cableUrl,
                  QStringLiteral("ws://127.0.0.1:%1/cable").arg(QUrl(page).port()));
        EXPECT_TRUE(loaded->warnings.isEmpty()) << loaded->warnings.join(';').toStdString();
    }
}

TEST(DreamkastSite, ApiFailuresSayWhatAndTheLastGoodCopyStandsIn) {
    ensureApp();
    FakeDreamkastApi api;
    HttpTestServer server([&](const HttpRequest& r) { return api.answer(r); },
                          HttpTestServer::Thread::Caller);
    ASSERT_TRUE(server.ok());
    const QString cache = cacheDir("failures");

    auto unknown = loadEvent(QStringLiteral("dreamkast:") + server.url(QStringLiteral("nosuch")),
                             {}, cache, 10s);
    ASSERT_FALSE(unknown.has_value());
    EXPECT_THAT(unknown.error().message.toStdString(), HasSubstr("no event \"nosuch\""));

    api.truncated = QStringLiteral("talks");
    auto cut = loadEvent(QStringLiteral("dreamkast:") + server.url(QStringLiteral("cndt2026")), {},
                         cache, 10s);
    ASSERT_FALSE(cut.has_value());
    EXPECT_THAT(cut.error().message.toStdString(), HasSubstr("talks"));
    EXPECT_THAT(cut.error().message.toStdString(), HasSubstr("JSON syntax error"));

    api.truncated.clear();
    api.broken = QStringLiteral("streamings");
    auto noStreams = loadEvent(
        QStringLiteral("dreamkast:") + server.url(QStringLiteral("cndt2026")), {}, cache, 10s);
    ASSERT_TRUE(noStreams.has_value()) << noStreams.error().message.toStdString();
    ASSERT_EQ(noStreams->warnings.size(), 1) << "streamings are optional";
    EXPECT_THAT(noStreams->warnings.first().toStdString(), HasSubstr("streams of the tracks"));

    // Everything has been seen once: a broken part now falls back to its cached copy.
    api.broken.clear();
    ASSERT_TRUE(loadEvent(QStringLiteral("dreamkast:") + server.url(QStringLiteral("cndt2026")), {},
                          cache, 10s));
    api.broken = QStringLiteral("tracks");
    auto cached = loadEvent(QStringLiteral("dreamkast:") + server.url(QStringLiteral("cndt2026")),
                            {}, cache, 10s);
    ASSERT_TRUE(cached.has_value()) << cached.error().message.toStdString();
    ASSERT_EQ(cached->warnings.size(), 1);
    EXPECT_THAT(cached->warnings.first().toStdString(), HasSubstr("using the cached copy"));
    EXPECT_EQ(cached->catalog.channels.size(), 2);

    // A new answer of the wrong type: said, and the last good copy stands in — and stays the
    // last good copy (a 500 afterwards still finds it).
    api.broken.clear();
    api.wrapped = QStringLiteral("speakers");
    auto wrong = loadEvent(QStringLiteral("dreamkast:") + server.url(QStringLiteral("cndt2026")),
                           {}, cache, 10s);
    ASSERT_TRUE(wrong.has_value()) << wrong.error().message.toStdString();
    ASSERT_EQ(wrong->warnings.size(), 1) << wrong->warnings.join(';').toStdString();
    EXPECT_THAT(wrong->warnings.first().toStdString(), HasSubstr("using the cached copy"));
    EXPECT_THAT(wrong->warnings.first().toStdString(),
                HasSubstr("expected an object, got an array"));
    EXPECT_EQ(wrong->catalog.speakers.size(), cached->catalog.speakers.size());
    api.wrapped.clear();
    api.broken = QStringLiteral("speakers");
    auto after = loadEvent(QStringLiteral("dreamkast:") + server.url(QStringLiteral("cndt2026")),
                           {}, cache, 10s);
    ASSERT_TRUE(after.has_value()) << after.error().message.toStdString();
    EXPECT_EQ(after->catalog.speakers.size(), cached->catalog.speakers.size());
    api.broken.clear();

    // Nothing listens there at all: one line naming the address.
    auto unreachable = loadEvent(QStringLiteral("dreamkast:http://127.0.0.1:1/cndt2026"), {},
                                 cacheDir("none"), 5s);
    ASSERT_FALSE(unreachable.has_value());
    EXPECT_THAT(unreachable.error().message.toStdString(), HasSubstr("127.0.0.1:1"));
    EXPECT_EQ(unreachable.error().message.count(QLatin1Char('\n')), 0);
}

TEST(DreamkastSite, APretalxEventsPageFindsItsSchedule) {
    ensureApp();
    const QByteArray schedule = readData("pretalx-democon.schedule.json");
    HttpTestServer server(
        [&](const HttpRequest& r) {
            if (r.path == QLatin1String("/democon/schedule/export/schedule.json"))
                return HttpResponse::ok(schedule, "application/json");
            if (r.path == QLatin1String("/democon/"))
                return HttpResponse::ok("<!doctype html><title>DemoCon</title>", "text/html");
            return HttpResponse::notFound();
        },
        HttpTestServer::Thread::Caller);
    ASSERT_TRUE(server.ok());
    auto loaded = loadEvent(server.url(QStringLiteral("democon/")), {}, cacheDir("pretalx"), 10s);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->catalog.format, Format::FrabJson);
    EXPECT_EQ(loaded->documents,
              QStringList{server.url(QStringLiteral("democon/schedule/export/schedule.json"))});

    auto nothing =
        loadEvent(server.url(QStringLiteral("other")), {}, cacheDir("pretalx-none"), 10s);
    ASSERT_FALSE(nothing.has_value());
    EXPECT_THAT(nothing.error().message.toStdString(), HasSubstr("not an event Omnikast can open"));
}
