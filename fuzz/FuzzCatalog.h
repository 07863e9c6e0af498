#pragma once
// Shared body of the catalog fuzzers: one importer on arbitrary bytes must give a catalog or an
// error naming the input, never crash or hang; what it accepts must survive the round trip
// through Omnikast's own format and the --json dump.
#include "catalog/CatalogJson.h"
#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"
#include "catalog/ScheduleTime.h"

#include <QByteArray>

#include <algorithm>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace omk::catalog::fuzz {

inline void check(bool ok, const char* what, const QString& detail = {}) {
    if (ok) return;
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline int run(const Importer& importer, const uint8_t* data, size_t size) {
    const QString source = QStringLiteral("fuzz-input");
    auto doc = readDocument(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), source);
    if (!doc) {
        check(doc.error().message.startsWith(source), "error names the input", doc.error().message);
        return 0;
    }
    (void)importer.detect(*doc);
    auto catalog = importer.import(*doc);
    if (!catalog) {
        check(catalog.error().message.startsWith(source), "error names the input",
              catalog.error().message);
        return 0;
    }
    // A few instants per channel: every session's start would make this cubic in the input.
    for (const Channel& ch :
         catalog->channels.first(std::min<qsizetype>(catalog->channels.size(), 8))) {
        for (const Session& s :
             catalog->sessions.first(std::min<qsizetype>(catalog->sessions.size(), 8)))
            (void)nowNext(*catalog, ch.id, s.start);
    }
    (void)catalogToJson(*catalog, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()));
    const QByteArray written = writeOmnikastCatalog(*catalog);
    auto back = importCatalog(written, QStringLiteral("round-trip"));
    check(back.has_value(), "own format reads back what it wrote",
          back ? QString() : back.error().message);
    if (!back->sameContent(*catalog)) {
        QString what;
        if (!(back->event == catalog->event)) what += QStringLiteral(" event");
        if (back->channels != catalog->channels) what += QStringLiteral(" channels");
        if (back->topics != catalog->topics) what += QStringLiteral(" topics");
        if (back->speakers != catalog->speakers) what += QStringLiteral(" speakers");
        if (back->sessions != catalog->sessions) what += QStringLiteral(" sessions");
        check(false, "round trip keeps the content:",
              what + QLatin1Char('\n') + QString::fromUtf8(written.left(3000)));
    }
    return 0;
}

}  // namespace omk::catalog::fuzz
