#pragma once
// Counters for /metrics (Prometheus text format 0.0.4).
// Threading: plain integers touched only on the server's event-loop thread.

#include <QByteArray>
#include <QtGlobal>

namespace omk::server {

struct Metrics {
    qint64 connectionsAccepted = 0;
    qint64 connectionsRefused = 0;
    qint64 eventsAppended = 0;
    qint64 messagesSent = 0;  // frames sent to clients, events and replies alike
    qint64 framesReceived = 0;
    qint64 errorsSent = 0;
    qint64 abuseCloses = 0;
    qint64 heartbeatCloses = 0;
    qint64 eventsCaughtUp = 0;   // events other server processes appended, folded in here
    qint64 appendConflicts = 0;  // appends that lost the race for a seq to another process
    qint64 fanoutNotices = 0;    // notices received from the fan-out
    qint64 fanoutMalformed = 0;  // fan-out payloads that could not be decoded, dropped

    // Read from their owners at scrape time.
    struct Gauges {
        int connections = 0;
        int rooms = 0;
        int viewers = 0;
        int remoteInstances = 0;  // other processes with viewers, heard from within their TTL
        int remoteViewers = 0;
        qint64 presenceDropped = 0;  // remote presence parts over a bound or out of date
    };
    QByteArray prometheusText(const Gauges& g) const;
};

}  // namespace omk::server
