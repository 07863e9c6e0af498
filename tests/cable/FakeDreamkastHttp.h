#pragma once
// A TEST DOUBLE for Dreamkast's HTTP side, on loopback: Dreamkast (Rails + MySQL + Redis) and
// dreamkast-weaver (Go + MySQL) cannot run here. It serves a Dreamkast-shaped catalog file at
// /cndt2026.json (the fixture tests/catalog uses, with cable_url and weaver_url pointing at the
// doubles) and answers weaver's GraphQL at POST /query with whatever `viewerCounts` holds.

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class FakeDreamkastHttp {
public:
    FakeDreamkastHttp() {
        m_server.route(QStringLiteral("/cndt2026.json"),
                       [this] { return QHttpServerResponse("application/json", catalog); });
        m_server.route(
            QStringLiteral("/query"), QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest& request) {
                lastQuery = QJsonDocument::fromJson(request.body()).object();
                ++queries;
                return QHttpServerResponse(
                    "application/json",
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("data"),
                                     QJsonObject{{QStringLiteral("viewerCount"), viewerCounts}}}})
                        .toJson(QJsonDocument::Compact));
            });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
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
    QJsonObject lastQuery;
    int queries = 0;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};
