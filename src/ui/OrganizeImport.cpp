#include "ui/OrganizeImport.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

namespace omk::ui {

OrganizeImport::OrganizeImport(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                               QObject* parent)
    : QObject(parent), m_client(std::move(client)), m_describe(std::move(describe)) {}

void OrganizeImport::update(const catalog::Catalog* catalog) {
    m_channelNames.clear();
    m_zone = QTimeZone::utc();
    if (!catalog) return;
    for (const auto& c : catalog->channels) m_channelNames.insert(c.id, c.name);
    m_zone = catalog->event.timeZone;
}

void OrganizeImport::setUrl(const QString& url) {
    if (url == m_url) return;
    const bool other = url.trimmed() != m_url.trimmed();
    m_url = url;
    emit urlChanged();
    if (!other) return;
    // A preview is of one address: one on its way, or shown, is of the address before.
    ++m_previewRequest;
    forgetPreview();
}

void OrganizeImport::reset() {
    ++m_previewRequest;
    ++m_statusRequest;
    forgetPreview();
    if (!m_url.isEmpty()) {
        m_url.clear();
        emit urlChanged();
    }
    if (!m_statusText.isEmpty()) {
        m_statusText.clear();
        emit statusChanged();
    }
    emit reported(QString(), false);
}

void OrganizeImport::begin() {
    if (m_inFlight++ == 0) emit stateChanged();
    emit started();
}

void OrganizeImport::end() {
    emit finished();
    if (--m_inFlight == 0) emit stateChanged();
}

void OrganizeImport::refresh() {
    room::AdminClient* client = m_client();
    if (!client) return;
    const int request = ++m_statusRequest;
    begin();
    QPointer<OrganizeImport> self(this);
    client->importStatus([self, request](const room::AdminReply& r) {
        if (!self) return;
        self->end();
        if (request != self->m_statusRequest) return;
        if (!r.ok) {
            emit self->reported(
                tr("How the schedule is imported could not be read: %1").arg(self->refusal(r)),
                true);
            return;
        }
        self->m_statusText = statusSentence(r.body, self->m_zone);
        emit self->statusChanged();
        // The configured address, unless the organizer typed one meanwhile.
        const QString configured = r.body.value(QStringLiteral("url")).toString();
        if (self->m_url.isEmpty() && !configured.isEmpty()) {
            self->m_url = configured;
            emit self->urlChanged();
        }
    });
}

void OrganizeImport::preview() {
    const QString url = m_url.trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            emit reported(tr("The schedule's address starts with http:// or https://, like "
                             "https://pretalx.example/event/schedule/export/schedule.xml."),
                          true);
            return;
        }
    }
    room::AdminClient* client = m_client();
    if (!client) return;
    const int request = ++m_previewRequest;
    begin();
    QPointer<OrganizeImport> self(this);
    client->previewImport(url, [self, request](const room::AdminReply& r) {
        if (!self) return;
        self->end();
        // Another preview was asked for since, the address changed, or the dialog opened anew.
        if (request != self->m_previewRequest) return;
        if (!r.ok) {
            self->forgetPreview();
            emit self->reported(tr("No preview: %1").arg(self->refusal(r)), true);
            return;
        }
        self->showPreview(r.body);
    });
}

void OrganizeImport::showPreview(const QJsonObject& answer) {
    m_previewed = true;
    m_unchanged = answer.value(QStringLiteral("unchanged")).toBool();
    m_previewUrl = answer.value(QStringLiteral("url")).toString();
    m_sourceHash = answer.value(QStringLiteral("source_hash")).toString();
    m_baseEtag = answer.value(QStringLiteral("base"))
                     .toObject()
                     .value(QStringLiteral("etag"))
                     .toString()
                     .toUtf8();
    // Nothing new may still list what is kept, and why (a session on air the schedule dropped).
    const QJsonObject changes = answer.value(QStringLiteral("changes")).toObject();
    m_changes.setChanges(changes, m_channelNames, m_zone);
    emit stateChanged();
    emit reported(m_unchanged ? tr("The schedule brings nothing new.")
                              : tr("An import brings %n changes: Apply (Ctrl+Enter) imports them.",
                                   nullptr, ImportPreviewModel::changeCount(changes)),
                  false);
}

