// One part of the catalog at a time (docs/ADMIN.md "Editing one part of the catalog"): an
// organizer adds, changes and removes a channel, a stream, a session, a speaker and a topic while
// the event runs; each edit is a new version every signed-in client hears of at once
// (catalog.changed), is in the audit log under its own action, and outlives a restart. An edit
// that is not understood, names what is not there, or would make the catalog invalid changes
// nothing; a speaker or topic a session names stays.
#include "AdminTestSupport.h"

#include <QJsonArray>
#include <QUrl>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::Role;

namespace {

class CatalogEditTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        config.catalog = stage360();
        startAsAdmin();
    }
    HttpResult send(const QByteArray& verb, const QString& path, const QJsonObject& body = {},
                    const QByteArray& ifMatch = {}) {
        return httpBearer(
            port, verb, path, admin,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            ifMatch);
    }
    QJsonObject catalog() {
        return QJsonDocument::fromJson(httpGet(port, QStringLiteral("/catalog.json")).body)
            .object();
    }
    static QJsonArray list(const QJsonObject& catalog, const char* name) {
        return catalog.value(QLatin1String(name)).toArray();
    }
    static QStringList idsOf(const QJsonArray& parts) {
        QStringList out;
        for (const auto& p : parts) out << p.toObject().value(QStringLiteral("id")).toString();
        return out;
    }
    // A signed-in WebSocket client, past its welcome's catalog.changed.
    std::unique_ptr<WsClient> viewer() {
        auto c = std::make_unique<WsClient>(port);
        EXPECT_TRUE(c->connected());
        EXPECT_EQ(str(c->hello(QStringLiteral("viewer")), "type"), QStringLiteral("welcome"));
        EXPECT_FALSE(c->nextOfType(QStringLiteral("catalog.changed"), 1000).isEmpty());
        return c;
    }
};

const QJsonObject kAnnexStream{{QStringLiteral("url"), QStringLiteral("rtmp://annex.example/live")},
                               {QStringLiteral("protocol"), QStringLiteral("rtmp")}};
const QJsonObject kLateTalk{{QStringLiteral("id"), QStringLiteral("s9")},
                            {QStringLiteral("title"), QStringLiteral("Late Addition")},
                            {QStringLiteral("subtitle"), QStringLiteral("Announced today")},
                            {QStringLiteral("channel"), QStringLiteral("annex")},
                            {QStringLiteral("start"), QStringLiteral("2026-07-03T21:00:00+02:00")},
                            {QStringLiteral("duration"), QStringLiteral("00:45")}};

}  // namespace

