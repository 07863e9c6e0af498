#pragma once
// The log file behind every Qt message of a process: timestamped lines with their category in
// $XDG_STATE_HOME/omnikast/NAME (default ~/.local/state/omnikast/), rotated by size
// (NAME.1 … NAME.N, oldest dropped), while stderr keeps getting what it got before.
//
// Threading: write() may be called from any thread at once (pipeline threads log too); one mutex
// serialises formatting, rotation and the write, so every line lands whole and in order.

#include <QString>
#include <QtGlobal>

#include <memory>
#include <mutex>

class QFile;

namespace omk {

struct LogFileOptions {
    QString path;
    qint64 maxBytes = 1024 * 1024;  // rotate before a write would pass this
    int keep = 3;                   // rotated files kept besides the current one
};

class LogFile {
public:
    explicit LogFile(LogFileOptions options);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // One line: "2026-11-23T16:35:34.123Z warning omnikast.ui: text". Never fails loudly: an
    // unwritable file is reported once on stderr and the process goes on without it.
    void write(QtMsgType type, const char* category, const QString& message);
    const QString& path() const { return m_options.path; }
    // False once the file could not be opened or written.
    bool ok() const;

    // $XDG_STATE_HOME/omnikast/fileName, else ~/.local/state/omnikast/fileName.
    static QString defaultPath(const QString& fileName);
    // Routes every Qt message to `file` as well as to the handler that was installed before
    // (Qt's stderr output). `file` must outlive the installation; uninstall() restores.
    static void install(LogFile* file);
    static void uninstall();

private:
    bool openLocked();
    void rotateLocked();
    void failLocked(const QString& why);

    LogFileOptions m_options;
    mutable std::mutex m_mutex;
    std::unique_ptr<QFile> m_file;
    bool m_failed = false;
};

}  // namespace omk
