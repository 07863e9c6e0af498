// The catalog as data (docs/ADMIN.md "The catalog"): an organizer replaces it with PUT
// /admin/catalog while the event runs, If-Match on its version; every signed-in client hears of
// it at once (catalog.changed), a client that was away learns the version from its welcome, and
// the change outlives a restart. A catalog that fails validation, or names an older version,
// changes nothing.
#include "AdminTestSupport.h"

#include <QFile>
#include <QJsonArray>

using namespace omk::server;
using namespace omk::server::test;
using omk::protocol::Role;

namespace {

const QString kStage360 = QStringLiteral(OMNIKAST_CATALOG_DATA "/stage360.catalog.json");

class CatalogAdminTest : public AdminTest {
protected:
    void startWithCatalog(const QString& file = kStage360) {
        config.catalog = file;
        start();
        admin = token(account(QStringLiteral("ada@example.org"), {{"*", Role::Admin}}));
    }
    struct Live {
        QJsonObject catalog;
        QByteArray etag;
        qint64 version = 0;
    };
    Live live() {
        const auto r = httpBearer(port, "GET", QStringLiteral("/admin/catalog"), admin);
        EXPECT_EQ(r.status, 200) << r.body.data();
        const auto served = httpGet(port, QStringLiteral("/catalog.json"));
        EXPECT_EQ(served.body, r.body) << "/catalog.json serves the live version";
        // The ETag is "VERSION-HASH"; the version is also a header of its own.
        const auto text = QString::fromLatin1(r.etag);
        const qint64 version = text.mid(1, text.indexOf(u'-') - 1).toLongLong();
        EXPECT_EQ(r.catalogVersion.toLongLong(), version);
        return {json(r), r.etag, version};
    }
    HttpResult put(const QJsonObject& catalog, const QByteArray& ifMatch) {
        return putBytes(QJsonDocument(catalog).toJson(QJsonDocument::Compact), ifMatch);
    }
    HttpResult putBytes(const QByteArray& body, const QByteArray& ifMatch) {
        return httpBearer(port, "PUT", QStringLiteral("/admin/catalog"), admin, body, ifMatch);
    }
    // A signed-in WebSocket client; *announced: the catalog.changed right after its welcome.
    std::unique_ptr<WsClient> viewer(QJsonObject* announced) {
        auto c = std::make_unique<WsClient>(port);
        EXPECT_TRUE(c->connected());
        EXPECT_EQ(str(c->hello(QStringLiteral("viewer")), "type"), QStringLiteral("welcome"));
        *announced = c->nextOfType(QStringLiteral("catalog.changed"), 1000);
        EXPECT_TRUE(announced->value(QStringLiteral("changes")).toObject().isEmpty());
        return c;
    }
};

// The catalog with one stream URL changed, a channel added and a talk renamed.
QJsonObject edited(QJsonObject c) {
    QJsonArray channels = c.value(QStringLiteral("channels")).toArray();
    QJsonObject main = channels[0].toObject();
    QJsonArray streams = main.value(QStringLiteral("streams")).toArray();
    QJsonObject first = streams[0].toObject();
    first.insert(QStringLiteral("url"), QStringLiteral("https://backup.stage360.example/360.m3u8"));
    streams[0] = first;
    main.insert(QStringLiteral("streams"), streams);
    channels[0] = main;
    channels.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("annex")},
        {QStringLiteral("name"), QStringLiteral("Annex")},
        {QStringLiteral("streams"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("rtmp://annex/live")},
                                {QStringLiteral("protocol"), QStringLiteral("rtmp")}}}}});
    c.insert(QStringLiteral("channels"), channels);
    QJsonArray sessions = c.value(QStringLiteral("sessions")).toArray();
    QJsonObject s2 = sessions[1].toObject();
    s2.insert(QStringLiteral("title"), QStringLiteral("Midnight Dome (moved indoors)"));
    sessions[1] = s2;
    c.insert(QStringLiteral("sessions"), sessions);
    return c;
}

QStringList ids(const QJsonObject& diff, const char* kind, const char* what) {
    QStringList out;
    for (const auto& v :
         diff.value(QLatin1String(kind)).toObject().value(QLatin1String(what)).toArray())
        out << v.toString();
    return out;
}

}  // namespace

