#pragma once
// Recordings and media made by the tests themselves: an equirectangular clip from the ffmpeg
// CLI and a hand-built recording (through the recorder's own line encoders) that chats, starts
// playback, deletes a message and pauses.

#include "replay/Recording.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cstdlib>

namespace omk::replay::test {

inline QString tmpDir() {
    const QString root = QStringLiteral(OMNIKAST_TEST_TMP);
    QDir().mkpath(root);
    return root;
}

inline void ensureApp() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "replay_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

// testsrc2 at 2:1 (an equirect frame), 25 fps, no audio; generated once per build tree.
inline QString makeClip(const QString& name = QStringLiteral("replay-clip.mp4"), int seconds = 4) {
    const QString path = tmpDir() + QLatin1Char('/') + name;
    if (QFile::exists(path)) return path;
    const QString part =
        QStringLiteral("%1.%2.part.mp4").arg(path).arg(QCoreApplication::applicationPid());
    const QString cmd =
        QStringLiteral(
            "\"%1\" -nostdin -v error -y -f lavfi -i testsrc2=size=384x192:rate=25:duration=%2 "
            "-c:v libx264 -preset ultrafast -g 25 -pix_fmt yuv420p \"%3\" && mv \"%3\" \"%4\"")
            .arg(QStringLiteral(OMNIKAST_FFMPEG))
            .arg(seconds)
            .arg(part, path);
    if (std::system(cmd.toLocal8Bit().constData()) != 0) return {};
    return path;
}

inline protocol::Event event(qint64 seq, qint64 ts, protocol::EventType type, const QString& who,
                             const QJsonObject& data) {
    protocol::Event e;
    e.room = QStringLiteral("main");
    e.seq = seq;
    e.id = QStringLiteral("EV%1").arg(seq, 6, 10, QLatin1Char('0'));
    e.ts = ts;
    e.type = type;
    e.actor.id = QStringLiteral("u_") + who.toLower();
    e.actor.name = who;
    e.actor.role = type == protocol::EventType::ChatMessage ? protocol::Role::Attendee
                                                            : protocol::Role::Moderator;
    e.cid = QStringLiteral("cid-%1").arg(seq);
    e.data = data;
    return e;
}

inline QJsonObject text(const QString& t) {
    return {{QStringLiteral("text"), t}};
}

// The lines of a 3 s recording: 12 lines, the end record last. Server time is 1e12 + t.
inline QList<QByteArray> syntheticLines(const QString& media) {
    using protocol::EventType;
    constexpr qint64 kBase = 1000000000000;
    RecordingHeader h;
    h.room = QStringLiteral("main");
    h.server = QStringLiteral("ws://127.0.0.1:1/ws");
    QList<protocol::Event> history{event(1, kBase - 5000, EventType::ChatMessage,
                                         QStringLiteral("Ann"), text(QStringLiteral("before")))};
    const QJsonObject play{{QStringLiteral("media"), media},
                           {QStringLiteral("position_ms"), 0.0},
                           {QStringLiteral("rate"), 1.0},
                           {QStringLiteral("paused"), false},
                           {QStringLiteral("at_server_ms"), kBase + 300}};
    const QJsonObject pause{{QStringLiteral("media"), media},
                            {QStringLiteral("position_ms"), 2200.0},
                            {QStringLiteral("rate"), 1.0},
                            {QStringLiteral("paused"), true},
                            {QStringLiteral("at_server_ms"), kBase + 2500}};
    return {
        headerLine(h),                                                       // 1
        clockLine(0, double(kBase)),                                         // 2
        resetLine(10, QStringLiteral("epoch1"), 1, QJsonObject{}, history),  // 3
        eventLine(200, event(2, kBase + 200, EventType::ChatMessage, QStringLiteral("Ben"),
                             text(QStringLiteral("hello")))),  // 4
        streamLine(300, media),                                // 5
        eventLine(300, event(3, kBase + 300, EventType::PlaybackState, QStringLiteral("Mod"),
                             play)),  // 6
        eventLine(900, event(4, kBase + 900, EventType::ChatMessage, QStringLiteral("Ann"),
                             text(QStringLiteral("oops")))),  // 7
        eventLine(1200, event(5, kBase + 1200, EventType::ChatDelete, QStringLiteral("Mod"),
                              QJsonObject{{QStringLiteral("seq"), 4}})),  // 8
        clockLine(1500, double(kBase + 1500)),                            // 9
        eventLine(2500, event(6, kBase + 2500, EventType::PlaybackState, QStringLiteral("Mod"),
                              pause)),  // 10
        eventLine(2600, event(7, kBase + 2600, EventType::ChatMessage, QStringLiteral("Ben"),
                              text(QStringLiteral("paused now")))),  // 11
        endLine(3000, 6),                                            // 12
    };
}

inline QByteArray joined(const QList<QByteArray>& lines) {
    QByteArray out;
    for (const auto& l : lines) out += l;
    return out;
}

inline QString writeFile(const QString& name, const QByteArray& bytes) {
    const QString path = tmpDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return {};
    f.write(bytes);
    return path;
}

}  // namespace omk::replay::test
