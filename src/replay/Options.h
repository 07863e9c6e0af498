#pragma once
// The arguments of `omnikast record` and `omnikast replay` as plain structs; no I/O, every
// failure one line.

#include "core/Expected.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace omk::replay {

struct RecordOptions {
    QUrl url;        // ws://host:port/ws, derived from an http(s) base when given one
    QString server;  // as given
    QString room;
    QString guestName = QStringLiteral("recorder");
    QString token;
    double duration = 0;  // seconds; 0: until interrupted (SIGINT / SIGTERM)
    QString output;
    bool json = false;
    bool progress = true;
};

struct ReplayOptions {
    QString recording;
    bool paced = false;  // --speed 1: keep to the wall clock; max (default) runs flat out
    QString camera;      // camera path file; empty: yaw 0, pitch 0, fov 90
    QString snapshotsDir;
    double every = 0;  // seconds between snapshots
    QString report;
    bool json = false;
    double fps = 30;
    QSize size{640, 360};
    bool progress = true;
};

// ws:// and wss:// URLs are taken as they are; http(s)://host[:port][/base] becomes the
// server's WebSocket endpoint ws(s)://host[:port]/base/ws.
Expected<QUrl> webSocketUrl(const QString& server);
// args: everything after "record" / "replay".
Expected<RecordOptions> parseRecordArgs(const QStringList& args);
Expected<ReplayOptions> parseReplayArgs(const QStringList& args);

}  // namespace omk::replay
