// Re-importing the event's schedule while it runs (docs/ADMIN.md "Re-import the schedule"): a
// real frab export served over loopback HTTP (tests/support/HttpTestServer, a test-support
// server), read again by the real server. A preview says what would change and changes nothing;
// applying makes one audited version that keeps organizers' edits of what the schedule did not
// change; a schedule that changed since the preview, an unreachable or unreadable one, and
// callers who are not admins are refused; the server checks by itself with If-None-Match.
#include "AdminTestSupport.h"

#include "protocol/ChannelRoom.h"
#include "protocol/FieldReader.h"
#include "support/HttpTestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QUrl>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::Role;
using omk::test::HttpRequest;
using HostResponse = omk::test::HttpResponse;

namespace {

const QString kFile = QStringLiteral(OMNIKAST_CATALOG_DATA "/berlin-dst.schedule.xml");
const QString kOpening = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kLateNight = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
const QString kWorkshop = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003");

QByteArray readFile(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The export with one talk renamed and one more talk in Saal 1.
QByteArray changedSchedule(QByteArray xml) {
    xml.replace("<title>Opening</title>", "<title>Opening, now with cake</title>");
    const QByteArray extra =
        "<event guid=\"aaaaaaaa-0000-4000-8000-0000000000ff\" id=\"99\">"
        "<date>2026-10-23T15:00:00+02:00</date><start>15:00</start><duration>00:30</duration>"
        "<room>Saal 1</room><title>A talk added late</title><type>lecture</type>"
        "<language>en</language><persons/><links/></event>";
    const int at = xml.indexOf("<event guid=\"aaaaaaaa-0000-4000-8000-000000000002\"");
    xml.insert(at, extra);
    return xml;
}

class ScheduleImportTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        hostServer = std::make_unique<omk::test::HttpTestServer>(
            [this](const HttpRequest& r) {
                requests.append(r);
                if (status != 200) return HostResponse::withStatus(status);
                if (r.header("If-None-Match") == etag) return HostResponse::withStatus(304);
                return HostResponse::ok(schedule, "application/xml", {{"ETag", etag}});
            },
            omk::test::HttpTestServer::Thread::Caller);
        ASSERT_TRUE(host().ok());
        schedule = readFile(kFile);
        config.catalog = kFile;
        config.scheduleUrl = host().url(QStringLiteral("schedule.xml"));
        config.schedulePollMinutes = 0;
    }
    HttpResult preview(const QJsonObject& body = {}) {
        return post(QStringLiteral("/admin/import/preview"), admin, body);
    }
    HttpResult apply(const QString& hash, const QByteArray& ifMatch = {}) {
        return httpBearer(port, "POST", QStringLiteral("/admin/import"), admin,
                          QJsonDocument(QJsonObject{{QStringLiteral("source_hash"), hash}})
                              .toJson(QJsonDocument::Compact),
                          ifMatch);
    }
    QJsonObject session(const QString& id) {
        const auto c = httpGet(port, QStringLiteral("/catalog.json"));
        for (const QJsonValue& v : json(c).value(QStringLiteral("sessions")).toArray())
            if (str(v.toObject(), "id") == id) return v.toObject();
        return {};
    }
    qint64 version() {
        return httpBearer(port, "GET", QStringLiteral("/admin/catalog"), admin)
            .catalogVersion.toLongLong();
    }
    static QStringList ids(const QJsonObject& changes, const char* kind, const char* what) {
        QStringList out;
        for (const QJsonValue& v :
             changes.value(QLatin1String(kind)).toObject().value(QLatin1String(what)).toArray())
            out << str(v.toObject(), "id");
        return out;
    }

    QByteArray schedule;
    QList<HttpRequest> requests;
    QByteArray etag = "\"v1\"";
    int status = 200;
    // Made in SetUp, once the application (and its event dispatcher) exists.
    std::unique_ptr<omk::test::HttpTestServer> hostServer;
    omk::test::HttpTestServer& host() { return *hostServer; }
};

}  // namespace

