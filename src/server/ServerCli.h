#pragma once
// The omnikast-server command line: `serve` (the default), `invite`, `registrations import` and
// `roles grant|revoke` (AccountCli). main() only calls
// runServerCli(), so the parsing is testable and the binary stays thin.

#include "core/Expected.h"
#include "protocol/Role.h"
#include "server/ServerConfig.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace omk::server {

struct ServerArgs {
    enum class Command {
        Serve,
        Invite,
        RegistrationsImport,
        RegistrationsRemove,
        AccountsDisable,
        AccountsEnable,
        RolesGrant,
        RolesRevoke,
        Help,
        Version
    } command = Command::Serve;
    QString configFile;
    QMap<QString, QString> overrides;  // config keys from flags
    // invite
    protocol::Role role = protocol::Role::Moderator;
    QString room;
    QString name;
    QString ttl = QStringLiteral("24h");
    // registrations import FILE; roles grant|revoke EMAIL ROLE [--room ROOM]
    QString file;
    QString email;
};

// args: without the program name.
omk::Expected<ServerArgs> parseServerArgs(const QStringList& args);

// Mints an invite token for args (role, room, ttl, name) with the configured secret.
omk::Expected<QString> makeInvite(const ServerArgs& args, const ServerConfig& config, qint64 nowS);

extern const char* const kServerUsage;

// Runs the whole program; returns the exit status. Needs a QCoreApplication for serve.
int runServerCli(int argc, char** argv);

}  // namespace omk::server
