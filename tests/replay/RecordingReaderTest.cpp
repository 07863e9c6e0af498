// The recording reader: a good file reads back as written; every kind of damage names the line
// where the file breaks and never crashes.
#include "ReplayTestSupport.h"

using namespace omk::replay;
using namespace omk::replay::test;

TEST(RecordingReader, ReadsWhatTheEncodersWrite) {
    qint64 line = -1;
    auto rec = parseRecording(joined(syntheticLines(QStringLiteral("clip.mp4"))), &line);
    ASSERT_TRUE(rec) << rec.error().message.toStdString();
    EXPECT_EQ(line, 0);
    EXPECT_EQ(rec->header.room, QStringLiteral("main"));
    EXPECT_EQ(rec->header.version, kRecordingVersion);
    EXPECT_EQ(rec->durationMs, 3000);
    EXPECT_EQ(rec->eventCount, 6);
    EXPECT_EQ(rec->records.size(), 10);  // header and end are not records
    EXPECT_EQ(rec->streams, QStringList{QStringLiteral("clip.mp4")});
    ASSERT_EQ(rec->records.at(1).kind, RecordKind::Reset);
    EXPECT_EQ(rec->records.at(1).joined.header.head, 1);
    ASSERT_EQ(rec->records.at(1).joined.events.size(), 1);
    EXPECT_EQ(rec->records.at(1).joined.events.first().data.value("text").toString(),
              QStringLiteral("before"));
    EXPECT_EQ(rec->records.at(1).line, 3);
    EXPECT_EQ(rec->records.at(2).event.seq, 2);
}

struct Damage {
    const char* name;
    std::function<QByteArray(QList<QByteArray>)> damage;
    qint64 line;
    const char* reasonContains;
};

// Test names stay the same from build to build (gtest would print the struct's bytes).
void PrintTo(const Damage& d, std::ostream* os) {
    *os << d.name;
}

class DamagedRecording : public ::testing::TestWithParam<Damage> {};

TEST_P(DamagedRecording, NamesTheLineWhereItBreaks) {
    const Damage& d = GetParam();
    const QByteArray bytes = d.damage(syntheticLines(QStringLiteral("clip.mp4")));
    qint64 line = -1;
    auto rec = parseRecording(bytes, &line);
    ASSERT_FALSE(rec) << d.name;
    EXPECT_EQ(line, d.line) << d.name << ": " << rec.error().message.toStdString();
    EXPECT_TRUE(rec.error().message.contains(QLatin1String(d.reasonContains)))
        << d.name << ": " << rec.error().message.toStdString();
}

QByteArray replaced(QList<QByteArray> lines, int lineNo, QByteArray text) {
    lines[lineNo - 1] = std::move(text);
    return joined(lines);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DamagedRecording,
    ::testing::Values(
        Damage{"newer version",
               [](QList<QByteArray> l) {
                   const QByteArray current =
                       "\"version\":" + QByteArray::number(kRecordingVersion);
                   const QByteArray next =
                       "\"version\":" + QByteArray::number(kRecordingVersion + 1);
                   return replaced(l, 1, QByteArray(l[0]).replace(current, next));
               },
               1, "newer than this omnikast reads"},
        Damage{"not a recording",
               [](QList<QByteArray> l) { return replaced(l, 1, "{\"hello\":1}\n"); }, 1,
               "not an omnikast recording"},
        Damage{"empty file", [](QList<QByteArray>) { return QByteArray(); }, 1, "empty file"},
        Damage{"garbage line",
               [](QList<QByteArray> l) { return replaced(l, 7, "\x01\x02garbage\xff\n"); }, 7,
               "not JSON"},
        Damage{"blank line", [](QList<QByteArray> l) { return replaced(l, 5, "\n"); }, 5,
               "empty line"},
        Damage{"truncated mid-line", [](QList<QByteArray> l) { return joined(l).chopped(20); }, 12,
               "no end of line"},
        Damage{"truncated at a line end",
               [](QList<QByteArray> l) {
                   l.removeLast();
                   return joined(l);
               },
               12, "no end record"},
        Damage{"a gap in seq",
               [](QList<QByteArray> l) {
                   l.removeAt(6);  // the event with seq 4
                   return joined(l);
               },
               7, "does not follow"},
        Damage{"time going backwards",
               [](QList<QByteArray> l) {
                   return replaced(l, 9, QByteArray(l[8]).replace("\"t\":1500", "\"t\":100"));
               },
               9, "before the previous record"},
        Damage{"event before any reset",
               [](QList<QByteArray> l) {
                   l.removeAt(2);
                   return joined(l);
               },
               3, "before the first reset"},
        Damage{"unknown record kind",
               [](QList<QByteArray> l) {
                   return replaced(l, 5, QByteArray(l[4]).replace("\"stream\"", "\"movie\""));
               },
               5, "unknown record kind"},
        Damage{"unknown field",
               [](QList<QByteArray> l) {
                   return replaced(l, 9, QByteArray(l[8]).replace("{", "{\"x\":1,"));
               },
               9, "x"},
        Damage{"event of another room",
               [](QList<QByteArray> l) {
                   return replaced(l, 4, QByteArray(l[3]).replace("\"main\"", "\"other\""));
               },
               4, "not the recorded room"},
        Damage{"end count wrong",
               [](QList<QByteArray> l) {
                   return replaced(l, 12,
                                   QByteArray(l[11]).replace("\"events\":6", "\"events\":5"));
               },
               12, "counts 5 events"},
        Damage{"a record after the end",
               [](QList<QByteArray> l) {
                   l.append(l[8]);
                   return joined(l);
               },
               13, "after the end record"}),
    [](const ::testing::TestParamInfo<Damage>& param) {
        std::string n = param.param.name;
        for (char& c : n)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        return n;
    });

TEST(RecordingReader, UnreadableFileSaysSoWithoutALine) {
    qint64 line = -1;
    auto rec = readRecording(tmpDir() + QStringLiteral("/does-not-exist.okrec"), &line);
    ASSERT_FALSE(rec);
    EXPECT_EQ(line, 0);
}
