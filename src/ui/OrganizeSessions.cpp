#include "ui/OrganizeSessions.h"

#include "catalog/ScheduleTime.h"

#include <QJsonObject>

#include <algorithm>

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
    QTimeZone zone = QTimeZone::utc();
    if (catalog) {
        for (const auto& c : catalog->channels)
            choices.append(
                QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
        zone = catalog->event.timeZone;
    }
    // The choices first: the page shows a session's channel by picking it among them.
    if (choices != m_choices || zone != m_zone) {
        m_choices = choices;
        m_zone = zone;
        emit channelChoicesChanged();
    }
    m_model.update(catalog);
}

void OrganizeSessions::beginEdit(const QString& session) {
    m_editing = session;
    m_editBase = m_model.fieldsOf(session);
}

void OrganizeSessions::save(const QString& session, const QString& title, const QString& start,
                            const QString& duration, const QString& channel) {
    if (m_model.fieldsOf(session).isEmpty()) {
        emit reported(session.isEmpty() ? tr("Pick a session first.")
                                        : tr("That session is not in the event any more."),
                      true);
        return;
    }
    // What was shown when editing began: only what the organizer changed since is sent, so
    // another organizer's change to another field meanwhile stays.
    const QVariantMap was = m_editing == session ? m_editBase : m_model.fieldsOf(session);
    QJsonObject fields;
    const QString wasTitle = was.value(QStringLiteral("title")).toString();
    QString newTitle = wasTitle;
    if (title != wasTitle) {  // untouched, an imported title keeps its spacing
        newTitle = title.simplified();
        if (newTitle.isEmpty() || newTitle.size() > kMaxTitleChars) {
            emit reported(tr("A title holds 1 to %1 characters.").arg(kMaxTitleChars), true);
            return;
        }
        if (newTitle != wasTitle) fields.insert(QStringLiteral("title"), newTitle);
    }
    const QString typedStart = start.trimmed();
    if (typedStart != was.value(QStringLiteral("start")).toString()) {
        // Date and time read apart: the computer's own zone has no say in what was typed.
        const QDate day = QDate::fromString(typedStart.left(10), QStringLiteral("yyyy-MM-dd"));
        const QTime time = QTime::fromString(typedStart.mid(11), QStringLiteral("HH:mm"));
        if (typedStart.size() != 16 || typedStart.at(10) != u' ' || !day.isValid() ||
            !time.isValid()) {
            emit reported(tr("Write the start as year-month-day hours:minutes, e.g. %1.")
                              .arg(was.value(QStringLiteral("start")).toString()),
                          true);
            return;
        }
        const QDateTime at(day, time, m_zone);
        // A wall-clock time the zone skips (spring forward) is not moved silently.
        if (!at.isValid() || at.date() != day || at.time() != time) {
            emit reported(
                tr("%1 does not exist in %2 (the clocks change).").arg(typedStart, timeZone()),
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
    if (fields.isEmpty()) {
        emit reported(tr("Nothing changed."), false);
        return;
    }
    m_runner.run(
        session,
        [session, fields](room::AdminClient& c, auto done) {
            c.changeSession(session, fields, std::move(done));
        },
        tr("%1 saved. Every viewer's schedule shows it now.").arg(newTitle),
        tr("%1 was not saved").arg(wasTitle));
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
        tr("%1 was not removed").arg(title));
}

}  // namespace omk::ui
