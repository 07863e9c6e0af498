#include "catalog/Importer.h"

#include "catalog/DreamkastImporter.h"
#include "catalog/FrabJsonImporter.h"
#include "catalog/FrabXmlImporter.h"
#include "catalog/Log.h"
#include "catalog/OmnikastCatalogFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace omk::catalog {
namespace {

// Byte offset → "line L, column C" (1-based, columns in bytes).
QString lineColumn(const QByteArray& bytes, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    qsizetype line = 1, lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (bytes.at(i) == '\n') ++line, lineStart = i + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray& b) {
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData());
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned c = p[i];
        int extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n) return i;  // truncated sequence
        unsigned cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += extra + 1;
    }
    return -1;
}

QString sizeText(qint64 bytes) {
    return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

Unexpected tooLarge(const QString& source, qint64 size) {
    return fail(QStringLiteral("%1: %2 is larger than the %3 a catalog may have")
                    .arg(source, sizeText(size), sizeText(kMaxCatalogBytes)));
}

}  // namespace

Expected<Document> readDocument(QByteArray bytes, QString source, JsonRoot root) {
    if (bytes.size() > kMaxCatalogBytes) return tooLarge(source, bytes.size());
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(QStringLiteral("%1: the file is UTF-16; catalogs must be UTF-8").arg(source));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return fail(QStringLiteral("%1: not valid UTF-8 at byte %2 (%3)")
                        .arg(source)
                        .arg(bad)
                        .arg(lineColumn(bytes, bad)));
    if (bytes.contains('\0'))
        return fail(QStringLiteral("%1: contains a NUL byte at byte %2 (%3)")
                        .arg(source)
                        .arg(bytes.indexOf('\0'))
                        .arg(lineColumn(bytes, bytes.indexOf('\0'))));

    Document doc{std::move(source), std::move(bytes), false, {}, {}};
    const QByteArray head = doc.bytes.left(64).trimmed();
    if (head.isEmpty()) return fail(QStringLiteral("%1: the file is empty").arg(doc.source));
    if (head.startsWith('{') || head.startsWith('[')) {
        QJsonParseError err{};
        const QJsonDocument json = QJsonDocument::fromJson(doc.bytes, &err);
        if (err.error != QJsonParseError::NoError)
            return fail(QStringLiteral("%1: JSON syntax error at byte %2 (%3): %4")
                            .arg(doc.source)
                            .arg(err.offset)
                            .arg(lineColumn(doc.bytes, err.offset), err.errorString()));
        if (root == JsonRoot::Object && !json.isObject())
            return fail(QStringLiteral("%1: expected a JSON object at the top level, got an array")
                            .arg(doc.source));
        if (root == JsonRoot::Array && !json.isArray())
            return fail(QStringLiteral("%1: expected a JSON array at the top level, got an object")
                            .arg(doc.source));
        doc.isJson = true;
        doc.json = json.object();
        doc.array = json.array();
    }
    return doc;
}

const QList<const Importer*>& importers() {
    static const FrabJsonImporter frabJson;
    static const FrabXmlImporter frabXml;
    static const DreamkastImporter dreamkast;
    static const OmnikastCatalogImporter omnikast;
    static const QList<const Importer*> all{&omnikast, &frabJson, &frabXml, &dreamkast};
    return all;
}

Expected<Catalog> importCatalog(QByteArray bytes, const QString& source) {
    auto doc = readDocument(std::move(bytes), source);
    if (!doc) return doc.unexpected();
    return importDocument(*doc);
}

Expected<Catalog> importDocument(const Document& document) {
    const Document* doc = &document;
    const QString& source = doc->source;
    for (const Importer* importer : importers()) {
        if (!importer->detect(*doc)) continue;
        qCDebug(lcCatalog) << source << "reads as" << toString(importer->format());
        return importer->import(*doc);
    }
    return fail(doc->isJson
                    ? QStringLiteral("%1: not a catalog: a JSON object with none of "
                                     "\"omnikast_catalog\", \"schedule\".\"conference\", or "
                                     "\"event\" + \"tracks\" + \"talks\" (a sources file, "
                                     "\"omnikast_sources\", names one)")
                          .arg(source)
                    : QStringLiteral("%1: not a catalog: neither JSON nor a <schedule> XML "
                                     "document")
                          .arg(source));
}

Expected<QByteArray> readCatalogFile(const QString& path) {
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) return fail(QStringLiteral("%1: is a directory").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    // Only regular files report a meaningful size; read one byte past the cap to catch the rest.
    if (info.isFile() && file.size() > kMaxCatalogBytes) return tooLarge(path, file.size());
    QByteArray bytes = file.read(kMaxCatalogBytes + 1);
    if (bytes.size() > kMaxCatalogBytes) return tooLarge(path, bytes.size());
    return bytes;
}

Expected<Catalog> importCatalogFile(const QString& path) {
    auto bytes = readCatalogFile(path);
    if (!bytes) return bytes.unexpected();
    return importCatalog(std::move(*bytes), path);
}

}  // namespace omk::catalog
