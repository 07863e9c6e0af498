#pragma once
// The "Test" button of the Organize view's Channels page: one stream address checked the way
// `omnikast check` checks every stream of an event (reachable, decodes, the picture's size,
// codec and rate, time to the first frame), before or after it is saved. It runs this program's
// own `check` command in a process of its own on a one-stream catalog written to a temporary
// folder (the check's code stays in omnikast_preflight; the window stays responsive), and reads
// its --json report. One test at a time: a new one ends the one running.
// Threading: GUI thread; the check runs in its own process.

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace omk::ui {

class StreamTestRun : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    // What the last test found, for people: what plays, or why not. Empty before the first.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString url READ url NOTIFY changed)

public:
    static constexpr int kTimeoutS = 15;

    explicit StreamTestRun(QObject* parent = nullptr);
    ~StreamTestRun() override;

    // The omnikast program that runs the check (default: this very program).
    void setProgram(const QString& program) { m_program = program; }

    bool running() const { return m_process != nullptr; }
    bool passed() const { return m_passed; }
    QString summary() const { return m_summary; }
    QString url() const { return m_url; }

    // protocol: the catalog's name for it ("" : told from the address).
    Q_INVOKABLE void start(const QString& url, const QString& protocol = QString());
    Q_INVOKABLE void cancel();

signals:
    void changed();

private:
    void finish(bool passed, const QString& summary);
    void readReport(int exitCode);

    QString m_program;
    QProcess* m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    bool m_passed = false;
    QString m_summary;
};

}  // namespace omk::ui
