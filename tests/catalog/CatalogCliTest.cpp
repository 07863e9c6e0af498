// Runs the real `omnikast catalog` the way scripts do: no display, exit codes, one-line reasons.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
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

ProcessResult runCatalog(const QStringList& args) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("America/Los_Angeles"));  // must not matter
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKAST_BIN), QStringList{QStringLiteral("catalog")} + args);
    ProcessResult r;
    if (!p.waitForFinished(60000)) {
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

QString data(const char* name) {
    return QStringLiteral(OMNIKAST_CATALOG_DATA "/") + QLatin1String(name);
}

void expectOneLineFailure(const ProcessResult& r, const QString& mustMention) {
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.startsWith(QStringLiteral("omnikast catalog: "))) << err.toStdString();
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(mustMention)) << err.toStdString();
}

QString writeTmp(const char* name, const QByteArray& bytes) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/catalog-cli");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

}  // namespace

TEST(CatalogCli, TextShowsChannelsNowNextAndDays) {
    const auto r = runCatalog({data("berlin-dst.schedule.xml"), QStringLiteral("--at"),
                               QStringLiteral("2026-10-25T02:00:00+02:00")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.startsWith(QStringLiteral("DST Con 2026 (dstcon26)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("time zone: Europe/Berlin"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Channels (2):"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("now:  01:30–02:30  The Hour That Happens Twice")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("next: 10:00–10:30  Closing"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("2026-10-24 Sat  2"))) << out.toStdString();
}

TEST(CatalogCli, JsonIsTheWholeModel) {
    const auto r = runCatalog({data("cndt-tokyo.dreamkast.json"), QStringLiteral("--json"),
                               QStringLiteral("--at"), QStringLiteral("2026-03-10T10:10:00")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError pe{};
    const QJsonObject j = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(j.value(QStringLiteral("format")).toString(), QStringLiteral("dreamkast"));
    // --at without an offset is the event's local time.
    EXPECT_EQ(j.value(QStringLiteral("at")).toString(),
              QStringLiteral("2026-03-10T10:10:00+09:00"));
    EXPECT_EQ(
        j.value(QStringLiteral("event")).toObject().value(QStringLiteral("time_zone")).toString(),
        QStringLiteral("Asia/Tokyo"));
    const QJsonArray channels = j.value(QStringLiteral("channels")).toArray();
    ASSERT_EQ(channels.size(), 2);
    EXPECT_EQ(channels.at(0).toObject().value(QStringLiteral("now")).toString(),
              QStringLiteral("1"));
    EXPECT_EQ(channels.at(0).toObject().value(QStringLiteral("next")).toString(),
              QStringLiteral("2"));
    EXPECT_EQ(channels.at(0).toObject().value(QStringLiteral("streams")).toArray().size(), 1);
    const QJsonArray sessions = j.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(sessions.at(0).toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-03-10T10:00:00+09:00"));
    EXPECT_EQ(sessions.at(0).toObject().value(QStringLiteral("end")).toString(),
              QStringLiteral("2026-03-10T10:40:00+09:00"));
    EXPECT_EQ(j.value(QStringLiteral("speakers")).toArray().size(), 2);
}

TEST(CatalogCli, HelpNamesTheCommand) {
    QProcess p;
    p.start(QStringLiteral(OMNIKAST_BIN), {QStringLiteral("--help")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_TRUE(p.readAllStandardOutput().contains("omnikast catalog EVENT_FILE|URL"));
}

TEST(CatalogCli, EveryFixtureImports) {
    for (const char* name : {"pretalx-democon.schedule.json", "stage360.catalog.json"}) {
        const auto r = runCatalog({data(name)});
        EXPECT_EQ(r.exitCode, 0) << name << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
}

TEST(CatalogCli, FailuresAreOneLine) {
    expectOneLineFailure(runCatalog({}), QStringLiteral("catalog needs an EVENT_FILE"));
    expectOneLineFailure(runCatalog({QStringLiteral("/nonexistent/schedule.json")}),
                         QStringLiteral("omnikast catalog: /nonexistent/schedule.json: "));
    expectOneLineFailure(runCatalog({data("stage360.catalog.json"), QStringLiteral("--bogus")}),
                         QStringLiteral("unknown option --bogus"));
    expectOneLineFailure(runCatalog({data("stage360.catalog.json"), QStringLiteral("--at")}),
                         QStringLiteral("option --at needs a value"));
    expectOneLineFailure(runCatalog({data("stage360.catalog.json"), QStringLiteral("--at"),
                                     QStringLiteral("tomorrow")}),
                         QStringLiteral("--at: expected an ISO 8601 date-time"));

    const QString bad =
        writeTmp("bad.schedule.json",
                 "{\"schedule\": {\"conference\": {\"title\": \"X\", \"days\": [\n"
                 "{\"date\": \"2026-01-01\", \"rooms\": {\"Saal 1\": [{\"guid\": \"g\",\n"
                 "\"title\": \"T\", \"start\": \"25:99\", \"duration\": \"00:30\"}]}}]}}}\n");
    const auto r = runCatalog({bad});
    expectOneLineFailure(
        r, bad + QStringLiteral(": schedule.conference.days[0].rooms[\"Saal 1\"][0].start: "
                                "expected HH:MM, got \"25:99\""));
    // The input is named once, not twice.
    EXPECT_EQ(QString::fromUtf8(r.err).count(bad), 1);

    expectOneLineFailure(runCatalog({QStringLiteral("http://127.0.0.1:1/schedule.json")}),
                         QStringLiteral("omnikast catalog: http://127.0.0.1:1/schedule.json: "));
    expectOneLineFailure(runCatalog({writeTmp("cut.json", "{\"schedule\": {\"conf")}),
                         QStringLiteral("JSON syntax error at byte"));
    expectOneLineFailure(
        runCatalog({writeTmp("latin1.xml", "<schedule><title>Caf\xE9</title></schedule>")}),
        QStringLiteral("not valid UTF-8 at byte 20"));
}

// A schedule with its rooms' streams from a list published apart: the matches are printed; a
// list that cannot be read is a one-line warning and the schedule still prints.
TEST(CatalogCli, StreamsListMatchesArePrintedAndABadListOnlyWarns) {
    const ProcessResult ok =
        runCatalog({data("berlin-dst.schedule.xml"), QStringLiteral("--streams"),
                    data("c3voc-streams.v2.json")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const QString out = QString::fromUtf8(ok.out);
    EXPECT_TRUE(out.contains(QStringLiteral("2 of 2 channels matched"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Saal 2: room s2 (by name), 1 stream(s)")));
    EXPECT_TRUE(out.contains(QStringLiteral("stream: hls flat")));
    EXPECT_TRUE(out.contains(QStringLiteral("no channel took: foyer")));

    const ProcessResult bad =
        runCatalog({data("berlin-dst.schedule.xml"), QStringLiteral("--streams"),
                    data("berlin-dst.schedule.xml")});
    ASSERT_EQ(bad.exitCode, 0);
    EXPECT_EQ(bad.err.count('\n'), 1) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("the rooms' streams are not available")) << bad.err.toStdString();
    EXPECT_TRUE(bad.out.contains("Saal 1"));

    const ProcessResult missing =
        runCatalog({data("berlin-dst.schedule.xml"), QStringLiteral("--streams")});
    expectOneLineFailure(missing, QStringLiteral("--streams needs a value"));
}
