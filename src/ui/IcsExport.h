#pragma once
// "Export .ics" for EventController: where to propose saving my schedule
// (<Documents>/<event>-my-schedule.ics), the write through MyScheduleStore, and the outcome the
// schedule view shows ("Saved PATH" or why it failed).
// Threading: GUI thread.

#include "catalog/Catalog.h"

#include <QString>
#include <QUrl>

namespace omk::ui {

class MyScheduleStore;

class IcsExport {
public:
    static QUrl suggestedFolder();
    // `catalog` may be null (no event loaded).
    static QUrl suggestedFile(const catalog::Catalog* catalog);

    // Writes my schedule to `file` (a file:// URL or a path); the path written, or empty when
    // it failed (failed() and status() say why).
    QString write(const MyScheduleStore& store, const QUrl& file);
    QString status() const { return m_status; }
    bool failed() const { return m_failed; }

private:
    QString m_status;
    bool m_failed = false;
};

}  // namespace omk::ui
