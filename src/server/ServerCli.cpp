#include "server/ServerCli.h"

#include "core/SocketEventLoop.h"
#include "protocol/ChannelRoom.h"
#include "protocol/FieldReader.h"
#include "server/AccountCli.h"
#include "server/Jwt.h"
#include "server/Log.h"
#include "server/Server.h"
#include "server/ShutdownSignals.h"
#include "server/Ulid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

namespace omk::server {

const char* const kServerUsage =
    "Usage:\n"
    "  omnikast-server [serve] [--listen ADDR] [--port N] [--db FILE] [--config FILE]\n"
    "                  [--jwt-secret-file FILE] [--catalog EVENT_FILE]\n"
    "                  [--schedule-url URL] [--schedule-poll-minutes N]\n"
    "                  [--store sqlite|postgres] [--postgres URL]\n"
    "                  [--fanout none|redis|postgres] [--redis URL]\n"
    "  omnikast-server invite --role moderator|admin|attendee [--room ROOM] [--ttl 24h]\n"
    "                  [--name NAME] [--config FILE] [--jwt-secret-file FILE]\n"
    "  omnikast-server registrations import FILE.csv | remove EMAIL [--config FILE] [--db FILE]\n"
    "  omnikast-server accounts disable|enable EMAIL [--config FILE] [--db FILE]\n"
    "  omnikast-server roles grant|revoke EMAIL moderator|admin [--room ROOM] [--config FILE]\n"
    "  omnikast-server --version | --help\n"
    "\n"
    "Settings come from the config file (JSON), then OMNIKAST_SERVER_<KEY> variables\n"
    "(OMNIKAST_SERVER_PORT, OMNIKAST_SERVER_DB, OMNIKAST_SERVER_JWT_SECRET_FILE, …), then flags.\n"
    "The config file may also be named by OMNIKAST_SERVER_CONFIG. SIGTERM/SIGINT stop cleanly.\n"
    "Several servers share rooms with --store postgres --postgres postgresql://… and\n"
    "--fanout redis --redis redis://host:6379 (or --fanout postgres); see docs/DEPLOYMENT.md.\n"
    "Accounts (docs/AUTH.md): registrations import reads a CSV with an email column (or a\n"
    "Pretix or Tito export); registration = registered in the config admits only those\n"
    "addresses. Sign-in mail needs smtp_url, mail_from and public_url.\n";

namespace {

omk::Unexpected usage(const QString& why) {
    return omk::fail(why + QStringLiteral(" (see --help)"));
}

}  // namespace

omk::Expected<ServerArgs> parseServerArgs(const QStringList& args) {
    ServerArgs a;
    qsizetype i = 0;
    if (!args.isEmpty() && !args[0].startsWith(u'-')) {
        i = 1;
        if (args[0] == QLatin1String("serve")) {
            a.command = ServerArgs::Command::Serve;
        } else if (args[0] == QLatin1String("invite")) {
            a.command = ServerArgs::Command::Invite;
        } else if (args[0] == QLatin1String("registrations")) {
            if (args.size() < 3 ||
                (args[1] != QLatin1String("import") && args[1] != QLatin1String("remove")) ||
                args[2].startsWith(u'-'))
                return usage(
                    QStringLiteral("expected: registrations import FILE.csv | remove EMAIL"));
            if (args[1] == QLatin1String("import")) {
                a.command = ServerArgs::Command::RegistrationsImport;
                a.file = args[2];
            } else {
                a.command = ServerArgs::Command::RegistrationsRemove;
                a.email = args[2];
            }
            i = 3;
        } else if (args[0] == QLatin1String("accounts")) {
            if (args.size() < 3 ||
                (args[1] != QLatin1String("disable") && args[1] != QLatin1String("enable")) ||
                args[2].startsWith(u'-'))
                return usage(QStringLiteral("expected: accounts disable|enable EMAIL"));
            a.command = args[1] == QLatin1String("disable") ? ServerArgs::Command::AccountsDisable
                                                            : ServerArgs::Command::AccountsEnable;
            a.email = args[2];
            i = 3;
        } else if (args[0] == QLatin1String("roles")) {
            if (args.size() < 4 ||
                (args[1] != QLatin1String("grant") && args[1] != QLatin1String("revoke")))
                return usage(QStringLiteral("expected: roles grant|revoke EMAIL ROLE"));
            a.command = args[1] == QLatin1String("grant") ? ServerArgs::Command::RolesGrant
                                                          : ServerArgs::Command::RolesRevoke;
            a.email = args[2];
            const auto role = protocol::roleFromName(args[3]);
            if (!role || *role == protocol::Role::Attendee)
                return usage(QStringLiteral("roles: expected moderator or admin, got \"%1\"")
                                 .arg(args[3].left(32)));
            a.role = *role;
            a.room = QStringLiteral("*");
            i = 4;
        } else {
            return usage(QStringLiteral("unknown command \"%1\"").arg(args[0]));
        }
    }
    bool roleGiven = false;
    for (; i < args.size(); ++i) {
        const QString& flag = args[i];
        if (flag == QLatin1String("--help") || flag == QLatin1String("-h")) {
            a.command = ServerArgs::Command::Help;
            return a;
        }
        if (flag == QLatin1String("--version")) {
            a.command = ServerArgs::Command::Version;
            return a;
        }
        if (i + 1 >= args.size() || !flag.startsWith(QLatin1String("--")))
            return usage(flag.startsWith(QLatin1String("--"))
                             ? QStringLiteral("%1 needs a value").arg(flag)
                             : QStringLiteral("unexpected argument \"%1\"").arg(flag));
        const QString value = args[++i];
        const bool invite = a.command == ServerArgs::Command::Invite;
        if (flag == QLatin1String("--config"))
            a.configFile = value;
        else if (flag == QLatin1String("--port"))
            a.overrides.insert(QStringLiteral("port"), value);
        else if (flag == QLatin1String("--listen"))
            a.overrides.insert(QStringLiteral("listen"), value);
        else if (flag == QLatin1String("--db"))
            a.overrides.insert(QStringLiteral("db"), value);
        else if (flag == QLatin1String("--catalog"))
            a.overrides.insert(QStringLiteral("catalog"), value);
        else if (flag == QLatin1String("--schedule-url"))
            a.overrides.insert(QStringLiteral("schedule_url"), value);
        else if (flag == QLatin1String("--schedule-poll-minutes"))
            a.overrides.insert(QStringLiteral("schedule_poll_minutes"), value);
        else if (flag == QLatin1String("--jwt-secret-file"))
            a.overrides.insert(QStringLiteral("jwt_secret_file"), value);
        else if (flag == QLatin1String("--store"))
            a.overrides.insert(QStringLiteral("store"), value);
        else if (flag == QLatin1String("--postgres"))
            a.overrides.insert(QStringLiteral("postgres"), value);
        else if (flag == QLatin1String("--fanout"))
            a.overrides.insert(QStringLiteral("fanout"), value);
        else if (flag == QLatin1String("--redis"))
            a.overrides.insert(QStringLiteral("redis"), value);
        else if (invite && flag == QLatin1String("--role")) {
            const auto role = protocol::roleFromName(value);
            if (!role)
                return usage(QStringLiteral("--role: expected attendee, moderator or admin"));
            a.role = *role;
            roleGiven = true;
        } else if ((invite || a.command == ServerArgs::Command::RolesGrant ||
                    a.command == ServerArgs::Command::RolesRevoke) &&
                   flag == QLatin1String("--room")) {
            // A channel's id names its room ("Saal 1"), as the room's own id does.
            if (value.trimmed().isEmpty() || value.size() > 128)
                return usage(QStringLiteral("--room: expected a room or channel id, or *"));
            a.room = value == QLatin1String("*") ? value : protocol::roomOfChannel(value);
        } else if (invite && flag == QLatin1String("--name")) {
            if (value.trimmed().isEmpty() || value.size() > 64)
                return usage(QStringLiteral("--name: expected 1-64 characters"));
            a.name = value.trimmed();
        } else if (invite && flag == QLatin1String("--ttl")) {
            auto ttl = parseDurationSeconds(value);
            if (!ttl) return usage(QStringLiteral("--ttl: ") + ttl.error().message);
            a.ttl = value;
        } else {
            return usage(QStringLiteral("unknown option %1").arg(flag));
        }
    }
    if (a.command == ServerArgs::Command::Invite) {
        if (!roleGiven) return usage(QStringLiteral("invite needs --role"));
        if (a.room.isEmpty()) {
            if (a.role != protocol::Role::Admin)
                return usage(QStringLiteral("invite --role %1 needs --room")
                                 .arg(protocol::roleName(a.role)));
            a.room = QStringLiteral("*");
        }
    }
    return a;
}

omk::Expected<QString> makeInvite(const ServerArgs& args, const ServerConfig& config, qint64 nowS) {
    auto secret = requireSecret(config);
    if (!secret) return secret.unexpected();
    auto ttl = parseDurationSeconds(args.ttl);
    if (!ttl) return ttl.unexpected();
    TokenClaims c;
    c.subject = QStringLiteral("u_") + randomId(8);
    c.name = args.name.isEmpty() ? protocol::roleName(args.role) : args.name;
    c.role = args.role;
    c.room = args.room;
    c.issuedAt = nowS;
    c.expiresAt = nowS + *ttl;
    return Jwt(config.jwtSecret).sign(c);
}

int runServerCli(int argc, char** argv) {
    core::preferPollEventLoop();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnikast-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIKAST_SERVER_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();

    auto parsed = parseServerArgs(args);
    if (!parsed) {
        std::fprintf(stderr, "omnikast-server: %s\n", qPrintable(parsed.error().message));
        return 2;
    }
    if (parsed->command == ServerArgs::Command::Help) {
        std::fputs(kServerUsage, stdout);
        return 0;
    }
    if (parsed->command == ServerArgs::Command::Version) {
        std::printf("omnikast-server %s (protocol %d)\n", OMNIKAST_SERVER_VERSION,
                    protocol::kVersion);
        return 0;
    }
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString configFile = parsed->configFile.isEmpty()
                                   ? env.value(QStringLiteral("OMNIKAST_SERVER_CONFIG"))
                                   : parsed->configFile;
    auto config = loadServerConfig(configFile, env, parsed->overrides);
    if (!config) {
        std::fprintf(stderr, "omnikast-server: %s\n", qPrintable(config.error().message));
        return 2;
    }
    if (parsed->command == ServerArgs::Command::RegistrationsImport)
        return runRegistrationsImport(parsed->file, *config);
    if (parsed->command == ServerArgs::Command::RegistrationsRemove)
        return runRegistrationRemove(parsed->email, *config);
    if (parsed->command == ServerArgs::Command::AccountsDisable ||
        parsed->command == ServerArgs::Command::AccountsEnable)
        return runAccountDisable(parsed->command == ServerArgs::Command::AccountsDisable,
                                 parsed->email, *config);
    if (parsed->command == ServerArgs::Command::RolesGrant ||
        parsed->command == ServerArgs::Command::RolesRevoke)
        return runRoles(parsed->command == ServerArgs::Command::RolesGrant, parsed->email,
                        parsed->role, parsed->room, *config);
    if (parsed->command == ServerArgs::Command::Invite) {
        auto token = makeInvite(*parsed, *config, QDateTime::currentSecsSinceEpoch());
        if (!token) {
            std::fprintf(stderr, "omnikast-server invite: %s\n", qPrintable(token.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(*token));
        return 0;
    }

    auto server = Server::create(*config);
    if (!server) {
        std::fprintf(stderr, "omnikast-server: %s\n", qPrintable(server.error().message));
        return 1;
    }
    auto port = (*server)->listen();
    if (!port) {
        std::fprintf(stderr, "omnikast-server: %s\n", qPrintable(port.error().message));
        return 1;
    }
    // Tests and supervisors read the port from here when they asked for port 0.
    std::printf("omnikast-server listening on %s:%u\n", qPrintable(config->listen),
                unsigned(*port));
    std::fflush(stdout);

    ShutdownSignals stopSignals;
    QObject::connect(&stopSignals, &ShutdownSignals::requested, &app, [&](int sig) {
        qCInfo(lcServer).noquote() << logLine("signal", {{"signal", QString::number(sig)}});
        (*server)->shutdown();
        // Let the close frames go out before the loop ends.
        QTimer::singleShot(200, &app, &QCoreApplication::quit);
    });
    const int rc = app.exec();
    server->reset();
    return rc;
}

}  // namespace omk::server
