#include "room/DreamkastChat.h"

#include "room/ChatModel.h"
#include "room/Log.h"
#include "room/RoomConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <tuple>

namespace omk::room {

namespace {

const QString kChannel = QStringLiteral("ChatChannel");
// Dreamkast's ChatMessage validates `length: { maximum: 512 }`.
constexpr qsizetype kMaxPostChars = 512;
constexpr qsizetype kMaxBuffered = 5000;
// The replay hook's connection never heartbeats: no socket to watch.
constexpr int kNoHeartbeatMs = 1 << 30;

auto orderKey(const DreamkastMessage& m) {
    return std::make_tuple(m.createdAtMs, m.id);
}

QString httpFailure(QNetworkReply* reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401)
        return QStringLiteral("Dreamkast refused the token (HTTP 401); sign in again");
    if (status == 403) return QStringLiteral("Dreamkast does not allow this (HTTP 403)");
    if (status != 0) return QStringLiteral("Dreamkast answered HTTP %1").arg(status);
    return reply->errorString();
}

}  // namespace

DreamkastChat::DreamkastChat(DreamkastChatConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)) {
    m_cable.setOptions(m_config.cable);
    RoomConnectionConfig mirror;
    mirror.room = QStringLiteral("dreamkast/%1/%2").arg(m_config.roomType).arg(m_config.roomId);
    mirror.heartbeatMs = kNoHeartbeatMs;
    mirror.heartbeatTimeoutMs = kNoHeartbeatMs;
    m_mirror = std::make_unique<RoomConnection>(mirror);
    m_chat = new ChatModel(m_mirror.get(), m_mirror.get());
    m_http = new QNetworkAccessManager(this);

    connect(&m_cable, &cable::CableClient::stateChanged, this, &DreamkastChat::stateChanged);
    connect(&m_cable, &cable::CableClient::received, this, &DreamkastChat::onReceived);
    connect(&m_cable, &cable::CableClient::confirmed, this, [this](const QString& identifier) {
        // Subscribed (again): whatever was said while we were away is in the history now.
        if (identifier == m_identifier) fetchHistory();
    });
    connect(&m_cable, &cable::CableClient::rejected, this, [this](const QString& identifier) {
        if (identifier == m_identifier)
            emit errorOccurred(QStringLiteral("Dreamkast refused the chat subscription"));
    });
    connect(&m_cable, &cable::CableClient::errorOccurred, this, [](const QString& message) {
        // The status line shows reconnecting; the reason only goes to the log.
        qCInfo(lcRoom).noquote() << "Dreamkast chat cable:" << message;
    });
}

DreamkastChat::~DreamkastChat() {
    stop();
}

QString DreamkastChat::authorIdFor(qint64 profileId) {
    return profileId > 0 ? QStringLiteral("dreamkast:profile:%1").arg(profileId)
                         : QStringLiteral("dreamkast:anonymous");
}

void DreamkastChat::welcome() {
    protocol::Welcome w;
    w.user.id = m_myProfile > 0 ? authorIdFor(m_myProfile) : QStringLiteral("dreamkast:me");
    w.user.name = m_myProfile > 0 ? QStringLiteral("#%1").arg(m_myProfile) : QString();
    w.user.role = protocol::Role::Attendee;
    m_mirror->receiveRecorded(w);
}

void DreamkastChat::start() {
    welcome();
    protocol::JoinedMessage joined;
    joined.header.room = m_mirror->room();
    joined.header.epoch = QStringLiteral("dreamkast");
    joined.header.snapshot = QJsonObject();
    m_mirror->receiveRecorded(joined);

    // dreamkast-ui subscribes with the talk id as a string; Rails matches identifiers by text.
    m_identifier = m_cable.subscribe(
        kChannel, QJsonObject{{QStringLiteral("roomType"), m_config.roomType},
                              {QStringLiteral("roomId"), QString::number(m_config.roomId)}});
    if (auto opened = m_cable.open(m_config.cableUrl); !opened)
        emit errorOccurred(opened.error().message);
    fetchHistory();
}

