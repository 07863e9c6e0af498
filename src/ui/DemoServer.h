#pragma once
// The demo event's omnikast-server, run as a child process of the viewer: the real server
// binary (found beside the viewer, in the build tree, or on PATH; OMNIKAST_SERVER_BIN names
// one), on 127.0.0.1 at a free port, with a throwaway signing key, so the viewer links none of
// the server's libraries (QtHttpServer, QtSql, libjwt, hiredis). The child is stopped when this
// object goes, and the kernel stops it if the viewer dies first.
// Threading: GUI (or main) thread; start() blocks until the server listens (at most 15 s).

#include "core/Expected.h"

#include <QString>

#include <memory>

class QProcess;

namespace omk::ui {

class DemoServer {
public:
    // Starts `omnikast-server serve` for catalogPath (any format the importer reads), keeping its
    // room log and key in dataDir.
    static Expected<std::unique_ptr<DemoServer>> start(const QString& catalogPath,
                                                       const QString& dataDir);
    ~DemoServer();
    DemoServer(const DemoServer&) = delete;
    DemoServer& operator=(const DemoServer&) = delete;

    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/catalog.json
    QString catalogUrl() const;
    // `omnikast-server invite` with this server's key: a token for role (moderator | admin |
    // attendee) in room ("*": every room), valid for ttl ("24h").
    Expected<QString> invite(const QString& role, const QString& room, const QString& name,
                             const QString& ttl) const;

    // The omnikast-server binary this viewer would start; empty with the reason when none.
    static Expected<QString> findBinary();

private:
    DemoServer() = default;
    std::unique_ptr<QProcess> m_process;
    QString m_binary, m_keyFile;
    quint16 m_port = 0;
};

}  // namespace omk::ui
