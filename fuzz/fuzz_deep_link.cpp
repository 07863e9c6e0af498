// Fuzzes the omnikast:// link parser: links arrive from web pages and chats, i.e. from anyone.
// The input is the link's UTF-8 bytes; half the runs get the scheme prepended so the fuzzer
// spends its time past the scheme check.
#include "ui/DeepLink.h"

#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const bool prefix = data[0] & 1;
    QString link = QString::fromUtf8(reinterpret_cast<const char*>(data + 1),
                                     static_cast<qsizetype>(size - 1));
    if (prefix) link.prepend(QStringLiteral("omnikast://"));
    auto parsed = omk::ui::parseDeepLink(link);
    if (parsed) {
        // What the viewer relies on: a loadable http URL, a room name, a sane start.
        if (!parsed->catalogUrl.startsWith(QStringLiteral("http://"))) std::abort();
        if (parsed->isSignIn()) {
            // A sign-in link: an address and a short code of letters, digits and dashes.
            if (!parsed->channelId.isEmpty() || !parsed->signInEmail.contains(u'@')) std::abort();
            if (parsed->signInCode.size() > 16) std::abort();
            for (QChar c : parsed->signInCode)
                if (!c.isLetterOrNumber() && c != u'-') std::abort();
        } else if (parsed->isParty()) {
            // A watch party's link: a room id, and an invite of base64url characters, if any.
            if (!parsed->channelId.isEmpty() || parsed->partyRoom.size() > 64) std::abort();
            for (QChar c : parsed->partyInvite)
                if (c.unicode() >= 128 || (!c.isLetterOrNumber() && c != u'-' && c != u'_'))
                    std::abort();
        } else if (parsed->channelId.trimmed().isEmpty() || parsed->channelId.size() > 256) {
            std::abort();
        }
        if (parsed->startSeconds &&
            (!std::isfinite(*parsed->startSeconds) || *parsed->startSeconds < 0))
            std::abort();
    } else if (parsed.error().message.contains(u'\n')) {
        std::abort();  // errors are one line
    }
    return 0;
}