void DreamkastChat::stop() {
    m_cable.close();
    if (m_historyReply) m_historyReply->abort();
}

QUrl DreamkastChat::messagesUrl() const {
    QUrl url = m_config.apiBase;
    QString path = url.path();
    if (path.endsWith(u'/')) path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/chat_messages"));
    return url;
}

// --- history -------------------------------------------------------------------------------

void DreamkastChat::fetchHistory() {
    if (m_historyReply) {
        m_refetch = true;  // the running fetch may have started before what we now need
        return;
    }
    m_refetch = false;
    QUrl url = messagesUrl();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("eventAbbr"), m_config.eventAbbr);
    q.addQueryItem(QStringLiteral("roomType"), m_config.roomType);
    q.addQueryItem(QStringLiteral("roomId"), QString::number(m_config.roomId));
    url.setQuery(q);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_config.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    QNetworkReply* reply = m_http->get(request);
    m_historyReply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [reply] {
        if (reply->bytesAvailable() > kDreamkastMaxHistoryBytes) reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onHistoryReply(reply); });
}

void DreamkastChat::onHistoryReply(QNetworkReply* reply) {
    reply->deleteLater();
    m_historyReply.clear();
    const bool tooLarge = reply->bytesAvailable() > kDreamkastMaxHistoryBytes;
    if (reply->error() == QNetworkReply::OperationCanceledError && !tooLarge) return;  // stop()

    Expected<DreamkastHistory> history =
        tooLarge ? fail(QStringLiteral("chat history is too large"))
        : reply->error() != QNetworkReply::NoError ? fail(httpFailure(reply))
                                                   : parseDreamkastHistory(reply->readAll());
    if (history) {
        for (const QString& reason : history->refused) refuse(reason);
        QList<DreamkastMessage> fetched;
        for (const auto& m : history->messages) {
            if (inRoom(m))
                fetched.append(m);
            else
                refuse(QStringLiteral("message %1 belongs to another room").arg(m.id));
        }
        std::stable_sort(fetched.begin(), fetched.end(),
                         [](const auto& a, const auto& b) { return orderKey(a) < orderKey(b); });
        // Only a complete history can say that a message is gone.
        if (history->refused.isEmpty() && fetched.size() == history->messages.size()) {
            QSet<qint64> ids;
            for (const auto& m : fetched) ids.insert(m.id);
            for (auto it = m_known.begin(); it != m_known.end(); ++it)
                if (!ids.contains(it.key()) && !it->deleted) applyDelete(*it);
        }
        applyHistory(fetched);
        m_historyError.clear();
        ++m_historyLoads;
    } else {
        m_historyError = history.error().message;
        qCWarning(lcRoom).noquote() << "Dreamkast chat history:" << m_historyError;
        emit errorOccurred(QStringLiteral("Dreamkast chat history: ") + m_historyError);
    }
    // What came live meanwhile, in arrival order, after the history it follows.
    const QList<DreamkastMessage> buffered = std::exchange(m_buffer, {});
    for (const auto& m : buffered) applyLive(m);
    if (history) emit historyLoaded();
    if (m_refetch) fetchHistory();
}

