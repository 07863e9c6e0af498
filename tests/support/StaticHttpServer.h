#pragma once
// A small HTTP/1.1 file server for the check tests, on a thread of its own (the check blocks
// the test's thread while it waits on streams): GET of files under a root with keep-alive and
// byte ranges (FFmpeg's http and hls demuxers use both), 404 for anything missing, and
// /hang/… that accepts and never answers, as a dead origin would.

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace omk::preflight::test {

class StaticHttpServer {
public:
    explicit StaticHttpServer(QString root) : m_root(std::move(root)) {
        m_context.moveToThread(&m_thread);  // so the server it creates lives there too
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = std::make_unique<QTcpServer>();
                QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(),
                                 [this] { accept(); });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    StaticHttpServer(const StaticHttpServer&) = delete;
    StaticHttpServer& operator=(const StaticHttpServer&) = delete;
    ~StaticHttpServer() {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QString url(const QString& path) const {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
    }

private:
    struct Context : QObject {};

    void accept() {
        while (QTcpSocket* s = m_server->nextPendingConnection()) {
            s->setParent(m_server.get());
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                buffer->append(s->readAll());
                qsizetype end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    respond(s, head);
                }
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void respond(QTcpSocket* s, const QByteArray& head) {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromUtf8(request.value(1)).section(QLatin1Char('?'), 0, 0);
        if (path.startsWith(QLatin1String("/hang/"))) return;
        qint64 from = 0, to = -1;
        bool ranged = false;
        for (const QByteArray& line : lines) {
            if (!line.toLower().startsWith("range: bytes=")) continue;
            const QByteArray spec = line.trimmed().mid(13);
            const qsizetype dash = spec.indexOf('-');
            from = spec.left(dash).toLongLong();
            const QByteArray last = spec.mid(dash + 1);
            if (!last.isEmpty()) to = last.toLongLong();
            ranged = true;
        }
        QFile f(QDir(m_root).filePath(path.mid(1)));
        if (path.contains(QLatin1String("..")) || !f.open(QIODevice::ReadOnly)) {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found");
            return;
        }
        const QByteArray all = f.readAll();
        if (to < 0 || to >= all.size()) to = all.size() - 1;
        if (from > to && all.size() > 0) {
            s->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        const QByteArray body = all.mid(from, to - from + 1);
        QByteArray reply = ranged ? QByteArray("HTTP/1.1 206 Partial Content\r\n")
                                  : QByteArray("HTTP/1.1 200 OK\r\n");
        if (ranged)
            reply += "Content-Range: bytes " + QByteArray::number(from) + '-' +
                     QByteArray::number(to) + '/' + QByteArray::number(all.size()) + "\r\n";
        reply += "Accept-Ranges: bytes\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n";
        s->write(reply + body);
    }

    QString m_root;
    QThread m_thread;
    Context m_context;
    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
};

}  // namespace omk::preflight::test
