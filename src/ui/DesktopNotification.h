#pragma once
// Best effort: a desktop notification over D-Bus (org.freedesktop.Notifications) next to the
// in-app reminder banner. A no-op where Qt was built without D-Bus or no session bus runs
// (Xvfb, CI, containers); it never blocks and never fails the caller.

#include <QString>

namespace omk::ui {

void notifyDesktop(const QString& summary, const QString& body);

}  // namespace omk::ui
