#pragma once
// Socket writing spread over a few threads: a DeliveryShard is one event-loop thread owning the
// WebSockets of some sessions (ShardSocket). A room broadcast posts one frame — a QString,
// implicitly shared and read-only, so every shard may read it at once — and the list of that
// shard's subscribed sockets; the shard writes it to each. Everything else a session sends or
// does to its socket (acks, errors, close, ping) is posted the same way, so a socket sees its
// frames in the order the main thread produced them.
// Threading: a DeliveryShard and its ShardSockets live on the shard's thread and are touched
// only there; the main thread only posts to them (post(), ShardSocket::run()). A ShardSocket is
// deleted only by release(), posted after its session stopped naming it, so every broadcast
// posted before still finds it alive. Signals from a ShardSocket reach its session queued.

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace omk::server {

// A client that lets this much pile up unread is not reading; it is dropped, not buffered for
// (on whichever thread its socket lives: the session's or a shard's).
inline constexpr qint64 kMaxUnsentBytes = 8LL * 1024 * 1024;

class DeliveryShard;

class ShardSocket final : public QObject {
    Q_OBJECT
public:
    // Takes the WebSocket and the TCP socket under it (which QWebSocket does not parent: it stays
    // the listening server's child, so it is found and handed over by the caller); call on
    // their (main) thread.
    ShardSocket(std::unique_ptr<QWebSocket> socket, QTcpSocket* tcp, DeliveryShard& shard);
    // Moves both onto the shard's thread, where they are read from then on. Only once the
    // session has connected to the signals: a frame read there before would reach no one.
    void start();
    ~ShardSocket() override;

    DeliveryShard& shard() const { return m_shard; }
    // Set before the move, never changed: readable from any thread.
    const QString& peer() const { return m_peer; }
    // Runs fn on the shard's thread, after everything posted to this shard before it.
    void run(std::function<void(ShardSocket&)> fn);

    // On the shard's thread only:
    void write(const QString& frame);
    void close(int closeCode, const QString& reason);
    void closeAndAbort(int closeCode, const QString& reason);
    void ping() { m_socket->ping(); }

signals:
    void text(const QString& text);
    void binary(const QByteArray& data);
    void pong();
    void disconnected(int closeCode);
    // More than the slow-consumer limit is unsent: writes have stopped; the session closes.
    void slowConsumer();

private:
    QWebSocket* m_socket;  // both children: they move with this object
    QTcpSocket* m_tcp;
    DeliveryShard& m_shard;
    QString m_peer;
    bool m_closing = false;
    bool m_stalled = false;
};

class DeliveryShard final {
public:
    // Starts the thread.
    explicit DeliveryShard(int index);
    // Deletes the sockets still here on their thread, then stops it; call from the main thread.
    ~DeliveryShard();
    DeliveryShard(const DeliveryShard&) = delete;
    DeliveryShard& operator=(const DeliveryShard&) = delete;

    int index() const { return m_index; }
    QThread* thread() { return &m_thread; }
    // Writes frame to each target on the shard's thread.
    void post(const QString& frame, const QList<ShardSocket*>& targets);
    // Deletes socket on the shard's thread.
    void release(ShardSocket* socket);

private:
    friend class ShardSocket;

    int m_index;
    QThread m_thread;
    QObject* m_context;            // lives on m_thread: what posted calls run in
    QSet<ShardSocket*> m_sockets;  // shard thread only
};

}  // namespace omk::server
