#include "cli/CliOptions.h"
#include "cli/Commands.h"
#include "media/Probe.h"

#include <QJsonDocument>
#include <QTextStream>

namespace omk::cli {

int runProbe(const QStringList& args) {
    auto opts = parseProbeArgs(args);
    if (!opts) return reportFailure(QStringLiteral("probe"), {}, opts.error().message);

    auto info = media::probe(opts->input, media::OpenOptions{});
    if (!info) return reportFailure(QStringLiteral("probe"), opts->input, info.error().message);
    info->spherical = applyOverride(info->spherical, opts->override);

    QTextStream out(stdout);
    if (opts->json)
        out << QJsonDocument(media::toJson(*info)).toJson(QJsonDocument::Indented);
    else
        out << media::toText(*info);
    out.flush();
    return 0;
}

}  // namespace omk::cli
