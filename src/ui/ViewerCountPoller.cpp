#include "ui/ViewerCountPoller.h"

#include "catalog/DreamkastLive.h"
#include "ui/Log.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace omk::ui {

namespace {
constexpr int kDefaultIntervalMs = 30'000;
constexpr int kTransferTimeoutMs = 10'000;
constexpr qint64 kMaxReplyBytes = 1024 * 1024;
}  // namespace

ViewerCountPoller::ViewerCountPoller(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ViewerCountPoller::poll);
}

ViewerCountPoller::~ViewerCountPoller() {
    if (m_pending) m_pending->abort();
}

void ViewerCountPoller::start(const QUrl& endpoint, const QString& confName) {
    if (running() && endpoint == m_endpoint && confName == m_confName) return;
    stop();
    m_endpoint = endpoint;
    m_confName = confName;
    m_timer.start();
    poll();
}

void ViewerCountPoller::stop() {
    m_timer.stop();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
        m_pending = nullptr;
    }
    m_failing = false;
    setCounts({});
}

void ViewerCountPoller::poll() {
    if (m_pending) return;  // a slow server gets one request at a time
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(kTransferTimeoutMs);
    m_nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = m_nam.post(request, catalog::weaverViewerCountRequest(m_confName));
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void ViewerCountPoller::finished(QNetworkReply* reply) {
    reply->deleteLater();
    if (reply != m_pending) return;
    m_pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Expected<QHash<QString, int>> counts = omk::fail(QString());
    if (reply->error() != QNetworkReply::NoError && status == 0)
        counts = omk::fail(reply->errorString());
    else if (status != 200)
        counts = omk::fail(QStringLiteral("HTTP status %1").arg(status));
    else if (reply->bytesAvailable() > kMaxReplyBytes)
        counts = omk::fail(QStringLiteral("reply larger than 1 MiB"));
    else
        counts = catalog::parseWeaverViewerCounts(reply->readAll());
    if (!counts) {
        setCounts({});
        if (!m_failing) {
            m_failing = true;
            const QString message = QStringLiteral("viewer counts from %1: %2")
                                        .arg(m_endpoint.toDisplayString(), counts.error().message);
            qCInfo(lcUi).noquote() << message;
            emit errorOccurred(message);
        }
        return;
    }
    m_failing = false;
    setCounts(std::move(*counts));
}

void ViewerCountPoller::setCounts(QHash<QString, int> counts) {
    if (counts == m_counts) return;
    m_counts = std::move(counts);
    emit countsChanged();
}

}  // namespace omk::ui
