#pragma once
// The real omnikast-server binary as a child process, for tests where process death matters:
// the test secret, loopback only, limits no test hits; its port read from its "listening on"
// line (0 if it did not start). Dropping it kills it (SIGKILL: no close handshake, nothing
// flushed). Needs OMNIKAST_SERVER_BIN.

#include "support/ServerTestSupport.h"

#include <QProcess>
#include <QRegularExpression>

namespace omk::server::test {

class ServerProcess {
public:
    // settings: "OMNIKAST_SERVER_KEY=VALUE" on top of the defaults.
    explicit ServerProcess(const QStringList& args, const QStringList& settings = {}) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNIKAST_SERVER_JWT_SECRET"), QString::fromLatin1(kSecret));
        env.insert(QStringLiteral("OMNIKAST_SERVER_LISTEN"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("OMNIKAST_SERVER_SEND_BURST"), QStringLiteral("100000"));
        env.insert(QStringLiteral("OMNIKAST_SERVER_FRAME_BURST"), QStringLiteral("100000"));
        for (const auto& kv : settings) env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        m_process.setProcessEnvironment(env);
        // The server's log goes to the test's output: where a test fails, it says why.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(OMNIKAST_SERVER_BIN), args);
        const QRegularExpression re(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        (void)QTest::qWaitFor(
            [&] {
                m_out += m_process.readAllStandardOutput();
                const auto m = re.match(QString::fromUtf8(m_out));
                if (m.hasMatch()) port = quint16(m.captured(1).toUInt());
                return port != 0 || m_process.state() == QProcess::NotRunning;
            },
            20000);
    }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    virtual ~ServerProcess() { kill(); }

    void kill() {
        if (m_process.state() == QProcess::NotRunning) return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QProcess& process() { return m_process; }
    quint16 port = 0;

private:
    QProcess m_process;
    QByteArray m_out;
};

}  // namespace omk::server::test
