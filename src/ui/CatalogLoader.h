#pragma once
// Loading an event's catalog for EventController: a file (through the catalog importer) at once;
// an http(s) URL, a sources file or a schedule with a streams list through catalog::loadEvent on
// a thread of its own (ETag, offline cache) so the window keeps drawing while a slow server
// answers. A newer load makes an older fetch's result
// stale; the result goes to the callback given at construction.
// Threading: GUI thread. An HTTP fetch blocks in its own thread (HttpCatalogSource runs a local
// event loop); the result comes back queued. The destructor waits for a fetch under way.

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace omk::ui {

class CatalogLoader : public QObject {
    Q_OBJECT

public:
    // A load's outcome: the catalog or why not, and a warning (e.g. served from the cache).
    using Loaded = std::function<void(Expected<catalog::Catalog>, const QString& warning)>;

    explicit CatalogLoader(Loaded loaded, QObject* parent = nullptr);
    ~CatalogLoader() override;

    // Loads `source` (a path, file:// or http(s) URL of a catalog or a sources file) with the
    // rooms' streams from `streams` (a streams list; empty: none, or the sources file's);
    // empty source: nothing, but an older fetch's result no longer counts.
    void load(const QString& source, const QString& streams = {});
    bool loading() const { return m_loading; }

signals:
    void loadingChanged();

private:
    void setLoading(bool loading);

    Loaded m_loaded;
    bool m_loading = false;
    QThread* m_fetch = nullptr;    // an HTTP fetch under way; waited for on destruction
    quint64 m_loadGeneration = 0;  // a newer load makes an older fetch's result stale
};

}  // namespace omk::ui
