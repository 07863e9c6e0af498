#pragma once
// FFmpeg logs to stderr by default, which breaks the CLI's one-line error contract and repeats
// what our errors already say. Route its messages into the omnikast.media logging category
// instead (warnings and errors as debug output; enable with QT_LOGGING_RULES).

namespace omk::media {

// Idempotent; call once at start-up before any FFmpeg use.
void routeFfmpegLogsToQt();

}  // namespace omk::media
