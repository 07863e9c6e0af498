// Fuzzes the sources file reader (catalog/EventSources.h): arbitrary bytes give the schedule and
// streams references or an error naming the input, never a crash; what is accepted names a
// schedule. The same bytes as an address (catalog/DreamkastSite.h): one that is taken names a
// host and an abbreviation of the allowed letters.
#include "catalog/DreamkastSite.h"
#include "catalog/EventSources.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::catalog;
    const QString source = QStringLiteral("fuzz-input");
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data),
                                           static_cast<qsizetype>(std::min<size_t>(size, 4096)));
    for (bool pageToo : {false, true})
        if (auto a = parseDreamkastAddress(text, pageToo)) {
            static const QRegularExpression abbr(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
            if (a->site.host().isEmpty() || !abbr.match(a->abbr).hasMatch()) {
                std::fprintf(stderr, "bad address taken: %s\n", qPrintable(text));
                std::abort();
            }
        }
    auto doc = readDocument(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), source);
    if (!doc || !isSourcesFile(*doc)) return 0;
    for (const char* base : {"/tmp/event.json", "https://example.org/a/event.json"}) {
        auto sources = readSourcesFile(*doc, QString::fromLatin1(base));
        if (!sources) {
            if (!sources.error().message.startsWith(source)) {
                std::fprintf(stderr, "error does not name the input: %s\n",
                             qPrintable(sources.error().message));
                std::abort();
            }
            continue;
        }
        if (sources->schedule.isEmpty()) {
            std::fprintf(stderr, "accepted without a schedule\n");
            std::abort();
        }
    }
    return 0;
}
