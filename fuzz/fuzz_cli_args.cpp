// Fuzzes the command-line parsers: arguments are NUL-separated strings in the input.
#include "cli/CliOptions.h"
#include "xrcli/XrOptions.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QStringList args;
    QByteArray current;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            args << QString::fromUtf8(current);
            current.clear();
        } else {
            current.append(static_cast<char>(data[i]));
        }
    }
    args << QString::fromUtf8(current);
    (void)omk::cli::parseProbeArgs(args);
    (void)omk::cli::parseSnapshotArgs(args);
    (void)omk::cli::parseBenchArgs(args);
    (void)omk::cli::parsePlayArgs(args);
    (void)omk::xrcli::parseXrArgs(args);
    (void)omk::xrcli::parseXrCheckArgs(args);
    if (!args.isEmpty()) (void)omk::cli::parseSize(args.first());
    return 0;
}