TEST_F(ScheduleImportTest, APreviewSaysWhatTheScheduleChangesAndChangesNothing) {
    startAsAdmin();
    const qint64 before = version();
    // The same export the server started on: nothing to do.
    auto same = preview();
    ASSERT_EQ(same.status, 200) << same.body.data();
    EXPECT_TRUE(json(same).value(QStringLiteral("unchanged")).toBool()) << same.body.data();
    EXPECT_EQ(str(json(same), "format"), QStringLiteral("frab-xml"));

    schedule = changedSchedule(schedule);
    etag = "\"v2\"";
    const auto r = preview();
    ASSERT_EQ(r.status, 200) << r.body.data();
    const QJsonObject o = json(r);
    EXPECT_FALSE(o.value(QStringLiteral("unchanged")).toBool());
    EXPECT_EQ(str(o, "url"), host().url(QStringLiteral("schedule.xml")));
    EXPECT_EQ(str(o, "source_hash").size(), 64);
    EXPECT_EQ(num(o.value(QStringLiteral("base")).toObject(), "version"), before);
    const QJsonObject changes = o.value(QStringLiteral("changes")).toObject();
    EXPECT_EQ(ids(changes, "sessions", "added"),
              QStringList{QStringLiteral("aaaaaaaa-0000-4000-8000-0000000000ff")});
    EXPECT_EQ(ids(changes, "sessions", "changed"), QStringList{kOpening});
    const QJsonObject changed = changes.value(QStringLiteral("sessions"))
                                    .toObject()
                                    .value(QStringLiteral("changed"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    EXPECT_EQ(str(changed, "title"), QStringLiteral("Opening, now with cake"));
    EXPECT_EQ(changed.value(QStringLiteral("fields")).toArray(),
              QJsonArray{QStringLiteral("title")});
    // Nothing changed: the same version, the old title.
    EXPECT_EQ(version(), before);
    EXPECT_EQ(str(session(kOpening), "title"), QStringLiteral("Opening"));
    EXPECT_FALSE(changes.contains(QStringLiteral("event")));
}

TEST_F(ScheduleImportTest, ApplyingMakesOneAuditedVersionAndKeepsOrganizersEdits) {
    startAsAdmin();
    // An organizer renames the workshop here and gives Saal 1 a stream.
    ASSERT_EQ(httpBearer(port, "PATCH", QStringLiteral("/admin/sessions/") + kWorkshop, admin,
                         R"j({"title": "Time Zone Workshop (room changed)"})j")
                  .status,
              200);
    ASSERT_EQ(httpBearer(port, "POST", QStringLiteral("/admin/channels/Saal%201/streams"), admin,
                         R"({"url": "https://live.example/saal1.m3u8", "protocol": "hls"})")
                  .status,
              201);
    const qint64 before = version();

    schedule = changedSchedule(schedule);
    const auto p = preview();
    ASSERT_EQ(p.status, 200) << p.body.data();
    // The organizer's rename is not the schedule's change: it is not in the preview.
    EXPECT_EQ(ids(json(p).value(QStringLiteral("changes")).toObject(), "sessions", "changed"),
              QStringList{kOpening});
    const auto r = apply(str(json(p), "source_hash"),
                         str(json(p).value(QStringLiteral("base")).toObject(), "etag").toLatin1());
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(num(json(r), "version"), before + 1);
    EXPECT_FALSE(json(r).value(QStringLiteral("changes")).toObject().isEmpty());
    EXPECT_EQ(str(session(kOpening), "title"), QStringLiteral("Opening, now with cake"));
    EXPECT_EQ(str(session(QStringLiteral("aaaaaaaa-0000-4000-8000-0000000000ff")), "title"),
              QStringLiteral("A talk added late"));
    EXPECT_EQ(str(session(kWorkshop), "title"),
              QStringLiteral("Time Zone Workshop (room changed)"));
    const auto c = json(httpGet(port, QStringLiteral("/catalog.json")));
    EXPECT_EQ(c.value(QStringLiteral("channels"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("streams"))
                  .toArray()
                  .size(),
              1);
    const auto audit = httpBearer(port, "GET", QStringLiteral("/admin/audit?limit=1"), admin);
    const QJsonObject entry =
        json(audit).value(QStringLiteral("entries")).toArray().at(0).toObject();
    EXPECT_EQ(str(entry, "action"), QStringLiteral("catalog.import"));
    EXPECT_EQ(str(entry, "target"), host().url(QStringLiteral("schedule.xml")));

    // The same schedule again: nothing new, and the next change is measured from it.
    const auto again = preview();
    EXPECT_TRUE(json(again).value(QStringLiteral("unchanged")).toBool()) << again.body.data();
    // It outlives a restart: the base is in the store.
    restart();
    EXPECT_TRUE(json(preview()).value(QStringLiteral("unchanged")).toBool());
}

TEST_F(ScheduleImportTest, AScheduleThatChangedSinceThePreviewOrAnEditedCatalogIsRefused) {
    startAsAdmin();
    schedule = changedSchedule(schedule);
    const auto p = preview();
    ASSERT_EQ(p.status, 200);
    const QString hash = str(json(p), "source_hash");
    const QByteArray etagThen =
        str(json(p).value(QStringLiteral("base")).toObject(), "etag").toLatin1();
    const qint64 before = version();

    schedule.replace("A talk added late", "A talk added later still");
    const auto moved = apply(hash, etagThen);
    EXPECT_EQ(moved.status, 409) << moved.body.data();
    EXPECT_EQ(str(json(moved), "error"), QStringLiteral("source_changed"));

    schedule.replace("A talk added later still", "A talk added late");
    ASSERT_EQ(httpBearer(port, "PATCH", QStringLiteral("/admin/sessions/") + kWorkshop, admin,
                         R"({"title": "Edited meanwhile"})")
                  .status,
              200);
    const auto stale = apply(hash, etagThen);
    EXPECT_EQ(stale.status, 412) << stale.body.data();
    EXPECT_EQ(version(), before + 1);  // the organizer's edit only
    EXPECT_EQ(str(session(kOpening), "title"), QStringLiteral("Opening"));
    // Without If-Match it goes onto what is live now.
    EXPECT_EQ(apply(hash).status, 200);
    EXPECT_EQ(str(session(kOpening), "title"), QStringLiteral("Opening, now with cake"));
    EXPECT_EQ(str(session(kWorkshop), "title"), QStringLiteral("Edited meanwhile"));
}

TEST_F(ScheduleImportTest, UnreachableOrUnreadableSchedulesAreRefusedWithTheReason) {
    startAsAdmin();
    const qint64 before = version();
    status = 404;
    const auto gone = preview();
    EXPECT_EQ(gone.status, 502) << gone.body.data();
    EXPECT_EQ(str(json(gone), "error"), QStringLiteral("schedule_unreachable"));
    EXPECT_TRUE(str(json(gone), "message").contains(QStringLiteral("404"))) << gone.body.data();

    status = 200;
    schedule = "<schedule><conference><title>Broken";
    const auto broken = preview();
    EXPECT_EQ(broken.status, 422) << broken.body.data();
    EXPECT_EQ(str(json(broken), "error"), QStringLiteral("schedule_unreadable"));
    EXPECT_FALSE(str(json(broken), "message").isEmpty());

    const auto ftp = preview(QJsonObject{{QStringLiteral("url"), "ftp://example.org/s.xml"}});
    EXPECT_EQ(ftp.status, 400) << ftp.body.data();
    const auto unknown = preview(QJsonObject{{QStringLiteral("urls"), "x"}});
    EXPECT_EQ(unknown.status, 400);
    const auto noHash = post(QStringLiteral("/admin/import"), admin, {});
    EXPECT_EQ(noHash.status, 400);
    // Nobody listens there.
    const auto closed = preview(QJsonObject{{QStringLiteral("url"), "http://127.0.0.1:9/s.xml"}});
    EXPECT_EQ(closed.status, 502) << closed.body.data();
    EXPECT_EQ(version(), before);
}

TEST_F(ScheduleImportTest, WithoutAConfiguredUrlTheOrganizerNamesOne) {
    config.scheduleUrl.clear();
    startAsAdmin();
    const auto status = httpBearer(port, "GET", QStringLiteral("/admin/import"), admin);
    ASSERT_EQ(status.status, 200);
    EXPECT_EQ(str(json(status), "url"), QString());
    EXPECT_EQ(num(json(status), "every_minutes"), 0);
    const auto none = preview();
    EXPECT_EQ(none.status, 404);
    EXPECT_EQ(str(json(none), "error"), QStringLiteral("no_schedule_url"));
    schedule = changedSchedule(schedule);
    const auto named =
        preview(QJsonObject{{QStringLiteral("url"), host().url(QStringLiteral("schedule.xml"))}});
    ASSERT_EQ(named.status, 200) << named.body.data();
    EXPECT_EQ(ids(json(named).value(QStringLiteral("changes")).toObject(), "sessions", "changed"),
              QStringList{kOpening});
}

TEST_F(ScheduleImportTest, OnlyAdminsMayLookPreviewOrApply) {
    startAsAdmin();
    for (const QString& t :
         {token(account(QStringLiteral("att@example.org"))),
          token(account(QStringLiteral("mod@example.org"), {{"Saal 1", Role::Moderator}}),
                Role::Moderator),
          QString()}) {
        const int expected = t.isEmpty() ? 401 : 403;
        EXPECT_EQ(httpBearer(port, "GET", QStringLiteral("/admin/import"), t).status, expected);
        EXPECT_EQ(post(QStringLiteral("/admin/import/preview"), t, {}).status, expected);
        EXPECT_EQ(post(QStringLiteral("/admin/import"), t,
                       {{QStringLiteral("source_hash"), QString(64, u'0')}})
                      .status,
                  expected);
    }
    EXPECT_TRUE(requests.isEmpty());  // refused before anything was fetched
}

TEST_F(ScheduleImportTest, ASessionOnAirStaysWhenTheScheduleDropsIt) {
    startAsAdmin();
    ASSERT_EQ(post(QStringLiteral("/admin/channels/Saal%201/on-air"), admin,
                   {{QStringLiteral("session"), kLateNight}})
                  .status,
              200);
    const int from = schedule.indexOf("<event guid=\"aaaaaaaa-0000-4000-8000-000000000002\"");
    const int to = schedule.indexOf("</event>", from) + int(qstrlen("</event>"));
    schedule.remove(from, to - from);
    const auto p = preview();
    ASSERT_EQ(p.status, 200) << p.body.data();
    const QJsonArray kept = json(p)
                                .value(QStringLiteral("changes"))
                                .toObject()
                                .value(QStringLiteral("sessions"))
                                .toObject()
                                .value(QStringLiteral("kept"))
                                .toArray();
    ASSERT_EQ(kept.size(), 1) << p.body.data();
    EXPECT_EQ(str(kept.at(0).toObject(), "id"), kLateNight);
    EXPECT_EQ(str(kept.at(0).toObject(), "reason"), QStringLiteral("on_air"));
    EXPECT_TRUE(json(p).value(QStringLiteral("unchanged")).toBool());
}

TEST_F(ScheduleImportTest, TheServerChecksByItselfAndAsksIfNoneMatch) {
    schedule = changedSchedule(schedule);
    config.schedulePollMinutes = 5;
    startAsAdmin();
    // The check at start applies the change by itself, as "import".
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return str(session(kOpening), "title") == QLatin1String("Opening, now with cake"); },
        10000));
    const auto status = httpBearer(port, "GET", QStringLiteral("/admin/import"), admin);
    EXPECT_EQ(num(json(status), "every_minutes"), 5);
    const QJsonObject last = json(status).value(QStringLiteral("last")).toObject();
    EXPECT_EQ(str(last, "result"), QStringLiteral("applied")) << status.body.data();
    const auto audit = httpBearer(port, "GET", QStringLiteral("/admin/audit?limit=1"), admin);
    const QJsonObject entry =
        json(audit).value(QStringLiteral("entries")).toArray().at(0).toObject();
    EXPECT_EQ(str(entry, "action"), QStringLiteral("catalog.import"));
    EXPECT_EQ(str(entry, "actor"), QStringLiteral("import"));

    // After a restart the check asks with the ETag it kept, and a 304 changes nothing.
    const qint64 before = version();
    requests.clear();
    restart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !requests.isEmpty(); }, 10000));
    EXPECT_EQ(requests.first().header("If-None-Match"), etag);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return str(json(httpBearer(port, "GET", QStringLiteral("/admin/import"), admin))
                           .value(QStringLiteral("last"))
                           .toObject(),
                       "result") == QLatin1String("unchanged");
        },
        10000));
    EXPECT_EQ(version(), before);
}

// A schedule's rooms are named as people write them ("Saal 1"): each channel's chat room has an
// id of its own (protocol/ChannelRoom), which people join and the room's rules apply to.
TEST_F(ScheduleImportTest, ARoomNamedWithASpaceHasAChatRoomItsRulesApplyTo) {
    startAsAdmin();
    const QString room = omk::protocol::roomOfChannel(QStringLiteral("Saal 1"));
    EXPECT_TRUE(omk::protocol::isIdentifier(room)) << room.toStdString();
    auto guest = client(QStringLiteral("Alice"));
    const auto joined = guest->join(room);
    EXPECT_EQ(str(joined, "type"), QStringLiteral("joined")) << room.toStdString();
    EXPECT_EQ(str(guest->chat(room, QStringLiteral("1"), QStringLiteral("hello")), "type"),
              QStringLiteral("ack"));
    ASSERT_EQ(httpBearer(port, "PATCH", QStringLiteral("/admin/channels/Saal%201"), admin,
                         R"({"room": {"closed": true}})")
                  .status,
              200);
    EXPECT_EQ(str(guest->chat(room, QStringLiteral("2"), QStringLiteral("now?")), "code"),
              QStringLiteral("room_closed"));
}
