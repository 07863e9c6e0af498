#include "Fanout.h"

namespace omk::server {

// Anchors the vtable in one translation unit.
Fanout::~Fanout() = default;

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
