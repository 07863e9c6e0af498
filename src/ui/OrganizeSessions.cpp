#include "ui/OrganizeSessions.h"

#include "catalog/ScheduleTime.h"

#include <QJsonObject>

namespace omk::ui {

namespace {
constexpr int kMaxTitleChars = 500;
}  // namespace

OrganizeSessions::OrganizeSessions(AdminEditRunner::Client client,
                                   AdminEditRunner::Describe describe, QObject* parent)
    : QObject(parent), m_runner(std::move(client), std::move(describe)) {
    connect(&m_runner, &AdminEditRunner::reported, this, &OrganizeSessions::reported);
    connect(&m_runner, &AdminEditRunner::started, this, &OrganizeSessions::started);
    connect(&m_runner, &AdminEditRunner::finished, this, &OrganizeSessions::finished);
    connect(&m_runner, &AdminEditRunner::pendingChanged, &m_model, &SessionEditModel::setPending);
}

void OrganizeSessions::update(const catalog::Catalog* catalog) {
    QVariantList choices;
    if (catalog) {
        for (const auto& c : catalog->channels)
            choices.append(
                QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
        m_zone = catalog->event.timeZone;
        // One that is back (not cancelled: the server lists it again) is shown again.
        for (const auto& s : catalog->sessions)
            if (!s.cancelled) m_removed.remove(s.id);
    }
    m_catalog = catalog;
    m_model.update(catalog, m_removed);
    if (choices != m_choices) {
        m_choices = choices;
        emit channelChoicesChanged();
    }
}

void OrganizeSessions::save(const QString& session, const QString& title, const QString& start,
                            const QString& duration, const QString& channel) {
    const QVariantMap was = m_model.fieldsOf(session);
    if (was.isEmpty()) {
        emit reported(session.isEmpty() ? tr("Pick a session first.")
                                        : tr("That session is not in the event any more."),
                      true);
        return;
    }
    QJsonObject fields;
    const QString newTitle = title.simplified();
    if (newTitle.isEmpty() || newTitle.size() > kMaxTitleChars) {
        emit reported(tr("A title holds 1 to %1 characters.").arg(kMaxTitleChars), true);
        return;
    }
    if (newTitle != was.value(QStringLiteral("title")).toString())
        fields.insert(QStringLiteral("title"), newTitle);
    if (start.trimmed() != was.value(QStringLiteral("start")).toString()) {
        QDateTime at = QDateTime::fromString(start.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!at.isValid()) {
            emit reported(tr("Write the start as year-month-day hours:minutes, e.g. %1.")
                              .arg(was.value(QStringLiteral("start")).toString()),
                          true);
            return;
        }
        at = QDateTime(at.date(), at.time(), m_zone);
        if (!at.isValid()) {  // a wall-clock time the zone skips (spring forward)
            emit reported(
                tr("%1 does not exist in %2 (the clocks change).").arg(start.trimmed(), timeZone()),
                true);
            return;
        }
        fields.insert(QStringLiteral("start"), catalog::formatInstant(at, m_zone));
    }
    if (duration.trimmed() != was.value(QStringLiteral("duration")).toString()) {
        const auto length = catalog::parseDuration(duration.trimmed());
        if (!length || length->count() <= 0 || *length > catalog::kMaxSessionDuration) {
            emit reported(tr("Write the length as hours:minutes, e.g. 1:30."), true);
            return;
        }
        fields.insert(QStringLiteral("duration"), catalog::formatDuration(*length));
    }
    if (channel != was.value(QStringLiteral("channel")).toString()) {
        const bool known = std::any_of(m_choices.cbegin(), m_choices.cend(), [&](const auto& c) {
            return c.toMap().value(QStringLiteral("id")).toString() == channel;
        });
        if (!known) {
            emit reported(tr("Pick the channel from the list."), true);
            return;
        }
        fields.insert(QStringLiteral("channel"), channel);
    }
    if (fields.isEmpty()) return;  // nothing changed
    m_runner.run(
        session,
        [session, fields](room::AdminClient& c, auto done) {
            c.changeSession(session, fields, std::move(done));
        },
        tr("%1 saved. Every viewer's schedule shows it now.").arg(newTitle),
        tr("%1 was not saved").arg(was.value(QStringLiteral("title")).toString()));
}

void OrganizeSessions::setCancelled(const QString& session, bool cancelled) {
    const QVariantMap was = m_model.fieldsOf(session);
    if (was.isEmpty()) {
        emit reported(tr("Pick a session first."), true);
        return;
    }
    if (was.value(QStringLiteral("cancelled")).toBool() == cancelled) return;
    const QString title = was.value(QStringLiteral("title")).toString();
    // Not cancelled: the field goes (the catalog format's default).
    const QJsonObject fields{
        {QStringLiteral("cancelled"), cancelled ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}};
    m_runner.run(
        session,
        [session, fields](room::AdminClient& c, auto done) {
            c.changeSession(session, fields, std::move(done));
        },
        cancelled ? tr("%1 is cancelled: struck through in every viewer's schedule.").arg(title)
                  : tr("%1 is back on the schedule.").arg(title),
        cancelled ? tr("%1 was not cancelled").arg(title) : tr("%1 was not restored").arg(title));
}

void OrganizeSessions::remove(const QString& session) {
    const QVariantMap was = m_model.fieldsOf(session);
    if (was.isEmpty()) {
        emit reported(tr("Pick a session first."), true);
        return;
    }
    const QString title = was.value(QStringLiteral("title")).toString();
    m_runner.run(
        session,
        [session](room::AdminClient& c, auto done) { c.removeSession(session, std::move(done)); },
        tr("%1 removed. Attendees who planned to watch it see it as cancelled.").arg(title),
        tr("%1 was not removed").arg(title),
        [this, session](const room::AdminReply& r) {
            if (!r.ok && r.errorCode != QLatin1String("no_session")) return;
            m_removed.insert(session);
            m_model.update(m_catalog, m_removed);
        });
}

}  // namespace omk::ui
