#include "ui/IcsExport.h"

#include "ui/MyScheduleStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

// User-visible strings keep EventController's translation context (translations/*.ts): this
// class is a part of it.

namespace omk::ui {

QUrl IcsExport::suggestedFolder() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(dir.isEmpty() ? QDir::homePath() : dir);
}

QUrl IcsExport::suggestedFile(const catalog::Catalog* catalog) {
    const QString dir = suggestedFolder().toLocalFile();
    QString name =
        catalog ? (catalog->event.acronym.isEmpty() ? catalog->event.id : catalog->event.acronym)
                : QString();
    if (name.isEmpty()) name = QStringLiteral("event");
    // A file name, whatever the event calls itself.
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QUrl::fromLocalFile(dir + u'/' + name + QStringLiteral("-my-schedule.ics"));
}

QString IcsExport::write(const MyScheduleStore& store, const QUrl& file) {
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    // The proposed Documents folder may not exist yet on a fresh account.
    if (!path.isEmpty() && QFileInfo(path).absolutePath() == suggestedFolder().toLocalFile())
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto written = path.isEmpty() ? Expected<bool>(omk::fail(QCoreApplication::translate(
                                        "omk::ui::EventController", "no file chosen")))
                                  : store.writeIcs(path, QDateTime::currentDateTimeUtc());
    m_failed = !written;
    m_status = written
                   ? QCoreApplication::translate("omk::ui::EventController", "Saved %1").arg(path)
                   : QCoreApplication::translate("omk::ui::EventController",
                                                 "Could not save the .ics file: %1")
                         .arg(written.error().message);
    return written ? path : QString();
}

}  // namespace omk::ui
