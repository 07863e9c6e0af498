#include "room/Outbox.h"

#include "room/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace omk::room {

Outbox::Outbox(QString file) : m_file(std::move(file)) {}

omk::Expected<void> Outbox::load() {
    if (m_file.isEmpty() || !QFile::exists(m_file)) return {};
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return omk::fail(QStringLiteral("%1: %2").arg(m_file, f.errorString()));
    const auto doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isArray()) return omk::fail(QStringLiteral("%1: not an outbox file").arg(m_file));
    m_items.clear();
    for (const auto& v : doc.array()) {
        const auto o = v.toObject();
        const auto type = protocol::eventTypeFromName(o.value(QStringLiteral("type")).toString());
        const QString cid = o.value(QStringLiteral("cid")).toString();
        if (!type || cid.isEmpty())
            return omk::fail(QStringLiteral("%1: an entry lacks a type or cid").arg(m_file));
        m_items.append({cid, *type, o.value(QStringLiteral("data")).toObject(), 0});
    }
    return {};
}

omk::Expected<void> Outbox::add(OutboxItem item) {
    m_items.append(std::move(item));
    return save();
}

bool Outbox::remove(const QString& cid) {
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].cid != cid) continue;
        m_items.removeAt(i);
        if (auto saved = save(); !saved)
            qCWarning(lcRoom).noquote() << "outbox not saved:" << saved.error().message;
        return true;
    }
    return false;
}

OutboxItem* Outbox::find(const QString& cid) {
    for (auto& item : m_items)
        if (item.cid == cid) return &item;
    return nullptr;
}

omk::Expected<void> Outbox::save() const {
    if (m_file.isEmpty()) return {};
    QJsonArray array;
    for (const auto& item : m_items)
        array.append(QJsonObject{{QStringLiteral("cid"), item.cid},
                                 {QStringLiteral("type"), protocol::eventTypeName(item.type)},
                                 {QStringLiteral("data"), item.data}});
    // Written aside and renamed, so a crash mid-write never leaves half a file.
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return omk::fail(QStringLiteral("%1: %2").arg(m_file, f.errorString()));
    f.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!f.commit()) return omk::fail(QStringLiteral("%1: %2").arg(m_file, f.errorString()));
    return {};
}

}  // namespace omk::room
