#pragma once
// A Dreamkast talk's chat as the room's ChatModel (docs/DREAMKAST.md): history over REST
// (GET /api/v1/chat_messages, with "Authorization: Bearer" when a token is set), live messages
// from ActionCable's ChatChannel ({roomType, roomId}), sends by POST with the token. The rows
// are the ones our own backend produces: Dreamkast messages become chat.message events (and
// chat.edit when a broadcast repeats an id with a new body, chat.delete when a full history no
// longer holds one) fed to a never-connected RoomConnection through its replay hook, so the
// ChatModel, its pending rows and its reply quotes work unchanged.
//
// Order and dedup: every message is keyed by its Dreamkast id, so one seen in the history and
// live shows once. While a history fetch runs, broadcasts wait and are applied after it. After
// every (re)subscription — CableClient's reconnect resubscribes — the whole room's history is
// fetched again: Dreamkast's `createdFrom` matches created_at exactly (the controller's
// `where(created_at: …)`, not the "from" the swagger describes), so it cannot ask for "since".
// The first history fills the model at once (read, as a join's history is); messages missed
// during an outage are newer than the rows shown and are appended in time order; anything
// older than the last row rebuilds the model in order.
//
// Our own sends: Dreamkast answers POST with no body and broadcasts the message later (a job),
// so a send stays pending until a message with its body (and our profile, once learnt from the
// first such echo) comes back, live or in a history fetch.
//
// Threading: one thread with an event loop (the GUI thread in the app); not thread-safe.

#include "cable/CableClient.h"
#include "core/Expected.h"
#include "room/DreamkastMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace omk::room {

class ChatModel;
class RoomConnection;

struct DreamkastChatConfig {
    QUrl apiBase;   // http(s)://host[:port]; /api/v1/chat_messages is under it
    QUrl cableUrl;  // ws(s)://host/cable
    QString eventAbbr;
    QString roomType = QStringLiteral("talk");  // what dreamkast-ui uses for a talk's chat
    qint64 roomId = 0;                          // the talk's id
    QString token;                              // bearer token; empty: read only
    QHash<qint64, QString> speakerNames;        // Dreamkast speaker id → name (the catalog)
    cable::CableClient::Options cable;
    // A send Dreamkast accepted but did not broadcast back by then: the history is fetched.
    int echoWaitMs = 10000;
};

class DreamkastChat final : public QObject {
    Q_OBJECT
public:
    explicit DreamkastChat(DreamkastChatConfig config, QObject* parent = nullptr);
    ~DreamkastChat() override;

    void start();
    void stop();

    ChatModel* chat() const { return m_chat; }
    RoomConnection* mirror() const { return m_mirror.get(); }
    cable::CableClient* cable() { return &m_cable; }
    const cable::CableClient* cable() const { return &m_cable; }
    const DreamkastChatConfig& config() const { return m_config; }
    bool canPost() const { return !m_config.token.isEmpty(); }

    // Sends a message (a reply when replyToSeq names a row). The row is pending until Dreamkast
    // broadcasts it back. Refused, as a value, without a token, or when empty or too long.
    Expected<QString> post(const QString& text, qint64 replyToSeq = 0);
    int pendingCount() const { return int(m_sent.size()); }

    // How many history fetches have completed (tests wait on it), and messages refused so far.
    int historyLoads() const { return m_historyLoads; }
    int refusedCount() const { return m_refused; }
    QString lastRefusal() const { return m_lastRefusal; }
    // Why the history could not be read; empty once a fetch succeeds.
    QString historyError() const { return m_historyError; }
    // The Dreamkast message id of a row's seq (0: none).
    qint64 messageIdOfSeq(qint64 seq) const { return m_idOfSeq.value(seq); }

    static QString authorIdFor(qint64 profileId);

signals:
    void stateChanged();
    void historyLoaded();
    void pendingCountChanged();
    // A send Dreamkast refused (or could not be reached for); the row is marked failed too.
    void postFailed(const QString& message);
    // The history could not be read, or the cable failed.
    void errorOccurred(const QString& message);

private:
    struct Known {
        DreamkastMessage message;  // body as last seen
        qint64 seq = 0;
        bool edited = false;
        bool deleted = false;
    };
    struct Sent {
        QString cid;
        QString body;
        qint64 replyTo = 0;  // Dreamkast id
    };

    void fetchHistory();
    void onHistoryReply(QNetworkReply* reply);
    void applyHistory(const QList<DreamkastMessage>& fetched);
    void onReceived(const QString& identifier, const QJsonValue& message);
    void applyLive(const DreamkastMessage& m);
    void appendMessage(const DreamkastMessage& m);
    void applyEdit(Known& k, const QString& body);
    void applyDelete(Known& k);
    void rebuild();
    void claimEcho(const DreamkastMessage& m, QString* cid);
    void failSend(const QString& cid, const QString& message);
    void onPostReply(QNetworkReply* reply, const QString& cid);
    void refuse(const QString& reason);
    void welcome();
    bool inRoom(const DreamkastMessage& m) const;
    QString textOf(const DreamkastMessage& m) const;
    QString actorName(const DreamkastMessage& m) const;
    QUrl messagesUrl() const;

    DreamkastChatConfig m_config;
    QString m_identifier;
    cable::CableClient m_cable;
    std::unique_ptr<RoomConnection> m_mirror;
    ChatModel* m_chat = nullptr;  // child of m_mirror
    QNetworkAccessManager* m_http = nullptr;
    QPointer<QNetworkReply> m_historyReply;
    bool m_refetch = false;            // asked again while a fetch ran
    QList<DreamkastMessage> m_buffer;  // broadcasts that came during a fetch
    QHash<qint64, Known> m_known;      // by Dreamkast id
    QHash<qint64, qint64> m_idOfSeq;
    qint64 m_seq = 0;
    qint64 m_lastShownAt = 0;  // (createdAt, id) of the newest row, for ordering
    qint64 m_lastShownId = 0;
    QList<Sent> m_sent;
    QHash<qint64, QString> m_cidOf;  // our sends' cids by Dreamkast id, kept over rebuilds
    qint64 m_myProfile = 0;          // learnt from the first echo of a send
    int m_historyLoads = 0;
    int m_refused = 0;
    QString m_lastRefusal;
    QString m_historyError;
};

}  // namespace omk::room
