#pragma once
// Progress of a long headless run: a redrawn bar on a terminal, plain lines (at most one per
// second) when stderr is a pipe or file, so CI logs stay readable. Silent with --json output
// going to stdout is not needed: progress always goes to stderr.

#include <QElapsedTimer>
#include <QString>

namespace omk::cli {

class Progress {
public:
    // total <= 0: unknown length (shows a count, no bar).
    Progress(QString label, double total, bool enabled = true);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(double done, const QString& detail = {});
    // Ends the bar's line; called by the destructor when not called before.
    void finish(const QString& detail = {});

    static bool stderrIsTerminal();

private:
    void draw(const QString& detail, bool force);

    QString label_;
    double total_ = 0;
    double done_ = 0;
    bool enabled_ = true;
    bool terminal_ = false;
    bool finished_ = false;
    QElapsedTimer sinceDraw_;
};

}  // namespace omk::cli
