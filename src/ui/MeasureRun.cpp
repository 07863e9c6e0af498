#include "ui/MeasureRun.h"

#include "ui/EventController.h"
#include "ui/PlayerController.h"
#include "ui/VideoView.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

namespace omk::ui {

namespace {

QQuickItem* findNamed(QQuickItem* item, const QString& name) {
    if (!item) return nullptr;
    if (item->objectName() == name) return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findNamed(child, name)) return found;
    return nullptr;
}

}  // namespace

Expected<MeasureRun::Milestone> MeasureRun::parse(const QString& name) {
    if (name == QLatin1String("first-frame")) return Milestone::FirstFrame;
    if (name == QLatin1String("schedule")) return Milestone::Schedule;
    if (name == QLatin1String("switch")) return Milestone::Switch;
    return omk::fail(
        QStringLiteral("--quit-after: \"%1\" is not first-frame, schedule or switch").arg(name));
}

MeasureRun::MeasureRun(Milestone milestone, QQuickWindow* window, const QElapsedTimer& sinceMain,
                       QObject* parent)
    : QObject(parent), m_milestone(milestone), m_window(window), m_sinceMain(sinceMain) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("the milestone was not reached in 60 s")); });
    m_deadline.start(60000);
    if (!window) {
        fail(QStringLiteral("no window"));
        return;
    }
    m_view = window->property("view").value<VideoView*>();
    m_player = window->property("playerController").value<PlayerController*>();
    m_event = window->property("eventController").value<EventController*>();
    if (milestone == Milestone::Schedule) {
        if (!m_event) {
            fail(QStringLiteral("the schedule needs an event"));
            return;
        }
        // On the render thread: the sync after the schedule opened (the GUI thread waits in
        // it), then the swap of that frame.
        connect(
            window, &QQuickWindow::beforeSynchronizing, this,
            [this] {
                if (m_scheduleRequested) m_scheduleSynced = true;
            },
            Qt::DirectConnection);
        connect(
            window, &QQuickWindow::frameSwapped, this, [this] { onSwapped(); },
            Qt::DirectConnection);
        connect(m_event, &EventController::catalogChanged, this,
                &MeasureRun::openScheduleWhenLoaded);
        openScheduleWhenLoaded();
        return;
    }
    if (!m_view) {
        fail(QStringLiteral("no video view"));
        return;
    }
    connect(m_view, &VideoView::renderedFramesChanged, this, &MeasureRun::onFrameRendered);
    connect(
        window, &QQuickWindow::frameSwapped, this, [this] { onSwapped(); }, Qt::DirectConnection);
}

void MeasureRun::onSwapped() {
    if (m_done.load()) return;
    const double ms = m_sinceMain.nsecsElapsed() / 1e6;
    switch (m_milestone) {
        case Milestone::Schedule:
            if (m_scheduleSynced.load())
                finish(
                    QStringLiteral("{\"milestone\": \"schedule\", \"ms\": %1}").arg(ms, 0, 'f', 1));
            return;
        case Milestone::FirstFrame:
            if (m_swapDue.load())
                finish(QStringLiteral("{\"milestone\": \"first-frame\", \"ms\": %1}")
                           .arg(ms, 0, 'f', 1));
            return;
        case Milestone::Switch:
            if (m_swapDue.load())
                finish(QStringLiteral("{\"milestone\": \"switch\", \"ms\": %1, \"first_frame_ms\": "
                                      "%2, \"switch_ms\": %3}")
                           .arg(ms, 0, 'f', 1)
                           .arg(m_firstFrameMs)
                           .arg(m_switch.nsecsElapsed() / 1e6, 0, 'f', 1));
            return;
    }
}

void MeasureRun::openScheduleWhenLoaded() {
    if (!m_event || !m_event->loaded() || m_scheduleRequested) return;
    QQuickItem* dock = findNamed(m_window->contentItem(), QStringLiteral("scheduleDock"));
    if (!dock) {
        fail(QStringLiteral("no schedule in this window"));
        return;
    }
    dock->setProperty("active", true);  // the loader makes its item at once
    m_scheduleRequested = true;
    m_window->update();
}

void MeasureRun::onFrameRendered() {
    if (m_done.load()) return;
    if (m_firstFrameMs < 0) {
        m_firstFrameMs = m_sinceMain.elapsed();
        if (m_milestone == Milestone::FirstFrame) {
            m_swapDue = true;  // on screen with the next swap
            return;
        }
        QTimer::singleShot(1000, this, &MeasureRun::switchChannel);
        return;
    }
    // A frame of the new stream: its source is set, and it is no longer opening.
    if (!m_switch.isValid() || !m_player || m_player->source() != m_switchSource ||
        m_player->loading())
        return;
    m_swapDue = true;  // the new stream's frame is on screen with the next swap
}

void MeasureRun::switchChannel() {
    if (!m_event || !m_player) {
        fail(QStringLiteral("switching needs an event"));
        return;
    }
    const int count = m_event->channels()->rowCount();
    if (count < 2) {
        fail(QStringLiteral("switching needs an event with two channels or more"));
        return;
    }
    const int next = (m_event->currentChannel() + 1) % count;
    m_switch.start();
    m_event->selectChannel(next);
    m_switchSource = m_player->source();
    if (m_switchSource.isEmpty()) fail(QStringLiteral("channel %1 has no stream").arg(next + 1));
}

void MeasureRun::finish(const QString& json) {
    if (m_done.exchange(true)) return;
    QTextStream(stdout) << json << Qt::endl;
    QMetaObject::invokeMethod(
        qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
}

void MeasureRun::fail(const QString& why) {
    if (m_done.exchange(true)) return;
    QTextStream(stderr) << "omnikast: --quit-after: " << why << Qt::endl;
    QMetaObject::invokeMethod(
        qApp, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
}

}  // namespace omk::ui
