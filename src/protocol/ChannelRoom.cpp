#include "protocol/ChannelRoom.h"

#include "protocol/FieldReader.h"

#include <QCryptographicHash>

namespace omk::protocol {

QString roomOfChannel(const QString& channelId) {
    if (isIdentifier(channelId)) return channelId;
    QString readable;
    bool gap = false;
    for (const QChar c : channelId) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                          (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!keep) {
            gap = !readable.isEmpty();
            continue;
        }
        if (gap) readable += u'-';
        gap = false;
        readable += c;
    }
    readable = readable.left(40);
    if (readable.isEmpty()) readable = QStringLiteral("room");
    const QByteArray hash =
        QCryptographicHash::hash(channelId.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return readable + u'~' + QString::fromLatin1(hash);
}

}  // namespace omk::protocol