TEST_F(CatalogEditTest, EachPartIsAddedChangedAndRemovedAndEveryViewerHearsOfItAtOnce) {
    const QJsonObject original = catalog();
    auto watcher = viewer();
    // Each edit, then what the watcher was told of it (the diff names the part).
    const auto told = [&](const char* kind, const char* how) {
        const QJsonObject e = watcher->nextOfType(QStringLiteral("catalog.changed"), 1000);
        EXPECT_FALSE(e.isEmpty());
        return e.value(QStringLiteral("changes"))
            .toObject()
            .value(QLatin1String(kind))
            .toObject()
            .value(QLatin1String(how))
            .toArray();
    };

    // A channel, first in the tab order.
    auto r = send("POST", QStringLiteral("/admin/channels"),
                  {{QStringLiteral("id"), QStringLiteral("annex")},
                   {QStringLiteral("name"), QStringLiteral("Annex")},
                   {QStringLiteral("position"), 0}});
    ASSERT_EQ(r.status, 201) << r.body.data();
    EXPECT_FALSE(str(json(r), "audit").isEmpty());
    EXPECT_EQ(told("channels", "added"), QJsonArray{QStringLiteral("annex")});
    EXPECT_EQ(
        idsOf(list(catalog(), "channels")),
        (QStringList{QStringLiteral("annex"), QStringLiteral("main"), QStringLiteral("dome")}));

    // Its stream, then that stream changed: a label added, the projection set.
    r = send("POST", QStringLiteral("/admin/channels/annex/streams"), kAnnexStream);
    ASSERT_EQ(r.status, 201) << r.body.data();
    EXPECT_EQ(told("channels", "changed"), QJsonArray{QStringLiteral("annex")});
    r = send("PATCH", QStringLiteral("/admin/channels/annex/streams/0"),
             {{QStringLiteral("label"), QStringLiteral("Stage camera")},
              {QStringLiteral("projection"), QStringLiteral("flat")}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    told("channels", "changed");
    QJsonObject stream = list(catalog(), "channels")[0]
                             .toObject()
                             .value(QStringLiteral("streams"))
                             .toArray()[0]
                             .toObject();
    EXPECT_EQ(str(stream, "url"), QStringLiteral("rtmp://annex.example/live"));
    EXPECT_EQ(str(stream, "label"), QStringLiteral("Stage camera"));
    EXPECT_EQ(str(stream, "projection"), QStringLiteral("flat"));

    // Renamed and moved to the end (a position past the end is the end).
    r = send(
        "PATCH", QStringLiteral("/admin/channels/annex"),
        {{QStringLiteral("name"), QStringLiteral("The Annex")}, {QStringLiteral("position"), 99}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    told("channels", "changed");
    QJsonArray channels = list(catalog(), "channels");
    EXPECT_EQ(idsOf(channels), (QStringList{QStringLiteral("main"), QStringLiteral("dome"),
                                            QStringLiteral("annex")}));
    EXPECT_EQ(str(channels[2].toObject(), "name"), QStringLiteral("The Annex"));

    // A talk on it; then retitled, its subtitle taken away (null removes).
    r = send("POST", QStringLiteral("/admin/sessions"), kLateTalk);
    ASSERT_EQ(r.status, 201) << r.body.data();
    EXPECT_EQ(told("sessions", "added"), QJsonArray{QStringLiteral("s9")});
    r = send("PATCH", QStringLiteral("/admin/sessions/s9"),
             {{QStringLiteral("title"), QStringLiteral("Late Addition (moved up)")},
              {QStringLiteral("subtitle"), QJsonValue::Null},
              {QStringLiteral("start"), QStringLiteral("2026-07-03T20:30:00+02:00")}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(told("sessions", "changed"), QJsonArray{QStringLiteral("s9")});
    const QJsonObject talk = list(catalog(), "sessions").last().toObject();
    EXPECT_EQ(str(talk, "title"), QStringLiteral("Late Addition (moved up)"));
    EXPECT_FALSE(talk.contains(QStringLiteral("subtitle")));
    EXPECT_TRUE(str(talk, "start").startsWith(QStringLiteral("2026-07-03T20:30:00")));

    // A channel with a talk on it stays; without, it goes, its streams with it.
    r = send("DELETE", QStringLiteral("/admin/channels/annex"));
    EXPECT_EQ(r.status, 409) << r.body.data();
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("channel_in_use"));
    EXPECT_TRUE(str(json(r), "message").contains(QStringLiteral("1 session(s)")));
    ASSERT_EQ(send("DELETE", QStringLiteral("/admin/sessions/s9")).status, 200);
    EXPECT_EQ(told("sessions", "removed"), QJsonArray{QStringLiteral("s9")});
    ASSERT_EQ(send("DELETE", QStringLiteral("/admin/channels/annex/streams/0")).status, 200);
    told("channels", "changed");
    ASSERT_EQ(send("DELETE", QStringLiteral("/admin/channels/annex")).status, 200);
    EXPECT_EQ(told("channels", "removed"), QJsonArray{QStringLiteral("annex")});
    EXPECT_EQ(catalog(), original) << "every change undone leaves the catalog as it was";

    // Each edit is in the audit log under its own action, naming its channel or session.
    const auto audit = httpBearer(port, "GET", QStringLiteral("/admin/audit?limit=20"), admin);
    QStringList actions;
    for (const auto& e : json(audit).value(QStringLiteral("entries")).toArray())
        actions.prepend(str(e.toObject(), "action") + u' ' + str(e.toObject(), "target"));
    EXPECT_EQ(
        actions,
        (QStringList{QStringLiteral("channel.add annex"), QStringLiteral("stream.add annex"),
                     QStringLiteral("stream.change annex"), QStringLiteral("channel.change annex"),
                     QStringLiteral("session.add s9"), QStringLiteral("session.change s9"),
                     QStringLiteral("session.remove s9"), QStringLiteral("stream.remove annex"),
                     QStringLiteral("channel.remove annex")}));

    // The edits outlive a restart: the newest version is the one served.
    ASSERT_EQ(send("PATCH", QStringLiteral("/admin/channels/dome"),
                   {{QStringLiteral("name"), QStringLiteral("Dome (indoors)")}})
                  .status,
              200);
    restart();
    admin = token(account(QStringLiteral("ada@example.org"), {{"*", Role::Admin}}));
    EXPECT_EQ(str(list(catalog(), "channels")[1].toObject(), "name"),
              QStringLiteral("Dome (indoors)"));
}

TEST_F(CatalogEditTest, EditsThatAreNotUnderstoodOrWouldBreakTheCatalogChangeNothing) {
    const QJsonObject before = catalog();
    const QByteArray etag = httpBearer(port, "GET", QStringLiteral("/admin/catalog"), admin).etag;
    auto watcher = viewer();
    struct Bad {
        const char* what;
        QByteArray verb;
        QString path;
        QJsonObject body;
        int status;
        QString code;
        QString mentions;
        QByteArray ifMatch = {};
    };
    QJsonObject onNowhere = kLateTalk;
    onNowhere.insert(QStringLiteral("channel"), QStringLiteral("nowhere"));
    QJsonObject badScheme = kAnnexStream;
    badScheme.insert(QStringLiteral("url"), QStringLiteral("javascript:alert(1)"));
    QJsonObject badProtocol = kAnnexStream;
    badProtocol.insert(QStringLiteral("protocol"), QStringLiteral("gopher"));
    const QList<Bad> bad{
        {"a field the part has not",
         "PATCH",
         QStringLiteral("/admin/channels/main"),
         {{QStringLiteral("colour"), QStringLiteral("red")}},
         400,
         QStringLiteral("bad_request"),
         QStringLiteral("colour: not a field of a channel")},
        {"an id changed",
         "PATCH",
         QStringLiteral("/admin/sessions/s1"),
         {{QStringLiteral("id"), QStringLiteral("s7")}},
         400,
         QStringLiteral("bad_request"),
         QStringLiteral("id: an id does not change")},
        {"a change of nothing",
         "PATCH",
         QStringLiteral("/admin/sessions/s1"),
         {},
         400,
         QStringLiteral("bad_json"),
         QStringLiteral("session")},
        {"a channel that is not there",
         "PATCH",
         QStringLiteral("/admin/channels/gone"),
         {{QStringLiteral("name"), QStringLiteral("Gone")}},
         404,
         QStringLiteral("no_channel"),
         QStringLiteral("\"gone\"")},
        {"a stream that is not there",
         "DELETE",
         QStringLiteral("/admin/channels/dome/streams/1"),
         {},
         404,
         QStringLiteral("no_stream"),
         QStringLiteral("1 stream(s)")},
        {"a stream named by no number",
         "DELETE",
         QStringLiteral("/admin/channels/dome/streams/first"),
         {},
         400,
         QStringLiteral("bad_request"),
         QStringLiteral("\"first\" is none")},
        {"an id taken",
         "POST",
         QStringLiteral("/admin/channels"),
         {{QStringLiteral("id"), QStringLiteral("main")},
          {QStringLiteral("name"), QStringLiteral("Two")}},
         409,
         QStringLiteral("duplicate_id"),
         QStringLiteral("\"main\" already")},
        {"a channel without a name",
         "POST",
         QStringLiteral("/admin/channels"),
         {{QStringLiteral("id"), QStringLiteral("x")}},
         422,
         QStringLiteral("invalid_catalog"),
         QStringLiteral("channels[2].name")},
        {"a required field taken away",
         "PATCH",
         QStringLiteral("/admin/sessions/s1"),
         {{QStringLiteral("title"), QJsonValue::Null}},
         422,
         QStringLiteral("invalid_catalog"),
         QStringLiteral("sessions[0].title")},
        {"a talk on a channel that is not there", "POST", QStringLiteral("/admin/sessions"),
         onNowhere, 422, QStringLiteral("invalid_catalog"), QStringLiteral("sessions[2].channel")},
        {"a start that is no time",
         "PATCH",
         QStringLiteral("/admin/sessions/s2"),
         {{QStringLiteral("start"), QStringLiteral("tonight")}},
         422,
         QStringLiteral("invalid_catalog"),
         QStringLiteral("sessions[1].start")},
        {"a stream URL of an unknown scheme", "POST",
         QStringLiteral("/admin/channels/dome/streams"), badScheme, 422,
         QStringLiteral("invalid_catalog"), QStringLiteral("unknown scheme")},
        {"a stream of an unknown protocol", "PATCH",
         QStringLiteral("/admin/channels/dome/streams/0"), badProtocol, 422,
         QStringLiteral("invalid_catalog"), QStringLiteral("gopher")},
        {"a field a topic has not (a misspelling)",
         "PATCH",
         QStringLiteral("/admin/topics/music"),
         {{QStringLiteral("colour"), QStringLiteral("#ff0000")}},
         400,
         QStringLiteral("bad_request"),
         QStringLiteral("colour: not a field of a topic (id, name, color)")},
        {"a speaker moved (speakers have no place)",
         "PATCH",
         QStringLiteral("/admin/speakers/band1"),
         {{QStringLiteral("position"), 0}},
         400,
         QStringLiteral("bad_request"),
         QStringLiteral("position: not a field of a speaker")},
        {"a speaker that is not there",
         "PATCH",
         QStringLiteral("/admin/speakers/gone"),
         {{QStringLiteral("name"), QStringLiteral("Gone")}},
         404,
         QStringLiteral("no_speaker"),
         QStringLiteral("no speaker \"gone\"")},
        {"a topic that is not there",
         "DELETE",
         QStringLiteral("/admin/topics/gone"),
         {},
         404,
         QStringLiteral("no_topic"),
         QStringLiteral("no topic \"gone\"")},
        {"a speaker id taken",
         "POST",
         QStringLiteral("/admin/speakers"),
         {{QStringLiteral("id"), QStringLiteral("band1")},
          {QStringLiteral("name"), QStringLiteral("Another Band")}},
         409,
         QStringLiteral("duplicate_id"),
         QStringLiteral("speaker \"band1\" already")},
        {"a speaker a session names",
         "DELETE",
         QStringLiteral("/admin/speakers/band1"),
         {},
         409,
         QStringLiteral("speaker_in_use"),
         QStringLiteral("1 session(s) name speaker \"band1\"")},
        {"a topic a session names",
         "DELETE",
         QStringLiteral("/admin/topics/music"),
         {},
         409,
         QStringLiteral("topic_in_use"),
         QStringLiteral("1 session(s) name topic \"music\"")},
        {"a speaker without a name",
         "POST",
         QStringLiteral("/admin/speakers"),
         {{QStringLiteral("id"), QStringLiteral("nameless")}},
         422,
         QStringLiteral("invalid_catalog"),
         QStringLiteral("speakers[1].name")},
        {"a session naming a speaker that is not there",
         "PATCH",
         QStringLiteral("/admin/sessions/s2"),
         {{QStringLiteral("speakers"), QJsonArray{QStringLiteral("nobody")}}},
         422,
         QStringLiteral("invalid_catalog"),
         QStringLiteral("no speaker has id \"nobody\"")},
        {"a version someone else changed",
         "PATCH",
         QStringLiteral("/admin/channels/main"),
         {{QStringLiteral("name"), QStringLiteral("Mine")}},
         412,
         QStringLiteral("version_conflict"),
         QStringLiteral("version"),
         QByteArrayLiteral("\"0-0000000000000000\"")},
    };
    for (const Bad& b : bad) {
        SCOPED_TRACE(b.what);
        const auto r = send(b.verb, b.path, b.body, b.ifMatch);
        EXPECT_EQ(r.status, b.status) << r.body.data();
        EXPECT_EQ(str(json(r), "error"), b.code) << r.body.data();
        EXPECT_TRUE(str(json(r), "message").contains(b.mentions)) << r.body.data();
        EXPECT_EQ(catalog(), before);
    }
    // The live version's own ETag is taken; the methods a path lacks are named.
    EXPECT_EQ(send("PATCH", QStringLiteral("/admin/channels/main"),
                   {{QStringLiteral("name"), QStringLiteral("Main Stage")}}, etag)
                  .status,
              200);
    const auto put = send("PUT", QStringLiteral("/admin/sessions/s1"),
                          {{QStringLiteral("title"), QStringLiteral("x")}});
    EXPECT_EQ(put.status, 405);
    EXPECT_EQ(put.allow, QByteArrayLiteral("PATCH, DELETE"));
    EXPECT_EQ(send("GET", QStringLiteral("/admin/channels")).allow, QByteArrayLiteral("POST"));
    // Nothing changed, so no one was told of a change.
    EXPECT_TRUE(watcher->nextOfType(QStringLiteral("catalog.changed"), 200).isEmpty());
}

TEST_F(CatalogEditTest, ASpeakerOrTopicStaysWhileASessionNamesItAndGoesOnceNoneDoes) {
    const QJsonObject original = catalog();
    auto watcher = viewer();
    const auto speakersOf = [&](const char* session) {
        for (const auto& s : list(catalog(), "sessions"))
            if (str(s.toObject(), "id") == QLatin1String(session))
                return s.toObject().value(QStringLiteral("speakers")).toArray();
        return QJsonArray{QStringLiteral("no such session")};
    };

    // A last-minute replacement, not in the catalog yet: added, every viewer told (speakers are
    // the sessions' details, an event-level change), then renamed and a field taken away.
    auto r = send("POST", QStringLiteral("/admin/speakers"),
                  {{QStringLiteral("id"), QStringLiteral("grace")},
                   {QStringLiteral("name"), QStringLiteral("G. Hopper")},
                   {QStringLiteral("organisation"), QStringLiteral("Navy")}});
    ASSERT_EQ(r.status, 201) << r.body.data();
    EXPECT_FALSE(str(json(r), "audit").isEmpty());
    EXPECT_TRUE(watcher->nextOfType(QStringLiteral("catalog.changed"), 1000)
                    .value(QStringLiteral("changes"))
                    .toObject()
                    .value(QStringLiteral("event"))
                    .toBool());
    r = send("PATCH", QStringLiteral("/admin/speakers/grace"),
             {{QStringLiteral("name"), QStringLiteral("Grace Hopper")},
              {QStringLiteral("organisation"), QJsonValue::Null}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    QJsonArray speakers = list(catalog(), "speakers");
    EXPECT_EQ(idsOf(speakers), (QStringList{QStringLiteral("band1"), QStringLiteral("grace")}));
    EXPECT_EQ(str(speakers.last().toObject(), "name"), QStringLiteral("Grace Hopper"));
    EXPECT_FALSE(speakers.last().toObject().contains(QStringLiteral("organisation")));

    // A field a speaker has not is refused, naming it and the ones it has.
    r = send("PATCH", QStringLiteral("/admin/speakers/grace"),
             {{QStringLiteral("company"), QStringLiteral("Navy")}});
    EXPECT_EQ(r.status, 400) << r.body.data();
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("bad_request"));
    EXPECT_TRUE(str(json(r), "message")
                    .contains(QStringLiteral("company: not a field of a speaker (id, name, "
                                             "biography, organisation, avatar, links)")))
        << r.body.data();

    // On the opening set beside the band: while it names her, she stays.
    r = send("PATCH", QStringLiteral("/admin/sessions/s1"),
             {{QStringLiteral("speakers"),
               QJsonArray{QStringLiteral("band1"), QStringLiteral("grace")}}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(speakersOf("s1"), (QJsonArray{QStringLiteral("band1"), QStringLiteral("grace")}));
    r = send("DELETE", QStringLiteral("/admin/speakers/grace"));
    EXPECT_EQ(r.status, 409) << r.body.data();
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("speaker_in_use"));
    EXPECT_TRUE(
        str(json(r), "message").contains(QStringLiteral("1 session(s) name speaker \"grace\"")))
        << r.body.data();
    EXPECT_EQ(idsOf(list(catalog(), "speakers")),
              (QStringList{QStringLiteral("band1"), QStringLiteral("grace")}));

    // Taken off the talk, she goes; a second removal finds nothing.
    ASSERT_EQ(send("PATCH", QStringLiteral("/admin/sessions/s1"),
                   {{QStringLiteral("speakers"), QJsonArray{QStringLiteral("band1")}}})
                  .status,
              200);
    r = send("DELETE", QStringLiteral("/admin/speakers/grace"));
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(idsOf(list(catalog(), "speakers")), QStringList{QStringLiteral("band1")});
    r = send("DELETE", QStringLiteral("/admin/speakers/grace"));
    EXPECT_EQ(r.status, 404) << r.body.data();
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("no_speaker"));

    // A topic the same way: added, recoloured, given to the dome's talk, kept while it is named.
    r = send("POST", QStringLiteral("/admin/topics"),
             {{QStringLiteral("id"), QStringLiteral("film")},
              {QStringLiteral("name"), QStringLiteral("Film")}});
    ASSERT_EQ(r.status, 201) << r.body.data();
    r = send("PATCH", QStringLiteral("/admin/topics/film"),
             {{QStringLiteral("color"), QStringLiteral("#aa3300")}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    const QJsonObject film = list(catalog(), "topics").last().toObject();
    EXPECT_EQ(str(film, "id"), QStringLiteral("film"));
    EXPECT_EQ(str(film, "name"), QStringLiteral("Film"));
    EXPECT_EQ(str(film, "color"), QStringLiteral("#aa3300"));
    ASSERT_EQ(send("PATCH", QStringLiteral("/admin/sessions/s2"),
                   {{QStringLiteral("topic"), QStringLiteral("film")}})
                  .status,
              200);
    r = send("DELETE", QStringLiteral("/admin/topics/film"));
    EXPECT_EQ(r.status, 409) << r.body.data();
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("topic_in_use"));
    EXPECT_TRUE(
        str(json(r), "message").contains(QStringLiteral("1 session(s) name topic \"film\"")))
        << r.body.data();
    ASSERT_EQ(send("PATCH", QStringLiteral("/admin/sessions/s2"),
                   {{QStringLiteral("topic"), QJsonValue::Null}})
                  .status,
              200);
    r = send("DELETE", QStringLiteral("/admin/topics/film"));
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(idsOf(list(catalog(), "topics")), QStringList{QStringLiteral("music")});
    EXPECT_EQ(catalog(), original) << "every change undone leaves the catalog as it was";

    // Each edit is in the audit log under its own action, naming its speaker or topic.
    const auto audit = httpBearer(port, "GET",
                                  QStringLiteral("/admin/audit?limit=50&action=speaker.add,"
                                                 "speaker.change,speaker.remove,topic.add,"
                                                 "topic.change,topic.remove"),
                                  admin);
    ASSERT_EQ(audit.status, 200) << audit.body.data();
    QStringList actions;
    for (const auto& e : json(audit).value(QStringLiteral("entries")).toArray())
        actions.prepend(str(e.toObject(), "action") + u' ' + str(e.toObject(), "target"));
    EXPECT_EQ(
        actions,
        (QStringList{QStringLiteral("speaker.add grace"), QStringLiteral("speaker.change grace"),
                     QStringLiteral("speaker.remove grace"), QStringLiteral("topic.add film"),
                     QStringLiteral("topic.change film"), QStringLiteral("topic.remove film")}));
}

TEST_F(CatalogEditTest, IdsTravelPercentEncodedASessionOnAirStaysAndIfMatchIsHonoured) {
    // Ids with a "/" or beyond ASCII are one path segment each, percent-encoded.
    const QString odd = QStringLiteral("第1会場/annex");
    ASSERT_EQ(send("POST", QStringLiteral("/admin/channels"),
                   {{QStringLiteral("id"), odd}, {QStringLiteral("name"), QStringLiteral("Annex")}})
                  .status,
              201);
    const QString path =
        QStringLiteral("/admin/channels/") + QString::fromLatin1(QUrl::toPercentEncoding(odd));
    auto r = send("PATCH", path, {{QStringLiteral("name"), QStringLiteral("第1会場")}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(str(list(catalog(), "channels").last().toObject(), "name"),
              QStringLiteral("第1会場"));
    r = send("POST", path + QStringLiteral("/streams"), kAnnexStream);
    EXPECT_EQ(r.status, 201) << r.body.data();
    EXPECT_EQ(send("DELETE", path + QStringLiteral("/streams/0")).status, 200);
    EXPECT_EQ(send("DELETE", path).status, 200);

    // A body naming no field changes nothing and says so.
    r = send("PATCH", QStringLiteral("/admin/channels/main"), QJsonObject{});
    EXPECT_EQ(r.status, 400);
    r = httpBearer(port, "PATCH", QStringLiteral("/admin/channels/main"), admin, "{}");
    EXPECT_EQ(r.status, 400) << r.body.data();
    EXPECT_TRUE(str(json(r), "message").contains(QStringLiteral("names no field")));

    // A session on air is not removed, nor moved to another channel; on the same one it is.
    ASSERT_EQ(send("POST", QStringLiteral("/admin/channels/main/on-air"),
                   {{QStringLiteral("session"), QStringLiteral("s1")}})
                  .status,
              200);
    r = send("DELETE", QStringLiteral("/admin/sessions/s1"));
    EXPECT_EQ(r.status, 409) << r.body.data();
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("session_on_air"));
    r = send("PATCH", QStringLiteral("/admin/sessions/s1"),
             {{QStringLiteral("channel"), QStringLiteral("dome")}});
    EXPECT_EQ(str(json(r), "error"), QStringLiteral("session_on_air"));
    r = send("PATCH", QStringLiteral("/admin/sessions/s1"),
             {{QStringLiteral("channel"), QStringLiteral("main")},
              {QStringLiteral("title"), QStringLiteral("Opening Set (live)")}});
    EXPECT_EQ(r.status, 200) << r.body.data();

    // If-Match naming the live version stores a new one; the same ETag again is stale.
    const QByteArray etag = httpBearer(port, "GET", QStringLiteral("/admin/catalog"), admin).etag;
    r = send("PATCH", QStringLiteral("/admin/channels/dome"),
             {{QStringLiteral("description"), QStringLiteral("Under the stars")}}, etag);
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_FALSE(json(r).value(QStringLiteral("unchanged")).toBool());
    EXPECT_NE(r.etag, etag);
    r = send("PATCH", QStringLiteral("/admin/channels/dome"),
             {{QStringLiteral("description"), QStringLiteral("Indoors")}}, etag);
    EXPECT_EQ(r.status, 412) << r.body.data();
    EXPECT_EQ(str(list(catalog(), "channels")[1].toObject(), "description"),
              QStringLiteral("Under the stars"));

    // The audit log finds catalog edits of several kinds at once.
    const auto audit = httpBearer(
        port, "GET", QStringLiteral("/admin/audit?action=channel.add,channel.remove"), admin);
    QStringList actions;
    for (const auto& e : json(audit).value(QStringLiteral("entries")).toArray())
        actions << str(e.toObject(), "action");
    EXPECT_EQ(actions,
              (QStringList{QStringLiteral("channel.remove"), QStringLiteral("channel.add")}));
}

// Hiding a channel is a change like any other: every viewer hears of it (and leaves the channel
// out of its tabs, EventController), /catalog.json carries it, null shows the channel again, and
// anything but true, false or null is refused.
TEST_F(CatalogEditTest, AChannelIsHiddenAndShownAgainAndEveryViewerHearsOfIt) {
    auto watcher = viewer();
    const auto dome = [&] {
        for (const auto& c : list(catalog(), "channels"))
            if (c.toObject().value(QStringLiteral("id")) == QLatin1String("dome"))
                return c.toObject();
        return QJsonObject();
    };
    auto r =
        send("PATCH", QStringLiteral("/admin/channels/dome"), {{QStringLiteral("hidden"), true}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_TRUE(dome().value(QStringLiteral("hidden")).toBool());
    const QJsonObject told = watcher->nextOfType(QStringLiteral("catalog.changed"), 1000);
    EXPECT_EQ(told.value(QStringLiteral("changes"))
                  .toObject()
                  .value(QStringLiteral("channels"))
                  .toObject()
                  .value(QStringLiteral("changed"))
                  .toArray(),
              QJsonArray{QStringLiteral("dome")});
    r = send("PATCH", QStringLiteral("/admin/channels/dome"),
             {{QStringLiteral("hidden"), QStringLiteral("yes")}});
    EXPECT_EQ(r.status, 422) << r.body.data();
    EXPECT_TRUE(str(json(r), "message").contains(QStringLiteral("hidden"))) << r.body.data();
    EXPECT_TRUE(dome().value(QStringLiteral("hidden")).toBool());
    r = send("PATCH", QStringLiteral("/admin/channels/dome"),
             {{QStringLiteral("hidden"), QJsonValue::Null}});
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_FALSE(dome().contains(QStringLiteral("hidden")));
}
