// Any bytes as a room recording (docs/RECORDING.md): the reader must answer with a recording or
// a reason and the line where the file breaks, never crash or hang; what it accepts must keep
// its promises (time never goes back, events consecutive after a reset) and read back the same
// after being written again with the recorder's encoders.
#include "replay/Recording.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::replay;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    qint64 line = -1;
    auto rec = parseRecording(bytes, &line);
    if (!rec) {
        check(!rec.error().message.isEmpty(), "every refusal says why");
        check(line >= 1 && line <= bytes.count('\n') + 1, "the failing line is in the file");
        return 0;
    }
    check(line == 0, "no failing line on success");
    QByteArray again = headerLine(rec->header);
    qint64 lastT = 0, lastSeq = -1, events = 0;
    for (const Record& r : rec->records) {
        check(r.t >= lastT, "time never goes back");
        lastT = r.t;
        switch (r.kind) {
            case RecordKind::Reset:
                lastSeq = r.joined.header.head;
                again +=
                    resetLine(r.t, r.joined.header.epoch, r.joined.header.head,
                              r.joined.header.snapshot.value_or(QJsonObject()), r.joined.events);
                break;
            case RecordKind::Event:
                check(lastSeq >= 0 && r.event.seq == lastSeq + 1, "events follow their reset");
                lastSeq = r.event.seq;
                ++events;
                again += eventLine(r.t, r.event);
                break;
            case RecordKind::Clock:
                again += clockLine(r.t, r.serverMs);
                break;
            case RecordKind::Stream:
                again += streamLine(r.t, r.media);
                break;
            case RecordKind::End:
                check(false, "the end record is not kept");
        }
    }
    check(events == rec->eventCount, "event count");
    check(rec->durationMs >= lastT, "the end comes last");
    again += endLine(rec->durationMs, rec->eventCount);
    qint64 line2 = -1;
    auto back = parseRecording(again, &line2);
    if (!back) std::fprintf(stderr, "%lld: %s\n", line2, qPrintable(back.error().message));
    check(back.has_value(), "what was read is written back readably");
    check(back->records.size() == rec->records.size(), "same records after the round trip");
    check(back->eventCount == rec->eventCount, "same events after the round trip");
    return 0;
}
