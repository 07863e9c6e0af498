#pragma once
// Opening a media for a headless command: Player opens on its own thread, so the command waits
// for the outcome in a bounded local event loop, and a hung network input cannot hang it.

#include "core/Expected.h"

#include <QString>

namespace omk::media {
class Player;
}

namespace omk::cli {

// Opens `input` and waits (at most 30 s) for opened() or errorOccurred().
Expected<void> openAndWait(media::Player& player, const QString& input);

}  // namespace omk::cli
