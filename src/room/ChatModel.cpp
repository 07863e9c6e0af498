#include "room/ChatModel.h"

#include "room/RoomConnection.h"

#include <QRegularExpression>

namespace omk::room {

using protocol::EventType;

namespace {

// A confirmed chat.message as a row (live or from a snapshot's history).
ChatRow rowFromEvent(const protocol::Event& e) {
    ChatRow r;
    r.id = e.id;
    r.seq = e.seq;
    r.cid = e.cid;
    r.author = e.actor;
    r.text = e.data.value(QStringLiteral("text")).toString();
    r.replyTo = e.data.value(QStringLiteral("reply_to")).toInteger();
    r.ts = e.ts;
    return r;
}
constexpr int kSnippetChars = 80;
}  // namespace

ChatModel::ChatModel(RoomConnection* connection, QObject* parent)
    : QAbstractListModel(parent), m_connection(connection) {
    connect(connection, &RoomConnection::eventApplied, this, &ChatModel::onEvent);
    connect(connection, &RoomConnection::queued, this, &ChatModel::onQueued);
    connect(connection, &RoomConnection::sendFailed, this, &ChatModel::onFailed);
    connect(connection, &RoomConnection::roomReset, this, &ChatModel::onReset);
    connect(connection, &RoomConnection::acked, this, &ChatModel::onAcked);
    connect(connection, &RoomConnection::roomStateChanged, this, &ChatModel::onRoomState);
    // Sends left from an earlier run (the outbox file) show as pending from the start.
    for (const auto& item : connection->outbox().items()) onQueued(item.cid, item.type, item.data);
}

int ChatModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ChatModel::roleNames() const {
    return {{IdRole, "id"},
            {SeqRole, "seq"},
            {CidRole, "cid"},
            {AuthorIdRole, "authorId"},
            {AuthorRole, "author"},
            {AuthorRoleRole, "authorRole"},
            {TextRole, "text"},
            {MentionsMeRole, "mentionsMe"},
            {ReplyToSeqRole, "replyToSeq"},
            {ReplyToSnippetRole, "replyToSnippet"},
            {ReactionsRole, "reactions"},
            {EditedRole, "edited"},
            {DeletedRole, "deleted"},
            {PendingRole, "pending"},
            {FailedRole, "failed"},
            {TimestampRole, "timestamp"},
            {IsNewMarkerRole, "isNewMarker"}};
}

QVariant ChatModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const ChatRow& r = m_rows.at(index.row());
    switch (role) {
        case IdRole:
            return r.id;
        case SeqRole:
            return r.seq;
        case CidRole:
            return r.cid;
        case AuthorIdRole:
            return r.author.id;
        case AuthorRole:
            return r.author.name;
        case AuthorRoleRole:
            return protocol::roleName(r.author.role);
        case Qt::DisplayRole:
        case TextRole:
            return r.deleted ? QString() : r.text;
        case MentionsMeRole:
            return !r.deleted && mentionsMe(r.text);
        case ReplyToSeqRole:
            return r.replyTo;
        case ReplyToSnippetRole: {
            const int i = indexOfSeq(r.replyTo);
            if (i < 0) return QString();
            const ChatRow& q = m_rows.at(i);
            return q.deleted ? QString() : q.text.left(kSnippetChars);
        }
        case ReactionsRole:
            return QVariantList();
        case EditedRole:
            return false;
        case DeletedRole:
            return r.deleted;
        case PendingRole:
            return r.pending;
        case FailedRole:
            return r.failed;
        case TimestampRole:
            return r.ts;
        case IsNewMarkerRole:
            return index.row() == firstUnreadRow();
        default:
            return {};
    }
}