void DreamkastChat::applyHistory(const QList<DreamkastMessage>& fetched) {
    QList<DreamkastMessage> fresh;
    for (const auto& m : fetched) {
        auto it = m_known.find(m.id);
        if (it == m_known.end())
            fresh.append(m);
        else if (!it->deleted && it->message.body != m.body)
            applyEdit(*it, m.body);
    }
    if (fresh.isEmpty()) return;
    // The first history replaces the (empty) list at once, so it counts as read, as a join's
    // history does; later ones append what is newer than the last row.
    const bool inOrder = !m_known.isEmpty() &&
                         orderKey(fresh.first()) > std::make_tuple(m_lastShownAt, m_lastShownId);
    if (inOrder) {
        for (const auto& m : fresh) appendMessage(m);
        return;
    }
    // The first history, or something older than the rows shown (a late commit): rebuild in
    // order.
    QStringList claimed;
    for (const auto& m : fresh) {
        QString cid;
        claimEcho(m, &cid);
        if (!cid.isEmpty()) {
            m_cidOf.insert(m.id, cid);
            claimed.append(cid);
        }
        m_known.insert(m.id, Known{m, 0, false, false});
    }
    rebuild();
    for (const QString& cid : claimed) {
        protocol::Ack ack;
        ack.room = m_mirror->room();
        ack.cid = cid;
        m_mirror->receiveRecorded(ack);
    }
}

void DreamkastChat::rebuild() {
    QList<Known*> all;
    for (auto& k : m_known) all.append(&k);
    std::sort(all.begin(), all.end(), [](const Known* a, const Known* b) {
        return orderKey(a->message) < orderKey(b->message);
    });
    m_idOfSeq.clear();
    m_seq = 0;
    for (Known* k : all) {
        k->seq = ++m_seq;
        m_idOfSeq.insert(k->seq, k->message.id);
    }
    protocol::JoinedMessage joined;
    joined.header.room = m_mirror->room();
    joined.header.epoch = QStringLiteral("dreamkast");
    joined.header.snapshot = QJsonObject();
    QList<protocol::Event> changes;
    for (const Known* k : all) {
        protocol::Event e;
        e.room = joined.header.room;
        e.seq = k->seq;
        e.id = QStringLiteral("dreamkast-%1").arg(k->message.id);
        e.ts = k->message.createdAtMs;
        e.type = protocol::EventType::ChatMessage;
        e.actor =
            protocol::Actor{authorIdFor(k->message.profileId), QString(), protocol::Role::Attendee};
        e.actor.name = actorName(k->message);
        e.cid = m_cidOf.value(k->message.id);
        e.data.insert(QStringLiteral("text"), textOf(k->message));
        if (const qint64 parent = m_known.value(k->message.replyTo).seq; parent > 0)
            e.data.insert(QStringLiteral("reply_to"), parent);
        joined.events.append(e);
        if (k->edited || k->deleted) {
            protocol::Event c = e;
            c.type = k->deleted ? protocol::EventType::ChatDelete : protocol::EventType::ChatEdit;
            c.cid.clear();
            c.data = QJsonObject{{QStringLiteral("seq"), k->seq}};
            if (!k->deleted) c.data.insert(QStringLiteral("text"), textOf(k->message));
            changes.append(c);
        }
    }
    for (auto& c : changes) {
        c.seq = ++m_seq;
        joined.events.append(c);
    }
    joined.header.head = m_seq;
    if (!all.isEmpty()) {
        m_lastShownAt = all.last()->message.createdAtMs;
        m_lastShownId = all.last()->message.id;
    }
    qCInfo(lcRoom) << "Dreamkast chat: rebuilt" << all.size() << "messages in order";
    m_mirror->receiveRecorded(joined);
}

// --- live ----------------------------------------------------------------------------------

bool DreamkastChat::inRoom(const DreamkastMessage& m) const {
    return m.roomType == m_config.roomType && m.roomId == m_config.roomId;
}

void DreamkastChat::onReceived(const QString& identifier, const QJsonValue& message) {
    if (identifier != m_identifier) return;
    auto m = parseDreamkastMessage(message);
    if (!m) {
        refuse(m.error().message);
        return;
    }
    if (!inRoom(*m)) {
        refuse(QStringLiteral("message %1 belongs to another room").arg(m->id));
        return;
    }
    if (m_historyReply) {
        if (m_buffer.size() < kMaxBuffered)
            m_buffer.append(*m);
        else
            m_refetch = true;  // the history will hold it
        return;
    }
    applyLive(*m);
}

