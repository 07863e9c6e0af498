#pragma once
// Fetches the event's schedule export over HTTP for a re-import (server/ScheduleImport), without
// blocking the server: If-None-Match with the last import's ETag (a 304 is "not modified"), a
// 30 s limit without progress and 120 s in all, redirects only to as safe a scheme, and bodies
// above the catalog's size cap refused while they arrive. Error code: schedule_unreachable (with
// the reason: the network's, the status, or the size). Threading: the server's event-loop thread
// (QNetworkAccessManager); callbacks run on it.

#include "core/Expected.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace omk::server {

struct FetchedSchedule {
    bool notModified = false;  // a 304: bytes empty
    QByteArray bytes;
    QString etag;
};

class ScheduleFetch : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const omk::Expected<FetchedSchedule>&)>;

    explicit ScheduleFetch(QObject* parent = nullptr);

    // ifNoneMatch empty: an unconditional GET (a preview always reads the schedule).
    void fetch(const QUrl& url, const QString& ifNoneMatch, Done done);

private:
    QNetworkAccessManager* m_http;
};

}  // namespace omk::server
