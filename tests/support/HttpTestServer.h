#pragma once
// The tests' one HTTP server: a TEST-SUPPORT server, a real HTTP/1.1 server over loopback TCP
// (127.0.0.1, a free port), used by tests only. Static routes (method and path -> a response),
// a handler for everything else (the request -> a response; 404 without one), and a log of the
// requests it got (method, path, query, headers, body) for the test to check. A response can
// also be bytes written as they are (a broken or truncated reply), or no answer at all (a
// client left waiting); by default the connection closes after each reply, or stays open for
// the next request (keepAlive). setDown(true) closes the listening socket and drops every open
// connection, as a host gone from the network would; setDown(false) listens again on the same
// port. files(root) serves a directory with byte ranges, as FFmpeg's http demuxer wants.
//
// Threading: Thread::Own (the default) serves on a thread of its own, for tests that block
// their thread (FFmpeg, QProcess); its handlers run there. Thread::Caller serves on the thread
// that creates it, through its event loop, so handlers may touch the test's objects freely.
// Routes, the handler and the log may be set and read from any thread.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace omk::test {

struct HttpRequest {
    QByteArray method;  // "GET"
    QString path;       // "/a/b.json", without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray head;  // the request line and headers as they came

    // The value of a header, found case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const {
        for (const auto& [n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0) return v;
        return {};
    }
};

struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;  // Content-Length is added
    QByteArray body;
    QByteArray raw;          // non-empty: written exactly, instead of the above
    bool answer = true;      // false: read the request, never answer
    bool keepAlive = false;  // false: "Connection: close", and the server closes

    static HttpResponse ok(QByteArray body, QByteArray contentType,
                           QList<std::pair<QByteArray, QByteArray>> extra = {}) {
        return withStatus(200, std::move(body), std::move(contentType), std::move(extra));
    }
    static HttpResponse withStatus(int status, QByteArray body = {}, QByteArray contentType = {},
                                   QList<std::pair<QByteArray, QByteArray>> extra = {}) {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        if (!contentType.isEmpty()) r.headers.emplaceBack("Content-Type", std::move(contentType));
        r.headers.append(extra);
        return r;
    }
    static HttpResponse notFound() { return withStatus(404, "not found"); }
    static HttpResponse rawBytes(QByteArray bytes) {
        HttpResponse r;
        r.raw = std::move(bytes);
        return r;
    }
    static HttpResponse noAnswer() {
        HttpResponse r;
        r.answer = false;
        return r;
    }
};

class HttpTestServer {
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    enum class Thread { Own, Caller };

