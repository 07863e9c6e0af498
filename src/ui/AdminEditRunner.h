#pragma once
// One request of the admin API for one part of the event at a time (a channel, a session): it
// is pending while on its way (a second edit of the same part waits and says so), and what
// happened, or why not in the viewer's language, is said after. The Organize view's pages that
// edit the catalog (OrganizeChannels, OrganizeSessions) send through one of these.
// Threading: GUI thread.

#include "room/AdminClient.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace omk::ui {

class AdminEditRunner : public QObject {
    Q_OBJECT
public:
    // The admin client, ready to call (the viewer is an admin), or nullptr after saying why.
    using Client = std::function<room::AdminClient*()>;
    // A refusal in the viewer's language.
    using Describe = std::function<QString(const room::AdminReply&)>;
    using Call = std::function<void(room::AdminClient&, room::AdminClient::Done)>;
    using After = std::function<void(const room::AdminReply&)>;

    AdminEditRunner(Client client, Describe describe, QObject* parent = nullptr);

    bool pending(const QString& part) const { return m_pending.contains(part); }
    // Sends call for part; ok: said when it succeeded, failedPrefix: before the reason when not;
    // after: run with the reply either way. Returns whether it was sent.
    bool run(const QString& part, const Call& call, const QString& ok, const QString& failedPrefix,
             After after = {});

signals:
    void reported(const QString& text, bool error);
    void started();
    void finished();
    void pendingChanged(const QString& part, bool pending);

private:
    Client m_client;
    Describe m_describe;
    QSet<QString> m_pending;
};

}  // namespace omk::ui
