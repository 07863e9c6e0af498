#pragma once
// Loading an event's catalog for EventController: a file (through the catalog importer) at once;
// an http(s) URL, a sources file or a schedule with a streams list through catalog::loadEvent on
// a thread of its own (ETag, offline cache) so the window keeps drawing while a slow server
// answers. A newer load makes an older fetch's result
// stale; the result goes to the callback given at construction.
// Threading: GUI thread. An HTTP fetch blocks in its own thread (catalog::loadEvent runs a
// local event loop); the result comes back queued. The destructor waits for fetches under way.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>

namespace omk::ui {

class CatalogLoader : public QObject {
    Q_OBJECT

public:
    // A load's outcome: the catalog or why not, and a warning (e.g. served from the cache);
    // `update`: a refetch() found the published schedule changed.
    using Loaded =
        std::function<void(Expected<catalog::Catalog>, const QString& warning, bool update)>;

    explicit CatalogLoader(Loaded loaded, QObject* parent = nullptr);
    ~CatalogLoader() override;

    // Loads `source` (a path, file:// or http(s) URL of a catalog or a sources file) with the
    // rooms' streams from `streams` (a streams list; empty: none, or the sources file's);
    // empty source: nothing, but an older fetch's result no longer counts.
    void load(const QString& source, const QString& streams = {});
    bool loading() const { return m_loading; }
    // Whether the last good load came from http(s) documents that can change while open.
    bool canRefetch() const { return !m_documents.isEmpty(); }
    // Asks the last load's documents whether they changed (a 304 is no change and costs no
    // parse); when one did, loads again and reports it as an update. Quiet: `loading` stays
    // false, and a newer load wins over it; asked while a fetch is under way, it asks once more
    // when that one is done (the change it is about may have come after that fetch asked).
    void refetch();

signals:
    void loadingChanged();

private:
    void setLoading(bool loading);
    void start(QThread* thread);

    Loaded m_loaded;
    bool m_loading = false;
    QList<QThread*> m_threads;     // fetches under way; waited for on destruction
    quint64 m_loadGeneration = 0;  // a newer load makes an older fetch's result stale
    QString m_source, m_streams;   // the last load asked for
    QStringList m_documents;       // its http(s) documents (catalog::LoadedEvent)
    bool m_refetchAgain = false;   // refetch() was asked while a fetch was under way
};

}  // namespace omk::ui
