#include "server/EmbeddedServer.h"

#include <QDir>
#include <QRandomGenerator>

namespace omk::server {

omk::Expected<std::unique_ptr<Server>> startEmbeddedServer(const QString& catalogPath,
                                                           const QString& dataDir) {
    if (!QDir().mkpath(dataDir))
        return omk::fail(QStringLiteral("cannot create %1 for the embedded server").arg(dataDir));
    ServerConfig config;
    config.listen = QStringLiteral("127.0.0.1");
    config.port = 0;
    // A handful of local viewers: no delivery threads.
    config.deliveryThreads = 0;
    config.db = QDir(dataDir).filePath(QStringLiteral("embedded-server.db"));
    config.catalog = catalogPath;
    // Tokens only have to outlive this process: a fresh key each run.
    QByteArray secret(32, Qt::Uninitialized);
    for (char& c : secret) c = char(QRandomGenerator::system()->bounded(33, 127));
    config.jwtSecret = secret;
    auto server = Server::create(std::move(config));
    if (!server) return server.unexpected();
    auto port = (*server)->listen();
    if (!port) return port.unexpected();
    return std::move(*server);
}

QString catalogUrl(const Server& server) {
    return QStringLiteral("http://127.0.0.1:%1/catalog.json").arg(server.port());
}

}  // namespace omk::server
