// A recording made against a real omnikast-server (in process, loopback) while guests chat and a
// moderator starts, pauses, deletes and pins, with the recorder's connection dropped once on
// the way: the replay must end with exactly the chat the live ChatModels show.
#include "ReplayTestSupport.h"
#include "replay/Recorder.h"
#include "replay/Replayer.h"
#include "support/RoomTestSupport.h"

using namespace omk::replay;
using namespace omk::room;
using namespace omk::room::test;

namespace {

QList<ChatRowState> liveRows(const ChatModel& chat) {
    QList<ChatRowState> out;
    for (int i = 0; i < chat.rowCount(); ++i) {
        const auto& r = chat.row(i);
        if (!r.pending) out.append({r.seq, r.author.name, r.text, r.deleted});
    }
    return out;
}

bool operator==(const ChatRowState& a, const ChatRowState& b) {
    return a.seq == b.seq && a.author == b.author && a.text == b.text && a.deleted == b.deleted;
}

}  // namespace

TEST_F(RoomTest, RecordingReplaysToTheLiveChatState) {
    start();
    const QString clip = omk::replay::test::makeClip();
    ASSERT_FALSE(clip.isEmpty());
    auto ann = guest(QStringLiteral("Ann"));
    auto ben = guest(QStringLiteral("Ben"));
    auto mod = moderatorClient();
    // History from before the recorder joined arrives in its first reset.
    ASSERT_TRUE(ann->connection->sendChat(QStringLiteral("before the recording")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ben->confirmedCount() == 1; }, 5000));

    const QString path = omk::replay::test::tmpDir() + QStringLiteral("/live.okrec");
    auto cfg = fastConfig(port);
    cfg.guestName = QStringLiteral("recorder");
    RoomConnection recConnection(cfg);
    Recorder recorder(&recConnection);
    ASSERT_TRUE(recorder.start(path, cfg.url.toString()));
    recConnection.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return recConnection.state() == RoomConnection::State::Connected; }, 5000));

    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(ann->connection->sendChat(QStringLiteral("ann %1").arg(i)));
        ASSERT_TRUE(ben->connection->sendChat(QStringLiteral("ben %1 @Ann").arg(i)));
    }
    ASSERT_TRUE(mod->moderator->setPlayback(clip, 0, 1.0, false));
    ASSERT_TRUE(QTest::qWaitFor([&] { return ben->confirmedCount() == 11; }, 5000));
    const qint64 doomed = ben->chat->row(3).seq;

    // A dropped connection mid-recording: the resume's missed events are recorded too.
    recConnection.abortSocket();
    ASSERT_TRUE(ann->connection->sendChat(QStringLiteral("while the recorder was away")));
    ASSERT_TRUE(mod->moderator->deleteMessage(doomed));
    ASSERT_TRUE(mod->moderator->pin(ben->chat->row(1).seq));
    QTest::qWait(300);
    ASSERT_TRUE(mod->moderator->setPlayback(clip, 500, 1.0, true));
    ASSERT_TRUE(ben->connection->sendChat(QStringLiteral("last word")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return recConnection.state() == RoomConnection::State::Connected &&
                   recConnection.lastSeq() == mod->connection->lastSeq() &&
                   ben->connection->lastSeq() == mod->connection->lastSeq() &&
                   ben->connection->pendingCount() == 0 && ben->confirmedCount() == 13;
        },
        10000));
    QTest::qWait(200);
    ASSERT_TRUE(recorder.finish());
    EXPECT_EQ(recorder.streams(), QStringList{clip});

    qint64 line = -1;
    auto recording = readRecording(path, &line);
    ASSERT_TRUE(recording) << line << ": " << recording.error().message.toStdString();
    EXPECT_GE(recording->eventCount, 13);  // chat, playback, delete, pin

    ReplayOptions options;
    options.recording = path;
    options.fps = 20;
    options.size = QSize(160, 90);
    options.progress = false;
    const ReplayReport report = Replayer(*recording, options, CameraPath()).run();
    EXPECT_TRUE(report.errors.isEmpty())
        << (report.errors.isEmpty() ? "" : report.errors.first().message.toStdString());

    const auto live = liveRows(*ben->chat);
    ASSERT_EQ(live.size(), 13);
    ASSERT_EQ(report.chat.size(), live.size());
    for (qsizetype i = 0; i < live.size(); ++i)
        EXPECT_TRUE(report.chat[i] == live[i]) << i << ": " << report.chat[i].text.toStdString()
                                               << " vs " << live[i].text.toStdString();
    EXPECT_EQ(report.pinnedSeq, ben->chat->pinnedSeq());
    EXPECT_NE(report.pinnedSeq, 0);
    EXPECT_EQ(liveRows(*ann->chat).size(), live.size());
    EXPECT_TRUE(report.playback.value("paused").toBool());
    EXPECT_EQ(report.playback.value("media").toString(), clip);
    EXPECT_DOUBLE_EQ(report.playback.value("position_s").toDouble(), 0.5);
    EXPECT_GE(report.resets, 1);
    EXPECT_EQ(report.opens, 1);
    EXPECT_GT(report.framesRendered, 0);
}
