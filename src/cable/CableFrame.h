#pragma once
// ActionCable's wire format (subprotocol "actioncable-v1-json", as Rails' own JS client and
// ActionCable::Connection speak it): every server frame is one JSON object,
//   {"type":"welcome"}                          the connection is accepted
//   {"type":"ping","message":1700000000}        every 3 s; silence means a dead link
//   {"type":"confirm_subscription","identifier":ID}
//   {"type":"reject_subscription","identifier":ID}
//   {"type":"disconnect","reason":"unauthorized","reconnect":false}
//   {"identifier":ID,"message":ANY}             a broadcast on a subscribed channel
// where ID is the subscription's identifier: the JSON text of its params, echoed verbatim.
// Client commands are {"command":"subscribe"|"unsubscribe","identifier":ID}.

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace omk::cable {

inline constexpr const char* kSubprotocol = "actioncable-v1-json";
// A broadcast is a few kilobytes (Dreamkast's on-air state of every track); anything near this
// is not a frame we can use.
inline constexpr qsizetype kMaxFrameBytes = 4 * 1024 * 1024;

enum class FrameType { Welcome, Ping, Confirm, Reject, Disconnect, Message };

struct CableFrame {
    FrameType type = FrameType::Message;
    QString identifier;  // Confirm, Reject, Message
    QJsonValue message;  // Message: the payload; Ping: the server's clock, if sent
    QString reason;      // Disconnect
    // Disconnect: Rails' client reconnects only when the server says so; a missing flag means
    // no (older servers close with "unauthorized" only).
    bool reconnect = false;
};

// Never crashes on any input: a frame that is not one of the kinds above is an error naming what
// is wrong.
Expected<CableFrame> parseCableFrame(const QByteArray& text);

// The identifier for a channel subscription: the params as compact JSON, "channel" first, as
// the JS client's JSON.stringify({channel: …, …}) writes them (Rails matches identifiers by
// their text).
QString channelIdentifier(const QString& channel, const QJsonObject& params = {});
// The same subscription, whatever the key order or spacing.
bool sameIdentifier(const QString& a, const QString& b);
QByteArray commandFrame(const QString& command, const QString& identifier);

}  // namespace omk::cable
