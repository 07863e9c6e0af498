#include "media/CaptionText.h"

namespace omk::media {

namespace {

// Position just past the n-th comma, or npos when the line has fewer fields than the format.
std::size_t afterCommas(std::string_view s, int n) {
    std::size_t pos = 0;
    for (int i = 0; i < n; ++i) {
        pos = s.find(',', pos);
        if (pos == std::string_view::npos) return pos;
        ++pos;
    }
    return pos;
}

std::string_view eventText(std::string_view ass) {
    constexpr std::string_view kDialogue = "Dialogue:";
    const bool fullLine = ass.substr(0, kDialogue.size()) == kDialogue;
    const std::size_t pos = afterCommas(ass, fullLine ? 9 : 8);
    // Not an event body at all: a decoder that hands over bare text is shown as it is.
    return pos == std::string_view::npos ? (fullLine ? std::string_view{} : ass) : ass.substr(pos);
}

}  // namespace

QString captionFromAss(std::string_view ass) {
    const std::string_view text = eventText(ass);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{') {
            const std::size_t close = text.find('}', i);
            // An unclosed brace is not an override block; keep it as text.
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        if (c == '\\' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next == 'N' || next == 'n') {
                out += '\n';
                ++i;
                continue;
            }
            if (next == 'h') {
                out += ' ';
                ++i;
                continue;
            }
        }
        if (c == '\r') continue;
        out += c;
    }
    QString caption = QString::fromUtf8(out.data(), static_cast<qsizetype>(out.size())).trimmed();
    if (caption.size() > kMaxCaptionChars) {
        caption.truncate(kMaxCaptionChars);
        caption.append(QChar(0x2026));
    }
    return caption;
}

}  // namespace omk::media