void DreamkastChat::applyLive(const DreamkastMessage& m) {
    auto it = m_known.find(m.id);
    if (it == m_known.end()) {
        appendMessage(m);
        return;
    }
    // Dreamkast broadcasts the same payload after an update: a repeat with a new body is an edit.
    if (!it->deleted && it->message.body != m.body) applyEdit(*it, m.body);
}

QString DreamkastChat::actorName(const DreamkastMessage& m) const {
    if (m.speakerId > 0) {
        const QString name = m_config.speakerNames.value(m.speakerId);
        if (!name.isEmpty()) return name;
    }
    // Dreamkast publishes no attendee names; the profile number tells people apart.
    return m.profileId > 0 ? QStringLiteral("#%1").arg(m.profileId) : QStringLiteral("—");
}

QString DreamkastChat::textOf(const DreamkastMessage& m) const {
    // Dreamkast keeps questions for the speaker (messageType "qa") beside the chat; one list here.
    return m.type == DreamkastMessage::Type::Qa ? QStringLiteral("❓ ") + m.body : m.body;
}

void DreamkastChat::appendMessage(const DreamkastMessage& m) {
    QString cid;
    claimEcho(m, &cid);
    if (!cid.isEmpty()) m_cidOf.insert(m.id, cid);
    Known k{m, ++m_seq, false, false};
    protocol::Event e;
    e.room = m_mirror->room();
    e.seq = k.seq;
    e.id = QStringLiteral("dreamkast-%1").arg(m.id);
    e.ts = m.createdAtMs;
    e.type = protocol::EventType::ChatMessage;
    e.actor = protocol::Actor{authorIdFor(m.profileId), actorName(m), protocol::Role::Attendee};
    e.cid = cid;
    e.data.insert(QStringLiteral("text"), textOf(m));
    if (const qint64 parent = m_known.value(m.replyTo).seq; parent > 0)
        e.data.insert(QStringLiteral("reply_to"), parent);
    m_known.insert(m.id, k);
    m_idOfSeq.insert(k.seq, m.id);
    if (orderKey(m) > std::make_tuple(m_lastShownAt, m_lastShownId)) {
        m_lastShownAt = m.createdAtMs;
        m_lastShownId = m.id;
    }
    m_mirror->receiveRecorded(e);
    if (!cid.isEmpty()) {
        protocol::Ack ack;
        ack.room = e.room;
        ack.cid = cid;
        ack.seq = e.seq;
        ack.id = e.id;
        ack.ts = e.ts;
        m_mirror->receiveRecorded(ack);
    }
}

void DreamkastChat::applyEdit(Known& k, const QString& body) {
    k.message.body = body;
    k.edited = true;
    protocol::Event e;
    e.room = m_mirror->room();
    e.seq = ++m_seq;
    e.id = QStringLiteral("dreamkast-%1-edit-%2").arg(k.message.id).arg(e.seq);
    e.type = protocol::EventType::ChatEdit;
    // ChatModel takes an edit only from the row's author.
    e.actor = protocol::Actor{authorIdFor(k.message.profileId), actorName(k.message),
                              protocol::Role::Attendee};
    e.data =
        QJsonObject{{QStringLiteral("seq"), k.seq}, {QStringLiteral("text"), textOf(k.message)}};
    m_mirror->receiveRecorded(e);
}

void DreamkastChat::applyDelete(Known& k) {
    k.deleted = true;
    protocol::Event e;
    e.room = m_mirror->room();
    e.seq = ++m_seq;
    e.id = QStringLiteral("dreamkast-%1-delete").arg(k.message.id);
    e.type = protocol::EventType::ChatDelete;
    e.actor = protocol::Actor{QStringLiteral("dreamkast"), QString(), protocol::Role::Moderator};
    e.data = QJsonObject{{QStringLiteral("seq"), k.seq}};
    m_mirror->receiveRecorded(e);
}

void DreamkastChat::refuse(const QString& reason) {
    ++m_refused;
    m_lastRefusal = reason;
    qCWarning(lcRoom).noquote() << "Dreamkast chat: refused:" << reason;
}

