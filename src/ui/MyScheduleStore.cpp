#include "ui/MyScheduleStore.h"

#include "ui/IcsWriter.h"
#include "ui/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace omk::ui {

MyScheduleStore::MyScheduleStore(QObject* parent) : QObject(parent) {}

QString MyScheduleStore::eventKey() const {
    return SettingsStore::eventKey(m_catalog.get());
}

void MyScheduleStore::setCatalog(std::shared_ptr<const catalog::Catalog> catalog) {
    m_catalog = std::move(catalog);
    m_starred = SettingsStore::starredSessions(eventKey());
    emit starredChanged();
}

bool MyScheduleStore::isStarred(const QString& sessionId) const {
    return m_starred.contains(sessionId);
}

void MyScheduleStore::toggle(const QString& sessionId) {
    setStarred(sessionId, !isStarred(sessionId));
}

void MyScheduleStore::setStarred(const QString& sessionId, bool on) {
    if (on == isStarred(sessionId) || sessionId.isEmpty()) return;
    if (on)
        m_starred.append(sessionId);
    else
        m_starred.removeAll(sessionId);
    save();
    emit starredChanged();
}

void MyScheduleStore::save() const {
    if (!m_catalog) return;
    SettingsStore::setStarredSessions(eventKey(), m_starred);
}

Expected<bool> MyScheduleStore::writeIcs(const QString& path, const QDateTime& stamp) const {
    if (!m_catalog) return fail(path + QStringLiteral(": no event loaded"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return fail(path + QStringLiteral(": ") + f.errorString());
    f.write(toIcs(*m_catalog, m_starred, stamp));
    if (!f.commit()) return fail(path + QStringLiteral(": ") + f.errorString());
    return true;
}

bool MyScheduleStore::exportIcs(const QString& pathOrUrl) {
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    auto r = writeIcs(path, QDateTime::currentDateTimeUtc());
    if (!r) emit errorOccurred(r.error().message);
    return r.has_value();
}

QString MyScheduleStore::exportIcsToDocuments() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) dir = QDir::homePath();
    QDir().mkpath(dir);
    QString name =
        m_catalog && !m_catalog->event.id.isEmpty() ? m_catalog->event.id : QStringLiteral("event");
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString path = dir + u'/' + name + QStringLiteral("-myschedule.ics");
    return exportIcs(path) ? path : QString();
}

QList<qsizetype> MyScheduleStore::upcoming(const QDateTime& now, int minutes) const {
    QList<qsizetype> r;
    if (!m_catalog) return r;
    const QDateTime until = now.addSecs(qint64(minutes) * 60);
    for (qsizetype i = 0; i < m_catalog->sessions.size(); ++i) {
        const catalog::Session& s = m_catalog->sessions.at(i);
        if (s.start > now && s.start <= until && m_starred.contains(s.id)) r.append(i);
    }
    return r;
}

}  // namespace omk::ui
