#include "ui/OrganizeSessions.h"

#include "catalog/ScheduleTime.h"
#include "ui/IdFromName.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace omk::ui {

namespace {
constexpr int kMaxTitleChars = 500;
constexpr int kMaxNameChars = 200;

// Adds speakers[from…] one after the other, then runs then; a refusal goes to done instead, and
// nothing after it is sent. A speaker whose id is taken already is there: an earlier try that
// added it before the session's change was refused (the id comes from the name), or another
// organizer typed the same name a moment before.
void addSpeakersThen(room::AdminClient& client, const QList<catalog::Speaker>& speakers,
                     qsizetype from, const std::function<void()>& then,
                     const room::AdminClient::Done& done) {
    if (from >= speakers.size()) {
        then();
        return;
    }
    const catalog::Speaker& speaker = speakers.at(from);
    room::AdminClient* c = &client;
    client.addSpeaker(
        QJsonObject{{QStringLiteral("id"), speaker.id}, {QStringLiteral("name"), speaker.name}},
        [c, speakers, from, then, done](const room::AdminReply& r) {
            if (!r.ok && r.errorCode != QLatin1String("duplicate_id")) {
                done(r);
                return;
            }
            addSpeakersThen(*c, speakers, from + 1, then, done);
        });
}
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
    QVariantList topics{
        QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), tr("No topic")}}};
    QTimeZone zone = QTimeZone::utc();
    if (catalog) {
        // A hidden channel says so: a session moved there leaves attendees' schedules.
        for (const auto& c : catalog->channels)
            choices.append(
                QVariantMap{{QStringLiteral("id"), c.id},
                            {QStringLiteral("name"),
                             c.hidden ? tr("%1 (hidden from attendees)").arg(c.name) : c.name}});
        for (const auto& t : catalog->topics)
            topics.append(
                QVariantMap{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}});
        zone = catalog->event.timeZone;
    }
    m_speakers = catalog ? catalog->speakers : QList<catalog::Speaker>();
    // The choices first: the page shows a session's channel and topic by picking them there.
    if (choices != m_choices || zone != m_zone) {
        m_choices = choices;
        m_zone = zone;
        emit channelChoicesChanged();
    }
    if (topics != m_topicChoices) {
        m_topicChoices = topics;
        emit topicChoicesChanged();
    }
    m_model.update(catalog);
}

TypedSpeakers OrganizeSessions::typedSpeakers(const QString& typed,
                                              const QList<catalog::Speaker>& known,
                                              const QStringList& current) {
    QStringList pieces;
    for (const QString& piece : typed.split(u','))
        if (const QString name = piece.simplified().normalized(QString::NormalizationForm_C);
            !name.isEmpty())
            pieces.append(name);
    // The event's speaker of that name, any case, however its accents were composed; of
    // several, one the session has.
    const auto find = [&](const QString& name) -> const catalog::Speaker* {
        const catalog::Speaker* first = nullptr;
        for (const catalog::Speaker& k : known) {
            if (k.name.simplified()
                    .normalized(QString::NormalizationForm_C)
                    .compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (current.contains(k.id)) return &k;
            if (!first) first = &k;
        }
        return first;
    };
    const bool commaNames = std::any_of(known.cbegin(), known.cend(),
                                        [](const auto& k) { return k.name.contains(u','); });
    QSet<QString> taken;
    for (const catalog::Speaker& k : known) taken.insert(k.id);

    TypedSpeakers out;
    qsizetype i = 0;
    while (i < pieces.size()) {
        // The longest run of pieces that is one speaker's name with its commas, else one piece.
        const catalog::Speaker* match = nullptr;
        qsizetype next = i + 1;
        for (qsizetype j = commaNames ? pieces.size() : 0; j > i + 1 && !match; --j) {
            match = find(pieces.mid(i, j - i).join(QStringLiteral(", ")));
            if (match) next = j;
        }
        const QString name = pieces.at(i);
        if (!match) match = find(name);
        i = next;
        QString id, shown;
        if (match) {
            id = match->id;
            shown = match->name;
        } else {
            // A new name typed twice (any case) is one new speaker.
            const auto same = std::find_if(
                out.added.cbegin(), out.added.cend(),
                [&](const auto& a) { return a.name.compare(name, Qt::CaseInsensitive) == 0; });
            if (same != out.added.cend()) continue;
            id = idFromName(
                name, [&](const QString& candidate) { return taken.contains(candidate); },
                QStringLiteral("speaker"));
            taken.insert(id);
            catalog::Speaker added;
            added.id = id;
            added.name = name;
            out.added.append(added);
            shown = name;
        }
        if (out.ids.contains(id)) continue;
        out.ids.append(id);
        out.names.append(shown);
    }
    return out;
}

void OrganizeSessions::beginEdit(const QString& session) {
    m_editing = session;
    m_editBase = m_model.fieldsOf(session);
}

void OrganizeSessions::save(const QString& session, const QString& title, const QString& start,
                            const QString& duration, const QString& channel,
                            const QString& speakers, const QString& topic) {
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
    // Speakers by name: read only when the list was typed; sent when it names others than the
    // session has (not for another spacing or case of the same names).
    QList<catalog::Speaker> newSpeakers;
    QStringList speakerNames;
    if (speakers != was.value(QStringLiteral("speakers")).toString()) {
        const QStringList wasIds = was.value(QStringLiteral("speakerIds")).toStringList();
        const TypedSpeakers typed = typedSpeakers(speakers, m_speakers, wasIds);
        for (const catalog::Speaker& added : typed.added) {
            if (added.name.size() > kMaxNameChars) {
                emit reported(
                    tr("A speaker's name holds at most %1 characters.").arg(kMaxNameChars), true);
                return;
            }
        }
        if (typed.ids != wasIds || !typed.added.isEmpty()) {
            fields.insert(QStringLiteral("speakers"), QJsonArray::fromStringList(typed.ids));
            newSpeakers = typed.added;
            speakerNames = typed.names;
        }
    }
    if (topic != was.value(QStringLiteral("topic")).toString()) {
        const bool known =
            std::any_of(m_topicChoices.cbegin(), m_topicChoices.cend(), [&](const auto& t) {
                return t.toMap().value(QStringLiteral("id")).toString() == topic;
            });
        if (!known) {
            emit reported(tr("Pick the topic from the list."), true);
            return;
        }
        // No topic: the field goes (the catalog format's default).
        fields.insert(QStringLiteral("topic"),
                      topic.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(topic));
    }
    if (fields.isEmpty()) {
        emit reported(tr("Nothing changed."), false);
        return;
    }
    // Only the speakers changed: the sentence names them.
    QString ok = tr("%1 saved. Every viewer's schedule shows it now.").arg(newTitle);
    if (fields.size() == 1 && fields.contains(QStringLiteral("speakers")))
        ok = speakerNames.isEmpty()
                 ? tr("%1 has no speakers now.").arg(newTitle)
                 : tr("%1's speakers are %2 now.")
                       .arg(newTitle, QLocale().createSeparatedList(speakerNames));
    m_runner.run(
        session,
        [session, fields, newSpeakers](room::AdminClient& c, room::AdminClient::Done done) {
            // New speakers first, one after the other: the session names them after. When one
            // is refused, that is the answer, and the session stays as it was.
            room::AdminClient* client = &c;
            addSpeakersThen(
                c, newSpeakers, 0,
                [client, session, fields, done] { client->changeSession(session, fields, done); },
                done);
        },
        ok, tr("%1 was not saved").arg(wasTitle));
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
