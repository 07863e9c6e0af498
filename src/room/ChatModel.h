#pragma once
// The room's chat as a list model, fed by a RoomConnection: confirmed messages in seq order,
// then this client's pending sends (from the outbox) in the order they were made. A pending row
// becomes the confirmed one when its event arrives (matched by cid), so there is never a second
// row for it. Deletions mark rows; pins name a row; a not-recoverable resume resets the model.
// Edits replace a row's text (marked edited), reactions are counted per emoji, and loadOlder()
// pages back through the log (protocol 1.1, docs/PROTOCOL.md). An edit or reaction naming a
// message older than the rows loaded is kept until that message is paged in.
// Threading: lives on RoomConnection's thread; not thread-safe.

#include "core/Expected.h"
#include "protocol/Event.h"
#include "protocol/ServerDecoder.h"
#include "protocol/ServerMessage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>

namespace omk::room {

class RoomConnection;

struct ChatRow {
    QString id;  // event id; empty while pending
    qint64 seq = 0;
    QString cid;
    protocol::Actor author;
    QString text;
    qint64 replyTo = 0;
    bool deleted = false;
    bool pending = false;
    bool failed = false;
    bool edited = false;
    QMap<QString, QStringList> reactions;  // emoji → user ids, in the order they reacted
    QString failure;
    qint64 ts = 0;
};

class ChatModel final : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString pinned READ pinned NOTIFY pinnedChanged)
    Q_PROPERTY(qint64 pinnedSeq READ pinnedSeq NOTIFY pinnedChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(bool canLoadOlder READ canLoadOlder NOTIFY canLoadOlderChanged)
    Q_PROPERTY(bool loadingOlder READ loadingOlder NOTIFY canLoadOlderChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeqRole,
        CidRole,
        AuthorIdRole,
        AuthorRole,
        AuthorRoleRole,
        TextRole,
        MentionsMeRole,
        ReplyToSeqRole,
        ReplyToSnippetRole,
        ReactionsRole,
        EditedRole,
        DeletedRole,
        PendingRole,
        FailedRole,
        TimestampRole,
        IsNewMarkerRole,
    };
    Q_ENUM(Role)

    explicit ChatModel(RoomConnection* connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ChatRow& row(int i) const { return m_rows.at(i); }
    QString pinned() const;
    qint64 pinnedSeq() const { return m_pinnedSeq; }
    int unreadCount() const;
    bool canLoadOlder() const;
    bool loadingOlder() const { return m_loadingOlder; }

    Q_INVOKABLE void markRead();
    // Asks for up to count earlier events; rows arrive at the top (rowsInserted at 0).
    Q_INVOKABLE void loadOlder(int count = 50);
    bool mentionsMe(const QString& text) const;

signals:
    void pinnedChanged();
    void unreadCountChanged();
    void canLoadOlderChanged();

private:
    void onEvent(const protocol::Event& e);
    void onQueued(const QString& cid, protocol::EventType type, const QJsonObject& data);
    void onAcked(const protocol::Ack& ack);
    void onFailed(const QString& cid, const QString& code, const QString& message);
    void onReset(const QJsonObject& snapshot, const QList<protocol::Event>& history);
    void onRoomState();
    void onHistory(const protocol::HistoryPage& page);
    // chat.delete / chat.edit / chat.react on a loaded row; false if the row is not loaded.
    bool applyToRow(const protocol::Event& e, bool notify);
    void addConfirmed(const protocol::Event& e);
    int indexOfSeq(qint64 seq) const;
    int indexOfPending(const QString& cid) const;
    int firstUnreadRow() const;

    QPointer<RoomConnection> m_connection;
    QList<ChatRow> m_rows;
    int m_confirmed = 0;  // rows [0, m_confirmed) are confirmed, the rest pending
    qint64 m_pinnedSeq = 0;
    qint64 m_lastReadSeq = 0;
    bool m_loadingOlder = false;
    bool m_historyExhausted = false;
    // Edits, reactions and deletions of messages older than the first loaded row.
    QHash<qint64, QList<protocol::Event>> m_orphans;
};

}  // namespace omk::room
