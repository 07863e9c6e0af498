#include "ui/DemoServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/prctl.h>
#include <csignal>

namespace omk::ui {
namespace {

constexpr int kStartTimeoutMs = 15000;

// A fresh signing key each run, one file per viewer (two demos must not sign with each other's
// key), created readable by its owner only: tokens only have to outlive this viewer.
Expected<QString> writeKey(const QString& dataDir) {
    const QString path = QDir(dataDir).filePath(
        QStringLiteral("demo-server-%1.key").arg(QCoreApplication::applicationPid()));
    QFile::remove(path);  // a key left by an earlier viewer that had this pid
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    QByteArray secret(32, Qt::Uninitialized);
    for (char& c : secret) c = char(QRandomGenerator::system()->bounded(33, 127));
    if (f.write(secret) != secret.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return path;
}

// The server reads OMNIKAST_SERVER_* (its config file, store, fan-out...): the demo's server
// must not take a user's real deployment settings from the viewer's environment.
QProcessEnvironment demoEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QLatin1String("OMNIKAST_SERVER_"))) env.remove(key);
    return env;
}

// The child goes when the viewer goes, however the viewer ends.
void dieWithParent(QProcess& process) {
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

}  // namespace

Expected<QString> DemoServer::findBinary() {
    const QString env = qEnvironmentVariable("OMNIKAST_SERVER_BIN");
    if (!env.isEmpty()) {
        if (QFileInfo(env).isExecutable()) return env;
        return fail(QStringLiteral("OMNIKAST_SERVER_BIN=%1 is not an executable").arg(env));
    }
    const QString here = QCoreApplication::applicationDirPath();
    // Installed side by side (/usr/bin), or in the build tree (app/omnikast, app/omnikast-server).
    for (const QString& candidate :
         {here + QStringLiteral("/omnikast-server"),
          here + QStringLiteral("/../omnikast-server/omnikast-server")}) {
        if (QFileInfo(candidate).isExecutable()) return QFileInfo(candidate).canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("omnikast-server"));
    if (!onPath.isEmpty()) return onPath;
    return fail(QStringLiteral(
        "omnikast-server was not found beside the viewer nor on PATH (set OMNIKAST_SERVER_BIN)"));
}

Expected<std::unique_ptr<DemoServer>> DemoServer::start(const QString& catalogPath,
                                                        const QString& dataDir) {
    if (!QDir().mkpath(dataDir))
        return fail(QStringLiteral("cannot create %1 for the demo server").arg(dataDir));
    auto binary = findBinary();
    if (!binary) return binary.unexpected();
    auto key = writeKey(dataDir);
    if (!key) return key.unexpected();

    std::unique_ptr<DemoServer> server(new DemoServer);
    server->m_binary = *binary;
    server->m_keyFile = *key;
    server->m_process = std::make_unique<QProcess>();
    QProcess& p = *server->m_process;
    // Its log lines go to the viewer's stderr; its stdout says where it listens.
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setProcessEnvironment(demoEnvironment());
    dieWithParent(p);
    p.start(*binary,
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
             QDir(dataDir).filePath(QStringLiteral("embedded-server.db")),
             QStringLiteral("--catalog"), catalogPath, QStringLiteral("--jwt-secret-file"), *key});
    if (!p.waitForStarted(kStartTimeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(*binary, p.errorString()));

    static const QRegularExpression listening(
        QStringLiteral("^omnikast-server listening on [^\\s]+:(\\d+)\\s*$"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (!p.canReadLine() && !p.waitForReadyRead(int(deadline.remainingTime()))) break;
        while (p.canReadLine()) {
            line = p.readLine();
            const auto m = listening.match(QString::fromUtf8(line));
            if (m.hasMatch()) {
                server->m_port = quint16(m.captured(1).toUInt());
                return server;
            }
        }
    }
    if (p.state() == QProcess::NotRunning)
        return fail(p.exitStatus() == QProcess::CrashExit
                        ? QStringLiteral("%1 crashed before listening").arg(*binary)
                        : QStringLiteral("%1 exited with status %2 before listening (see its "
                                         "message above)")
                              .arg(*binary)
                              .arg(p.exitCode()));
    return fail(QStringLiteral("%1 did not say where it listens within %2 s")
                    .arg(*binary)
                    .arg(kStartTimeoutMs / 1000));
}

DemoServer::~DemoServer() {
    if (!m_keyFile.isEmpty()) QFile::remove(m_keyFile);
    if (!m_process || m_process->state() == QProcess::NotRunning) return;
    m_process->terminate();  // SIGTERM: the server closes its rooms cleanly
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString DemoServer::catalogUrl() const {
    return QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(m_port);
}

Expected<QString> DemoServer::invite(const QString& role, const QString& room, const QString& name,
                                     const QString& ttl) const {
    QProcess p;
    p.setProcessEnvironment(demoEnvironment());
    p.start(m_binary,
            {QStringLiteral("invite"), QStringLiteral("--role"), role, QStringLiteral("--room"),
             room, QStringLiteral("--name"), name, QStringLiteral("--ttl"), ttl,
             QStringLiteral("--jwt-secret-file"), m_keyFile});
    if (!p.waitForFinished(kStartTimeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0)
        return fail(QStringLiteral("omnikast-server invite failed: %1")
                        .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    const QString token = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (token.isEmpty()) return fail(QStringLiteral("omnikast-server invite printed no token"));
    return token;
}

}  // namespace omk::ui
