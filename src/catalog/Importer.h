#pragma once
// One interface for every catalog source format. The bytes are checked once (size cap, UTF-8,
// JSON syntax) into a Document; each importer says from it whether it understands the content
// and turns it into a Catalog. importCatalog() sniffs the format, so callers never name one.
//
// Where the bytes come from is not the importers' business: a file today; an HTTP source with
// ETag/If-None-Match and an on-disk cache of the last good catalog, or Dreamkast's live API, hand
// their bytes (plus a source name for messages) to the same importCatalog().

#include "catalog/Catalog.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace omk::catalog {

// Larger inputs are refused before parsing: real schedules are well under 10 MiB, and the cap
// keeps a wrong URL or a hostile file from eating memory.
constexpr qint64 kMaxCatalogBytes = 64LL * 1024 * 1024;

struct Document {
    QString source;  // names the input in every message, e.g. the file path
    QByteArray bytes;
    bool isJson = false;
    QJsonObject json;  // the parsed root object when isJson (JsonRoot::Object)
    QJsonArray array;  // the parsed root array when isJson (JsonRoot::Array)
};

// What a JSON document must have at its top level: catalogs are objects; a streams list
// (StreamsList.h) is an array.
enum class JsonRoot { Object, Array };

// Refuses oversized, non-UTF-8 and syntactically broken JSON input with a message naming
// `source` and where (byte offset, line:column); XML is left to its importer's parser.
Expected<Document> readDocument(QByteArray bytes, QString source, JsonRoot root = JsonRoot::Object);

class Importer {
public:
    virtual ~Importer() = default;
    virtual Format format() const = 0;
    // A cheap look at the top level; no validation.
    virtual bool detect(const Document& doc) const = 0;
    virtual Expected<Catalog> import(const Document& doc) const = 0;
};

// Every importer, in sniffing order.
const QList<const Importer*>& importers();

Expected<Catalog> importCatalog(QByteArray bytes, const QString& source);
// The same for bytes already checked by readDocument (no second parse).
Expected<Catalog> importDocument(const Document& doc);
// Reads `path`, refusing files above the cap before reading them.
Expected<QByteArray> readCatalogFile(const QString& path);
// Reads `path` (readCatalogFile) and imports it.
Expected<Catalog> importCatalogFile(const QString& path);

}  // namespace omk::catalog
