// Replays of the hand-built recording: the chat and playback state it ends with, frames drawn
// through EGL and hashed, and the same hashes on a second run (and when paced to the clock).
#include "ReplayTestSupport.h"
#include "replay/Replayer.h"

#include <QDir>
#include <QImage>
#include <QSet>

using namespace omk::replay;
using namespace omk::replay::test;

namespace {

struct Fixture {
    Recording recording;
    ReplayOptions options;
};

Fixture makeFixture(const QString& name) {
    ensureApp();
    Fixture f;
    const QString clip = makeClip();
    EXPECT_FALSE(clip.isEmpty()) << "ffmpeg could not make the test clip";
    const QString path = writeFile(name, joined(syntheticLines(clip)));
    auto rec = readRecording(path);
    EXPECT_TRUE(rec) << rec.error().message.toStdString();
    if (rec) f.recording = *rec;
    f.options.recording = path;
    f.options.fps = 10;
    f.options.size = QSize(160, 90);
    f.options.progress = false;
    return f;
}

CameraPath turningCamera() {
    auto path = CameraPath::parse(
        R"({"version":1,"keyframes":[{"t":0,"yaw":-60,"fov":100},{"t":3,"yaw":120,"pitch":20,"fov":70}]})");
    EXPECT_TRUE(path);
    return path ? *path : CameraPath();
}

}  // namespace

TEST(Replay, EndsWithTheRecordedChatAndPlaybackState) {
    Fixture f = makeFixture(QStringLiteral("replay-state.okrec"));
    const ReplayReport report = Replayer(f.recording, f.options, CameraPath()).run();
    EXPECT_TRUE(report.errors.isEmpty())
        << (report.errors.isEmpty() ? "" : report.errors.first().message.toStdString());
    EXPECT_EQ(report.resets, 1);
    EXPECT_EQ(report.eventsApplied, 6);
    EXPECT_EQ(report.chatEventsApplied, 4);  // three messages after the reset, one delete
    ASSERT_EQ(report.chat.size(), 4);
    EXPECT_EQ(report.chat.at(0).text, QStringLiteral("before"));  // from the reset's history
    EXPECT_EQ(report.chat.at(2).seq, 4);
    EXPECT_TRUE(report.chat.at(2).deleted);
    EXPECT_FALSE(report.chat.at(1).deleted);
    EXPECT_EQ(report.chat.at(3).author, QStringLiteral("Ben"));
    EXPECT_TRUE(report.playback.value("paused").toBool());
    EXPECT_DOUBLE_EQ(report.playback.value("position_s").toDouble(), 2.2);
    EXPECT_EQ(report.ticks, 31);  // 0 … 3000 ms at 10 fps
}

TEST(Replay, RendersFollowsTheRoomAndHashesEveryFrame) {
    Fixture f = makeFixture(QStringLiteral("replay-render.okrec"));
    const ReplayReport report = Replayer(f.recording, f.options, turningCamera()).run();
    ASSERT_TRUE(report.errors.isEmpty()) << report.errors.first().message.toStdString();
    // Playback starts at 300 ms: ticks 3 … 30 draw a frame.
    EXPECT_EQ(report.framesRendered, 28);
    EXPECT_EQ(report.frames.size(), 28);
    EXPECT_GT(report.framesDecoded, 0);
    EXPECT_EQ(report.opens, 1);
    // The camera turns and the clip moves: frames differ.
    QSet<QString> distinct;
    for (const auto& fr : report.frames) distinct.insert(fr.hash);
    EXPECT_GT(distinct.size(), 20);
    // Paused at 2.2 s from 2.5 s on: the frame shown is the one at 2.2 s.
    EXPECT_NEAR(report.frames.last().pts, 2.2, 0.021);
    // Between the play and the pause, the virtual player keeps the room's position exactly.
    EXPECT_GT(report.syncError.samples, 20);
    EXPECT_LT(report.syncError.maxAbs, 1e-6);
    EXPECT_LE(report.avOffset.maxAbs, 0.5 / 25 + 1e-9);
    // 25 fps media shown at 10 fps: most decoded frames are never drawn.
    EXPECT_GT(report.framesDropped, 20);
}

TEST(Replay, TwoRunsGiveTheSameHashesAndReport) {
    Fixture f = makeFixture(QStringLiteral("replay-determinism.okrec"));
    QJsonObject first = Replayer(f.recording, f.options, turningCamera()).run().toJson();
    QJsonObject second = Replayer(f.recording, f.options, turningCamera()).run().toJson();
    ASSERT_FALSE(first.value("frame_hashes").toArray().isEmpty());
    EXPECT_EQ(first.value("frame_hashes"), second.value("frame_hashes"));
    first.remove(QStringLiteral("timing"));
    second.remove(QStringLiteral("timing"));
    EXPECT_EQ(first, second);
}

