#pragma once
// The room's chat as a list model, fed by a RoomConnection: confirmed messages in seq order,
// then this client's pending sends (from the outbox) in the order they were made. A pending row
// becomes the confirmed one when its event arrives (matched by cid), so there is never a second
// row for it. Deletions mark rows; pins name a row; a not-recoverable resume resets the model.
// Protocol v1 has no edits, reactions or history paging; those roles stay empty/false and
// loadOlder() says so (docs/PROTOCOL.md, "Client").
// Threading: lives on RoomConnection's thread; not thread-safe.

#include "core/Expected.h"
#include "protocol/Event.h"
#include "protocol/ServerMessage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
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
    QString failure;
    qint64 ts = 0;
};

class ChatModel final : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString pinned READ pinned NOTIFY pinnedChanged)
    Q_PROPERTY(qint64 pinnedSeq READ pinnedSeq NOTIFY pinnedChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(bool canLoadOlder READ canLoadOlder CONSTANT)
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
    bool canLoadOlder() const { return false; }

    Q_INVOKABLE void markRead();
    // Earlier history: not in protocol v1 (joined carries the last history_on_join events).
    omk::Expected<void> loadOlder(int count);
    bool mentionsMe(const QString& text) const;

signals:
    void pinnedChanged();
    void unreadCountChanged();

private:
    void onEvent(const protocol::Event& e);
    void onQueued(const QString& cid, protocol::EventType type, const QJsonObject& data);
    void onAcked(const protocol::Ack& ack);
    void onFailed(const QString& cid, const QString& code, const QString& message);
    void onReset(const QJsonObject& snapshot, const QList<protocol::Event>& history);
    void onRoomState();
    void addConfirmed(const protocol::Event& e);
    int indexOfSeq(qint64 seq) const;
    int indexOfPending(const QString& cid) const;
    int firstUnreadRow() const;

    QPointer<RoomConnection> m_connection;
    QList<ChatRow> m_rows;
    int m_confirmed = 0;  // rows [0, m_confirmed) are confirmed, the rest pending
    qint64 m_pinnedSeq = 0;
    qint64 m_lastReadSeq = 0;
};

}  // namespace omk::room
