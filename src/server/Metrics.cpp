#include "server/Metrics.h"

namespace omk::server {

namespace {
void metric(QByteArray& out, const char* name, const char* type, const char* help, qint64 value) {
    out += QByteArray("# HELP ") + name + ' ' + help + '\n';
    out += QByteArray("# TYPE ") + name + ' ' + type + '\n';
    out += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
}
}  // namespace

QByteArray Metrics::prometheusText(const Gauges& g) const {
    QByteArray out;
    metric(out, "omnikast_connections", "gauge", "Open WebSocket connections.", g.connections);
    metric(out, "omnikast_rooms", "gauge", "Rooms loaded.", g.rooms);
    metric(out, "omnikast_viewers", "gauge", "Connections joined to a room, summed over rooms.",
           g.viewers);
    metric(out, "omnikast_presence_remote_instances", "gauge",
           "Other server processes whose viewers are counted here (live presence snapshots).",
           g.remoteInstances);
    metric(out, "omnikast_presence_remote_viewers", "gauge",
           "Connections joined to a room on other server processes, summed over rooms.",
           g.remoteViewers);
    metric(out, "omnikast_presence_dropped_total", "counter",
           "Presence parts from other processes dropped: over a bound or out of date.",
           g.presenceDropped);
    metric(out, "omnikast_connections_accepted_total", "counter", "WebSocket connections accepted.",
           connectionsAccepted);
    metric(out, "omnikast_connections_refused_total", "counter",
           "WebSocket connections refused by a connection cap.", connectionsRefused);
    metric(out, "omnikast_events_appended_total", "counter", "Events committed to a room log.",
           eventsAppended);
    metric(out, "omnikast_messages_sent_total", "counter", "Frames sent to clients.", messagesSent);
    metric(out, "omnikast_frames_received_total", "counter", "Frames received from clients.",
           framesReceived);
    metric(out, "omnikast_errors_sent_total", "counter", "Error messages sent to clients.",
           errorsSent);
    metric(out, "omnikast_abuse_closes_total", "counter",
           "Connections closed for repeated malformed or refused frames.", abuseCloses);
    metric(out, "omnikast_heartbeat_closes_total", "counter",
           "Connections closed because the peer went silent.", heartbeatCloses);
    metric(out, "omnikast_events_caught_up_total", "counter",
           "Events appended by other server processes and delivered from here.", eventsCaughtUp);
    metric(out, "omnikast_append_conflicts_total", "counter",
           "Appends that lost the race for a seq to another server process and were retried.",
           appendConflicts);
    metric(out, "omnikast_fanout_notices_total", "counter",
           "Append notices received from the fan-out (Redis or PostgreSQL).", fanoutNotices);
    metric(out, "omnikast_fanout_malformed_total", "counter",
           "Fan-out payloads that could not be decoded and were dropped.", fanoutMalformed);
    return out;
}

}  // namespace omk::server