TEST(Replay, PacedToTheClockGivesTheSameReport) {
    Fixture f = makeFixture(QStringLiteral("replay-paced.okrec"));
    QJsonObject fast = Replayer(f.recording, f.options, turningCamera()).run().toJson();
    f.options.paced = true;
    const auto paced = Replayer(f.recording, f.options, turningCamera()).run();
    EXPECT_GE(paced.wallMs, 2900);  // it really kept to the clock
    QJsonObject pacedJson = paced.toJson();
    fast.remove(QStringLiteral("timing"));
    pacedJson.remove(QStringLiteral("timing"));
    EXPECT_EQ(fast, pacedJson);
}

TEST(Replay, AnotherCameraGivesOtherHashes) {
    Fixture f = makeFixture(QStringLiteral("replay-camera.okrec"));
    const auto turning = Replayer(f.recording, f.options, turningCamera()).run();
    const auto fixed = Replayer(f.recording, f.options, CameraPath()).run();
    ASSERT_EQ(turning.frames.size(), fixed.frames.size());
    int differ = 0;
    for (qsizetype i = 0; i < turning.frames.size(); ++i)
        differ += turning.frames[i].hash != fixed.frames[i].hash;
    EXPECT_GT(differ, 20);
}

TEST(Replay, SnapshotsEveryInterval) {
    Fixture f = makeFixture(QStringLiteral("replay-snapshots.okrec"));
    const QString dir = tmpDir() + QStringLiteral("/replay-snapshots");
    QDir(dir).removeRecursively();
    f.options.snapshotsDir = dir;
    f.options.every = 1.0;
    const auto report = Replayer(f.recording, f.options, CameraPath()).run();
    ASSERT_TRUE(report.errors.isEmpty());
    // Frames exist from 300 ms; then one at each whole second of the replay clock.
    EXPECT_EQ(
        report.snapshots,
        (QStringList{QStringLiteral("frame-00000300.png"), QStringLiteral("frame-00001000.png"),
                     QStringLiteral("frame-00002000.png"), QStringLiteral("frame-00003000.png")}));
    for (const auto& name : report.snapshots) {
        const QImage image(QDir(dir).filePath(name));
        EXPECT_EQ(image.size(), QSize(160, 90)) << name.toStdString();
    }
}

TEST(Replay, MissingMediaIsAnErrorInTheReportNotACrash) {
    ensureApp();
    const QString path = writeFile(QStringLiteral("replay-missing.okrec"),
                                   joined(syntheticLines(QStringLiteral("no-such-clip.mp4"))));
    auto rec = readRecording(path);
    ASSERT_TRUE(rec);
    ReplayOptions o;
    o.recording = path;
    o.fps = 10;
    o.progress = false;
    const auto report = Replayer(*rec, o, CameraPath()).run();
    ASSERT_FALSE(report.errors.isEmpty());
    EXPECT_TRUE(report.errors.first().message.contains(QLatin1String("no-such-clip.mp4")));
    EXPECT_EQ(report.errors.first().tMs, 300);
    EXPECT_EQ(report.framesRendered, 0);
    EXPECT_EQ(report.chat.size(), 4);  // the chat replays regardless
}

TEST(Replay, LongQuietStretchesCostNothingAndLateRecordsStillApply) {
    ensureApp();
    // A chat message three years in, just before an end record off the tick grid: no media,
    // so the replay jumps from record to record instead of ticking through them.
    using omk::protocol::EventType;
    constexpr qint64 kLate = 100000000000;
    RecordingHeader h;
    h.room = QStringLiteral("main");
    const QList<QByteArray> lines{
        headerLine(h),
        resetLine(5, QStringLiteral("e1"), 0, QJsonObject{}, {}),
        eventLine(200, event(1, 1000, EventType::ChatMessage, QStringLiteral("Ann"),
                             text(QStringLiteral("early")))),
        eventLine(kLate, event(2, kLate, EventType::ChatMessage, QStringLiteral("Ben"),
                               text(QStringLiteral("much later")))),
        endLine(kLate + 7, 2),
    };
    const QString path = writeFile(QStringLiteral("replay-quiet.okrec"), joined(lines));
    qint64 line = -1;
    auto rec = readRecording(path, &line);
    ASSERT_TRUE(rec) << line << ": " << rec.error().message.toStdString();
    ReplayOptions o;
    o.recording = path;
    o.progress = false;
    const auto report = Replayer(*rec, o, CameraPath()).run();
    EXPECT_TRUE(report.errors.isEmpty());
    EXPECT_LT(report.ticks, 40);
    EXPECT_LT(report.wallMs, 5000);
    ASSERT_EQ(report.chat.size(), 2);
    EXPECT_EQ(report.chat.last().text, QStringLiteral("much later"));
}
