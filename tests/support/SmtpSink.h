#pragma once
// A real SMTP server for tests: aiosmtpd (Debian's python3-aiosmtpd, run with /usr/bin/python3)
// on a free loopback port, delivering into a maildir the test reads back. Not a double: the
// server under test speaks SMTP to it over TCP exactly as to a production relay.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace omk::test {

struct ReceivedMail {
    QString to;
    QString subject;
    QString text;  // the text/plain part, decoded
    QString html;  // the text/html part, decoded
    QByteArray raw;
};

class SmtpSink {
public:
    SmtpSink() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        const QString python =
            qEnvironmentVariable("OMNIKAST_TEST_PYTHON", QStringLiteral("/usr/bin/python3"));
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(
            python, {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                     QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"), maildir()});
        m_proc.waitForStarted(5000);
        m_ready = QTest::qWaitFor(
                      [this] {
                          if (m_proc.state() != QProcess::Running) return true;
                          QTcpSocket s;
                          s.connectToHost(QHostAddress::LocalHost, m_port);
                          return s.waitForConnected(200);
                      },
                      15000) &&
                  m_proc.state() == QProcess::Running;
    }
    ~SmtpSink() {
        m_proc.kill();
        m_proc.waitForFinished(3000);
    }
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    // Why it is not running ("" when it is).
    QString problem() {
        if (m_ready) return {};
        return QStringLiteral("aiosmtpd did not start (install python3-aiosmtpd): ") +
               QString::fromUtf8(m_proc.readAll());
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    // Stops the server, as a relay that goes down.
    void stop() {
        m_proc.kill();
        m_proc.waitForFinished(3000);
    }

    QList<ReceivedMail> mails() const {
        QList<ReceivedMail> out;
        QDir d(maildir() + QStringLiteral("/new"));
        const auto files = d.entryList(QDir::Files, QDir::Time | QDir::Reversed);
        for (const QString& f : files) {
            QFile file(d.filePath(f));
            if (file.open(QIODevice::ReadOnly)) out.append(parse(file.readAll()));
        }
        return out;
    }
    bool waitForMails(int count, int timeoutMs = 10000) const {
        return QTest::qWaitFor([&] { return mails().size() >= count; }, timeoutMs);
    }

    static ReceivedMail parse(const QByteArray& raw) {
        ReceivedMail m;
        m.raw = raw;
        const QString text =
            QString::fromUtf8(raw).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const qsizetype headerEnd = text.indexOf(QStringLiteral("\n\n"));
        const QString headers = text.left(headerEnd);
        for (const QString& line : headers.split(u'\n')) {
            if (line.startsWith(QLatin1String("To: "))) m.to = line.mid(4).trimmed();
            if (line.startsWith(QLatin1String("Subject: ")))
                m.subject = decodeWord(line.mid(9).trimmed());
        }
        static const QRegularExpression boundaryRe(QStringLiteral("boundary=\"([^\"]+)\""));
        const auto bm = boundaryRe.match(headers);
        if (!bm.hasMatch()) return m;
        const QStringList parts = text.mid(headerEnd).split(QStringLiteral("--") + bm.captured(1));
        for (const QString& part : parts) {
            const qsizetype end = part.indexOf(QStringLiteral("\n\n"));
            if (end < 0) continue;
            const QString partHeaders = part.left(end);
            QByteArray body = part.mid(end + 2).toLatin1();
            if (partHeaders.contains(QLatin1String("base64")))
                body = QByteArray::fromBase64(body.replace('\n', QByteArray()));
            if (partHeaders.contains(QLatin1String("text/plain"))) m.text = QString::fromUtf8(body);
            if (partHeaders.contains(QLatin1String("text/html"))) m.html = QString::fromUtf8(body);
        }
        return m;
    }

private:
    static QString decodeWord(const QString& s) {
        static const QRegularExpression re(QStringLiteral("^=\\?UTF-8\\?B\\?(.*)\\?=$"));
        const auto m = re.match(s);
        if (!m.hasMatch()) return s;
        return QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
    }
    QString maildir() const { return m_dir.filePath(QStringLiteral("maildir")); }

    QTemporaryDir m_dir;
    QProcess m_proc;
    quint16 m_port = 0;
    bool m_ready = false;
};

}  // namespace omk::test
