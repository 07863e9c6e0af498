#include "server/Fanout.h"

#include "server/PresenceWire.h"

namespace omk::server {

namespace {
constexpr char kViewPrefix[] = "V ";
}  // namespace

// Anchors the vtable in one translation unit.
Fanout::~Fanout() = default;

void Fanout::publish(const QString& room, qint64 seq) {
    send(encodeNotice(room, seq));
}

void Fanout::publishPresence(const QByteArray& body) {
    send(QByteArray(kPresencePrefix) + body);
}

void Fanout::publishView(const QByteArray& frame) {
    send(QByteArray(kViewPrefix) + frame);
}

void Fanout::received(const QByteArray& payload) {
    if (payload.startsWith(kViewPrefix)) {
        emit view(payload.mid(qsizetype(sizeof(kViewPrefix) - 1)));
        return;
    }
    if (payload.startsWith(kPresencePrefix)) {
        emit presence(payload.mid(qsizetype(sizeof(kPresencePrefix) - 1)));
        return;
    }
    QString room;
    qint64 seq = 0;
    if (decodeNotice(payload, &room, &seq))
        emit notice(room, seq);
    else
        emit malformed(QStringLiteral("not a notice: %1 bytes").arg(payload.size()));
}

QByteArray encodeNotice(const QString& room, qint64 seq) {
    return QByteArray::number(seq) + ' ' + room.toUtf8();
}

bool decodeNotice(const QByteArray& payload, QString* room, qint64* seq) {
    const qsizetype space = payload.indexOf(' ');
    if (space <= 0 || space + 1 >= payload.size()) return false;
    bool ok = false;
    *seq = payload.left(space).toLongLong(&ok);
    if (!ok || *seq < 1) return false;
    *room = QString::fromUtf8(payload.mid(space + 1));
    return true;
}

}  // namespace omk::server
