#pragma once
// Protocol 1.5's relayed view messages (docs/PROTOCOL.md "Guide and look-here markers"): where a
// room's guide looks (guide.view) and "look here" markers (look.marker). Neither is a log event:
// a guide's direction changes up to ten times a second and is worth nothing a moment later, a
// marker lasts a few seconds; a durable row for each would cost the store for nothing. The room's
// last guide view is kept here, in memory, so that a joiner follows at once, and the guide
// leaving the room ends the guiding for everyone. Rate limits: a guide's views per session
// (kGuidePerSecond, a burst of as many; more are dropped, as the next one says where the guide
// looks anyway), markers per user (kMarkerBurst, one per kMarkerIntervalMs after).
// With several server processes (a fan-out), each frame is published to the others too, which
// relay it to their own viewers of the room and remember a guide's as here.
// Threading: the server's event-loop thread.

#include "protocol/ClientMessage.h"
#include "protocol/Event.h"
#include "server/RateLimiter.h"
#include "server/Room.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace omk::server {

class Fanout;
class RoomRegistry;

class ViewRelay {
public:
    static constexpr int kGuidePerSecond = 10;
    static constexpr int kMarkerBurst = 3;
    static constexpr int kMarkerIntervalMs = 2000;
    // Another process's guide not heard from for this long is gone (its process may have died,
    // its "off" been lost): a guiding client repeats its view every 2 s even when still.
    static constexpr int kRemoteGuideTtlMs = 6000;

    // publish: hands a payload (this process's tag, a space, the frame) to the other processes
    // (nullptr: this one is alone).
    explicit ViewRelay(std::function<void(const QByteArray& payload)> publish = {});
    // With several processes: publishes through the fan-out, and relays what the others publish
    // to the viewers of `rooms` here. Both must outlive this relay.
    ViewRelay(Fanout& fanout, RoomRegistry& rooms);

    // What a session sends, in a room it has joined (`by`: its user, with its role there): the
    // frame relayed to the room's viewers (and the other processes), or the refusal to answer.
    // Guiding needs a moderator of the room (forbidden); ending one's own guiding does not (one
    // that lost the role can still end it); dropped views are not refused.
    std::optional<Refusal> guideIn(Room& room, const QString& session, const protocol::Actor& by,
                                   const protocol::GuideView& view, qint64 wallNow,
                                   qint64 steadyNow);
    std::optional<Refusal> markerIn(Room& room, const protocol::Actor& by,
                                    const protocol::LookMarker& m, qint64 wallNow,
                                    qint64 steadyNow);
    // `session` left `room` (or closed, or lost the role there): when it was the room's guide,
    // the room hears that the guiding ended.
    void leftRoom(Room& room, const QString& session, qint64 wallNow);

    // A guide.view from `session` (its user `by`; the caller checked that it moderates the room
    // where on): the frame to send to the room's viewers, or nullopt when it is dropped: over the
    // rate, or an "off" from someone who is not the room's guide. A new guide replaces the old
    // one (whose client stops when it hears the new guide's view).
    std::optional<QByteArray> guide(const QString& session, const protocol::Actor& by,
                                    const protocol::GuideView& view, qint64 wallNow,
                                    qint64 steadyNow);
    // The room's guide view while a guide is on (sent to a joiner after its joined); empty
    // otherwise. steadyNow: another process's guide expires (kRemoteGuideTtlMs).
    QByteArray current(const QString& room, qint64 steadyNow) const;
    // `session` left `room` (or closed): when it was the room's guide, the frame that tells the
    // room the guiding ended; empty otherwise.
    QByteArray left(const QString& session, const QString& room, qint64 wallNow);
    // A look.marker: its frame, or nullopt (retryAfterMs set) when over the user's rate.
    std::optional<QByteArray> marker(const protocol::Actor& by, const protocol::LookMarker& m,
                                     qint64 wallNow, qint64 steadyNow, qint64* retryAfterMs);
    // A payload from the fan-out: the frame to relay to *room's viewers here, or empty (this
    // process's own, or not a view frame). A guide's is remembered as the room's current one.
    QByteArray received(const QByteArray& payload, QString* room, qint64 steadyNow);

private:
    struct Guide {
        QString session;  // empty: a guide on another process
        protocol::Actor by;
        QByteArray frame;
        qint64 heardMs = 0;  // steady clock, for another process's guide
    };
    QByteArray out(const QByteArray& frame);

    QObject m_context;  // the fan-out connection's, ended with this relay

    std::function<void(const QByteArray&)> m_publish;
    QByteArray m_process;            // tags what this process publishes
    QHash<QString, Guide> m_guides;  // room → its guide while on
    RateLimiter m_guideRate;         // per session
    RateLimiter m_markerRate;        // per user
};

}  // namespace omk::server
