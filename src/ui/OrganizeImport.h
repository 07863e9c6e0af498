#pragma once
// The Organize view's schedule re-import (OrganizeImportDialog.qml, from the Sessions page): the
// event's Pretalx or frab export read again — where from, and the server's last automatic check
// (GET /admin/import); what an import would change (POST /admin/import/preview, shown grouped by
// ImportPreviewModel); then the import of exactly what was previewed (POST /admin/import with
// the preview's source hash, and its catalog version as If-Match: a schedule or a catalog that
// changed since is refused, and the organizer previews again). docs/ADMIN.md. Every viewer's
// catalog then changes by itself (catalog.changed). What happened, or why not, goes to the view's
// message line through reported(); only the answer to the newest request is shown.
// Threading: GUI thread.

#include "catalog/Catalog.h"
#include "ui/AdminEditRunner.h"
#include "ui/ImportPreviewModel.h"

#include <QtQml/qqmlregistration.h>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

namespace omk::ui {

class OrganizeImport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by OrganizeController")
    Q_PROPERTY(omk::ui::ImportPreviewModel* changes READ changes CONSTANT)
    // The schedule's address as typed; the server's configured one once read, until typed.
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY urlChanged)
    // "Checked automatically every 5 min; last check 14:05: nothing new", or "Not checked
    // automatically."; empty until read.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // A preview of the address as typed is shown (rows, or nothing new).
    Q_PROPERTY(bool previewed READ previewed NOTIFY stateChanged)
    // The preview shown brings changes, and no import is on its way: Apply may import them.
    Q_PROPERTY(bool canApply READ canApply NOTIFY stateChanged)

public:
    OrganizeImport(AdminEditRunner::Client client, AdminEditRunner::Describe describe,
                   QObject* parent = nullptr);

    ImportPreviewModel* changes() { return &m_changes; }
    QString url() const { return m_url; }
    // Another address than the one previewed forgets the preview.
    void setUrl(const QString& url);
    QString statusText() const { return m_statusText; }
    bool busy() const { return m_inFlight > 0; }
    bool previewed() const { return m_previewed; }
    bool canApply() const { return m_previewed && !m_unchanged && !m_applying; }
    // The rooms' names and the event's zone, for the preview's rows.
    void update(const catalog::Catalog* catalog);

    // The dialog opens anew: no preview, the configured address (once read), no message.
    Q_INVOKABLE void reset();
    // Reads the configured address and the last automatic check.
    Q_INVOKABLE void refresh();
    // What an import from the address typed (empty: the configured one) would change.
    Q_INVOKABLE void preview();
    // Imports what the preview showed; the dialog closes on applied().
    Q_INVOKABLE void apply();

    // GET /admin/import's answer in words; the last check's time in zone (the event's, as the
    // Sessions page shows times).
    static QString statusSentence(const QJsonObject& status, const QTimeZone& zone);
    // POST /admin/import's answer in words: "Imported: version 8 (3 changes)".
    static QString appliedSentence(const QJsonObject& answer);
    // Why a preview or an import was refused, in the viewer's language.
    QString refusal(const room::AdminReply& reply) const;

signals:
    void reported(const QString& text, bool error);
    void started();
    void finished();
    void urlChanged();
    void statusChanged();
    void stateChanged();
    void applied();

private:
    void begin();
    void end();
    void showPreview(const QJsonObject& answer);
    void forgetPreview();

    AdminEditRunner::Client m_client;
    AdminEditRunner::Describe m_describe;
    ImportPreviewModel m_changes;
    QHash<QString, QString> m_channelNames;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_url;
    QString m_statusText;
    // The preview shown: of which address, which bytes, onto which catalog version.
    bool m_previewed = false;
    bool m_unchanged = false;
    QString m_previewUrl;
    QString m_sourceHash;
    QByteArray m_baseEtag;
    int m_inFlight = 0;
    bool m_applying = false;
    int m_statusRequest = 0;  // only the newest request's answer is shown
    int m_previewRequest = 0;
};

}  // namespace omk::ui
