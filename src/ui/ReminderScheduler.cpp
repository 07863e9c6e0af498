#include "ui/ReminderScheduler.h"

#include "ui/DesktopNotification.h"
#include "ui/MyScheduleStore.h"

#include <QCoreApplication>

namespace omk::ui {

ReminderScheduler::ReminderScheduler(const MyScheduleStore* store, QObject* parent)
    : QObject(parent), m_store(store) {}

bool ReminderScheduler::setMinutes(int minutes) {
    if (minutes == m_minutes || minutes < 0) return false;
    m_minutes = minutes;
    return true;
}

void ReminderScheduler::check(const catalog::Catalog& catalog, const QDateTime& now) {
    if (!m_title.isEmpty()) return;  // one banner at a time
    for (qsizetype i : m_store->upcoming(now, m_minutes)) {
        const catalog::Session& s = catalog.sessions.at(i);
        if (m_reminded.contains(s.id) || s.cancelled) continue;
        m_reminded.append(s.id);
        m_channel = -1;
        QString room = s.channelId;
        for (qsizetype c = 0; c < catalog.channels.size(); ++c)
            if (catalog.channels.at(c).id == s.channelId) {
                m_channel = int(c);
                room = catalog.channels.at(c).name;
            }
        const qint64 minutes = (now.secsTo(s.start) + 59) / 60;
        m_title = s.title;
        // EventController's translation context (translations/*.ts): this class is a part of it.
        m_text = QCoreApplication::translate("omk::ui::EventController",
                                             "Starts in %n minute(s) on %1", nullptr, int(minutes))
                     .arg(room);
        emit changed();
        if (m_desktopNotifications) notifyDesktop(m_title, m_text);
        return;
    }
}

void ReminderScheduler::dismiss() {
    if (m_title.isEmpty()) return;
    m_title.clear();
    m_text.clear();
    m_channel = -1;
    emit changed();
}

}  // namespace omk::ui
