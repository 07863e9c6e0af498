#include "server/DeliveryShard.h"

#include <QMetaObject>

namespace omk::server {

ShardSocket::ShardSocket(std::unique_ptr<QWebSocket> socket, QTcpSocket* tcp, DeliveryShard& shard)
    : m_socket(socket.release()),
      m_tcp(tcp),
      m_shard(shard),
      m_peer(m_socket->peerAddress().toString()) {
    m_socket->setParent(this);
    m_tcp->setParent(this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ShardSocket::text);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ShardSocket::binary);
    connect(m_socket, &QWebSocket::pong, this, [this] { emit pong(); });
    connect(m_socket, &QWebSocket::disconnected, this,
            [this] { emit disconnected(int(m_socket->closeCode())); });
}

void ShardSocket::start() {
    moveToThread(m_shard.thread());
    DeliveryShard* s = &m_shard;
    run([s](ShardSocket& self) {
        s->m_sockets.insert(&self);
        // Bytes read before the move have not been announced on this thread yet.
        if (self.m_tcp->bytesAvailable() > 0) emit self.m_tcp->readyRead();
    });
}

ShardSocket::~ShardSocket() {
    m_socket->disconnect(this);
    // Whatever close frame is queued leaves before the connection is dropped.
    m_socket->flush();
    m_socket->abort();
    // Before the TCP socket it sits on (a later child).
    delete m_socket;
}

void ShardSocket::run(std::function<void(ShardSocket&)> fn) {
    QMetaObject::invokeMethod(
        this, [this, fn = std::move(fn)] { fn(*this); }, Qt::QueuedConnection);
}

void ShardSocket::write(const QString& frame) {
    if (m_closing || m_stalled) return;
    if (m_socket->bytesToWrite() > kMaxUnsentBytes) {
        m_stalled = true;
        emit slowConsumer();
        return;
    }
    m_socket->sendTextMessage(frame);
}

void ShardSocket::close(int closeCode, const QString& reason) {
    if (m_closing) return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
}

void ShardSocket::closeAndAbort(int closeCode, const QString& reason) {
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
    m_socket->abort();
}

DeliveryShard::DeliveryShard(int index) : m_index(index), m_context(new QObject) {
    m_thread.setObjectName(QStringLiteral("omk-delivery-%1").arg(index));
    m_context->moveToThread(&m_thread);
    // Deferred deletes still run when the thread finishes.
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DeliveryShard::~DeliveryShard() {
    // Blocking: runs after everything posted before it, releases included.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            qDeleteAll(m_sockets);
            m_sockets.clear();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DeliveryShard::post(const QString& frame, const QList<ShardSocket*>& targets) {
    QMetaObject::invokeMethod(
        m_context,
        [frame, targets] {
            for (ShardSocket* t : targets) t->write(frame);
        },
        Qt::QueuedConnection);
}

void DeliveryShard::release(ShardSocket* socket) {
    QMetaObject::invokeMethod(
        m_context,
        [this, socket] {
            m_sockets.remove(socket);
            delete socket;
        },
        Qt::QueuedConnection);
}

}  // namespace omk::server
