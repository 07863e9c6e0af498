#include "ui/CatalogLoader.h"

#include "catalog/EventSources.h"
#include "catalog/Importer.h"
#include "ui/Log.h"

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

void CatalogLoader::load(const QString& source, const QString& streams) {
    const quint64 generation = ++m_loadGeneration;
    setLoading(false);  // a fetch still under way for an older source no longer counts
    if (source.isEmpty()) return;
    // A local catalog with nothing else to fetch opens at once; anything with a URL in it (a
    // schedule URL, a streams list, a sources file naming them) is fetched on a thread.
    if (!catalog::isHttpUrl(source) && streams.isEmpty()) {
        const QUrl url(source);
        const QString path = url.isLocalFile() ? url.toLocalFile() : source;
        auto bytes = catalog::readCatalogFile(path);
        if (!bytes) return m_loaded(bytes.unexpected(), {});
        auto doc = catalog::readDocument(*bytes, path);
        if (!doc || !catalog::isSourcesFile(*doc))
            return m_loaded(catalog::importCatalog(std::move(*bytes), path), {});
    }
    // loadEvent blocks in a local event loop; it gets a thread of its own so the window keeps
    // drawing while a slow server answers.
    // One fetch at a time; a source change during a fetch is rare enough to wait for it.
    if (m_fetch) m_fetch->wait();
    setLoading(true);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                             QStringLiteral("/catalogs");
    auto result = std::make_shared<std::optional<Expected<catalog::LoadedEvent>>>();
    QThread* thread = QThread::create([source, streams, cacheDir, result] {
        result->emplace(catalog::loadEvent(source, streams, cacheDir));
    });
    m_fetch = thread;
    connect(thread, &QThread::finished, this, [this, thread, generation, result] {
        thread->deleteLater();
        if (m_fetch == thread) m_fetch = nullptr;
        if (generation != m_loadGeneration) return;  // a newer source took over
        setLoading(false);
        Expected<catalog::LoadedEvent>& r = **result;
        if (!r) return m_loaded(r.unexpected(), {});
        if (r->streams) {
            const catalog::StreamsMatch& m = *r->streams;
            qCInfo(lcUi).noquote()
                << "streams list: " << m.matched() << "of" << m.channels.size() << "rooms matched;"
                << m.unusedRooms.size() << "rooms of the list unused";
        }
        m_loaded(std::move(r->catalog), r->warnings.join(QStringLiteral("; ")));
    });
    m_fetch->start();
}

}  // namespace omk::ui