    explicit HttpTestServer(Handler handler = {}, Thread thread = Thread::Own)
        : m_handler(std::move(handler)), m_own(thread == Thread::Own) {
        if (m_own) {
            m_context.moveToThread(&m_thread);  // so the server it creates lives there too
            m_thread.start();
        }
        onServerThread([this] {
            m_server = std::make_unique<QTcpServer>();
            QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(),
                             [this] { accept(); });
            if (m_server->listen(QHostAddress::LocalHost, 0)) m_port = m_server->serverPort();
            m_listening = m_server->isListening();
        });
    }
    HttpTestServer(const HttpTestServer&) = delete;
    HttpTestServer& operator=(const HttpTestServer&) = delete;
    ~HttpTestServer() {
        onServerThread([this] { m_server.reset(); });
        if (m_own) {
            m_thread.quit();
            m_thread.wait();
        }
    }

    bool ok() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // `path` without its leading slash: url("a.json") is http://127.0.0.1:port/a.json.
    QString url(const QString& path) const { return base() + QLatin1Char('/') + path; }

    // `method` empty: any method.
    void route(QByteArray method, QString path, Handler handler) {
        QMutexLocker lock(&m_mutex);
        m_routes.append(Route{std::move(method), std::move(path), std::move(handler)});
    }
    void route(QByteArray method, QString path, HttpResponse response) {
        route(std::move(method), std::move(path),
              [response = std::move(response)](const HttpRequest&) { return response; });
    }
    // Answers what no route does.
    void setHandler(Handler handler) {
        QMutexLocker lock(&m_mutex);
        m_handler = std::move(handler);
    }

    QList<HttpRequest> requests() const {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    HttpRequest lastRequest() const {
        QMutexLocker lock(&m_mutex);
        return m_log.isEmpty() ? HttpRequest() : m_log.last();
    }
    int requestCount() const {
        QMutexLocker lock(&m_mutex);
        return int(m_log.size());
    }

    void setDown(bool down) {
        onServerThread([this, down] {
            m_down = down;
            if (down) {
                m_server->close();  // pending connections are reset, new ones refused
                for (QTcpSocket* s : m_server->findChildren<QTcpSocket*>()) s->abort();
            }
            relisten();
        });
    }
    // True once the server's thread has acted on the last setDown().
    bool isListening() const { return m_listening.load(); }

    // Serves the files under `root` for GET: byte ranges (206, 416), 404 for what is missing.
    static Handler files(QString root) {
        return [root = std::move(root)](const HttpRequest& request) {
            QFile f(QDir(root).filePath(request.path.mid(1)));
            if (request.path.contains(QLatin1String("..")) || !f.open(QIODevice::ReadOnly)) {
                HttpResponse missing = HttpResponse::notFound();
                missing.keepAlive = true;
                return missing;
            }
            const QByteArray all = f.readAll();
            const QByteArray range = request.header("Range");
            qint64 from = 0, to = -1;
            const bool ranged = range.toLower().startsWith("bytes=");
            if (ranged) {
                const QByteArray spec = range.mid(6);
                const qsizetype dash = spec.indexOf('-');
                from = spec.left(dash).toLongLong();
                const QByteArray last = spec.mid(dash + 1);
                if (!last.isEmpty()) to = last.toLongLong();
            }
            if (to < 0 || to >= all.size()) to = all.size() - 1;
            HttpResponse r;
            r.keepAlive = true;
            if (from > to && all.size() > 0) {
                r.status = 416;
                return r;
            }
            r.body = all.mid(from, to - from + 1);
            r.status = ranged ? 206 : 200;
            if (ranged)
                r.headers.emplaceBack("Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                           QByteArray::number(to) + '/' +
                                                           QByteArray::number(all.size()));
            r.headers.emplaceBack("Accept-Ranges", "bytes");
            return r;
        };
    }

private:
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };
    struct Context : QObject {};

    void onServerThread(const std::function<void()>& f) {
        if (m_own)
            QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection);
        else
            f();
    }

    // Listens again on the same port while up, trying until the port is free.
    void relisten() {
        if (!m_down && !m_server->isListening() &&
            !m_server->listen(QHostAddress::LocalHost, m_port))
            QTimer::singleShot(10, m_server.get(), [this] { relisten(); });
        m_listening = m_server->isListening();
    }

    void accept() {
        while (QTcpSocket* s = m_server->nextPendingConnection()) {
            s->setParent(m_server.get());
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                buffer->append(s->readAll());
                while (serveOne(s, *buffer)) {
                }
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    // Serves the first whole request in `buffer`; false when there is none (yet).
    bool serveOne(QTcpSocket* s, QByteArray& buffer) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return false;
        HttpRequest request;
        request.head = buffer.left(end + 4);
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) continue;
            request.headers.emplaceBack(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length) return false;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QUrl target(QString::fromUtf8(first.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target.query());

        Handler handler;
        {
            QMutexLocker lock(&m_mutex);
            m_log.append(request);
            for (const Route& r : std::as_const(m_routes))
                if (!handler && (r.method.isEmpty() || r.method == request.method) &&
                    r.path == request.path)
                    handler = r.handler;
            if (!handler) handler = m_handler;
        }
        const HttpResponse response = handler ? handler(request) : HttpResponse::notFound();
        if (!response.answer) return true;
        if (!response.raw.isEmpty()) {
            s->write(response.raw);
        } else {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                             reason(response.status) + "\r\n";
            for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            if (!response.keepAlive) out += "Connection: close\r\n";
            s->write(out + "\r\n" + response.body);
        }
        if (response.keepAlive && response.raw.isEmpty()) return true;
        s->disconnectFromHost();
        return false;
    }

    static QByteArray reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 204:
                return "No Content";
            case 206:
                return "Partial Content";
            case 304:
                return "Not Modified";
            case 401:
                return "Unauthorized";
            case 404:
                return "Not Found";
            case 416:
                return "Range Not Satisfiable";
            case 500:
                return "Internal Server Error";
            default:
                return "X";
        }
    }

    mutable QMutex m_mutex;
    QList<Route> m_routes;
    Handler m_handler;
    QList<HttpRequest> m_log;
    const bool m_own;
    QThread m_thread;
    Context m_context;
    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    bool m_down = false;  // on the server's thread
    std::atomic<bool> m_listening{false};
};

}  // namespace omk::test
