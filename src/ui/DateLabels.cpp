#include "ui/DateLabels.h"

#include <QLocale>

namespace omk::ui {

QString dayLabel(const QDate& day) {
    const QLocale locale;
    if (locale.language() == QLocale::Japanese)
        return locale.toString(day, QStringLiteral("M月d日(ddd)"));
    return locale.toString(day, QStringLiteral("ddd d MMM"));
}

QString weekdayTimeLabel(const QDateTime& at) {
    const QLocale locale;
    if (locale.language() == QLocale::Japanese)
        return locale.toString(at, QStringLiteral("(ddd) HH:mm"));
    return locale.toString(at, QStringLiteral("ddd HH:mm"));
}

}  // namespace omk::ui
