#pragma once
// The Organize view's "Sessions" page (OrganizeSessionsPage.qml): find a session among
// thousands, change its title, start, length and channel, cancel it (struck through for every
// viewer, off now/next and reminders) or bring it back, remove it. Times are typed in the
// event's time zone ("2026-07-03 20:30", "1:30"); only the fields that changed are sent, as one
// request of the admin API (room::AdminClient; docs/ADMIN.md "Editing one part of the catalog").
// The list changes when the server's catalog.changed came back, as every viewer sees it.
// Threading: GUI thread.

#include "catalog/Catalog.h"
#include "ui/AdminEditRunner.h"
#include "ui/SessionEditModel.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QTimeZone>
#include <QVariantList>

namespace omk::ui {

class OrganizeSessions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(omk::ui::SessionEditModel* model READ model CONSTANT)
    // The channels a session can be on: [{id, name}], in tab order.
    Q_PROPERTY(QVariantList channelChoices READ channelChoices NOTIFY channelChoicesChanged)
    // The event's zone, as the page names it beside the times ("Europe/Berlin").
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY channelChoicesChanged)

public:
    OrganizeSessions(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                     QObject* parent = nullptr);

    SessionEditModel* model() { return &m_model; }
    QVariantList channelChoices() const { return m_choices; }
    QString timeZone() const { return QString::fromUtf8(m_zone.id()); }
    void update(const catalog::Catalog* catalog);

    // The fields as shown when the organizer starts editing them: save() sends only what differs
    // from these, so another organizer's change to another field meanwhile stays.
    Q_INVOKABLE void beginEdit(const QString& session);
    // start: "YYYY-MM-DD HH:MM" in the event's zone; duration: "H:MM" (or "H:MM:SS").
    Q_INVOKABLE void save(const QString& session, const QString& title, const QString& start,
                          const QString& duration, const QString& channel);
    Q_INVOKABLE void setCancelled(const QString& session, bool cancelled);
    Q_INVOKABLE void remove(const QString& session);

signals:
    void reported(const QString& text, bool error);
    void started();
    void finished();
    void channelChoicesChanged();

private:
    SessionEditModel m_model;
    AdminEditRunner m_runner;
    QVariantList m_choices;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_editing;       // the session beginEdit() named
    QVariantMap m_editBase;  // its fields then
};

}  // namespace omk::ui
