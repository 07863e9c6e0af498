#pragma once
// Which layer carries the video in a headset, as the command line names it. Apart from
// EquirectLayer so that option parsing (and its fuzzer) needs neither GL nor OpenXR.
// Threading: none (pure functions).

#include "core/Expected.h"

#include <QString>

namespace omk::xr {

// Projection: the sphere drawn per eye into a projection layer (the default; every runtime has
// it). Equirect2: the decoded picture handed to the runtime as an equirect layer.
enum class VideoLayer { Projection, Equirect2 };
QString toString(VideoLayer layer);
Expected<VideoLayer> parseVideoLayer(const QString& text);

}  // namespace omk::xr
