#include "cli/Commands.h"

#include <QTextStream>

#include <cstdio>

namespace omk::cli {

int reportFailure(const QString& command, const QString& input, const QString& reason) {
    QTextStream err(stderr);
    // Reasons from the media engine already start with the input; don't say it twice.
    const bool named = !input.isEmpty() && reason.startsWith(input);
    err << "omnikast " << command << ": ";
    if (!input.isEmpty() && !named) err << input << ": ";
    err << QString(reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return 1;
}

int runHeadlessCommand(const QStringList& arguments) {
    if (arguments.size() < 2) return -1;
    const QString cmd = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (cmd == QLatin1String("probe")) return runProbe(rest);
    if (cmd == QLatin1String("snapshot")) return runSnapshot(rest);
    if (cmd == QLatin1String("bench")) return runBench(rest);
    if (cmd == QLatin1String("catalog")) return runCatalog(rest);
    return -1;
}

}  // namespace omk::cli