bool ChatModel::mentionsMe(const QString& text) const {
    if (!m_connection || m_connection->userName().isEmpty()) return false;
    const QRegularExpression re(QStringLiteral("(^|\\W)@%1(\\W|$)")
                                    .arg(QRegularExpression::escape(m_connection->userName())),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

int ChatModel::indexOfSeq(qint64 seq) const {
    if (seq <= 0) return -1;
    // Confirmed rows are in seq order.
    int lo = 0, hi = m_confirmed - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const qint64 s = m_rows.at(mid).seq;
        if (s == seq) return mid;
        if (s < seq)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

int ChatModel::indexOfPending(const QString& cid) const {
    for (int i = m_confirmed; i < m_rows.size(); ++i)
        if (m_rows.at(i).cid == cid) return i;
    return -1;
}

int ChatModel::firstUnreadRow() const {
    const QString me = m_connection ? m_connection->userId() : QString();
    for (int i = 0; i < m_confirmed; ++i) {
        const ChatRow& r = m_rows.at(i);
        if (r.seq > m_lastReadSeq && r.author.id != me) return i;
    }
    return -1;
}

int ChatModel::unreadCount() const {
    const QString me = m_connection ? m_connection->userId() : QString();
    int n = 0;
    for (int i = m_confirmed - 1; i >= 0 && m_rows.at(i).seq > m_lastReadSeq; --i)
        if (m_rows.at(i).author.id != me && !m_rows.at(i).deleted) ++n;
    return n;
}

void ChatModel::markRead() {
    const int oldMarker = firstUnreadRow();
    if (m_confirmed > 0) m_lastReadSeq = m_rows.at(m_confirmed - 1).seq;
    if (oldMarker >= 0) emit dataChanged(index(oldMarker), index(oldMarker), {IsNewMarkerRole});
    emit unreadCountChanged();
}

omk::Expected<void> ChatModel::loadOlder(int) {
    return omk::fail(
        QStringLiteral("earlier history is not available: protocol v1 has no history paging"));
}

QString ChatModel::pinned() const {
    const int i = indexOfSeq(m_pinnedSeq);
    if (i < 0 || m_rows.at(i).deleted) return QString();
    return m_rows.at(i).text;
}

void ChatModel::onRoomState() {
    if (!m_connection || m_connection->pinnedSeq() == m_pinnedSeq) return;
    m_pinnedSeq = m_connection->pinnedSeq();
    emit pinnedChanged();
}

void ChatModel::addConfirmed(const protocol::Event& e) {
    ChatRow r = rowFromEvent(e);
    // Our own send: its pending row goes, the confirmed one takes its place in seq order.
    if (m_connection && e.actor.id == m_connection->userId()) {
        const int p = indexOfPending(e.cid);
        if (p >= 0) {
            beginRemoveRows({}, p, p);
            m_rows.removeAt(p);
            endRemoveRows();
        }
    }
    beginInsertRows({}, m_confirmed, m_confirmed);
    m_rows.insert(m_confirmed, r);
    ++m_confirmed;
    endInsertRows();
}

void ChatModel::onEvent(const protocol::Event& e) {
    switch (e.type) {
        case EventType::ChatMessage:
            addConfirmed(e);
            if (!m_connection || e.actor.id != m_connection->userId()) emit unreadCountChanged();
            if (e.seq == m_pinnedSeq) emit pinnedChanged();
            break;
        case EventType::ChatDelete: {
            const qint64 target = e.data.value(QStringLiteral("seq")).toInteger();
            const int i = indexOfSeq(target);
            if (i < 0) break;
            m_rows[i].deleted = true;
            emit dataChanged(index(i), index(i));
            // Replies quoting it lose their snippet.
            for (int j = i + 1; j < m_confirmed; ++j)
                if (m_rows.at(j).replyTo == target)
                    emit dataChanged(index(j), index(j), {ReplyToSnippetRole});
            if (target == m_pinnedSeq) emit pinnedChanged();
            emit unreadCountChanged();
            break;
        }
        default:
            break;
    }
}

void ChatModel::onQueued(const QString& cid, EventType type, const QJsonObject& data) {
    if (type != EventType::ChatMessage || !m_connection) return;
    ChatRow r;
    r.cid = cid;
    r.author = m_connection->user();
    r.text = data.value(QStringLiteral("text")).toString();
    r.replyTo = data.value(QStringLiteral("reply_to")).toInteger();
    r.pending = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(r);
    endInsertRows();
}

void ChatModel::onAcked(const protocol::Ack& ack) {
    // The server sends an event before its ack, so by now the confirmed row is in place (or
    // older than the history shown, after a reset); a pending row left over is a duplicate.
    const int p = indexOfPending(ack.cid);
    if (p < 0) return;
    beginRemoveRows({}, p, p);
    m_rows.removeAt(p);
    endRemoveRows();
}

void ChatModel::onFailed(const QString& cid, const QString& code, const QString& message) {
    const int i = indexOfPending(cid);
    if (i < 0) return;
    m_rows[i].failed = true;
    m_rows[i].failure = code + QStringLiteral(": ") + message;
    emit dataChanged(index(i), index(i), {FailedRole});
}

void ChatModel::onReset(const QJsonObject& snapshot, const QList<protocol::Event>& history) {
    beginResetModel();
    // Pending sends survive: they are still in the outbox and will be delivered.
    QList<ChatRow> pending = m_rows.mid(m_confirmed);
    m_rows.clear();
    m_confirmed = 0;
    m_pinnedSeq = snapshot.value(QStringLiteral("pinned_seq")).toInteger();
    for (const auto& e : history) {
        if (e.type == EventType::ChatMessage) {
            m_rows.append(rowFromEvent(e));
            ++m_confirmed;
        } else if (e.type == EventType::ChatDelete) {
            const int i = indexOfSeq(e.data.value(QStringLiteral("seq")).toInteger());
            if (i >= 0) m_rows[i].deleted = true;
        }
    }
    // A pending send that the history already holds was delivered before the reset.
    const QString me = m_connection ? m_connection->userId() : QString();
    for (const auto& p : pending) {
        bool delivered = false;
        for (int i = 0; i < m_confirmed && !delivered; ++i)
            delivered = m_rows.at(i).cid == p.cid && m_rows.at(i).author.id == me;
        if (!delivered) m_rows.append(p);
    }
    // What was there on arrival counts as read; the marker starts at the first later message.
    m_lastReadSeq = m_confirmed > 0 ? m_rows.at(m_confirmed - 1).seq : 0;
    endResetModel();
    emit pinnedChanged();
    emit unreadCountChanged();
}

}  // namespace omk::room
