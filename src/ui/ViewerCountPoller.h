#pragma once
// Audience sizes per Dreamkast track: POSTs dreamkast-weaver's `viewerCount(confName)` query
// every 30 s (dreamkast-ui polls the same query) and keeps the last answer. A failed poll makes
// the counts unknown rather than showing stale numbers as current.
//
// Threading: GUI thread (QNetworkAccessManager on its event loop).

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace omk::ui {

class ViewerCountPoller : public QObject {
    Q_OBJECT
public:
    explicit ViewerCountPoller(QObject* parent = nullptr);
    ~ViewerCountPoller() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    // Polls `endpoint` (the GraphQL URL) for `confName` now and then every interval; the same
    // again changes nothing.
    void start(const QUrl& endpoint, const QString& confName);
    void stop();
    bool running() const { return m_timer.isActive(); }

    // Track name → viewers; empty: unknown.
    const QHash<QString, int>& counts() const { return m_counts; }

signals:
    void countsChanged();
    void errorOccurred(const QString& message);

private:
    void poll();
    void finished(QNetworkReply* reply);
    void setCounts(QHash<QString, int> counts);

    QNetworkAccessManager m_nam;
    QTimer m_timer;
    QUrl m_endpoint;
    QString m_confName;
    QPointer<QNetworkReply> m_pending;
    QHash<QString, int> m_counts;
    bool m_failing = false;  // report a failure once, not every 30 s
};

}  // namespace omk::ui
