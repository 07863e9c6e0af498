#include "cli/Progress.h"

#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace omk::cli {

Progress::Progress(QString label, double total, bool enabled)
    : label_(std::move(label)), total_(total), enabled_(enabled), terminal_(stderrIsTerminal()) {}

Progress::~Progress() {
    if (!finished_) finish();
}

bool Progress::stderrIsTerminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

void Progress::update(double done, const QString& detail) {
    done_ = done;
    draw(detail, false);
}

void Progress::finish(const QString& detail) {
    if (finished_) return;
    finished_ = true;
    if (total_ > 0) done_ = std::max(done_, total_);
    draw(detail, true);
    if (enabled_ && terminal_) {
        QTextStream err(stderr);
        err << Qt::endl;
    }
}

void Progress::draw(const QString& detail, bool force) {
    if (!enabled_) return;
    // A terminal redraws at 10 Hz; a log gets a line a second at most.
    const qint64 minMs = terminal_ ? 100 : 1000;
    if (!force && sinceDraw_.isValid() && sinceDraw_.elapsed() < minMs) return;
    sinceDraw_.restart();

    QString line = label_;
    if (total_ > 0) {
        const double f = std::clamp(done_ / total_, 0.0, 1.0);
        if (terminal_) {
            constexpr int kWidth = 30;
            const int filled = int(f * kWidth);
            line += QStringLiteral(" [") + QString(filled, QLatin1Char('#')) +
                    QString(kWidth - filled, QLatin1Char('-')) + QStringLiteral("]");
        }
        line += QStringLiteral(" %1%").arg(int(f * 100));
    } else {
        line += QStringLiteral(" %1").arg(qint64(done_));
    }
    if (!detail.isEmpty()) line += QStringLiteral("  ") + detail;

    QTextStream err(stderr);
    if (terminal_)
        err << "\r\x1b[K" << line << Qt::flush;
    else
        err << line << Qt::endl;
}

}  // namespace omk::cli
