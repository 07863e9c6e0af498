#include "server/RoomRegistry.h"

#include "server/Log.h"
#include "server/Ulid.h"

namespace omk::server {

RoomRegistry::RoomRegistry(RoomStore& store, Metrics& metrics, RoomSettings settings, int maxRooms)
    : m_store(store), m_metrics(metrics), m_settings(settings), m_maxRooms(maxRooms) {}

omk::Expected<void> RoomRegistry::load() {
    auto records = m_store.loadRooms();
    if (!records) return records.unexpected();
    for (auto& r : *records) {
        auto room = std::make_shared<Room>(r, m_store, m_metrics, m_settings);
        auto rebuilt = room->rebuild();
        if (!rebuilt) return rebuilt.unexpected();
        qCInfo(lcServer).noquote()
            << logLine("room_loaded", {{"room", r.name},
                                       {"epoch", r.epoch},
                                       {"head", QString::number(room->head())},
                                       {"oldest", QString::number(room->oldest())}});
        m_rooms.insert(r.name, std::move(room));
    }
    return {};
}

Room* RoomRegistry::find(const QString& name) const {
    const auto it = m_rooms.constFind(name);
    return it == m_rooms.constEnd() ? nullptr : it->get();
}

omk::Expected<Room*> RoomRegistry::findOrLoad(const QString& name) {
    if (Room* r = find(name)) return r;
    if (!m_store.shared()) return nullptr;
    auto record = m_store.loadRoom(name);
    if (!record) return record.unexpected();
    if (!*record) return nullptr;
    return adopt(**record);
}

omk::Expected<Room*> RoomRegistry::findOrCreate(const QString& name, qint64 wallNow) {
    if (Room* r = find(name)) return r;
    if (m_rooms.size() >= m_maxRooms)
        return omk::fail(
            QStringLiteral("this server holds its maximum of %1 rooms").arg(m_maxRooms));
    // A shared store answers with the room another process created first, log and all.
    auto record = m_store.createRoom(name, randomId(8), wallNow);
    if (!record) return record.unexpected();
    qCInfo(lcServer).noquote() << logLine("room_created",
                                          {{"room", name}, {"epoch", record->epoch}});
    return adopt(*record);
}

omk::Expected<Room*> RoomRegistry::adopt(const RoomRecord& record) {
    auto room = std::make_shared<Room>(record, m_store, m_metrics, m_settings);
    auto rebuilt = room->rebuild();
    if (!rebuilt) return rebuilt.unexpected();
    Room* raw = room.get();
    m_rooms.insert(record.name, std::move(room));
    return raw;
}

QList<Room*> RoomRegistry::all() const {
    QList<Room*> out;
    out.reserve(m_rooms.size());
    for (const auto& r : m_rooms) out.push_back(r.get());
    return out;
}

int RoomRegistry::viewers() const {
    int n = 0;
    for (const auto& r : m_rooms) n += r->viewers();
    return n;
}

}  // namespace omk::server
