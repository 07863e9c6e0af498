#include "RoomRegistry.h"

#include "Log.h"
#include "Ulid.h"

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

omk::Expected<Room*> RoomRegistry::findOrCreate(const QString& name, qint64 wallNow) {
    if (Room* r = find(name)) return r;
    if (m_rooms.size() >= m_maxRooms)
        return omk::fail(
            QStringLiteral("this server holds its maximum of %1 rooms").arg(m_maxRooms));
    auto record = m_store.createRoom(name, randomId(8), wallNow);
    if (!record) return record.unexpected();
    auto room = std::make_shared<Room>(*record, m_store, m_metrics, m_settings);
    Room* raw = room.get();
    m_rooms.insert(name, std::move(room));
    qCInfo(lcServer).noquote() << logLine("room_created",
                                          {{"room", name}, {"epoch", record->epoch}});
    return raw;
}

int RoomRegistry::viewers() const {
    int n = 0;
    for (const auto& r : m_rooms) n += r->viewers();
    return n;
}

}  // namespace omk::server
