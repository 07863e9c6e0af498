#include "ui/CatalogLoader.h"

#include "catalog/HttpCatalogSource.h"
#include "catalog/Importer.h"

#include <QStandardPaths>
#include <QUrl>

#include <memory>
#include <optional>

namespace omk::ui {

CatalogLoader::CatalogLoader(Loaded loaded, QObject* parent)
    : QObject(parent), m_loaded(std::move(loaded)) {}

CatalogLoader::~CatalogLoader() {
    if (m_fetch) m_fetch->wait();
}

void CatalogLoader::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
}

void CatalogLoader::load(const QString& source) {
    const quint64 generation = ++m_loadGeneration;
    setLoading(false);  // a fetch still under way for an older source no longer counts
    if (source.isEmpty()) return;
    const QUrl url(source);
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : source;
        m_loaded(catalog::importCatalogFile(path), {});
        return;
    }
    // HttpCatalogSource blocks in a local event loop; it gets a thread of its own so the window
    // keeps drawing while a slow server answers.
    // One fetch at a time; a source change during a fetch is rare enough to wait for it.
    if (m_fetch) m_fetch->wait();
    setLoading(true);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                             QStringLiteral("/catalogs");
    auto result = std::make_shared<std::optional<Expected<catalog::HttpFetchResult>>>();
    QThread* thread = QThread::create([url, cacheDir, result] {
        catalog::HttpCatalogSource source(url, cacheDir);
        result->emplace(source.fetch());
    });
    m_fetch = thread;
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        thread->deleteLater();
        if (m_fetch == thread) m_fetch = nullptr;
        if (generation != m_loadGeneration) return;  // a newer source took over
        setLoading(false);
        Expected<catalog::HttpFetchResult>& r = **result;
        if (!r)
            m_loaded(r.unexpected(), {});
        else
            m_loaded(std::move(r->catalog), r->warning);
    });
    m_fetch->start();
}

}  // namespace omk::ui
