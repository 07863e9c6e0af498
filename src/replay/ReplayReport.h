#pragma once
// What `omnikast replay` found, as the report file holds it (docs/RECORDING.md, "Report"). Two
// runs of the same recording with the same options give the same JSON except under "timing",
// so reports can be diffed to catch a regression.

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace omk::replay {

struct RunningStat {
    qint64 samples = 0;
    double sumAbs = 0;
    double maxAbs = 0;
    void add(double v);
    QJsonObject toJson(double scale) const;  // {"samples","mean_abs","max_abs"}, values × scale
};

struct RenderedFrame {
    qint64 tMs = 0;  // on the replay clock
    double pts = 0;  // of the frame shown
    QString hash;    // of the read-back pixels
};

struct ReplayError {
    qint64 tMs = 0;
    QString message;
};

struct ChatRowState {
    qint64 seq = 0;
    QString author;
    QString text;
    bool deleted = false;
};

struct ReplayReport {
    QString recording;
    QString room;
    double fps = 0;
    QSize size;
    QString camera;
    double snapshotEvery = 0;

    qint64 durationMs = 0;
    qint64 ticks = 0;
    qint64 framesDecoded = 0;
    qint64 framesRendered = 0;
    qint64 framesDropped = 0;
    QList<RenderedFrame> frames;
    QStringList snapshots;  // file names, relative to the snapshot folder
    RunningStat avOffset;   // seconds: shown frame's pts minus the media clock
    RunningStat syncError;  // seconds: local minus room position, as SyncController saw it
    qint64 seeks = 0;
    qint64 rateChanges = 0;
    qint64 opens = 0;

    qint64 eventsApplied = 0;
    qint64 chatEventsApplied = 0;  // chat.message and chat.delete applied from the log
    qint64 resets = 0;
    QList<ChatRowState> chat;  // the ChatModel's rows at the end
    qint64 pinnedSeq = 0;
    QJsonObject playback;  // the room's playback state at the end
    QStringList streams;
    QString catalogTitle;    // the recorded catalog's event title; empty: none recorded
    QString catalogChannel;  // the room's channel in it

    QList<ReplayError> errors;

    // Timing: differs between runs and machines.
    qint64 wallMs = 0;
    QString renderer;

    QJsonObject toJson() const;
};

}  // namespace omk::replay