void OrganizeImport::forgetPreview() {
    const bool was = m_previewed;
    m_previewed = false;
    m_unchanged = false;
    m_previewUrl.clear();
    m_sourceHash.clear();
    m_baseEtag.clear();
    m_changes.clear();
    if (was) emit stateChanged();
}

void OrganizeImport::apply() {
    if (m_applying) return;  // one at a time: a second Ctrl+Enter is not a second import
    if (!m_previewed) {
        emit reported(tr("Preview first: Apply imports what the preview shows."), true);
        return;
    }
    if (m_unchanged) {
        emit reported(tr("The schedule brings nothing new."), false);
        return;
    }
    room::AdminClient* client = m_client();
    if (!client) return;
    m_applying = true;
    begin();
    emit stateChanged();
    QPointer<OrganizeImport> self(this);
    client->applyImport(m_previewUrl, m_sourceHash, m_baseEtag, [self](const room::AdminReply& r) {
        if (!self) return;
        self->m_applying = false;
        self->end();
        emit self->stateChanged();
        if (!r.ok) {
            // Previewed from another schedule, or onto another catalog: preview again.
            if (r.errorCode == QLatin1String("source_changed") ||
                r.errorCode == QLatin1String("version_conflict"))
                self->forgetPreview();
            emit self->reported(tr("Not imported: %1").arg(self->refusal(r)), true);
            return;
        }
        // A preview still on its way is of the catalog before.
        ++self->m_previewRequest;
        self->forgetPreview();
        emit self->reported(appliedSentence(r.body), false);
        emit self->applied();
    });
}

QString OrganizeImport::refusal(const room::AdminReply& r) const {
    const QString& code = r.errorCode;
    if (code == QLatin1String("source_changed"))
        return tr("The schedule changed since the preview: preview again.");
    if (code == QLatin1String("version_conflict"))
        return tr("The catalog changed since the preview (someone edited it): preview again.");
    if (code == QLatin1String("no_schedule_url"))
        return tr("The server knows no schedule address: type the schedule's address.");
    // The schedule's own trouble (unreachable, unreadable, not an http address): the server's
    // sentence says what it found.
    if ((code == QLatin1String("schedule_unreachable") ||
         code == QLatin1String("schedule_unreadable") || code == QLatin1String("bad_request")) &&
        !r.message.isEmpty())
        return r.message;
    if (m_describe) return m_describe(r);
    return r.message.isEmpty() ? code : r.message;
}

QString OrganizeImport::statusSentence(const QJsonObject& status, const QTimeZone& zone) {
    const int every = status.value(QStringLiteral("every_minutes")).toInt();
    if (status.value(QStringLiteral("url")).toString().isEmpty() || every <= 0)
        return tr("Not checked automatically.");
    const QJsonObject last = status.value(QStringLiteral("last")).toObject();
    if (last.isEmpty())
        return tr("Checked automatically every %n min; not checked yet.", nullptr, every);
    const QString at =
        QDateTime::fromMSecsSinceEpoch(last.value(QStringLiteral("checked_ms")).toInteger(), zone)
            .toString(QStringLiteral("HH:mm"));
    const QString result = last.value(QStringLiteral("result")).toString();
    QString words = result;
    if (result == QLatin1String("applied")) {
        words = tr("imported as version %1").arg(last.value(QStringLiteral("version")).toInteger());
    } else if (result == QLatin1String("unchanged")) {
        words = tr("nothing new");
    } else if (result == QLatin1String("failed")) {
        const QString message = last.value(QStringLiteral("message")).toString();
        words = message.isEmpty() ? tr("failed") : tr("failed: %1").arg(message);
    }
    return tr("Checked automatically every %n min; last check %1: %2", nullptr, every)
        .arg(at, words);
}

QString OrganizeImport::appliedSentence(const QJsonObject& answer) {
    if (answer.value(QStringLiteral("unchanged")).toBool())
        return tr("The schedule brought nothing new: the catalog stays as it was.");
    const int n =
        ImportPreviewModel::changeCount(answer.value(QStringLiteral("changes")).toObject());
    return tr("Imported: version %1 (%n changes)", nullptr, n)
        .arg(answer.value(QStringLiteral("version")).toInteger());
}

}  // namespace omk::ui
