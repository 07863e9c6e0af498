#pragma once
// Days and times as the viewer's language writes them (the schedule's day menu, "next at …",
// "event time …"): QLocale's default, which LanguageController sets with the interface language.
// Japanese puts the day first ("12月6日(日)"); English and Spanish the weekday ("Sun 6 Dec",
// "dom 6 dic").
// Threading: GUI thread (QLocale's default is process-wide).

#include <QDate>
#include <QDateTime>
#include <QString>

namespace omk::ui {

QString dayLabel(const QDate& day);
// The weekday and the time, for a start on another day ("Mon 10:00", "月 10:00").
QString weekdayTimeLabel(const QDateTime& at);

}  // namespace omk::ui
