#include "server/RoomStore.h"

namespace omk::server {

// Anchors the vtable in one translation unit.
RoomStore::~RoomStore() = default;

}  // namespace omk::server
