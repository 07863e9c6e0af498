#include "server/ViewRelay.h"

#include "protocol/ErrorCodes.h"
#include "protocol/ServerDecoder.h"
#include "protocol/ServerMessage.h"
#include "server/Clock.h"
#include "server/Fanout.h"
#include "server/RoomRegistry.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace omk::server {

namespace {

QByteArray frameOf(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

ViewRelay::ViewRelay(std::function<void(const QByteArray& payload)> publish)
    : m_publish(std::move(publish)),
      m_process(QByteArray::number(QRandomGenerator::system()->generate64(), 16)),
      m_guideRate(kGuidePerSecond, kGuidePerSecond),
      m_markerRate(kMarkerBurst, 1000.0 / kMarkerIntervalMs) {}

ViewRelay::ViewRelay(Fanout& fanout, RoomRegistry& rooms)
    : ViewRelay([f = &fanout](const QByteArray& payload) { f->publishView(payload); }) {
    QObject::connect(&fanout, &Fanout::view, &m_context, [this, &rooms](const QByteArray& payload) {
        QString room;
        const QByteArray frame = received(payload, &room, steadyMs());
        if (frame.isEmpty()) return;
        if (Room* r = rooms.find(room)) r->relay(frame);
    });
}

std::optional<Refusal> ViewRelay::guideIn(Room& room, const QString& session,
                                          const protocol::Actor& by,
                                          const protocol::GuideView& view, qint64 wallNow,
                                          qint64 steadyNow) {
    if (view.on && by.role < protocol::Role::Moderator)
        return Refusal{QString::fromLatin1(protocol::error::kForbidden),
                       QStringLiteral("guiding the room's view needs a moderator of the room (a "
                                      "watch party's host)"),
                       std::nullopt};
    // Over the rate: dropped, not refused; the next view says where the guide looks.
    if (const auto frame = guide(session, by, view, wallNow, steadyNow)) room.relay(*frame);
    return std::nullopt;
}

std::optional<Refusal> ViewRelay::markerIn(Room& room, const protocol::Actor& by,
                                           const protocol::LookMarker& m, qint64 wallNow,
                                           qint64 steadyNow) {
    qint64 retry = 0;
    const auto frame = marker(by, m, wallNow, steadyNow, &retry);
    if (!frame)
        return Refusal{QString::fromLatin1(protocol::error::kRateLimited),
                       QStringLiteral("one marker every %1 s").arg(kMarkerIntervalMs / 1000),
                       retry};
    room.relay(*frame);
    return std::nullopt;
}

void ViewRelay::leftRoom(Room& room, const QString& session, qint64 wallNow) {
    const QByteArray ended = left(session, room.name(), wallNow);
    if (!ended.isEmpty()) room.relay(ended);
}

QByteArray ViewRelay::out(const QByteArray& frame) {
    // This process's tag first: the fan-out brings every payload back to its sender too.
    if (m_publish) m_publish(m_process + ' ' + frame);
    return frame;
}

std::optional<QByteArray> ViewRelay::guide(const QString& session, const protocol::Actor& by,
                                           const protocol::GuideView& view, qint64 wallNow,
                                           qint64 steadyNow) {
    // Turning guiding off always goes through, from the guide: followers must not keep following.
    // Anyone else's "off" means nothing.
    if (!view.on) {
        const auto it = m_guides.constFind(view.room);
        if (it == m_guides.cend() || it->session != session) return std::nullopt;
    } else if (!m_guideRate.take(session, steadyNow)) {
        return std::nullopt;
    }
    protocol::GuideViewMessage m;
    m.room = view.room;
    m.by = by;
    m.on = view.on;
    m.yaw = view.yaw;
    m.pitch = view.pitch;
    m.fov = view.fov;
    m.at = wallNow;
    const QByteArray frame = frameOf(protocol::toJson(m));
    if (view.on)
        m_guides.insert(view.room, Guide{session, by, frame, steadyNow});
    else
        m_guides.remove(view.room);
    return out(frame);
}

QByteArray ViewRelay::current(const QString& room, qint64 steadyNow) const {
    const auto it = m_guides.constFind(room);
    if (it == m_guides.cend()) return {};
    if (it->session.isEmpty() && steadyNow - it->heardMs > kRemoteGuideTtlMs) return {};
    return it->frame;
}

QByteArray ViewRelay::left(const QString& session, const QString& room, qint64 wallNow) {
    const auto it = m_guides.constFind(room);
    if (it == m_guides.cend() || it->session != session || session.isEmpty()) return {};
    protocol::GuideViewMessage m;
    m.room = room;
    m.by = it->by;
    m.on = false;
    m.at = wallNow;
    m_guides.erase(it);
    return out(frameOf(protocol::toJson(m)));
}

std::optional<QByteArray> ViewRelay::marker(const protocol::Actor& by,
                                            const protocol::LookMarker& m, qint64 wallNow,
                                            qint64 steadyNow, qint64* retryAfterMs) {
    if (!m_markerRate.take(by.id, steadyNow, retryAfterMs)) return std::nullopt;
    protocol::LookMarkerMessage relayed;
    relayed.room = m.room;
    relayed.by = by;
    relayed.yaw = m.yaw;
    relayed.pitch = m.pitch;
    relayed.at = wallNow;
    return out(frameOf(protocol::toJson(relayed)));
}

QByteArray ViewRelay::received(const QByteArray& payload, QString* room, qint64 steadyNow) {
    room->clear();
    const qsizetype space = payload.indexOf(' ');
    if (space <= 0 || payload.left(space) == m_process) return {};
    const QByteArray frame = payload.mid(space + 1);
    // Another process's frame is read as strictly as a client reads it.
    const auto decoded = protocol::decodeServerMessage(frame);
    if (!decoded) return {};
    if (const auto* g = std::get_if<protocol::GuideViewMessage>(&*decoded)) {
        if (g->on)
            m_guides.insert(g->room, Guide{QString(), g->by, frame, steadyNow});
        else if (const auto it = m_guides.constFind(g->room);
                 it != m_guides.cend() && it->by.id == g->by.id)
            m_guides.erase(it);
        *room = g->room;
        return frame;
    }
    if (const auto* l = std::get_if<protocol::LookMarkerMessage>(&*decoded)) {
        *room = l->room;
        return frame;
    }
    return {};
}

}  // namespace omk::server
