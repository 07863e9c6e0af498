#pragma once
// A TEST DOUBLE for Dreamkast's HTTP side, on loopback: Dreamkast (Rails + MySQL + Redis) and
// dreamkast-weaver (Go + MySQL) cannot run here. It serves a Dreamkast-shaped catalog file at
// /cndt2026.json (the fixture tests/catalog uses, with cable_url and weaver_url pointing at the
// doubles) and answers weaver's GraphQL at POST /query with whatever `viewerCounts` holds.
// Its chat API follows Api::V1::ChatMessagesController: GET /api/v1/chat_messages lists
// `chatMessages` of the asked roomType/roomId (the index's shape, with eventAbbr), POST stores
// one (attributed to `chatProfileId`), answers 204 as Rails does for an action that renders
// nothing, and hands the broadcast payload (no eventAbbr, as ChatMessageBroadcastJob sends it)
// to `onChatCreated`. With `chatToken` set, both need "Authorization: Bearer <chatToken>" and
// answer 401 {"errors":["Not Authenticated"]} otherwise (SecuredPublicApi). Served by the tests'
// one HTTP server (support/HttpTestServer.h) on the test's thread.

#include "support/HttpTestServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>

class FakeDreamkastHttp {
    using HttpRequest = omk::test::HttpRequest;
    using HttpResponse = omk::test::HttpResponse;

public:
    FakeDreamkastHttp() {
        m_server.route({}, QStringLiteral("/cndt2026.json"), [this](const HttpRequest&) {
            return HttpResponse::ok(catalog, "application/json");
        });
        m_server.route("POST", QStringLiteral("/query"), [this](const HttpRequest& request) {
            lastQuery = QJsonDocument::fromJson(request.body).object();
            ++queries;
            return HttpResponse::ok(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("viewerCount"), viewerCounts}}}})
                    .toJson(QJsonDocument::Compact),
                "application/json");
        });
        m_server.route("GET", QStringLiteral("/api/v1/chat_messages"),
                       [this](const HttpRequest& request) { return chatIndex(request); });
        m_server.route("POST", QStringLiteral("/api/v1/chat_messages"),
                       [this](const HttpRequest& request) { return chatCreate(request); });
    }

    // A message as the index renders it; createdAt one second apart per id from a fixed time.
    static QJsonObject chatMessage(qint64 id, const QString& body, qint64 roomId = 1,
                                   qint64 profileId = 3, const QJsonValue& replyTo = {}) {
        const QDateTime at =
            QDateTime(QDate(2026, 3, 10), QTime(1, 0), QTimeZone::utc()).addSecs(id);
        return QJsonObject{
            {"id", id},
            {"profileId", profileId},
            {"speakerId", QJsonValue::Null},
            {"body", body},
            {"eventAbbr", "cndt2026"},
            {"roomType", "talk"},
            {"roomId", roomId},
            {"createdAt", at.toString(Qt::ISODateWithMs)},
            {"replyTo", replyTo.isUndefined() ? QJsonValue(QJsonValue::Null) : replyTo},
            {"messageType", "chat"}};
    }
    // What ChatMessageBroadcastJob sends for a stored message: the same without eventAbbr.
    static QJsonObject broadcastOf(QJsonObject message) {
        message.remove(QStringLiteral("eventAbbr"));
        return message;
    }
    void addChat(const QJsonObject& message) { chatMessages.append(message); }

    QString base() const { return m_server.base(); }
    QString catalogUrl() const { return base() + QStringLiteral("/cndt2026.json"); }
    QString weaverUrl() const { return base() + QStringLiteral("/query"); }

    // The fixture with the live endpoints added.
    void serveFixture(const QString& cableUrl, const QString& weaverUrl) {
        QFile f(QStringLiteral(OMNIKAST_CATALOG_DATA "/cndt-tokyo.dreamkast.json"));
        f.open(QIODevice::ReadOnly);
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        o.insert(QStringLiteral("cable_url"), cableUrl);
        o.insert(QStringLiteral("weaver_url"), weaverUrl);
        catalog = QJsonDocument(o).toJson();
    }

    QByteArray catalog;
    QJsonArray viewerCounts;
    QJsonArray chatMessages;
    QString chatToken;
    // Set: decides instead of chatToken whether a bearer token is let in (a token from a real
    // identity provider, checked on its claims as Dreamkast checks iss and aud).
    std::function<bool(const QString& token)> acceptBearer;
    qint64 chatProfileId = 7;
    qint64 nextChatId = 1000;
    std::function<void(const QJsonObject&)> onChatCreated;
    QByteArray chatIndexOverride;    // non-empty: the index answers these bytes instead
    QStringList chatAuthorizations;  // the Authorization header of each chat request
    QList<QUrlQuery> chatQueries;
    QList<QJsonObject> chatPosts;
    QJsonObject lastQuery;
    int queries = 0;

private:
    bool chatAuthorized(const HttpRequest& request) {
        const QString auth = QString::fromUtf8(request.header("Authorization"));
        chatAuthorizations.append(auth);
        if (acceptBearer)
            return auth.startsWith(QStringLiteral("Bearer ")) && acceptBearer(auth.mid(7));
        return chatToken.isEmpty() || auth == QStringLiteral("Bearer ") + chatToken;
    }
    static HttpResponse notAuthenticated() {
        return HttpResponse::withStatus(401, R"({"errors":["Not Authenticated"]})",
                                        "application/json");
    }
    HttpResponse chatIndex(const HttpRequest& request) {
        chatQueries.append(request.query);
        if (!chatAuthorized(request)) return notAuthenticated();
        if (!chatIndexOverride.isEmpty())
            return HttpResponse::ok(chatIndexOverride, "application/json");
        const QString type = request.query.queryItemValue(QStringLiteral("roomType"));
        const QString room = request.query.queryItemValue(QStringLiteral("roomId"));
        QJsonArray out;
        for (const auto& v : std::as_const(chatMessages)) {
            const QJsonObject o = v.toObject();
            if (o.value("roomType").toString() == type &&
                (room.isEmpty() || QString::number(o.value("roomId").toInteger()) == room))
                out.append(o);
        }
        return HttpResponse::ok(QJsonDocument(out).toJson(), "application/json");
    }
    HttpResponse chatCreate(const HttpRequest& request) {
        if (!chatAuthorized(request)) return notAuthenticated();
        const QJsonObject in = QJsonDocument::fromJson(request.body).object();
        chatPosts.append(in);
        QJsonObject m =
            chatMessage(nextChatId++, in.value("body").toString(), in.value("roomId").toInteger(),
                        chatProfileId, in.value("replyTo"));
        m.insert("roomType", in.value("roomType"));
        m.insert("messageType", in.value("messageType"));
        m.insert("createdAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        chatMessages.append(m);
        if (onChatCreated) onChatCreated(broadcastOf(m));
        return HttpResponse::withStatus(204);
    }

    omk::test::HttpTestServer m_server{{}, omk::test::HttpTestServer::Thread::Caller};
};
