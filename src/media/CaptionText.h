#pragma once
// Plain text for a caption from what FFmpeg's text subtitle decoders produce. Whatever the source
// (SubRip, WebVTT, mov_text, ASS), decoded text subtitles arrive as ASS event bodies:
// "ReadOrder,Layer,Style,Name,MarginL,MarginR,MarginV,Effect,Text" (older FFmpeg: a full
// "Dialogue: Layer,Start,End,..." line). Omnikast shows captions as plain, centred text, so the
// styling ({\i1}, {\an8}, ...) is dropped and ASS line breaks become real ones.
// Input comes from the stream, i.e. from anyone: never trusted, fuzzed (fuzz/fuzz_caption_text).

#include <QString>

#include <string_view>

namespace omk::media {

// Longest caption shown; a stream cannot push a wall of text over the video.
constexpr int kMaxCaptionChars = 400;

QString captionFromAss(std::string_view ass);

}  // namespace omk::media
