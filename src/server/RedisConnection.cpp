#include "server/RedisConnection.h"

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <vector>

namespace omk::server {

namespace {
RedisConnection* owner(const redisAsyncContext* ac) {
    return ac ? static_cast<RedisConnection*>(ac->data) : nullptr;
}
}  // namespace

RedisConnection::RedisConnection(RedisParams params, QObject* parent)
    : QObject(parent), m_params(std::move(params)) {}

RedisConnection::~RedisConnection() {
    m_destroying = true;
    if (m_ctx) {
        redisAsyncContext* ac = m_ctx;
        m_ctx = nullptr;
        // Pending callbacks run now with a null reply; they must not reach a half-gone object.
        ac->data = nullptr;
        redisAsyncFree(ac);
    }
    delete m_read;
    delete m_write;
}

void RedisConnection::open() {
    if (m_ctx) return;
    m_connected = false;
    redisAsyncContext* ac = redisAsyncConnect(m_params.host.toUtf8().constData(), m_params.port);
    if (!ac || ac->err) {
        const QString why = ac ? QString::fromUtf8(ac->errstr) : QStringLiteral("out of memory");
        if (ac) redisAsyncFree(ac);
        emit lost(why);
        return;
    }
    m_ctx = ac;
    ac->data = this;
    // The ev hooks go in before the connect callback: setting it already asks for write
    // readiness (how hiredis learns that a non-blocking connect finished).
    ac->ev.data = this;
    ac->ev.addRead = &RedisConnection::addRead;
    ac->ev.delRead = &RedisConnection::delRead;
    ac->ev.addWrite = &RedisConnection::addWrite;
    ac->ev.delWrite = &RedisConnection::delWrite;
    ac->ev.cleanup = &RedisConnection::cleanup;
    redisAsyncSetConnectCallback(ac, &RedisConnection::onConnect);
    redisAsyncSetDisconnectCallback(ac, &RedisConnection::onDisconnect);
    if (!m_params.password.isEmpty())
        command({QByteArrayLiteral("AUTH"), m_params.password.toUtf8()});
}

bool RedisConnection::hasPendingWrites() const {
    return m_ctx && m_write && m_write->isEnabled();
}

bool RedisConnection::command(const QByteArrayList& args,
                              std::function<void(redisReply*)> onReplyFn) {
    if (!m_ctx) return false;
    std::vector<const char*> argv;
    std::vector<size_t> lens;
    for (const auto& a : args) {
        argv.push_back(a.constData());
        lens.push_back(size_t(a.size()));
    }
    auto* fn = onReplyFn ? new std::function<void(redisReply*)>(std::move(onReplyFn)) : nullptr;
    const int rc = redisAsyncCommandArgv(m_ctx, fn ? &RedisConnection::onReply : nullptr, fn,
                                         int(argv.size()), argv.data(), lens.data());
    if (rc != REDIS_OK) {
        delete fn;
        return false;
    }
    return true;
}

bool RedisConnection::subscribe(const QByteArray& channel, std::function<void()> onSubscribed,
                                std::function<void(const QByteArray&)> onMessage) {
    if (!m_ctx) return false;
    m_onSubscribed = std::move(onSubscribed);
    m_onMessage = std::move(onMessage);
    const char* argv[] = {"SUBSCRIBE", channel.constData()};
    const size_t lens[] = {9, size_t(channel.size())};
    return redisAsyncCommandArgv(m_ctx, &RedisConnection::onSubscribeReply, this, 2, argv, lens) ==
           REDIS_OK;
}

void RedisConnection::onConnect(const redisAsyncContext* ac, int status) {
    RedisConnection* self = owner(ac);
    if (!self) return;
    if (status != REDIS_OK) {
        // hiredis frees the context itself after a failed connect.
        self->dropContext(QString::fromUtf8(ac->errstr));
        return;
    }
    self->m_connected = true;
    emit self->connected();
}

void RedisConnection::onDisconnect(const redisAsyncContext* ac, int status) {
    RedisConnection* self = owner(ac);
    if (!self || self->m_destroying) return;
    self->dropContext(status == REDIS_OK ? QStringLiteral("disconnected")
                                         : QString::fromUtf8(ac->errstr));
}

void RedisConnection::dropContext(const QString& why) {
    // hiredis frees the context right after this callback returns.
    if (m_ctx) m_ctx->data = nullptr;
    m_ctx = nullptr;
    m_connected = false;
    emit lost(why);
}

void RedisConnection::addRead(void* p) {
    auto* self = static_cast<RedisConnection*>(p);
    if (!self->m_read) {
        self->m_read = new QSocketNotifier(self->m_ctx->c.fd, QSocketNotifier::Read);
        connect(self->m_read, &QSocketNotifier::activated, self, [self] {
            if (self->m_ctx) redisAsyncHandleRead(self->m_ctx);
        });
    }
    self->m_read->setEnabled(true);
}

void RedisConnection::delRead(void* p) {
    auto* self = static_cast<RedisConnection*>(p);
    if (self->m_read) self->m_read->setEnabled(false);
}

void RedisConnection::addWrite(void* p) {
    auto* self = static_cast<RedisConnection*>(p);
    if (!self->m_write) {
        self->m_write = new QSocketNotifier(self->m_ctx->c.fd, QSocketNotifier::Write);
        connect(self->m_write, &QSocketNotifier::activated, self, [self] {
            if (self->m_ctx) redisAsyncHandleWrite(self->m_ctx);
        });
    }
    self->m_write->setEnabled(true);
}

void RedisConnection::delWrite(void* p) {
    auto* self = static_cast<RedisConnection*>(p);
    if (self->m_write) self->m_write->setEnabled(false);
}

void RedisConnection::cleanup(void* p) {
    auto* self = static_cast<RedisConnection*>(p);
    // Called from inside a notifier's own activation, so the notifiers go later; the fd they
    // watch is closed right after this returns.
    for (QSocketNotifier** n : {&self->m_read, &self->m_write}) {
        if (!*n) continue;
        (*n)->setEnabled(false);
        if (self->m_destroying)
            delete *n;
        else
            (*n)->deleteLater();
        *n = nullptr;
    }
}

void RedisConnection::onReply(redisAsyncContext*, void* reply, void* privdata) {
    auto* fn = static_cast<std::function<void(redisReply*)>*>(privdata);
    (*fn)(static_cast<redisReply*>(reply));
    delete fn;
}

void RedisConnection::onSubscribeReply(redisAsyncContext* ac, void* reply, void*) {
    RedisConnection* self = owner(ac);
    auto* r = static_cast<redisReply*>(reply);
    if (!self || !r || r->type != REDIS_REPLY_ARRAY || r->elements != 3) return;
    const redisReply* kind = r->element[0];
    const redisReply* payload = r->element[2];
    if (kind->type != REDIS_REPLY_STRING) return;
    if (payload->type != REDIS_REPLY_STRING && payload->type != REDIS_REPLY_INTEGER) return;
    const QByteArray what(kind->str, int(kind->len));
    if (what == "subscribe") {
        if (self->m_onSubscribed) self->m_onSubscribed();
    } else if (what == "message") {
        if (self->m_onMessage) self->m_onMessage(QByteArray(payload->str, int(payload->len)));
    }
}

}  // namespace omk::server
