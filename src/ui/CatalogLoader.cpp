#include "ui/CatalogLoader.h"

#include "catalog/DreamkastSite.h"
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
    // A fetch under way stops (HttpCache checks for it) rather than holding the window's exit
    // until the server answers or the transfer times out.
    for (QThread* t : std::as_const(m_threads)) t->requestInterruption();
    for (QThread* t : std::as_const(m_threads)) t->wait();
}

void CatalogLoader::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
}

namespace {

QString cacheDir() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/catalogs");
}

void logMatch(const catalog::LoadedEvent& loaded) {
    if (!loaded.streams) return;
    const catalog::StreamsMatch& m = *loaded.streams;
    qCInfo(lcUi).noquote() << "streams list:" << m.matched() << "of" << m.channels.size()
                           << "rooms matched;" << m.unusedRooms.size()
                           << "rooms of the list unused";
}

}  // namespace

void CatalogLoader::load(const QString& source, const QString& streams) {
    const quint64 generation = ++m_loadGeneration;
    setLoading(false);  // a fetch still under way for an older source no longer counts
    m_source = source;
    m_streams = streams;
    m_documents.clear();
    if (source.isEmpty()) return;
    // A local catalog with nothing else to fetch opens at once; anything with a URL in it (a
    // schedule URL, a streams list, a sources file naming them) is fetched on a thread.
    if (!catalog::isHttpUrl(source) && !catalog::parseDreamkastAddress(source, false) &&
        streams.isEmpty()) {
        const QUrl url(source);
        const QString path = url.isLocalFile() ? url.toLocalFile() : source;
        auto bytes = catalog::readCatalogFile(path);
        if (!bytes) return m_loaded(bytes.unexpected(), {}, false);
        auto doc = catalog::readDocument(std::move(*bytes), path);
        if (!doc) return m_loaded(doc.unexpected(), {}, false);
        if (!catalog::isSourcesFile(*doc))
            return m_loaded(catalog::importDocument(*doc), {}, false);
    }
    // loadEvent blocks in a local event loop; it gets a thread of its own so the window keeps
    // drawing while a slow server answers. A fetch still under way for an older source runs
    // on; its result no longer counts (the generation).
    setLoading(true);
    auto result = std::make_shared<std::optional<Expected<catalog::LoadedEvent>>>();
    QThread* thread = QThread::create([source, streams, dir = cacheDir(), result] {
        result->emplace(catalog::loadEvent(source, streams, dir));
    });
    connect(thread, &QThread::finished, this, [this, generation, result] {
        if (generation != m_loadGeneration) return;  // a newer source took over
        setLoading(false);
        Expected<catalog::LoadedEvent>& r = **result;
        if (!r) return m_loaded(r.unexpected(), {}, false);
        logMatch(*r);
        m_documents = r->documents;
        m_loaded(std::move(r->catalog), r->warnings.join(QStringLiteral("; ")), false);
    });
    start(thread);
}

void CatalogLoader::refetch() {
    if (m_documents.isEmpty()) return;
    if (!m_threads.isEmpty()) {
        // The one under way may have asked before the change this call is about: ask once more
        // when it is done.
        m_refetchAgain = true;
        return;
    }

    const quint64 generation = m_loadGeneration;
    // nullopt: nothing changed; else the new load.
    auto result = std::make_shared<std::optional<Expected<catalog::LoadedEvent>>>();
    QThread* thread = QThread::create([source = m_source, streams = m_streams,
                                       documents = m_documents, dir = cacheDir(), result] {
        if (catalog::anyDocumentChanged(documents, dir))
            result->emplace(catalog::loadEvent(source, streams, dir));
    });
    connect(thread, &QThread::finished, this, [this, generation, result] {
        if (generation != m_loadGeneration || !result->has_value()) return;
        Expected<catalog::LoadedEvent>& r = **result;
        // A failed update keeps the schedule on screen; the error says why.
        if (!r) return m_loaded(r.unexpected(), {}, true);
        logMatch(*r);
        m_documents = r->documents;
        m_loaded(std::move(r->catalog), r->warnings.join(QStringLiteral("; ")), true);
    });
    start(thread);
}

void CatalogLoader::start(QThread* thread) {
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (m_refetchAgain && m_threads.isEmpty()) {
            m_refetchAgain = false;
            refetch();
        }
    });
    thread->start();
}

}  // namespace omk::ui
