#pragma once
// The room library's models, as QML sees them: the room library stays free of QML, so they are
// registered here, uncreatable (a RoomController owns them).

#include "room/ChatModel.h"
#include "room/PresenceModel.h"

#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

namespace omk::ui {

struct ChatModelForeign {
    Q_GADGET
    QML_FOREIGN(omk::room::ChatModel)
    QML_NAMED_ELEMENT(ChatModel)
    QML_UNCREATABLE("A RoomController owns its chat")
};

struct PresenceModelForeign {
    Q_GADGET
    QML_FOREIGN(omk::room::PresenceModel)
    QML_NAMED_ELEMENT(PresenceModel)
    QML_UNCREATABLE("A RoomController owns its presence list")
};

}  // namespace omk::ui
