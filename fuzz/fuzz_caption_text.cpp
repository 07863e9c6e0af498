// Fuzzes the caption text conversion: subtitle streams come with the media, i.e. from anyone.
#include "media/CaptionText.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString caption =
        omk::media::captionFromAss(std::string_view(reinterpret_cast<const char*>(data), size));
    // What the overlay relies on: bounded length, no override blocks left, trimmed.
    if (caption.size() > omk::media::kMaxCaptionChars + 1) std::abort();
    if (!caption.isEmpty() && (caption.front().isSpace() || caption.back().isSpace())) std::abort();
    return 0;
}