// --- sending -------------------------------------------------------------------------------

void DreamkastChat::claimEcho(const DreamkastMessage& m, QString* cid) {
    if (m_sent.isEmpty()) return;
    if (m_myProfile > 0 && m.profileId != m_myProfile) return;
    for (qsizetype i = 0; i < m_sent.size(); ++i) {
        if (m_sent.at(i).body != m.body || m_sent.at(i).replyTo != m.replyTo) continue;
        *cid = m_sent.takeAt(i).cid;
        emit pendingCountChanged();
        if (m_myProfile == 0 && m.profileId > 0) {
            // Our profile, learnt: later echoes must come from it, and its rows are ours.
            m_myProfile = m.profileId;
            welcome();
        }
        return;
    }
}

Expected<QString> DreamkastChat::post(const QString& text, qint64 replyToSeq) {
    if (m_config.token.isEmpty())
        return fail(QStringLiteral("Sign in to Dreamkast to chat (set a token in Settings)"));
    const QString body = text.trimmed();
    if (body.isEmpty()) return fail(QStringLiteral("the message is empty"));
    if (body.size() > kMaxPostChars)
        return fail(QStringLiteral("Dreamkast takes at most %1 characters").arg(kMaxPostChars));
    qint64 replyTo = 0;
    if (replyToSeq > 0) {
        replyTo = m_idOfSeq.value(replyToSeq);
        if (replyTo == 0) return fail(QStringLiteral("the message replied to is not loaded"));
    }
    auto cid = m_mirror->sendChat(body, replyToSeq);
    if (!cid) return cid;
    m_sent.append(Sent{*cid, body, replyTo});
    emit pendingCountChanged();

    QJsonObject json{{QStringLiteral("eventAbbr"), m_config.eventAbbr},
                     {QStringLiteral("roomType"), m_config.roomType},
                     {QStringLiteral("roomId"), double(m_config.roomId)},
                     {QStringLiteral("body"), body},
                     {QStringLiteral("messageType"), QStringLiteral("chat")}};
    if (replyTo > 0) json.insert(QStringLiteral("replyTo"), double(replyTo));
    QNetworkRequest request(messagesUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    QNetworkReply* reply =
        m_http->post(request, QJsonDocument(json).toJson(QJsonDocument::Compact));
    const QString id = *cid;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onPostReply(reply, id); });
    return cid;
}

void DreamkastChat::onPostReply(QNetworkReply* reply, const QString& cid) {
    reply->deleteLater();
    const bool waiting =
        std::any_of(m_sent.cbegin(), m_sent.cend(), [&](const Sent& s) { return s.cid == cid; });
    if (!waiting) return;  // its echo came first
    if (reply->error() != QNetworkReply::NoError) {
        failSend(cid, httpFailure(reply));
        return;
    }
    // Accepted (Rails answers 204; the swagger says 201): the broadcast should follow. If it
    // does not (a lost job, a cable down), the history will hold the message.
    QTimer::singleShot(m_config.echoWaitMs, this, [this, cid] {
        if (std::any_of(m_sent.cbegin(), m_sent.cend(),
                        [&](const Sent& s) { return s.cid == cid; }))
            fetchHistory();
    });
}

void DreamkastChat::failSend(const QString& cid, const QString& message) {
    m_sent.erase(
        std::remove_if(m_sent.begin(), m_sent.end(), [&](const Sent& s) { return s.cid == cid; }),
        m_sent.end());
    emit pendingCountChanged();
    qCWarning(lcRoom).noquote() << "Dreamkast chat: send failed:" << message;
    protocol::ErrorMessage error;
    error.code = QStringLiteral("dreamkast");
    error.message = message;
    error.cid = cid;
    error.room = m_mirror->room();
    m_mirror->receiveRecorded(error);
    emit postFailed(message);
}

}  // namespace omk::room