TEST_F(CatalogAdminTest, AReplacedCatalogReachesEveryViewerAtOnceAndOutlivesARestart) {
    startWithCatalog();
    const Live before = live();
    EXPECT_EQ(before.version, 1) << "the imported file is the first version";
    QJsonObject welcomeA, welcomeB;
    auto a = viewer(&welcomeA);
    auto b = viewer(&welcomeB);
    EXPECT_EQ(num(welcomeA, "version"), 1);
    EXPECT_EQ(str(welcomeA, "etag").toLatin1(), before.etag);

    const auto r = put(edited(before.catalog), before.etag);
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(num(json(r), "version"), 2);
    EXPECT_NE(r.etag, before.etag);

    // Both viewers hear of it, with what changed, well within a second.
    for (WsClient* c : {a.get(), b.get()}) {
        const auto m = c->nextOfType(QStringLiteral("catalog.changed"), 1000);
        ASSERT_EQ(num(m, "version"), 2) << QJsonDocument(m).toJson().data();
        EXPECT_EQ(str(m, "etag").toLatin1(), r.etag);
        const QJsonObject changes = m.value(QStringLiteral("changes")).toObject();
        EXPECT_EQ(ids(changes, "channels", "added"), QStringList{QStringLiteral("annex")});
        EXPECT_EQ(ids(changes, "channels", "changed"), QStringList{QStringLiteral("main")});
        EXPECT_EQ(ids(changes, "sessions", "changed"), QStringList{QStringLiteral("s2")});
        EXPECT_FALSE(changes.contains(QStringLiteral("event")));
    }
    const Live after = live();
    EXPECT_EQ(after.version, 2);
    EXPECT_EQ(after.etag, r.etag);
    EXPECT_EQ(after.catalog.value(QStringLiteral("channels")).toArray().size(), 3);

    // The audit log says who, and what changed.
    const auto audit = json(httpBearer(port, "GET", QStringLiteral("/admin/audit"), admin));
    const auto entry = audit.value(QStringLiteral("entries")).toArray().first().toObject();
    EXPECT_EQ(str(entry, "action"), QStringLiteral("catalog.replace"));
    EXPECT_EQ(ids(entry.value(QStringLiteral("detail"))
                      .toObject()
                      .value(QStringLiteral("diff"))
                      .toObject(),
                  "channels", "added"),
              QStringList{QStringLiteral("annex")});

    // A restart on the same file keeps the organizer's version: the file did not change.
    a.reset();
    b.reset();
    restart();
    const Live restarted = live();
    EXPECT_EQ(restarted.version, 2);
    EXPECT_EQ(restarted.etag, after.etag);
    EXPECT_EQ(restarted.catalog, after.catalog);
}

TEST_F(CatalogAdminTest, AViewerAwayDuringThreeChangesLearnsTheLatestVersionOnItsReturn) {
    startWithCatalog();
    Live current = live();
    for (int i = 0; i < 3; ++i) {
        QJsonObject c = current.catalog;
        QJsonObject event = c.value(QStringLiteral("event")).toObject();
        event.insert(QStringLiteral("title"), QStringLiteral("Stage 360, edit %1").arg(i + 1));
        c.insert(QStringLiteral("event"), event);
        const auto r = put(c, current.etag);
        ASSERT_EQ(r.status, 200) << r.body.data();
        current = live();
    }
    EXPECT_EQ(current.version, 4);
    QJsonObject welcome;
    auto back = viewer(&welcome);
    EXPECT_EQ(num(welcome, "version"), 4);
    EXPECT_EQ(str(welcome, "etag").toLatin1(), current.etag);
}

