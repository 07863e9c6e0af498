#pragma once
// The Organize view's "Sessions" page (OrganizeSessionsPage.qml): find a session among
// thousands, change its title, start, length, channel, speakers and topic, cancel it (struck
// through for every viewer, off now/next and reminders) or bring it back, remove it. Times are
// typed in the event's time zone ("2026-07-03 20:30", "1:30"); speakers by name, separated by
// commas: a name the event has (any case) is that speaker, a new one becomes a new speaker, added
// first. Only the fields that changed are sent, as one request of the admin API (after the new
// speakers' own; room::AdminClient; docs/ADMIN.md "Editing one part of the catalog"). The list
// changes when the server's catalog.changed came back, as every viewer sees it.
// Threading: GUI thread.

#include "catalog/Catalog.h"
#include "ui/AdminEditRunner.h"
#include "ui/SessionEditModel.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

namespace omk::ui {

// A session's speakers as an organizer typed them (OrganizeSessions::typedSpeakers).
struct TypedSpeakers {
    QStringList ids{};                // in the typed order, each once
    QStringList names{};              // as the catalog names them (a new one as typed)
    QList<catalog::Speaker> added{};  // the new ones (id and name), to add before the session
};

class OrganizeSessions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(omk::ui::SessionEditModel* model READ model CONSTANT)
    // The channels a session can be on: [{id, name}], in tab order.
    Q_PROPERTY(QVariantList channelChoices READ channelChoices NOTIFY channelChoicesChanged)
    // The event's zone, as the page names it beside the times ("Europe/Berlin").
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY channelChoicesChanged)
    // The topics a session can have: [{id: "", name: "No topic"}, then {id, name} of each, in
    // the catalog's order.
    Q_PROPERTY(QVariantList topicChoices READ topicChoices NOTIFY topicChoicesChanged)

public:
    OrganizeSessions(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                     QObject* parent = nullptr);

    SessionEditModel* model() { return &m_model; }
    QVariantList channelChoices() const { return m_choices; }
    QString timeZone() const { return QString::fromUtf8(m_zone.id()); }
    QVariantList topicChoices() const { return m_topicChoices; }
    void update(const catalog::Catalog* catalog);

    // The speakers' names as typed: split on commas, each trimmed, empty ones and repeats (any
    // case) left out. A name matches the event's speaker of that name in any case (of several with
    // one name, one the session has already: current, its ids); the rest are new speakers, each
    // with an id made from its name (idFromName) that no speaker has. A name with a comma of its
    // own ("Lovelace, Ada") is matched whole before it is split.
    static TypedSpeakers typedSpeakers(const QString& typed, const QList<catalog::Speaker>& known,
                                       const QStringList& current = {});

    // The fields as shown when the organizer starts editing them: save() sends only what differs
    // from these, so another organizer's change to another field meanwhile stays.
    Q_INVOKABLE void beginEdit(const QString& session);
    // start: "YYYY-MM-DD HH:MM" in the event's zone; duration: "H:MM" (or "H:MM:SS");
    // speakers: names separated by commas (typedSpeakers); topic: its id, empty: none.
    Q_INVOKABLE void save(const QString& session, const QString& title, const QString& start,
                          const QString& duration, const QString& channel, const QString& speakers,
                          const QString& topic);
    Q_INVOKABLE void setCancelled(const QString& session, bool cancelled);
    Q_INVOKABLE void remove(const QString& session);

signals:
    void reported(const QString& text, bool error);
    void started();
    void finished();
    void channelChoicesChanged();
    void topicChoicesChanged();

private:
    SessionEditModel m_model;
    AdminEditRunner m_runner;
    QVariantList m_choices;
    QVariantList m_topicChoices;
    QList<catalog::Speaker> m_speakers;  // the event's, for typedSpeakers
    QTimeZone m_zone = QTimeZone::utc();
    QString m_editing;       // the session beginEdit() named
    QVariantMap m_editBase;  // its fields then
};

}  // namespace omk::ui
