#pragma once
// The Organize view (OrganizePanel.qml), for an admin of the whole event on an Omnikast room
// server: what is on air on each channel, switched with a key or a click; an announcement to
// every viewer or to one channel's; the channels (OrganizeChannels) and a stream's test
// (StreamTestRun); the sessions (OrganizeSessions) and the schedule's re-import
// (OrganizeImport); the rooms (OrganizeRooms); bans; the audit log. It speaks
// the admin API (room::AdminClient) with the token the room was signed in with; the server checks
// the role again on every call. A switch shows on the board when the server's onair message comes
// back (as every viewer sees it), not when the request is sent. One message line says what happened
// or why not. Threading: GUI thread.

#include "room/AdminClient.h"
#include "ui/AuditLogModel.h"
#include "ui/BanListModel.h"
#include "ui/EventController.h"
#include "ui/OnAirBoardModel.h"
#include "ui/OrganizeChannels.h"
#include "ui/OrganizeImport.h"
#include "ui/OrganizeRooms.h"
#include "ui/OrganizeSessions.h"
#include "ui/RoomController.h"
#include "ui/StreamTestRun.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace omk::ui {

class OrganizeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(omk::ui::RoomController* room READ room WRITE setRoom NOTIFY roomChanged)
    Q_PROPERTY(omk::ui::EventController* event READ event WRITE setEvent NOTIFY eventChanged)
    // The signed-in user administers the whole event, on a room server: the view is offered.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(omk::ui::OnAirBoardModel* onAir READ onAir CONSTANT)
    Q_PROPERTY(omk::ui::AuditLogModel* audit READ audit CONSTANT)
    Q_PROPERTY(omk::ui::BanListModel* bans READ bans CONSTANT)
    Q_PROPERTY(omk::ui::OrganizeChannels* channels READ channels CONSTANT)
    Q_PROPERTY(omk::ui::StreamTestRun* streamTest READ streamTest CONSTANT)
    Q_PROPERTY(omk::ui::OrganizeSessions* sessions READ sessions CONSTANT)
    Q_PROPERTY(omk::ui::OrganizeRooms* rooms READ rooms CONSTANT)
    Q_PROPERTY(omk::ui::OrganizeImport* scheduleImport READ scheduleImport CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // Who an announcement can go to: [{id: "", name: "Every channel"}, {id, name} per channel].
    Q_PROPERTY(QVariantList announcementTargets READ announcementTargets NOTIFY targetsChanged)
    Q_PROPERTY(int maxAnnouncementChars READ maxAnnouncementChars CONSTANT)

public:
    static constexpr int kAnnouncementMaxChars = 500;  // the server's limit
    static constexpr int kAuditPage = 200;

    explicit OrganizeController(QObject* parent = nullptr);

    RoomController* room() const { return m_room; }
    void setRoom(RoomController* room);
    EventController* event() const { return m_event; }
    void setEvent(EventController* event);
    bool available() const;
    OnAirBoardModel* onAir() { return &m_board; }
    AuditLogModel* audit() { return &m_audit; }
    BanListModel* bans() { return &m_bans; }
    OrganizeChannels* channels() { return &m_channels; }
    StreamTestRun* streamTest() { return &m_streamTest; }
    OrganizeSessions* sessions() { return &m_sessions; }
    OrganizeRooms* rooms() { return &m_rooms; }
    OrganizeImport* scheduleImport() { return &m_import; }
    bool busy() const { return m_inFlight > 0; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QVariantList announcementTargets() const;
    int maxAnnouncementChars() const { return kAnnouncementMaxChars; }

    // Puts `session` of the board's row on air; empty: nothing.
    Q_INVOKABLE void putOnAir(int row, const QString& session);
    // The row's next session (OnAirBoardModel): the usual step as talks follow each other.
    Q_INVOKABLE void putNextOnAir(int row);
    Q_INVOKABLE void takeOffAir(int row) { putOnAir(row, QString()); }
    // channel empty: to every viewer. Says "sent" through announced().
    Q_INVOKABLE void announce(const QString& text, const QString& channel);
    // Reads the newest entries again; action empty: every kind, actor (an account's id, as the
    // audit log's actors name it) empty: everyone's.
    Q_INVOKABLE void refreshAudit(const QString& action = QString(),
                                  const QString& actor = QString());
    // Bans and timeouts in force in every room; lifting the row's (then the list is read again).
    Q_INVOKABLE void refreshBans();
    Q_INVOKABLE void liftBan(int row);

signals:
    void roomChanged();
    void eventChanged();
    void availableChanged();
    void busyChanged();
    void messageChanged();
    void announced();
    void targetsChanged();

private:
    // The view's lists follow the catalog only while it is offered (an admin): an attendee's
    // viewer does not format a congress's thousands of sessions for a view it never shows.
    // When it becomes available, they are built then.
    void rebuildBoard();
    void catalogChanged();
    void availabilityChanged();
    bool prepare();
    void setMessage(const QString& text, bool error);
    void started();
    void finished();
    // A refusal in the viewer's language: known codes get their own sentence.
    QString describe(const room::AdminReply& reply) const;

    QPointer<RoomController> m_room;
    QPointer<EventController> m_event;
    room::AdminClient m_client;
    OnAirBoardModel m_board;
    AuditLogModel m_audit;
    QString m_adminServer;  // the server the admin lists were last read from
    BanListModel m_bans;
    OrganizeChannels m_channels;
    StreamTestRun m_streamTest;
    OrganizeSessions m_sessions;
    OrganizeRooms m_rooms;
    OrganizeImport m_import;
    int m_inFlight = 0;
    QString m_message;
    bool m_messageIsError = false;
    bool m_announcing = false;
    int m_auditRequest = 0;  // only the newest request's answer is shown
    int m_bansRequest = 0;
    QMetaObject::Connection m_eventCatalog, m_eventOnAir, m_roomSignedIn;
    bool m_listsStale = false;  // a catalog came while the view was not offered
};

}  // namespace omk::ui