TEST_F(CatalogAdminTest, ConflictsAndInvalidCatalogsAreRefusedAndChangeNothing) {
    startWithCatalog();
    const Live before = live();
    QJsonObject welcome;
    auto watcher = viewer(&welcome);

    // No If-Match: 428; another version's ETag: 412 with the live one.
    EXPECT_EQ(put(before.catalog, {}).status, 428);
    const auto stale = put(edited(before.catalog), QByteArrayLiteral("\"0-0000000000000000\""));
    EXPECT_EQ(stale.status, 412) << stale.body.data();
    EXPECT_EQ(str(json(stale), "error"), QStringLiteral("version_conflict"));
    EXPECT_EQ(stale.etag, before.etag);

    // The same catalog again is no new version, and nobody is told of one.
    const auto same = put(before.catalog, before.etag);
    EXPECT_EQ(same.status, 200) << same.body.data();
    EXPECT_TRUE(json(same).value(QStringLiteral("unchanged")).toBool());
    EXPECT_EQ(num(json(same), "version"), before.version);

    // Two organizers start from the same version: the second is told, not overwritten.
    ASSERT_EQ(put(edited(before.catalog), before.etag).status, 200);
    const auto second = put(before.catalog, before.etag);
    EXPECT_EQ(second.status, 412);
    const Live now = live();
    EXPECT_EQ(second.etag, now.etag);
    ASSERT_EQ(watcher->nextOfType(QStringLiteral("catalog.changed"), 1000).isEmpty(), false);

    auto with = [&](const char* key, const QJsonValue& value) {
        QJsonObject c = now.catalog;
        c.insert(QLatin1String(key), value);
        return c;
    };
    QJsonArray sessions = now.catalog.value(QStringLiteral("sessions")).toArray();
    QJsonArray unknownChannel = sessions;
    QJsonObject s1 = unknownChannel[0].toObject();
    s1.insert(QStringLiteral("channel"), QStringLiteral("nowhere"));
    unknownChannel[0] = s1;
    QJsonArray duplicateIds = sessions;
    QJsonObject copy = duplicateIds[1].toObject();
    copy.insert(QStringLiteral("id"), QStringLiteral("s1"));
    duplicateIds[1] = copy;
    QJsonArray channels = now.catalog.value(QStringLiteral("channels")).toArray();
    QJsonObject dome = channels[1].toObject();
    dome.insert(
        QStringLiteral("streams"),
        QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("javascript:alert(1)")},
                               {QStringLiteral("protocol"), QStringLiteral("hls")}}});
    channels[1] = dome;

    struct Bad {
        const char* what;
        QByteArray body;
        int status;
        QString mentions;  // the field the message names
    };
    const auto bytes = [](const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const QList<Bad> bad{
        {"wrong type", bytes(with("channels", QStringLiteral("main"))), 422,
         QStringLiteral("catalog: channels: expected an array")},
        {"unknown channel", bytes(with("sessions", unknownChannel)), 422,
         QStringLiteral("sessions[0].channel")},
        {"duplicate session ids", bytes(with("sessions", duplicateIds)), 422,
         QStringLiteral("sessions[1].id")},
        {"unknown URL scheme", bytes(with("channels", channels)), 422,
         QStringLiteral("channels[1].streams[0].url")},
        {"not JSON", QByteArrayLiteral("{\"omnikast_catalog\": 1,"), 400,
         QStringLiteral("catalog")},
        {"another format", bytes(QJsonObject{{QStringLiteral("schedule"), QJsonObject{}}}), 422,
         QStringLiteral("omnikast_catalog")},
    };
    for (const Bad& b : bad) {
        SCOPED_TRACE(b.what);
        const auto r = putBytes(b.body, now.etag);
        EXPECT_EQ(r.status, b.status) << r.body.data();
        EXPECT_TRUE(str(json(r), "message").contains(b.mentions)) << r.body.data();
        const Live still = live();
        EXPECT_EQ(still.version, now.version);
        EXPECT_EQ(still.etag, now.etag);
    }
    // No one was told of a change that did not happen.
    EXPECT_TRUE(watcher->nextOfType(QStringLiteral("catalog.changed"), 200).isEmpty());
}

TEST_F(CatalogAdminTest, AChangedFileIsImportedAsANewVersionAnUnchangedOneIsNot) {
    const QString file = m_dir.filePath(QStringLiteral("event.catalog.json"));
    ASSERT_TRUE(QFile::copy(kStage360, file));
    startWithCatalog(file);
    const Live first = live();
    ASSERT_EQ(put(edited(first.catalog), first.etag).status, 200);
    restart();
    EXPECT_EQ(live().version, 2) << "the organizer's edit stays";

    // The operator edits the file: at the next start it is the newest version.
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("Stage 360 Festival", "Stage 360 Festival (reissued)");
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    restart();
    const Live reimported = live();
    EXPECT_EQ(reimported.version, 3);
    EXPECT_EQ(str(reimported.catalog.value(QStringLiteral("event")).toObject(), "title"),
              QStringLiteral("Stage 360 Festival (reissued)"));
}

TEST_F(CatalogAdminTest, AServerWithoutAFileTakesItsFirstCatalogOverTheApi) {
    start();
    admin = token(QStringLiteral("u_script"), Role::Admin);
    EXPECT_EQ(httpGet(port, QStringLiteral("/catalog.json")).status, 404);
    EXPECT_EQ(httpBearer(port, "GET", QStringLiteral("/admin/catalog"), admin).status, 404);
    QFile f(kStage360);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const auto r = putBytes(f.readAll(), QByteArrayLiteral("*"));
    ASSERT_EQ(r.status, 200) << r.body.data();
    EXPECT_EQ(num(json(r), "version"), 1);
    EXPECT_EQ(httpGet(port, QStringLiteral("/catalog.json")).status, 200);
    // The one path takes GET and PUT; anything else is told which.
    const auto del = httpBearer(port, "DELETE", QStringLiteral("/admin/catalog"), admin);
    EXPECT_EQ(del.status, 405);
    EXPECT_EQ(del.allow, QByteArrayLiteral("GET, HEAD, PUT"));
}
