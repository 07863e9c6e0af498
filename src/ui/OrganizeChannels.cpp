#include "ui/OrganizeChannels.h"

#include "catalog/StreamProtocol.h"

#include <QDir>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

namespace omk::ui {

namespace {
constexpr int kMaxIdChars = 40;
constexpr int kMaxNameChars = 200;
}  // namespace

OrganizeChannels::OrganizeChannels(AdminEditRunner::Client client,
                                   AdminEditRunner::Describe describe, QObject* parent)
    : QObject(parent), m_runner(std::move(client), std::move(describe)) {
    connect(&m_runner, &AdminEditRunner::reported, this, &OrganizeChannels::reported);
    connect(&m_runner, &AdminEditRunner::started, this, &OrganizeChannels::started);
    connect(&m_runner, &AdminEditRunner::finished, this, &OrganizeChannels::finished);
    connect(&m_runner, &AdminEditRunner::pendingChanged, &m_model, &ChannelEditModel::setPending);
}

void OrganizeChannels::update(const catalog::Catalog* catalog) {
    m_model.update(catalog);
    if (m_awaiting.isEmpty()) return;
    const int row = m_model.rowOf(m_awaiting);
    if (row < 0) return;
    m_awaiting.clear();
    emit selectRow(row);
}

QString OrganizeChannels::idFor(const QString& name) const {
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString base = name.normalized(QString::NormalizationForm_KC)
                       .toLower()
                       .replace(notWord, QStringLiteral("-"))
                       .left(kMaxIdChars);
    while (base.startsWith(u'-')) base.remove(0, 1);
    while (base.endsWith(u'-')) base.chop(1);
    if (base.isEmpty()) base = QStringLiteral("channel");
    QString id = base;
    for (int n = 2; m_model.hasId(id); ++n) id = base + u'-' + QString::number(n);
    return id;
}

void OrganizeChannels::add(const QString& name, int position) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        emit reported(tr("Name the new channel first."), true);
        return;
    }
    if (trimmed.size() > kMaxNameChars) {
        emit reported(tr("A channel's name holds at most %1 characters.").arg(kMaxNameChars), true);
        return;
    }
    const QString id = idFor(trimmed);
    QJsonObject fields{{QStringLiteral("id"), id}, {QStringLiteral("name"), trimmed}};
    if (position >= 0) fields.insert(QStringLiteral("position"), position);
    edit(
        id, [fields](room::AdminClient& c, auto done) { c.addChannel(fields, std::move(done)); },
        tr("Channel %1 added. Every viewer sees its tab now.").arg(trimmed),
        tr("%1 was not added").arg(trimmed), true);
}

int OrganizeChannels::rowOf(const QString& channel) {
    const int row = m_model.rowOf(channel);
    if (row < 0)
        emit reported(channel.isEmpty() ? tr("Pick a channel first.")
                                        : tr("That channel is not in the event any more."),
                      true);
    return row;
}

void OrganizeChannels::rename(const QString& channel, const QString& name) {
    const int row = rowOf(channel);
    if (row < 0) return;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameChars) {
        emit reported(tr("A channel's name holds 1 to %1 characters.").arg(kMaxNameChars), true);
        return;
    }
    const QString before = m_model.name(row);
    if (trimmed == before) return;
    edit(
        channel,
        [channel, trimmed](room::AdminClient& c, auto done) {
            c.changeChannel(channel, QJsonObject{{QStringLiteral("name"), trimmed}},
                            std::move(done));
        },
        tr("%1 is called %2 now.").arg(before, trimmed), tr("%1 was not renamed").arg(before));
}

void OrganizeChannels::move(const QString& channel, int by) {
    const int row = rowOf(channel);
    if (row < 0) return;
    const int to = row + by;
    if (to < 0 || to >= m_model.rowCount() || by == 0) return;  // already first or last
    const QString name = m_model.name(row);
    edit(
        channel,
        [channel, to](room::AdminClient& c, auto done) {
            c.changeChannel(channel, QJsonObject{{QStringLiteral("position"), to}},
                            std::move(done));
        },
        tr("%1 is tab %2 now.").arg(name, QString::number(to + 1)),
        tr("%1 was not moved").arg(name), true);
}

void OrganizeChannels::remove(const QString& channel) {
    const int row = rowOf(channel);
    if (row < 0) return;
    const QString name = m_model.name(row);
    if (const int sessions = m_model.sessionCount(row); sessions > 0) {
        emit reported(tr("%1 has %n session(s): move them to another channel or remove them "
                         "first.",
                         nullptr, sessions)
                          .arg(name),
                      true);
        return;
    }
    edit(
        channel,
        [channel](room::AdminClient& c, auto done) { c.removeChannel(channel, std::move(done)); },
        tr("%1 removed.").arg(name), tr("%1 was not removed").arg(name));
}

void OrganizeChannels::setStreamUrl(const QString& channel, const QString& url) {
    const int row = rowOf(channel);
    if (row < 0) return;
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) {
        emit reported(tr("Type the stream's address first."), true);
        return;
    }
    // "example.com/live.m3u8" would be read as a file beside the viewer: it plays nowhere.
    if (QUrl(trimmed).scheme().size() <= 1 && !QDir::isAbsolutePath(trimmed)) {
        emit reported(tr("Give the whole address, with https://, rtmp://, srt://… at the start."),
                      true);
        return;
    }
    if (trimmed == m_model.streamUrl(row)) return;
    const QString name = m_model.name(row);
    const QJsonObject fields{{QStringLiteral("url"), trimmed},
                             {QStringLiteral("protocol"), catalog::protocolOfUrl(trimmed)}};
    const bool add = m_model.streamCount(row) == 0;
    edit(
        channel,
        [channel, fields, add](room::AdminClient& c, auto done) {
            if (add)
                c.addStream(channel, fields, std::move(done));
            else
                c.changeStream(channel, 0, fields, std::move(done));
        },
        tr("Viewers of %1 switch to the new stream now.").arg(name),
        tr("The stream of %1 was not changed").arg(name));
}

void OrganizeChannels::edit(const QString& channel, const AdminEditRunner::Call& call,
                            const QString& ok, const QString& failedPrefix, bool follow) {
    // Set before sending: a reply may come at once (no server to send to).
    const QString awaitedBefore = m_awaiting;
    if (follow) m_awaiting = channel;
    const bool sent =
        m_runner.run(channel, call, ok, failedPrefix, [this, channel](const room::AdminReply& r) {
            // Not added or moved after all: nothing to follow.
            if ((!r.ok || r.body.value(QStringLiteral("unchanged")).toBool()) &&
                m_awaiting == channel)
                m_awaiting.clear();
        });
    if (!sent && follow) m_awaiting = awaitedBefore;
}

}  // namespace omk::ui
