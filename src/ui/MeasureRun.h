#pragma once
// A tester's measurement of the viewer itself (`omnikast EVENT --quit-after MILESTONE`, used by
// bench/startup.sh): waits for one milestone, prints one JSON line on stdout and quits the app.
//   first-frame  the first video frame on screen (the swap after it was drawn);
//   schedule     the first frame swapped with the schedule open (opened as soon as the event
//                is loaded);
//   switch       after the first frame and a second's settling, the next channel is selected:
//                the time from that selection to the first frame of the new stream on screen.
// Times are milliseconds since main() began (`ms`) and, for a switch, since the selection
// (`switch_ms`). A milestone not reached in 60 s prints why and exits with 1.
//
// Threading: GUI thread; the window's frameSwapped (render thread) only stamps a time.

#include "core/Expected.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>

class QQuickWindow;

namespace omk::ui {

class EventController;
class PlayerController;
class VideoView;

class MeasureRun : public QObject {
    Q_OBJECT
public:
    enum class Milestone { FirstFrame, Schedule, Switch };
    static Expected<Milestone> parse(const QString& name);

    // `sinceMain`: started when main() began.
    MeasureRun(Milestone milestone, QQuickWindow* window, const QElapsedTimer& sinceMain,
               QObject* parent = nullptr);

private:
    void onFrameRendered();
    // On the render thread, after each frame reached the screen.
    void onSwapped();
    void openScheduleWhenLoaded();
    void switchChannel();
    void finish(const QString& json);
    void fail(const QString& why);

    Milestone m_milestone;
    QPointer<QQuickWindow> m_window;
    QElapsedTimer m_sinceMain;
    QPointer<VideoView> m_view;
    QPointer<PlayerController> m_player;
    QPointer<EventController> m_event;
    QTimer m_deadline;
    qint64 m_firstFrameMs = -1;
    QElapsedTimer m_switch;
    QString m_switchSource;
    bool m_scheduleRequested = false;
    // Set on the render thread: the first sync after the schedule opened has happened.
    std::atomic<bool> m_scheduleSynced{false};
    std::atomic<bool> m_done{false};
    // Set on the GUI thread once the milestone's frame is drawn: the next swap finishes.
    std::atomic<bool> m_swapDue{false};
};

}  // namespace omk::ui
