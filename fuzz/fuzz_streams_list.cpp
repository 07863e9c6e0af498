// Fuzzes the rooms' streams list reader (catalog/StreamsList.h, the C3VOC streaming API's
// streams/v2.json) and the matching of its rooms to a schedule's channels: arbitrary bytes give
// a list or an error naming the input, never a crash or a hang; what is accepted holds only
// http(s) URLs, flat streams, and matches each room to one channel at most.
#include "catalog/StreamsList.h"

#include <QSet>

#include <algorithm>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char* what, const QString& detail = {}) {
    if (ok) return;
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::catalog;
    const QString source = QStringLiteral("fuzz-input");
    auto rooms = readStreamsList(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), source);
    if (!rooms) {
        check(rooms.error().message.startsWith(source), "error names the input",
              rooms.error().message);
        return 0;
    }
    for (const RoomStreams& r : *rooms)
        for (const Stream& s : r.streams) {
            check(s.url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                      s.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive),
                  "only web URLs", s.url);
            check(s.projection == omk::Projection::Flat, "streams are flat");
        }
    Catalog catalog;
    catalog.event.acronym = QStringLiteral("dstcon26");
    for (const char* name : {"Saal 1", "Saal 2", "saal1", "Foyer", ""})
        catalog.channels.append(
            Channel{QString::fromLatin1(name), QString::fromLatin1(name), {}, {}});
    const StreamsMatch m =
        applyStreams(catalog, *rooms, {{QStringLiteral("Foyer"), QStringLiteral("s2")}});
    check(m.channels.size() == catalog.channels.size(), "one match per channel");
    QSet<QString> taken;
    int streams = 0;
    for (const RoomMatch& r : m.channels) {
        streams += r.streams;
        if (r.roomSlug.isEmpty()) continue;
        check(!taken.contains(r.roomSlug) || r.roomSlug.isEmpty() ||
                  std::count_if(rooms->begin(), rooms->end(),
                                [&](const RoomStreams& x) { return x.slug == r.roomSlug; }) > 1,
              "a room goes to one channel", r.roomSlug);
        taken.insert(r.roomSlug);
    }
    int applied = 0;
    for (const Channel& ch : catalog.channels) applied += static_cast<int>(ch.streams.size());
    check(applied == streams, "the streams counted are the streams applied");
    return 0;
}
