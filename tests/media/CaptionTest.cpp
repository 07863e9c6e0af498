// Captions: the ASS-to-text conversion, the cue store, and real files with SubRip (Matroska) and
// mov_text (MP4) subtitle streams decoded by FFmpeg and shown by the player at the clock's time.

#include "PipelineTestSupport.h"
#include "media/CaptionText.h"
#include "media/CaptionTrack.h"

#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <string>

namespace omk::media {
namespace {

using namespace omk::media::testing;

TEST(CaptionText, TakesTheTextFieldOfAnEventBody) {
    EXPECT_EQ(captionFromAss("0,0,Default,,0,0,0,,Hello world"), QStringLiteral("Hello world"));
    // Commas inside the text belong to the text.
    EXPECT_EQ(captionFromAss("3,0,Default,,0,0,0,,One, two, three"),
              QStringLiteral("One, two, three"));
    EXPECT_EQ(captionFromAss("Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Old style"),
              QStringLiteral("Old style"));
}

TEST(CaptionText, DropsStylingAndKeepsLineBreaks) {
    EXPECT_EQ(captionFromAss("0,0,Default,,0,0,0,,{\\an8}{\\i1}Top{\\i0} line\\Nsecond\\hpart"),
              QStringLiteral("Top line\nsecond part"));
    // An unclosed brace is text, not an override block.
    EXPECT_EQ(captionFromAss("0,0,Default,,0,0,0,,a { b"), QStringLiteral("a { b"));
    EXPECT_EQ(captionFromAss("0,0,Default,,0,0,0,,日本語の字幕"), QStringLiteral("日本語の字幕"));
}

TEST(CaptionText, SurvivesGarbage) {
    EXPECT_TRUE(captionFromAss("").isEmpty());
    EXPECT_TRUE(captionFromAss("Dialogue: 0,1,2").isEmpty());
    EXPECT_EQ(captionFromAss("bare text"), QStringLiteral("bare text"));
    EXPECT_FALSE(captionFromAss(std::string_view("0,0,D,,0,0,0,,\xff\xfe\x80ok", 18)).isEmpty());
    const std::string huge = "0,0,Default,,0,0,0," + std::string(",") + std::string(5000, 'x');
    EXPECT_EQ(captionFromAss(huge).size(), kMaxCaptionChars + 1);  // with the ellipsis
}

TEST(CaptionTrack, ShowsCuesInTheirIntervalAndForgetsThemOnReset) {
    CaptionTrack track;
    track.add({1.0, 2.0, QStringLiteral("first")}, 0);
    track.add({1.5, 3.0, QStringLiteral("second")}, 0);
    EXPECT_TRUE(track.textAt(0.5).isEmpty());
    EXPECT_EQ(track.textAt(1.2), QStringLiteral("first"));
    EXPECT_EQ(track.textAt(1.7), QStringLiteral("first\nsecond"));
    EXPECT_EQ(track.textAt(2.0), QStringLiteral("second"));  // end is exclusive
    track.add({4.0, 5.0, QStringLiteral("stale")}, 7);       // another serial: ignored
    EXPECT_TRUE(track.textAt(4.5).isEmpty());
    track.reset(7);
    EXPECT_TRUE(track.textAt(1.7).isEmpty());
    track.add({4.0, 5.0, QStringLiteral("after seek")}, 7);
    EXPECT_EQ(track.textAt(4.5), QStringLiteral("after seek"));
    track.add({6.0, 6.0, QStringLiteral("empty interval")}, 7);
    track.add({6.0, 7.0, QString()}, 7);
    EXPECT_EQ(track.size(), 1u);
}

TEST(CaptionTrack, KeepsABoundedNumberOfCues) {
    CaptionTrack track;
    for (std::size_t i = 0; i < CaptionTrack::kMaxCues + 50; ++i)
        track.add({double(i), double(i) + 1, QStringLiteral("cue")}, 0);
    EXPECT_EQ(track.size(), CaptionTrack::kMaxCues);
    EXPECT_TRUE(track.textAt(0.5).isEmpty());  // the oldest went first
}

// A 4 s clip with two cues, muxed by the ffmpeg CLI from an .srt file.
QString makeCaptionedClip(const QString& name, const QString& subtitleCodec) {
    QDir().mkpath(OMNIKAST_TEST_TMP);
    const QString path = QStringLiteral(OMNIKAST_TEST_TMP "/") + name;
    if (QFile::exists(path)) return path;
    const QString srt = path + QStringLiteral(".%1.srt").arg(QCoreApplication::applicationPid());
    QFile f(srt);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(
        "1\n00:00:00,500 --> 00:00:01,800\nHello <i>world</i>\n\n"
        "2\n00:00:02,000 --> 00:00:03,500\nSecond line\nand more\n\n");
    f.close();
    const QString part = path + QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid());
    const QString cmd =
        QStringLiteral(
            "\"%1\" -nostdin -v error -y -f lavfi -i testsrc2=size=160x96:rate=25:"
            "duration=4 -i \"%2\" -map 0:v -map 1:s -c:v libx264 -preset ultrafast "
            "-g 25 -pix_fmt yuv420p -c:s %3 -f %4 \"%5\" && mv \"%5\" \"%6\"")
            .arg(OMNIKAST_FFMPEG, srt, subtitleCodec,
                 subtitleCodec == QLatin1String("mov_text") ? QStringLiteral("mp4")
                                                            : QStringLiteral("matroska"),
                 part, path);
    const bool ok = std::system(cmd.toLocal8Bit().constData()) == 0;
    QFile::remove(srt);
    return ok ? path : QString();
}

class CaptionPlayback : public ::testing::TestWithParam<const char*> {};

TEST_P(CaptionPlayback, DecodesTheCuesAndShowsThemAtTheClock) {
    ensureApp();
    const QString codec = QString::fromLatin1(GetParam());
    const QString clip = makeCaptionedClip(QStringLiteral("captions_%1.media").arg(codec), codec);
    ASSERT_FALSE(clip.isEmpty());

    PlayerOptions o;
    o.enableAudio = false;
    Player player(o);
    ASSERT_TRUE(openAndWait(player, clip));
    EXPECT_TRUE(player.hasCaptions());
    EXPECT_EQ(player.captionStatus(), codec);
    // The demuxer reads ahead of the clock, so both cues are decoded long before they are due.
    ASSERT_TRUE(pumpUntil([&] { return !player.captionAt(2.5).isEmpty(); }, 5000));
    EXPECT_EQ(player.captionAt(1.0), QStringLiteral("Hello world"));
    EXPECT_EQ(player.captionAt(2.5), QStringLiteral("Second line\nand more"));
    EXPECT_TRUE(player.captionAt(1.9).isEmpty());

    // Played for real: the caption property walks through both cues in order.
    QStringList shown;
    QObject::connect(&player, &Player::captionChanged, [&] {
        if (!player.caption().isEmpty()) shown << player.caption();
    });
    pumpUntil(
        [&] {
            player.takeFrameForPresentation();
            return shown.size() >= 2;
        },
        10000);
    ASSERT_EQ(shown.size(), 2) << shown.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(shown[0], QStringLiteral("Hello world"));
    EXPECT_EQ(shown[1], QStringLiteral("Second line\nand more"));

    // A seek back forgets what was decoded for the old place and decodes the cue again.
    player.seek(0.0);
    ASSERT_TRUE(pumpUntil(
        [&] {
            player.takeFrameForPresentation();
            return player.caption() == QStringLiteral("Hello world");
        },
        10000));
}

INSTANTIATE_TEST_SUITE_P(Formats, CaptionPlayback, ::testing::Values("subrip", "mov_text"));

TEST(CaptionFile, AFileWithoutSubtitlesHasNoCaptions) {
    ensureApp();
    const QString clip = makeClip("pipeline_2s.mp4", 2, "160x96");
    ASSERT_FALSE(clip.isEmpty());
    PlayerOptions o;
    o.enableAudio = false;
    Player player(o);
    ASSERT_TRUE(openAndWait(player, clip));
    EXPECT_FALSE(player.hasCaptions());
    EXPECT_TRUE(player.captionStatus().isEmpty());
    EXPECT_TRUE(player.caption().isEmpty());
}

}  // namespace
}  // namespace omk::media
