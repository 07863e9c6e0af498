#include "ui/OrganizeChannels.h"

#include "catalog/StreamProtocol.h"
#include "core/Spherical.h"
#include "ui/IdFromName.h"

#include <QDir>
#include <QJsonValue>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

namespace omk::ui {

namespace {
constexpr int kMaxNameChars = 200;
constexpr int kMaxLabelChars = 100;

QVariantMap choice(const QString& value, const QString& text) {
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}
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
    return idFromName(
        name, [this](const QString& id) { return m_model.hasId(id); }, QStringLiteral("channel"));
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

void OrganizeChannels::setHidden(const QString& channel, bool hidden) {
    const int row = rowOf(channel);
    if (row < 0 || m_model.hidden(row) == hidden) return;
    const QString name = m_model.name(row);
    edit(
        channel,
        [channel, hidden](room::AdminClient& c, auto done) {
            // null: the field goes, as a channel that was never hidden has none.
            c.changeChannel(channel,
                            QJsonObject{{QStringLiteral("hidden"),
                                         hidden ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}},
                            std::move(done));
        },
        hidden ? tr("%1 is hidden from attendees now: its tab and sessions are gone from their "
                    "windows.")
                     .arg(name)
               : tr("Attendees see %1 again.").arg(name),
        hidden ? tr("%1 was not hidden").arg(name) : tr("%1 was not shown").arg(name));
}

QVariantList OrganizeChannels::projectionChoices() {
    return {choice(toString(Projection::Equirect), tr("360° (equirectangular)")),
            choice(toString(Projection::Equirect180), tr("180° (equirectangular)")),
            choice(toString(Projection::Cubemap), tr("Cubemap")),
            choice(toString(Projection::Eac), tr("EAC (equi-angular cubemap)")),
            choice(toString(Projection::Flat), tr("Flat (an ordinary video)"))};
}

QVariantList OrganizeChannels::stereoChoices() {
    return {choice(toString(StereoLayout::Mono), tr("Mono")),
            choice(toString(StereoLayout::TopBottom), tr("3D, left eye above")),
            choice(toString(StereoLayout::SideBySide), tr("3D, left eye on the left"))};
}

QString OrganizeChannels::streamFieldError(const QString& key, const QString& value) const {
    static const QRegularExpression languageTag(
        QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    if (key == QLatin1String("url")) {
        if (value.isEmpty()) return tr("Type the stream's address first.");
        // "example.com/live.m3u8" would be read as a file beside the viewer: it plays nowhere.
        if (QUrl(value).scheme().size() <= 1 && !QDir::isAbsolutePath(value))
            return tr("Give the whole address, with https://, rtmp://, srt://… at the start.");
    } else if (key == QLatin1String("projection")) {
        if (!parseProjection(value)) return tr("\"%1\" is not a projection.").arg(value.left(40));
    } else if (key == QLatin1String("stereo")) {
        if (!parseStereo(value)) return tr("\"%1\" is not a stereo layout.").arg(value.left(40));
    } else if (key == QLatin1String("language")) {
        if (!value.isEmpty() && !languageTag.match(value).hasMatch())
            return tr("A language is a tag such as en, ja, es or pt-BR.");
    } else if (key == QLatin1String("label")) {
        if (value.size() > kMaxLabelChars)
            return tr("A stream's label holds at most %1 characters.").arg(kMaxLabelChars);
    }
    return {};
}

void OrganizeChannels::beginStreamEdit(const QString& channel, int index) {
    const int row = m_model.rowOf(channel);
    m_streamEdit = StreamEdit{channel, index, m_model.stream(row, index)};
}

std::optional<QJsonObject> OrganizeChannels::changedStreamFields(const QVariantMap& base,
                                                                 const QVariantMap& typed) {
    const bool add = base.isEmpty();
    QJsonObject out;
    for (const char* name : {"url", "projection", "stereo", "language", "label"}) {
        const QString key = QLatin1String(name);
        const QString raw = typed.value(key).toString();
        // Untouched, a field is neither checked nor tidied: an imported label keeps its spacing.
        if (!add && raw == base.value(key).toString()) continue;
        const QString value = key == QLatin1String("label") ? raw.simplified() : raw.trimmed();
        if (const QString why = streamFieldError(key, value); !why.isEmpty()) {
            emit reported(why, true);
            return std::nullopt;
        }
        const bool optional = key == QLatin1String("language") || key == QLatin1String("label");
        if (optional && value.isEmpty()) {
            // A new stream leaves it out; a change takes it away (null).
            if (!add && !base.value(key).toString().isEmpty())
                out.insert(key, QJsonValue(QJsonValue::Null));
            continue;
        }
        if (add || value != base.value(key).toString()) out.insert(key, value);
    }
    if (add && !out.contains(QStringLiteral("url"))) {
        emit reported(tr("Type the stream's address first."), true);
        return std::nullopt;
    }
    if (out.contains(QStringLiteral("url")))
        out.insert(QStringLiteral("protocol"),
                   catalog::protocolOfUrl(out.value(QStringLiteral("url")).toString()));
    return out;
}

void OrganizeChannels::saveStream(const QString& channel, int index, const QVariantMap& typed) {
    const int row = rowOf(channel);
    if (row < 0) return;
    // What was shown when editing began (beginStreamEdit): only what the organizer changed
    // since is sent, so another organizer's change to another field meanwhile stays.
    const bool began = m_streamEdit.channel == channel && m_streamEdit.index == index;
    const QVariantMap base = began ? m_streamEdit.base : m_model.stream(row, index);
    const int count = m_model.streamCount(row);
    const bool add = base.isEmpty();
    if (index < 0 || (!began && index > count)) {
        emit reported(tr("That stream is not on the channel any more."), true);
        return;
    }
    // A stream is named by its place: another organizer's removal or move may have put another
    // stream there since.
    if (!add && !sameStreamAt(row, index, base)) return;
    const auto fields = changedStreamFields(base, typed);
    if (!fields || fields->isEmpty()) return;  // refused (said why), or nothing changed
    const QString name = m_model.name(row);
    const bool urlChanged = fields->contains(QStringLiteral("url"));
    const QString ok =
        add && count > 0
            ? tr("%1 has a fallback stream now: the player offers it when stream 1 fails.")
                  .arg(name)
        : index == 0 && urlChanged ? tr("Viewers of %1 switch to the new stream now.").arg(name)
                                   : tr("Stream %1 of %2 saved: its viewers follow at once.")
                                         .arg(QString::number(index + 1), name);
    edit(
        channel,
        [channel, index, add, f = *fields](room::AdminClient& c, auto done) {
            if (add)
                c.addStream(channel, f, std::move(done));
            else
                c.changeStream(channel, index, f, std::move(done));
        },
        ok, tr("The stream of %1 was not changed").arg(name));
}

bool OrganizeChannels::sameStreamAt(int row, int index, const QVariantMap& shown) {
    const QString url = m_model.stream(row, index).value(QStringLiteral("url")).toString();
    if (!url.isEmpty() && url == shown.value(QStringLiteral("url")).toString()) return true;
    emit reported(tr("Another organizer changed the streams of %1 a moment ago: look at them "
                     "again.")
                      .arg(m_model.name(row)),
                  true);
    return false;
}

void OrganizeChannels::removeStream(const QString& channel, int index, const QString& url) {
    const int row = rowOf(channel);
    if (row < 0) return;
    if (index < 0 || index >= m_model.streamCount(row)) {
        emit reported(tr("That stream is not on the channel any more."), true);
        return;
    }
    if (!sameStreamAt(row, index, {{QStringLiteral("url"), url}})) return;
    const QString name = m_model.name(row);
    edit(
        channel,
        [channel, index](room::AdminClient& c, auto done) {
            c.removeStream(channel, index, std::move(done));
        },
        index == 0 && m_model.streamCount(row) > 1
            ? tr("Stream 1 of %1 removed: its viewers switch to the next one now.").arg(name)
            : tr("Stream %1 of %2 removed.").arg(QString::number(index + 1), name),
        tr("The stream of %1 was not removed").arg(name));
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
