#include "room/ChatModel.h"

#include "room/RoomConnection.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

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

bool isRowChange(EventType t) {
    return t == EventType::ChatDelete || t == EventType::ChatEdit || t == EventType::ChatReact;
}

// chat.delete / chat.edit / chat.react on the row they name. An edit counts only from the
// message's author (the server checks it too; a replayed or forged log must not rewrite).
void applyEvent(ChatRow& r, const protocol::Event& e) {
    switch (e.type) {
        case EventType::ChatDelete:
            r.deleted = true;
            break;
        case EventType::ChatEdit:
            if (e.actor.id != r.author.id) break;
            r.text = e.data.value(QStringLiteral("text")).toString();
            r.edited = true;
            break;
        case EventType::ChatReact: {
            const QString emoji = e.data.value(QStringLiteral("emoji")).toString();
            QStringList& users = r.reactions[emoji];
            const bool on = e.data.value(QStringLiteral("on")).toBool(true);
            if (on && !users.contains(e.actor.id)) users.append(e.actor.id);
            if (!on) users.removeAll(e.actor.id);
            if (users.isEmpty()) r.reactions.remove(emoji);
            break;
        }
        default:
            break;
    }
}
}  // namespace

ChatModel::ChatModel(RoomConnection* connection, QObject* parent)
    : QAbstractListModel(parent), m_connection(connection) {
    connect(connection, &RoomConnection::eventApplied, this, &ChatModel::onEvent);
    connect(connection, &RoomConnection::queued, this, &ChatModel::onQueued);
    connect(connection, &RoomConnection::sendFailed, this, &ChatModel::onFailed);
    connect(connection, &RoomConnection::roomReset, this, &ChatModel::onReset);
    connect(connection, &RoomConnection::acked, this, &ChatModel::onAcked);
    connect(connection, &RoomConnection::roomStateChanged, this, &ChatModel::onRoomState);
    connect(connection, &RoomConnection::historyReceived, this, &ChatModel::onHistory);
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
        case ReactionsRole: {
            if (r.deleted) return QVariantList();
            const QString me = m_connection ? m_connection->userId() : QString();
            QVariantList out;
            for (auto it = r.reactions.begin(); it != r.reactions.end(); ++it)
                out.append(QVariantMap{{QStringLiteral("emoji"), it.key()},
                                       {QStringLiteral("count"), int(it->size())},
                                       {QStringLiteral("mine"), it->contains(me)}});
            return out;
        }
        case EditedRole:
            return r.edited;
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

bool ChatModel::canLoadOlder() const {
    if (m_historyExhausted || !m_connection) return false;
    // Seq 1 loaded: nothing is older.
    return m_confirmed == 0 ? m_connection->lastSeq() > 0 : m_rows.at(0).seq > 1;
}

void ChatModel::loadOlder(int count) {
    if (m_loadingOlder || !canLoadOlder()) return;
    m_loadingOlder = true;
    m_connection->requestHistory(m_confirmed > 0 ? m_rows.at(0).seq : 0, std::clamp(count, 1, 200));
    emit canLoadOlderChanged();
}

void ChatModel::onHistory(const protocol::HistoryPage& page) {
    m_loadingOlder = false;
    const qint64 first = m_confirmed > 0 ? m_rows.at(0).seq : std::numeric_limits<qint64>::max();
    QList<ChatRow> older;
    for (const auto& e : page.events) {
        if (e.seq >= first) break;
        if (e.type == EventType::ChatMessage) older.append(rowFromEvent(e));
    }
    // Edits, reactions and deletions inside the page, then those that waited for these rows.
    auto applyTo = [](QList<ChatRow>& rows, const protocol::Event& e) {
        const qint64 target = e.data.value(QStringLiteral("seq")).toInteger();
        for (ChatRow& r : rows)
            if (r.seq == target) {
                applyEvent(r, e);
                return true;
            }
        return false;
    };
    for (const auto& e : page.events)
        if (e.seq < first && isRowChange(e.type) && !applyTo(older, e))
            m_orphans[e.data.value(QStringLiteral("seq")).toInteger()].append(e);
    for (ChatRow& r : older) {
        const auto waiting = m_orphans.take(r.seq);
        for (const auto& e : waiting) applyEvent(r, e);
    }
    if (!page.more) m_historyExhausted = true;
    if (!older.isEmpty()) {
        beginInsertRows({}, 0, int(older.size()) - 1);
        for (qsizetype i = older.size(); i-- > 0;) m_rows.prepend(older.at(i));
        m_confirmed += int(older.size());
        endInsertRows();
        emit pinnedChanged();
    } else if (page.more && !page.events.isEmpty()) {
        // A page of moderation and playback only: keep going until messages or the start.
        emit canLoadOlderChanged();
        loadOlder(int(page.events.size()));
        return;
    }
    emit canLoadOlderChanged();
}

bool ChatModel::applyToRow(const protocol::Event& e, bool notify) {
    const qint64 target = e.data.value(QStringLiteral("seq")).toInteger();
    const int i = indexOfSeq(target);
    if (i < 0) {
        if (m_confirmed == 0 || target < m_rows.at(0).seq) m_orphans[target].append(e);
        return false;
    }
    applyEvent(m_rows[i], e);
    if (notify) {
        emit dataChanged(index(i), index(i));
        // Replies quoting it show its new text (or lose the snippet).
        for (int j = i + 1; j < m_confirmed; ++j)
            if (m_rows.at(j).replyTo == target)
                emit dataChanged(index(j), index(j), {ReplyToSnippetRole});
        if (target == m_pinnedSeq) emit pinnedChanged();
    }
    return true;
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
        case EventType::ChatDelete:
            if (applyToRow(e, true)) emit unreadCountChanged();
            break;
        case EventType::ChatEdit:
        case EventType::ChatReact:
            applyToRow(e, true);
            break;
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
    m_orphans.clear();
    m_historyExhausted = false;
    m_loadingOlder = false;
    m_pinnedSeq = snapshot.value(QStringLiteral("pinned_seq")).toInteger();
    for (const auto& e : history) {
        if (e.type == EventType::ChatMessage) {
            m_rows.append(rowFromEvent(e));
            ++m_confirmed;
        } else if (isRowChange(e.type)) {
            applyToRow(e, false);
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
    emit canLoadOlderChanged();
}

}  // namespace omk::room
