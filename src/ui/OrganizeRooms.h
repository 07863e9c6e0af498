#pragma once
// The Organize view's "Rooms" page (OrganizeRoomsPage.qml): how each channel's chat room runs —
// open or closed to attendees, a slow mode it starts with, writing for signed-in people only —
// set as the channel's "room" in the catalog (PATCH /admin/channels/{id}; docs/ADMIN.md "Rooms"),
// so every server applies it to the next message and every viewer's input says so; and who
// moderates the room, granted and revoked by e-mail address (POST /admin/roles/grant|revoke).
// The rules show when the server's catalog.changed has come back, as every viewer sees them;
// the moderators when the roles were read again after a change. What happened, or why not, goes
// to the view's message line through reported().
// Threading: GUI thread.

#include "catalog/Catalog.h"
#include "ui/AdminEditRunner.h"
#include "ui/ChannelEditModel.h"
#include "ui/RoleHolderModel.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QVariantList>

namespace omk::ui {

class OrganizeRooms : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(omk::ui::RoleHolderModel* moderators READ moderators CONSTANT)
    // The choices of the slow-mode box: [{seconds, text}], "Off" first.
    Q_PROPERTY(QVariantList slowModeChoices READ slowModeChoices CONSTANT)

public:
    // channels: the Channels page's list, whose rows carry each room's rules.
    OrganizeRooms(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                  ChannelEditModel* channels, QObject* parent = nullptr);

    RoleHolderModel* moderators() { return &m_moderators; }
    QVariantList slowModeChoices() const;
    // The index in slowModeChoices of seconds (the nearest choice not above it).
    Q_INVOKABLE int slowModeChoiceOf(int seconds) const;

    // Each names its channel by id (another organizer may move the rows meanwhile) and sends the
    // room's rules with that one changed.
    Q_INVOKABLE void setClosed(const QString& channel, bool closed);
    Q_INVOKABLE void setSignedInOnly(const QString& channel, bool on);
    Q_INVOKABLE void setSlowMode(const QString& channel, int seconds);

    // Reads who moderates channel's room (the list then shows that room).
    Q_INVOKABLE void refreshModerators(const QString& channel);
    Q_INVOKABLE void grantModerator(const QString& channel, const QString& email);
    // Takes back one role as listed (its address, role and room, taken when the organizer
    // confirmed: the list may be read again meanwhile). Roles held for the whole event are not
    // taken back here.
    Q_INVOKABLE void revoke(const QString& email, const QString& role, const QString& where);

signals:
    void reported(const QString& text, bool error);
    void started();
    void finished();
    // A grant went through: the page clears the address field.
    void granted();

private:
    void send(const QString& channel, const QString& rule, const QJsonValue& value,
              const QString& ok);
    // The channel's row, or -1 after saying that it is gone.
    int rowOf(const QString& channel);

    AdminEditRunner::Client m_client;
    AdminEditRunner::Describe m_describe;
    ChannelEditModel* m_channels;
    AdminEditRunner m_runner;
    RoleHolderModel m_moderators;
    QString m_moderatorsAsked;  // the channel whose room's moderators were asked for last
};

}  // namespace omk::ui
