#pragma once
// "My schedule": the sessions an attendee starred, per event, remembered between runs
// (settings::kStarred, key myschedule/<event id>), exported as .ics, and asked for upcoming
// starts so the controller can remind a few minutes before.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QtQml/qqmlregistration.h>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>

namespace omk::ui {

class MyScheduleStore : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by EventController")
    Q_PROPERTY(QStringList starred READ starred NOTIFY starredChanged)
    Q_PROPERTY(int count READ count NOTIFY starredChanged)

public:
    explicit MyScheduleStore(QObject* parent = nullptr);

    // Loads the stars saved for this catalog's event (keyed by id, else title).
    void setCatalog(std::shared_ptr<const catalog::Catalog> catalog);

    QStringList starred() const { return m_starred; }
    int count() const { return static_cast<int>(m_starred.size()); }
    Q_INVOKABLE bool isStarred(const QString& sessionId) const;
    Q_INVOKABLE void toggle(const QString& sessionId);
    void setStarred(const QString& sessionId, bool on);

    Expected<bool> writeIcs(const QString& path, const QDateTime& stamp) const;
    // QML face of writeIcs: false plus errorOccurred on failure. Takes a path or file:// URL.
    Q_INVOKABLE bool exportIcs(const QString& pathOrUrl);
    // Writes <Documents>/<event id>-myschedule.ics (no file dialog needed); returns the path,
    // or an empty string plus errorOccurred.
    Q_INVOKABLE QString exportIcsToDocuments();

    // Starred sessions (indices into the catalog) starting in (now, now + minutes].
    QList<qsizetype> upcoming(const QDateTime& now, int minutes) const;

signals:
    void starredChanged();
    void errorOccurred(const QString& message);

private:
    // The event's id, or its title when it has none; empty without a catalog.
    QString eventKey() const;
    void save() const;

    std::shared_ptr<const catalog::Catalog> m_catalog;
    QStringList m_starred;
};

}  // namespace omk::ui
