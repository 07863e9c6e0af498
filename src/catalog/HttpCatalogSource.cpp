#include "catalog/HttpCatalogSource.h"

#include "catalog/Importer.h"

namespace omk::catalog {

HttpCatalogSource::HttpCatalogSource(QUrl url, QString cacheDir)
    : m_cache(std::move(url), std::move(cacheDir)) {}

Expected<HttpFetchResult> HttpCatalogSource::fetch(std::chrono::milliseconds timeout) {
    auto fetched = m_cache.fetch<Catalog>(
        [](const QByteArray& bytes, const QString& source) { return importCatalog(bytes, source); },
        timeout);
    if (!fetched) return fetched.unexpected();
    return HttpFetchResult{std::move(fetched->value), fetched->from, fetched->etag,
                           fetched->warning};
}

}  // namespace omk::catalog
