// The log file: rotation at the size limit keeps N files of whole lines; an unwritable place is
// reported once and logging goes on; the message handler sees lines from many threads.
#include "core/LogFile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <unistd.h>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

using omk::LogFile;
using omk::LogFileOptions;

QList<QByteArray> linesOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray all = f.readAll();
    EXPECT_TRUE(all.isEmpty() || all.endsWith('\n')) << path.toStdString() << " ends mid-line";
    QList<QByteArray> lines = all.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast();
    return lines;
}

const QRegularExpression kLine(QStringLiteral(
    R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|warning|critical) \S+: .*$)"));

TEST(LogFile, RotatesAtTheLimitAndKeepsNFilesOfWholeLines) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.path() + QStringLiteral("/state/omnikast/omnikast.log");
    LogFile log({path, 4096, 3});
    const QString text = QStringLiteral("message number %1 ").repeated(1) + QString(80, u'x');
    for (int i = 0; i < 400; ++i)
        log.write(QtWarningMsg, "omnikast.test", QStringLiteral("message %1 ").arg(i) + text);
    ASSERT_TRUE(log.ok());

    EXPECT_TRUE(QFile::exists(path));
    for (int i = 1; i <= 3; ++i) EXPECT_TRUE(QFile::exists(path + QStringLiteral(".%1").arg(i)));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".4"))) << "keeps only 3 rotated files";

    int total = 0;
    for (const QString& p : {path, path + ".1", path + ".2", path + ".3"}) {
        EXPECT_LE(QFileInfo(p).size(), 4096) << p.toStdString();
        for (const QByteArray& line : linesOf(p)) {
            EXPECT_TRUE(kLine.match(QString::fromUtf8(line)).hasMatch()) << line.toStdString();
            ++total;
        }
    }
    EXPECT_GT(total, 50);
    // The newest message is in the current file, the oldest ones are gone.
    EXPECT_TRUE(linesOf(path).last().contains("message 399 "));
    EXPECT_FALSE(linesOf(path + ".3").first().contains("message 0 "));
}

TEST(LogFile, NewlinesInAMessageStayOnOneLine) {
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/omnikast.log");
    LogFile log({path, 1 << 20, 3});
    log.write(QtInfoMsg, "omnikast.ui", QStringLiteral("first\nsecond"));
    const auto lines = linesOf(path);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.first().endsWith("info omnikast.ui: first\\nsecond"));
}

TEST(LogFile, UnwritablePlaceIsReportedOnceAndLoggingGoesOn) {
    QTemporaryDir dir;
    // A regular file where the directory should be: no permissions trick, so it fails as root
    // too.
    const QString blocker = dir.path() + QStringLiteral("/not-a-dir");
    QFile f(blocker);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    LogFile log({blocker + QStringLiteral("/omnikast.log"), 4096, 3});
    // Catch what goes to stderr meanwhile.
    const QString captured = dir.path() + QStringLiteral("/stderr.txt");
    std::fflush(stderr);
    const int savedFd = ::dup(2);
    FILE* sink = std::fopen(qPrintable(captured), "w");
    ASSERT_NE(sink, nullptr);
    ::dup2(::fileno(sink), 2);
    for (int i = 0; i < 100; ++i) log.write(QtWarningMsg, "omnikast.test", QStringLiteral("lost"));
    std::fflush(stderr);
    ::dup2(savedFd, 2);
    ::close(savedFd);
    std::fclose(sink);
    EXPECT_FALSE(log.ok());
    QFile report(captured);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QByteArray text = report.readAll();
    EXPECT_EQ(text.count("cannot write the log file"), 1) << text.toStdString();
    EXPECT_TRUE(text.contains("not-a-dir/omnikast.log")) << text.toStdString();
    EXPECT_FALSE(QFile::exists(blocker + QStringLiteral("/omnikast.log")));
}

TEST(LogFile, HandlerTakesMessagesFromManyThreads) {
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/omnikast.log");
    LogFile log({path, 1 << 20, 3});
    LogFile::install(&log);
    QLoggingCategory category("omnikast.test");
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) qCWarning(category) << "thread" << t << "line" << i;
        });
    for (auto& thread : threads) thread.join();
    LogFile::uninstall();
    qWarning("after uninstall");  // goes to stderr only

    const auto lines = linesOf(path);
    EXPECT_EQ(lines.size(), 200);
    for (const QByteArray& line : lines) {
        EXPECT_TRUE(kLine.match(QString::fromUtf8(line)).hasMatch()) << line.toStdString();
        EXPECT_TRUE(line.contains(" warning omnikast.test: thread ")) << line.toStdString();
    }
}

TEST(LogFile, DefaultPathFollowsXdgStateHome) {
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    qputenv("XDG_STATE_HOME", "/tmp/state-here");
    EXPECT_EQ(LogFile::defaultPath(QStringLiteral("omnikast.log")),
              QStringLiteral("/tmp/state-here/omnikast/omnikast.log"));
    qputenv("XDG_STATE_HOME", "relative/ignored");
    EXPECT_EQ(LogFile::defaultPath(QStringLiteral("omnikast.log")),
              QDir::homePath() + QStringLiteral("/.local/state/omnikast/omnikast.log"));
    if (saved.isEmpty())
        qunsetenv("XDG_STATE_HOME");
    else
        qputenv("XDG_STATE_HOME", saved);
}

}  // namespace
