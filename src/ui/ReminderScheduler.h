#pragma once
// Reminders for EventController: a few minutes before a starred session starts (MyScheduleStore),
// one banner at a time (title, text, the channel to go to), each session once per catalog, also
// on the desktop (D-Bus) unless switched off (tests).
// Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

namespace omk::ui {

class MyScheduleStore;

class ReminderScheduler : public QObject {
    Q_OBJECT

public:
    explicit ReminderScheduler(const MyScheduleStore* store, QObject* parent = nullptr);

    int minutes() const { return m_minutes; }
    // False when nothing changed (or a negative value).
    bool setMinutes(int minutes);
    QString title() const { return m_title; }
    QString text() const { return m_text; }
    int channel() const { return m_channel; }
    void setDesktopNotifications(bool on) { m_desktopNotifications = on; }

    // A new catalog: every session may remind again.
    void clearReminded() { m_reminded.clear(); }
    // Shows the next starred session starting within the lead time, if no banner is up.
    void check(const catalog::Catalog& catalog, const QDateTime& now);
    void dismiss();

signals:
    void changed();

private:
    const MyScheduleStore* m_store;
    int m_minutes = 5;
    bool m_desktopNotifications = true;
    QStringList m_reminded;  // session ids already announced, so each reminds once
    QString m_title, m_text;
    int m_channel = -1;
};

}  // namespace omk::ui
