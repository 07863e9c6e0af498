#pragma once
// The Organize view's "Channels" page (OrganizeChannelsPage.qml): add a channel, rename it, move
// it in the tab order, hide it from attendees, remove it; edit its streams (the main one viewers
// open, fallbacks the player offers when it fails: address, projection, stereo, language,
// label), add and remove them. Each is one
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
#include <QVariantList>

#include <optional>

namespace omk::ui {

class OrganizeChannels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(omk::ui::ChannelEditModel* model READ model CONSTANT)
    // What the stream fields offer: [{value, text}], value as the catalog names it.
    Q_PROPERTY(QVariantList projectionChoices READ projectionChoices CONSTANT)
    Q_PROPERTY(QVariantList stereoChoices READ stereoChoices CONSTANT)

public:
    OrganizeChannels(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                     QObject* parent = nullptr);

    ChannelEditModel* model() { return &m_model; }
    static QVariantList projectionChoices();
    static QVariantList stereoChoices();
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
    // Hidden: kept from attendees' tabs, schedule and now/next; organizers still see it.
    Q_INVOKABLE void setHidden(const QString& channel, bool hidden);
    // The stream's fields as shown when the organizer starts editing them (index == its stream
    // count: a new one): saveStream() sends only what differs from these, and only while the
    // same stream is still at that place.
    Q_INVOKABLE void beginStreamEdit(const QString& channel, int index);
    // Stream `index` (0: the main one) as typed: {url, projection, stereo, language, label}; only
    // the fields that changed are checked and sent. An index with no stream adds one (a
    // fallback, or the main stream of a channel with none).
    Q_INVOKABLE void saveStream(const QString& channel, int index, const QVariantMap& fields);
    // url: the address shown for it, so another stream moved to that place is not removed.
    Q_INVOKABLE void removeStream(const QString& channel, int index, const QString& url);

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
    // Why a stream's field (as the catalog names it) cannot take value; empty when it can.
    QString streamFieldError(const QString& key, const QString& value) const;
    // The fields typed that differ from base (empty base: a new stream, every field), checked
    // and in the catalog's words, with the protocol told from a new address; nullopt after
    // saying why not.
    std::optional<QJsonObject> changedStreamFields(const QVariantMap& base,
                                                   const QVariantMap& typed);
    // Whether the stream at index is still the one shown (its address); says so when not.
    bool sameStreamAt(int row, int index, const QVariantMap& shown);

    ChannelEditModel m_model;
    AdminEditRunner m_runner;
    QString m_awaiting;  // a channel added here, not in the list yet
    struct StreamEdit {
        QString channel{};
        int index = -1;
        QVariantMap base{};  // empty: a new stream
    };
    StreamEdit m_streamEdit{};
};

}  // namespace omk::ui
