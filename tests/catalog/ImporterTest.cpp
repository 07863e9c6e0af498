// The shared front door: format sniffing and the checks every input gets before any importer.
#include "TestData.h"

#include <gtest/gtest.h>

#include <QDir>

#include <random>

using namespace omk::catalog;
using namespace omk::catalog::test;
using ::testing::HasSubstr;

TEST(CatalogImport, SniffsEachFormat) {
    EXPECT_EQ(importData("pretalx-democon.schedule.json").format, Format::FrabJson);
    EXPECT_EQ(importData("berlin-dst.schedule.xml").format, Format::FrabXml);
    EXPECT_EQ(importData("cndt-tokyo.dreamkast.json").format, Format::Dreamkast);
    EXPECT_EQ(importData("stage360.catalog.json").format, Format::Omnikast);
}

TEST(CatalogImport, RefusesWhatIsNoCatalog) {
    EXPECT_THAT(importError("{\"hello\": 1}", "x.json"), HasSubstr("x.json: not a catalog"));
    EXPECT_THAT(importError("<html><body/></html>", "x.html"), HasSubstr("x.html: not a catalog"));
    EXPECT_THAT(importError("[1, 2]", "x.json"), HasSubstr("expected a JSON object"));
    EXPECT_THAT(importError("", "empty.json"), HasSubstr("empty.json: the file is empty"));
    EXPECT_THAT(importError("  \n\t", "blank.json"), HasSubstr("the file is empty"));
}

TEST(CatalogImport, JsonSyntaxErrorsSayWhere) {
    const QByteArray full = readData("pretalx-democon.schedule.json");
    const std::string err = importError(full.left(1000), "schedule.json");
    EXPECT_THAT(err, HasSubstr("schedule.json: JSON syntax error at byte"));
    EXPECT_THAT(err, HasSubstr("line "));
    EXPECT_THAT(importError("{\n  \"schedule\": {\n    \"version\": ,\n", "s.json"),
                HasSubstr("(line 3, column"));
}

TEST(CatalogImport, RefusesNonUtf8) {
    QByteArray latin1 = "{\"omnikast_catalog\": 1, \"event\": {\"title\": \"Caf\xE9\"}}";
    EXPECT_THAT(importError(latin1, "latin1.json"),
                HasSubstr("latin1.json: not valid UTF-8 at byte 47 (line 1, column 48)"));
    EXPECT_THAT(importError(QByteArray("\xFF\xFE{\0\"\0", 6), "utf16.json"), HasSubstr("UTF-16"));
    EXPECT_THAT(importError("\xC0\xAF", "overlong.json"), HasSubstr("not valid UTF-8 at byte 0"));
    EXPECT_THAT(importError("{\"a\": \"\xE2\x82", "cut.json"), HasSubstr("not valid UTF-8"));
    EXPECT_THAT(importError(QByteArray("{\"a\"\0: 1}", 9), "nul.json"), HasSubstr("NUL byte"));
    // A UTF-8 byte order mark is fine.
    auto bom =
        importCatalog("\xEF\xBB\xBF" + readData("stage360.catalog.json"), QStringLiteral("bom"));
    EXPECT_TRUE(bom.has_value()) << (bom ? "" : bom.error().message.toStdString());
}

TEST(CatalogImport, RefusesOversizedInput) {
    QByteArray huge(kMaxCatalogBytes + 1, ' ');
    huge[0] = '{';
    EXPECT_THAT(importError(huge, "huge.json"), HasSubstr("huge.json: 64.0 MiB is larger than"));

    const QString path = QStringLiteral(OMNIKAST_TEST_TMP) + QStringLiteral("/huge.catalog.json");
    QDir().mkpath(QStringLiteral(OMNIKAST_TEST_TMP));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(kMaxCatalogBytes + 4096));  // sparse: no disk used
    f.close();
    auto c = importCatalogFile(path);
    ASSERT_FALSE(c.has_value());
    EXPECT_THAT(c.error().message.toStdString(), HasSubstr("larger than the 64.0 MiB"));
    QFile::remove(path);
}

TEST(CatalogImport, FilesThatCannotBeRead) {
    auto missing = importCatalogFile(QStringLiteral("/nonexistent/schedule.json"));
    ASSERT_FALSE(missing.has_value());
    EXPECT_THAT(missing.error().message.toStdString(), HasSubstr("/nonexistent/schedule.json: "));
    auto dir = importCatalogFile(QStringLiteral(OMNIKAST_CATALOG_DATA));
    ASSERT_FALSE(dir.has_value());
    EXPECT_THAT(dir.error().message.toStdString(), HasSubstr("is a directory"));
}

// Every prefix and many random corruptions of every fixture: an error or a catalog, never a
// crash or a hang.
TEST(CatalogImport, TruncatedAndCorruptedFixturesNeverCrash) {
    std::mt19937 rng(1234);
    for (const char* name : {"pretalx-democon.schedule.json", "berlin-dst.schedule.xml",
                             "cndt-tokyo.dreamkast.json", "stage360.catalog.json"}) {
        const QByteArray full = readData(name);
        for (qsizetype n = 0; n < full.size(); n += std::max<qsizetype>(1, full.size() / 300)) {
            auto c = importCatalog(full.left(n), QLatin1String(name));
            if (!c) {
                EXPECT_FALSE(c.error().message.isEmpty());
            }
        }
        for (int round = 0; round < 200; ++round) {
            QByteArray b = full;
            for (int k = 0; k < 4; ++k)
                b[static_cast<qsizetype>(rng() % b.size())] = static_cast<char>(rng() % 128);
            auto c = importCatalog(b, QLatin1String(name));
            if (!c) {
                EXPECT_TRUE(c.error().message.startsWith(QLatin1String(name)))
                    << c.error().message.toStdString();
            }
        }
    }
}
