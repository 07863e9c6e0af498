#pragma once
// Describing an input without playing it: `omnikast probe`.

#include "core/Expected.h"
#include "media/Input.h"
#include "media/MediaInfo.h"

namespace omk::media {

// Opens the input, reads its streams and closes it. Fails like openInput does (the message
// names the input and the reason); a codec this build cannot decode is reported, not an error.
Expected<MediaInfo> probe(const QString& url, const OpenOptions& options = {});

}  // namespace omk::media
