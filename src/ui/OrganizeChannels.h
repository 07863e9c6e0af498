#pragma once
// The Organize view's "Channels" page (OrganizeChannelsPage.qml): add a channel, rename it, move
// it in the tab order, remove it, set the address of the stream viewers open on it. Each is one
// request of the admin API's catalog edits (room::AdminClient; docs/ADMIN.md "Editing one part
// of the catalog"). The list changes when the server's catalog.changed has come back and the
// catalog was read again, as every viewer sees it, not when the request is sent; a channel added
// here becomes the list's current row when it shows (selectRow). What happened, or why not, goes
// to the view's message line through reported().
// Threading: GUI thread.

#include "catalog/Catalog.h"
#include "room/AdminClient.h"
#include "ui/AdminEditRunner.h"
#include "ui/ChannelEditModel.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>

namespace omk::ui {

class OrganizeChannels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(omk::ui::ChannelEditModel* model READ model CONSTANT)

public:
    OrganizeChannels(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                     QObject* parent = nullptr);

    ChannelEditModel* model() { return &m_model; }
    void update(const catalog::Catalog* catalog);

    // The id a new channel of this name gets: its letters and digits in lower case, words joined
    // by "-", made unique with "-2", "-3"…
    Q_INVOKABLE QString idFor(const QString& name) const;
    // Each names its channel by id, not by row: another organizer's change may move the rows
    // while one is typing. position: where in the tab order, 0 first; -1 at the end.
    Q_INVOKABLE void add(const QString& name, int position = -1);
    Q_INVOKABLE void rename(const QString& channel, const QString& name);
    // by: -1 one place earlier in the tab order, +1 one later.
    Q_INVOKABLE void move(const QString& channel, int by);
    Q_INVOKABLE void remove(const QString& channel);
    // The first stream's address (added when the channel has none); its protocol is told from
    // it. An address needs a scheme (https://, rtmp://, srt://…) or is an absolute path.
    Q_INVOKABLE void setStreamUrl(const QString& channel, const QString& url);

signals:
    void reported(const QString& text, bool error);
    void started();
    void finished();
    void selectRow(int row);

private:
    // Sends one edit of a channel: pending while on its way; ok: the sentence said after;
    // follow: the list makes the channel current when it shows (added, moved).
    void edit(const QString& channel, const AdminEditRunner::Call& call, const QString& ok,
              const QString& failedPrefix, bool follow = false);
    // The channel's row, or -1 after saying that it is gone.
    int rowOf(const QString& channel);

    ChannelEditModel m_model;
    AdminEditRunner m_runner;
    QString m_awaiting;  // a channel added here, not in the list yet
};

}  // namespace omk::ui
