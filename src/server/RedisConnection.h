#pragma once
// One asynchronous hiredis connection driven by the Qt event loop: hiredis asks for read/write
// readiness through its ev hooks, and QSocketNotifiers on its fd answer them, so nothing blocks
// and no thread is needed. Reconnecting is the owner's business (lost() says when).
// Threading: the thread that created it (the server's event-loop thread) only.

#include "server/ServiceUrls.h"

#include <QByteArrayList>
#include <QObject>
#include <QSocketNotifier>

#include <functional>

struct redisAsyncContext;
struct redisReply;

namespace omk::server {

class RedisConnection final : public QObject {
    Q_OBJECT
public:
    RedisConnection(RedisParams params, QObject* parent = nullptr);
    ~RedisConnection() override;

    // Starts connecting (and AUTH when a password is set); connected() or lost() follows.
    void open();
    bool isConnected() const { return m_connected; }
    bool hasPendingWrites() const;
    // Queues a command; onReply (if any) gets the reply, or nullptr when the connection dies.
    bool command(const QByteArrayList& args, std::function<void(redisReply*)> onReply = {});
    // SUBSCRIBE channel; onSubscribed runs once Redis confirms, onMessage for every payload.
    bool subscribe(const QByteArray& channel, std::function<void()> onSubscribed,
                   std::function<void(const QByteArray&)> onMessage);

signals:
    void connected();
    void lost(const QString& why);

private:
    static void onConnect(const redisAsyncContext* ac, int status);
    static void onDisconnect(const redisAsyncContext* ac, int status);
    static void addRead(void* self);
    static void delRead(void* self);
    static void addWrite(void* self);
    static void delWrite(void* self);
    static void cleanup(void* self);
    static void onReply(redisAsyncContext* ac, void* reply, void* privdata);
    static void onSubscribeReply(redisAsyncContext* ac, void* reply, void* privdata);
    void dropContext(const QString& why);

    RedisParams m_params;
    redisAsyncContext* m_ctx = nullptr;
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
    bool m_connected = false;
    bool m_destroying = false;
    std::function<void()> m_onSubscribed;
    std::function<void(const QByteArray&)> m_onMessage;
};

}  // namespace omk::server
