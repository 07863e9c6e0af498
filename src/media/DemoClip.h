#pragma once
// The clip Omnikast plays when started without an input: generated on first use rather than
// shipped, so the repository carries no media. It is laid out so that every direction is
// obvious when looking around in the player.

#include "core/Expected.h"

#include <QString>

namespace omk::media {

inline constexpr char kDemoClipName[] = "omnikast-demo-v1.mp4";

// Path of dir/omnikast-demo-v1.mp4, generating it first when missing: 10 s, 30 fps,
// 2048x1024 equirectangular H.264 (with Spherical V2 metadata) and 48 kHz stereo AAC.
// Generating needs a QGuiApplication (QPainter draws text) and takes several seconds.
Expected<QString> ensureDemoClip(const QString& dir);

}  // namespace omk::media
