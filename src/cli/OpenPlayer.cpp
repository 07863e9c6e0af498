#include "cli/OpenPlayer.h"

#include "media/Player.h"

#include <QEventLoop>
#include <QTimer>

namespace omk::cli {

Expected<void> openAndWait(media::Player& player, const QString& input) {
    QEventLoop loop;
    QString error;
    bool opened = false;
    QObject::connect(&player, &media::Player::opened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    QObject::connect(&player, &media::Player::errorOccurred, &loop, [&](const QString& message) {
        error = message;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    player.open(input, media::OpenOptions{});
    if (!opened && error.isEmpty()) loop.exec();
    if (!error.isEmpty()) return fail(error);
    if (!opened) return fail(QStringLiteral("timed out opening the input"));
    return {};
}

}  // namespace omk::cli
