// Any bytes as an ActionCable server frame (Dreamkast's /cable): the parser must answer with a
// frame or an error saying why, never crash, hang or read out of bounds. Broadcast payloads go
// on to the OnAirChannel reader, and the same bytes to the weaver viewer-count reader, which
// must hold to the same rule.
#include "cable/CableFrame.h"
#include "catalog/DreamkastLive.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    auto frame = omk::cable::parseCableFrame(text);
    if (!frame) {
        if (frame.error().message.isEmpty()) std::abort();  // every refusal says why
    } else if (frame->type == omk::cable::FrameType::Message) {
        auto onAir = omk::catalog::parseDreamkastOnAir(frame->message);
        if (!onAir && onAir.error().message.isEmpty()) std::abort();
        if (onAir)
            for (const auto& talk : *onAir)
                if (talk.talkId.isEmpty()) std::abort();  // an on-air talk always has an id
    } else if ((frame->type == omk::cable::FrameType::Confirm ||
                frame->type == omk::cable::FrameType::Reject) &&
               frame->identifier.isEmpty()) {
        std::abort();
    }
    auto counts = omk::catalog::parseWeaverViewerCounts(text);
    if (!counts && counts.error().message.isEmpty()) std::abort();
    if (counts)
        for (int c : *counts)
            if (c < 0) std::abort();
    return 0;
}
