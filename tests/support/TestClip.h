#pragma once
// Real encoded input for the UI tests: a lavfi source encoded to H.264 once per build tree by the
// ffmpeg CLI, so a test decodes what a viewer would.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace omk::ui::test {

// Encodes `source` (e.g. "testsrc2=size=512x256:rate=25:duration=4") to `path` unless it is
// there already; `extra` goes to the encoder (e.g. {"-g", "25"}). Returns `path`.
inline QString encodeClip(const QString& path, const QString& source,
                          const QStringList& extra = {}) {
    if (!QFile::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Written beside and renamed: a test that finds the file finds all of it.
        const QString part =
            path + QStringLiteral(".part-%1.mp4").arg(QCoreApplication::applicationPid());
        const QStringList args =
            QStringList{"-v", "error", "-y", "-f", "lavfi", "-i", source, "-c:v", "libx264"} +
            extra + QStringList{"-pix_fmt", "yuv420p", part};
        EXPECT_EQ(QProcess::execute(QStringLiteral(OMNIKAST_FFMPEG), args), 0)
            << source.toStdString();
        QFile::rename(part, path);
    }
    return path;
}

}  // namespace omk::ui::test
