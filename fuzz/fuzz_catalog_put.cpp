// Fuzzes what PUT /admin/catalog reads (server/CatalogRequests.h) and the diff it sends with
// catalog.changed (server/CatalogDiff.h): arbitrary bytes as the body. A catalog or an error with
// a code, never a crash or a hang; an accepted catalog has only stream URLs of known schemes, and
// the diff of anything against itself is empty.
#include "catalog/OmnikastCatalogFormat.h"
#include "server/CatalogDiff.h"
#include "server/CatalogRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::server;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = readCatalogPut(bytes);
    if (!read) {
        if (read.error().code.isEmpty() || read.error().message.isEmpty()) std::abort();
    } else {
        for (const auto& channel : read->channels)
            for (const auto& stream : channel.streams)
                if (!knownStreamScheme(stream.url)) std::abort();
        const QJsonObject written = omk::catalog::toOmnikastCatalogJson(*read);
        if (!catalogDiff(written, written).isEmpty()) std::abort();
    }
    (void)catalogDiff(QJsonDocument::fromJson(bytes).object(),
                      QJsonObject{{QStringLiteral("channels"),
                                   QJsonArray{QJsonObject{{QStringLiteral("id"), "main"}}}}},
                      3);
    return 0;
}
