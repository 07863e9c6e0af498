// `omnikast catalog dreamkast:HOST/ABBR` against a Dreamkast API generated from Dreamkast's own
// OpenAPI file (tests/catalog/data/dreamkast-api.swagger.yml) by a well-kept OpenAPI mock server:
// Prism (npm @stoplight/prism-cli, installed by scripts/install-deps.sh into the build folder),
// answering each path with the file's own examples. Not a double of ours: what the event is made
// of comes from Dreamkast's description.
// - With the file's one known bug mended (its Speaker and Talk examples are arrays, so a mock
//   answers lists of lists; dreamkast-mock/fixed-spec.mjs takes each one's first element), the
//   event opens with the examples' event, track, talk, time and speaker.
// - With the file as published, the wrong type is one clear line naming the part, and the last
//   good copy (the mended mock's) stands in.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString kModules = QStringLiteral(OMNIKAST_TEST_NODE_MODULES);

// QProcess reports and reads only with an application's event loop.
void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "dreamkast_mock_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

// Prism serving one OpenAPI file on a loopback port.
class PrismMock {
public:
    PrismMock(const QString& spec, quint16 port) : m_port(port) {
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(QStringLiteral("node"),
                     {kModules + QStringLiteral("/@stoplight/prism-cli/dist/index.js"),
                      QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("-p"), QString::number(port), spec});
        const bool up = QTest::qWaitFor(
            [this] {
                if (m_proc.state() == QProcess::NotRunning) return true;
                m_log += m_proc.readAll();
                return m_log.contains("Prism is listening");
            },
            60000);
        if (!up || m_proc.state() != QProcess::Running)
            m_problem = QStringLiteral(
                            "Prism did not start (node and npm's @stoplight/prism-cli in %1: run "
                            "scripts/install-deps.sh): %2")
                            .arg(kModules, QString::fromUtf8(m_log + m_proc.readAll()));
    }
    ~PrismMock() {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    PrismMock(const PrismMock&) = delete;
    PrismMock& operator=(const PrismMock&) = delete;
    QString problem() const { return m_problem; }
    QString address(const char* abbr) const {
        return QStringLiteral("dreamkast:http://127.0.0.1:%1/%2")
            .arg(m_port)
            .arg(QLatin1String(abbr));
    }

private:
    QProcess m_proc;
    QByteArray m_log;
    QString m_problem;
    quint16 m_port;
};

struct CatalogRun {
    int exitCode = -1;
    bool finished = false;
    QByteArray out, err;
};

CatalogRun catalog(const QStringList& args, const QString& cacheHome) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    env.insert(QStringLiteral("TZ"), QStringLiteral("America/Los_Angeles"));  // must not matter
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMNIKAST_BIN), QStringList{QStringLiteral("catalog")} + args);
    CatalogRun r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString tmpDir(const char* name) {
    const QString dir = QStringLiteral(OMNIKAST_TEST_TMP "/dreamkast-mock-") + QLatin1String(name);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

// The published file with its array examples mended, as JSON.
QString mendedSpec(const QString& dir) {
    const QString out = dir + QStringLiteral("/dreamkast-api.mended.json");
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"),
               {QStringLiteral(OMNIKAST_DREAMKAST_MOCK_DIR "/fixed-spec.mjs"), kModules,
                QStringLiteral(OMNIKAST_DREAMKAST_SPEC), out});
    if (!node.waitForFinished(30000) || node.exitCode() != 0) {
        ADD_FAILURE() << "fixed-spec.mjs: " << node.readAll().toStdString();
        return {};
    }
    EXPECT_TRUE(node.readAll().contains("Speaker, Talk")) << "the bug it mends is still there";
    return out;
}

}  // namespace

TEST(DreamkastMock, TheEventOpensFromDreamkastsOwnApiDescription) {
    ensureApp();
    const QString dir = tmpDir("open");
    const QString spec = mendedSpec(dir);
    ASSERT_FALSE(spec.isEmpty());
    const quint16 port = freePort();
    const QString cache = dir + QStringLiteral("/cache");
    {
        PrismMock mock(spec, port);
        ASSERT_TRUE(mock.problem().isEmpty()) << mock.problem().toStdString();
        const CatalogRun r = catalog({mock.address("cndt2020"), QStringLiteral("--json")}, cache);
        ASSERT_TRUE(r.finished);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        EXPECT_EQ(j.value(QStringLiteral("format")).toString(), QStringLiteral("dreamkast"));
        const QJsonObject event = j.value(QStringLiteral("event")).toObject();
        EXPECT_EQ(event.value(QStringLiteral("title")).toString(),
                  QStringLiteral("CloudNative Days Spring 2020 ONLINE"));
        // Dreamkast names no zone: Tokyo's.
        EXPECT_EQ(event.value(QStringLiteral("time_zone")).toString(),
                  QStringLiteral("Asia/Tokyo"));
        const QJsonArray channels = j.value(QStringLiteral("channels")).toArray();
        ASSERT_EQ(channels.size(), 1) << r.out.toStdString();
        EXPECT_EQ(channels.at(0).toObject().value(QStringLiteral("name")).toString(),
                  QStringLiteral("Track 2"));
        const QJsonArray sessions = j.value(QStringLiteral("sessions")).toArray();
        ASSERT_EQ(sessions.size(), 1) << r.out.toStdString();
        const QJsonObject talk = sessions.at(0).toObject();
        EXPECT_EQ(talk.value(QStringLiteral("title")).toString(),
                  QStringLiteral("やんごとなき発表"));
        // "Sat, 23 Jan 2021 09:00:00 GMT" is 18:00 in Tokyo.
        EXPECT_EQ(talk.value(QStringLiteral("start")).toString(),
                  QStringLiteral("2021-01-23T18:00:00+09:00"));
        // The example talk names its speaker as a string, "やんごとない人", who is added.
        EXPECT_EQ(talk.value(QStringLiteral("speakers")).toArray(),
                  QJsonArray{QStringLiteral("やんごとない人")});
        const QJsonArray speakers = j.value(QStringLiteral("speakers")).toArray();
        ASSERT_EQ(speakers.size(), 2) << r.out.toStdString();
        EXPECT_EQ(speakers.at(0).toObject().value(QStringLiteral("name")).toString(),
                  QStringLiteral("めちゃすごい人"));
    }
    {
        // The file as published, on the same address: its lists of lists are a wrong type,
        // said in a line; the copy above stands in.
        PrismMock published(QStringLiteral(OMNIKAST_DREAMKAST_SPEC), port);
        ASSERT_TRUE(published.problem().isEmpty()) << published.problem().toStdString();
        const CatalogRun kept =
            catalog({published.address("cndt2020"), QStringLiteral("--json")}, cache);
        ASSERT_TRUE(kept.finished);
        EXPECT_EQ(kept.exitCode, 0) << kept.err.toStdString();
        EXPECT_EQ(QJsonDocument::fromJson(kept.out)
                      .object()
                      .value(QStringLiteral("sessions"))
                      .toArray()
                      .size(),
                  1);
        EXPECT_TRUE(kept.err.contains("expected an object, got an array"))
            << kept.err.toStdString();

        const CatalogRun none =
            catalog({published.address("cndt2020")}, dir + QStringLiteral("/empty-cache"));
        ASSERT_TRUE(none.finished);
        EXPECT_EQ(none.exitCode, 1);
        EXPECT_TRUE(none.out.isEmpty()) << none.out.toStdString();
        const QString err = QString::fromUtf8(none.err);
        EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("expected an object, got an array")))
            << err.toStdString();
    }
}
