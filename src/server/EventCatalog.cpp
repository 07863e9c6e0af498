#include "server/EventCatalog.h"

#include "catalog/Importer.h"
#include "catalog/OmnikastCatalogFormat.h"
#include "protocol/ChannelRoom.h"
#include "server/CatalogDiff.h"
#include "server/Log.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace omk::server {

namespace {

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// What the server keeps of a version besides its bytes: the title (the sign-in mail) and the ids.
LiveCatalog liveOf(const StoredCatalog& c, const QJsonObject& root) {
    auto index = std::make_shared<CatalogIndex>();
    for (const QJsonValue& v : root.value(QLatin1String("channels")).toArray()) {
        const QJsonObject ch = v.toObject();
        const QString id = ch.value(QLatin1String("id")).toString();
        index->channels.insert(id);
        // The body was read and checked as a catalog before it was stored: the values are sound.
        const catalog::RoomRules rules =
            catalog::roomRulesFromCheckedJson(ch.value(QLatin1String("room")).toObject());
        if (!rules.isDefault()) index->roomRules.insert(protocol::roomOfChannel(id), rules);
    }
    for (const QJsonValue& v : root.value(QLatin1String("sessions")).toArray()) {
        const QJsonObject s = v.toObject();
        index->sessionChannel.insert(s.value(QLatin1String("id")).toString(),
                                     s.value(QLatin1String("channel")).toString());
    }
    return LiveCatalog{
        c.version,
        c.body,
        EventCatalog::etagOf(c.version, c.body),
        root.value(QLatin1String("event")).toObject().value(QLatin1String("title")).toString(),
        root,
        std::move(index)};
}

}  // namespace

EventCatalog::EventCatalog(QString connection) : m_store(std::move(connection)) {}

QByteArray EventCatalog::etagOf(qint64 version, const QByteArray& body) {
    return '"' + QByteArray::number(version) + '-' + sha256(body).left(16).toLatin1() + '"';
}

omk::Expected<void> EventCatalog::open(const QString& file, qint64 nowMs) {
    if (auto schema = m_store.createSchema(); !schema) return schema.unexpected();
    auto latest = m_store.latest();
    if (!latest) return latest.unexpected();
    if (!file.isEmpty()) {
        // Checked at every start: a server must not come up serving a catalog no client can read.
        auto imported = catalog::importCatalogFile(file);
        if (!imported)
            return omk::fail("catalog_file",
                             QStringLiteral("catalog: ") + imported.error().message);
        const QByteArray body = catalog::writeOmnikastCatalog(*imported);
        const QString hash = sha256(body);
        // Another server may take the next number meanwhile (its own import of the same file, or
        // an organizer's change): read again and decide again, a few times.
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto lastImport = m_store.latestImport();
            if (!lastImport) return lastImport.unexpected();
            if (*lastImport && (*lastImport)->sourceHash == hash) break;
            StoredCatalog c{*latest ? (*latest)->version + 1 : 1,
                            nowMs,
                            QStringLiteral("import"),
                            QStringLiteral("import"),
                            hash,
                            body};
            auto added = m_store.append(c);
            if (!added && added.error().code != QLatin1String("version_conflict"))
                return added.unexpected();
            if (added && *latest)
                qCInfo(lcServer).noquote() << logLine(
                    "catalog_reimported",
                    {{"file", file},
                     {"version", QString::number(c.version)},
                     {"replaces", QString::number((*latest)->version)},
                     {"hint", QStringLiteral("the file changed since its last import")}});
            latest = m_store.latest();
            if (!latest) return latest.unexpected();
            if (added) break;
        }
    }
    if (*latest) {
        m_live = liveOf(**latest, QJsonDocument::fromJson((*latest)->body).object());
    }
    return {};
}

omk::Expected<StoredCatalog> EventCatalog::store(const QByteArray& body, const QByteArray& ifMatch,
                                                 const QString& actor, qint64 nowMs) {
    auto head = m_store.head();
    if (!head) return head.unexpected();
    if (*head != m_live.version)
        return omk::fail(
            "version_conflict",
            QStringLiteral("the catalog changed meanwhile (now version %1)").arg(*head));
    const QByteArray match = ifMatch.trimmed();
    if (match != "*" && match != m_live.etag)
        return omk::fail("version_conflict",
                         m_live.version == 0
                             ? QStringLiteral("this server has no catalog yet: send If-Match: *")
                             : QStringLiteral("If-Match names another version than the live "
                                              "one (version %1, ETag %2)")
                                   .arg(m_live.version)
                                   .arg(QString::fromLatin1(m_live.etag)));
    StoredCatalog c{m_live.version + 1, nowMs, actor, QStringLiteral("admin"), QString(), body};
    auto added = m_store.append(c);
    if (!added) return added.unexpected();
    return c;
}

CatalogChange EventCatalog::adopt(const StoredCatalog& stored, const QJsonObject& root,
                                  const QJsonObject& diff) {
    m_live = liveOf(stored, root);
    return CatalogChange{m_live, diff};
}

omk::Expected<std::optional<CatalogChange>> EventCatalog::refresh() {
    auto head = m_store.head();
    if (!head) return head.unexpected();
    if (*head <= m_live.version) return std::optional<CatalogChange>();
    auto latest = m_store.latest();
    if (!latest) return latest.unexpected();
    if (!*latest) return std::optional<CatalogChange>();
    const QJsonObject root = QJsonDocument::fromJson((*latest)->body).object();
    return std::optional<CatalogChange>(adopt(**latest, root, catalogDiff(m_live.root, root)));
}

}  // namespace omk::server
