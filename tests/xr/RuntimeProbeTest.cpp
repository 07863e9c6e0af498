// Why VR is unavailable, in one sentence, before any runtime is loaded.
#include "xr/RuntimeProbe.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

namespace omk::xr {
namespace {

TEST(XrRuntimeProbe, MissingManifestNamedByXrRuntimeJson) {
    qputenv("XR_RUNTIME_JSON", "/nonexistent/openxr_runtime.json");
    auto info = probeRuntime();
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().message,
              QStringLiteral("XR_RUNTIME_JSON names /nonexistent/openxr_runtime.json, which does "
                             "not exist"));
}

TEST(XrRuntimeProbe, NoRuntimeInstalled) {
    if (QFile::exists(QStringLiteral("/etc/openxr/1/active_runtime.json")))
        GTEST_SKIP() << "this machine has a system-wide OpenXR runtime";
    qunsetenv("XR_RUNTIME_JSON");
    const QString empty = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/no-config");
    QDir().mkpath(empty);
    qputenv("XDG_CONFIG_HOME", empty.toUtf8());
    qputenv("XDG_CONFIG_DIRS", empty.toUtf8());
    auto manifest = findRuntimeManifest();
    ASSERT_FALSE(manifest);
    EXPECT_EQ(
        manifest.error().message,
        QStringLiteral("no OpenXR runtime is installed (set XR_RUNTIME_JSON or install one)"));
    EXPECT_FALSE(probeRuntime());
}

TEST(XrRuntimeProbe, ActiveRuntimeInConfigHomeIsFound) {
    qunsetenv("XR_RUNTIME_JSON");
    const QString home = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/config-home");
    QDir().mkpath(home + QStringLiteral("/openxr/1"));
    const QString path = home + QStringLiteral("/openxr/1/active_runtime.json");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    qputenv("XDG_CONFIG_HOME", home.toUtf8());
    auto manifest = findRuntimeManifest();
    ASSERT_TRUE(manifest) << manifest.error().message.toStdString();
    EXPECT_EQ(*manifest, path);
}

}  // namespace
}  // namespace omk::xr
