#include "core/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace omk {
namespace {

std::atomic<LogFile*> g_file{nullptr};
QtMessageHandler g_previous = nullptr;

const char* typeName(QtMsgType type) {
    switch (type) {
        case QtDebugMsg:
            return "debug";
        case QtInfoMsg:
            return "info";
        case QtWarningMsg:
            return "warning";
        case QtCriticalMsg:
            return "critical";
        case QtFatalMsg:
            return "fatal";
    }
    return "message";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (LogFile* file = g_file.load()) file->write(type, context.category, message);
    if (g_previous) g_previous(type, context, message);
}

}  // namespace

LogFile::LogFile(LogFileOptions options) : m_options(std::move(options)) {
    m_options.keep = std::max(m_options.keep, 0);
    m_options.maxBytes = std::max<qint64>(m_options.maxBytes, 1024);
}

LogFile::~LogFile() {
    if (g_file.load() == this) uninstall();
}

bool LogFile::ok() const {
    std::lock_guard lock(m_mutex);
    return !m_failed;
}

QString LogFile::defaultPath(const QString& fileName) {
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    // The XDG spec: a relative value is invalid and must be ignored.
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/omnikast/") + fileName;
}

void LogFile::install(LogFile* file) {
    LogFile* before = g_file.exchange(file);
    if (!before) g_previous = qInstallMessageHandler(handler);
}

void LogFile::uninstall() {
    if (g_file.exchange(nullptr)) qInstallMessageHandler(g_previous);
    g_previous = nullptr;
}

void LogFile::failLocked(const QString& why) {
    m_file.reset();
    if (m_failed) return;
    m_failed = true;
    // Not through qWarning: that would come straight back here.
    std::fprintf(stderr, "omnikast: cannot write the log file %s: %s; logging to stderr only\n",
                 qUtf8Printable(m_options.path), qUtf8Printable(why));
}

bool LogFile::openLocked() {
    if (m_file) return true;
    if (m_failed) return false;
    const QFileInfo info(m_options.path);
    if (!QDir().mkpath(info.absolutePath())) {
        failLocked(QStringLiteral("cannot create %1").arg(info.absolutePath()));
        return false;
    }
    auto file = std::make_unique<QFile>(m_options.path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        failLocked(file->errorString());
        return false;
    }
    m_file = std::move(file);
    return true;
}

void LogFile::rotateLocked() {
    m_file.reset();
    const QString base = m_options.path;
    if (m_options.keep == 0) {
        QFile::remove(base);
        return;
    }
    QFile::remove(base + QStringLiteral(".%1").arg(m_options.keep));
    for (int i = m_options.keep - 1; i >= 1; --i)
        QFile::rename(base + QStringLiteral(".%1").arg(i), base + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
}

void LogFile::write(QtMsgType type, const char* category, const QString& message) {
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                      typeName(type) + ' ' + (category ? category : "default") + ": " +
                      message.toUtf8();
    // One record, one line: embedded newlines would split it for grep and tail.
    line.replace('\n', "\\n");
    line += '\n';

    std::lock_guard lock(m_mutex);
    if (!openLocked()) return;
    if (m_file->size() > 0 && m_file->size() + line.size() > m_options.maxBytes) {
        rotateLocked();
        if (!openLocked()) return;
    }
    if (m_file->write(line) != line.size() || !m_file->flush()) failLocked(m_file->errorString());
}

}  // namespace omk
