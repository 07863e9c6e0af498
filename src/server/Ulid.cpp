#include "server/Ulid.h"

#include <QRandomGenerator>

#include <array>

namespace omk::server {

QString makeUlid(qint64 wallMs) {
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::array<quint8, 16> bytes{};
    const auto t = static_cast<quint64>(wallMs);
    for (int i = 0; i < 6; ++i) bytes[static_cast<size_t>(i)] = quint8(t >> (8 * (5 - i)));
    for (size_t i = 6; i < 16; ++i) bytes[i] = quint8(QRandomGenerator::system()->generate());
    // 128 bits as 26 base32 digits; the first digit carries only 3 bits.
    QString out;
    out.reserve(26);
    for (int digit = 0; digit < 26; ++digit) {
        const int bitFromEnd = (25 - digit) * 5;
        int value = 0;
        for (int b = 4; b >= 0; --b) {
            const int bit = bitFromEnd + b;
            if (bit >= 128) continue;
            const int byteIndex = 15 - bit / 8;
            const int v = (bytes[static_cast<size_t>(byteIndex)] >> (bit % 8)) & 1;
            value |= v << b;
        }
        out += QLatin1Char(kAlphabet[value]);
    }
    return out;
}

QString randomId(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (auto& c : raw) c = char(QRandomGenerator::system()->generate() & 0xff);
    return QString::fromLatin1(raw.toHex());
}

}  // namespace omk::server
