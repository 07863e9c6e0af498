#pragma once
// The viewer's side of omnikast-server's admin API (docs/ADMIN.md), for the Organize view: put a
// session on air, send an announcement, list and lift bans, read the audit log, edit channels
// and their streams, sessions, speakers and topics, grant and revoke roles, re-import the
// schedule. The token is the one the viewer signs in to the room with (an admin's account, or an
// admin invite). Every answer comes back as an AdminReply: the JSON body, or the server's error
// code and sentence, or "network". Threading: GUI (or any one) thread; callbacks run on it.

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace omk::room {

struct AdminReply {
    bool ok = false;
    QJsonObject body;
    // When not ok: the server's code (forbidden, no_channel, no_session, …), "network" (no
    // answer), "no_server" or "bad_reply"; and a sentence for people.
    QString errorCode;
    QString message;
};

class AdminClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const AdminReply&)>;

    explicit AdminClient(QObject* parent = nullptr);

    // The room server as the viewer knows it (ws://host:port/ws); the API is beside it.
    void setServer(const QString& roomServerUrl);
    void setToken(const QString& token) { m_token = token; }
    bool ready() const { return m_base.isValid() && !m_token.isEmpty(); }

    // session empty: nothing on air on that channel.
    void switchOnAir(const QString& channel, const QString& session, Done done);
    // channel empty: for every channel.
    void announce(const QString& text, const QString& channel, Done done);
    // The newest entries first; action (several: comma-separated), actor (an account's id, an
    // invite's u_…, cli:USER) empty: all of them.
    void audit(int limit, const QString& action, const QString& actor, Done done);
    // Bans and timeouts in force in every room; lifting one (both, where both hold).
    void bans(Done done);
    void liftBan(const QString& room, const QString& user, Done done);
    // One part of the catalog (docs/ADMIN.md "Editing one part of the catalog"): fields as the
    // catalog format names them; in a change, null removes one and "position" moves the part.
    void addChannel(const QJsonObject& fields, Done done);
    void changeChannel(const QString& channel, const QJsonObject& fields, Done done);
    void removeChannel(const QString& channel, Done done);
    void addStream(const QString& channel, const QJsonObject& fields, Done done);
    void changeStream(const QString& channel, int index, const QJsonObject& fields, Done done);
    void removeStream(const QString& channel, int index, Done done);
    void changeSession(const QString& session, const QJsonObject& fields, Done done);
    void removeSession(const QString& session, Done done);
    // A speaker the sessions name by id, not in the catalog yet (a last-minute replacement).
    void addSpeaker(const QJsonObject& fields, Done done);
    // Every role held ({"roles": [{account, email, name, room, role}]}); granting or revoking one
    // by e-mail address (room "*": the whole event).
    void roles(Done done);
    void changeRole(bool grant, const QString& email, const QString& role, const QString& room,
                    Done done);
    // The schedule's re-import (docs/ADMIN.md): where it is read from and its last automatic
    // check; what an import from url (empty: the configured one) would change; the import of
    // what was previewed (sourceHash), onto the catalog version the preview was of (ifMatch, its
    // base ETag; empty: whatever is live).
    void importStatus(Done done);
    void previewImport(const QString& url, Done done);
    void applyImport(const QString& url, const QString& sourceHash, const QByteArray& ifMatch,
                     Done done);

private:
    // ifMatch: sent as If-Match when not empty.
    void send(const QByteArray& verb, const QString& path, const QString& query,
              const QJsonObject& body, Done done, const QByteArray& ifMatch = {});

    QNetworkAccessManager* m_http;
    QUrl m_base;
    QString m_token;
};

}  // namespace omk::room
