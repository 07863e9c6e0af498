// Fuzzes the registrations reader (server/RegistrationsCsv.h: minimal, Pretix and Tito CSV
// exports in UTF-8 or UTF-16): arbitrary bytes give rows or a one-line error naming the input,
// never a crash or a hang; every row holds a normalised address, once.
#include "server/EmailAddress.h"
#include "server/RegistrationsCsv.h"

#include <QSet>

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
    using namespace omk::server;
    const QString source = QStringLiteral("fuzz.csv");
    auto file = readRegistrationsCsv(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), source);
    if (!file) {
        check(file.error().message.startsWith(source), "error names the input",
              file.error().message);
        check(!file.error().message.contains(u'\n'), "one-line error", file.error().message);
        return 0;
    }
    check(file->warnings.size() <= kMaxWarnings + 1, "warnings are capped");
    QSet<QString> seen;
    for (const Registration& r : file->rows) {
        const auto again = normaliseEmail(r.email);
        check(again && *again == r.email, "addresses are normalised", r.email);
        check(!seen.contains(r.email), "an address once", r.email);
        seen.insert(r.email);
        check(r.name.size() <= 64, "names are capped");
        check(r.role.isEmpty() || r.role == QLatin1String("attendee") ||
                  r.role == QLatin1String("moderator") || r.role == QLatin1String("admin"),
              "known roles", r.role);
    }
    return 0;
}
