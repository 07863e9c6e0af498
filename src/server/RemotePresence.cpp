#include "server/RemotePresence.h"

#include <iterator>

namespace omk::server {

RemotePresence::RemotePresence(QString self, int maxInstances, int maxRooms)
    : m_self(std::move(self)), m_maxInstances(maxInstances), m_maxRooms(maxRooms) {}

bool RemotePresence::apply(const PresencePart& part, qint64 nowMs) {
    if (part.instance == m_self) return false;
    auto inst = m_instances.find(part.instance);
    if (inst == m_instances.end()) {
        if (m_instances.size() >= m_maxInstances) {
            ++m_dropped;
            return false;
        }
        inst = m_instances.insert(part.instance, Instance{});
    }
    const auto held = inst->rooms.constFind(part.room);
    if (held != inst->rooms.constEnd() && held->generation >= part.generation) {
        ++m_dropped;  // a replay or a reordering: what is held is as new or newer
        return false;
    }
    auto pending = inst->pending.find(part.room);
    if (pending == inst->pending.end() || pending->generation < part.generation) {
        const bool known = held != inst->rooms.constEnd() || pending != inst->pending.end();
        if (!known && inst->rooms.size() + inst->pending.size() >= m_maxRooms) {
            ++m_dropped;
            return false;
        }
        Pending fresh;
        fresh.generation = part.generation;
        fresh.viewers = part.viewers;
        fresh.ttlMs = part.ttlMs;
        fresh.parts.resize(part.parts);
        fresh.have.resize(part.parts, false);
        fresh.expiresAt = nowMs + part.ttlMs;
        pending = inst->pending.insert(part.room, std::move(fresh));
    } else if (pending->generation > part.generation || pending->parts.size() != part.parts ||
               pending->have[part.part]) {
        ++m_dropped;
        return false;
    }
    pending->parts[part.part] = part.members;
    pending->have[part.part] = true;
    if (++pending->received < pending->parts.size()) return false;

    const int before = viewers(part.room);
    Snapshot s;
    s.generation = pending->generation;
    s.viewers = pending->viewers;
    s.expiresAt = nowMs + pending->ttlMs;
    for (const auto& slice : std::as_const(pending->parts)) s.members += slice;
    inst->pending.erase(pending);
    if (s.viewers == 0 && s.members.isEmpty())
        inst->rooms.remove(part.room);  // withdrawn: the room emptied there
    else
        inst->rooms.insert(part.room, std::move(s));
    if (inst->rooms.isEmpty() && inst->pending.isEmpty()) m_instances.erase(inst);
    return viewers(part.room) != before;
}

QStringList RemotePresence::expire(qint64 nowMs) {
    QStringList changed;
    for (auto inst = m_instances.begin(); inst != m_instances.end();) {
        for (auto it = inst->rooms.begin(); it != inst->rooms.end();) {
            if (it->expiresAt > nowMs) {
                ++it;
                continue;
            }
            if (it->viewers > 0 && !changed.contains(it.key())) changed.append(it.key());
            it = inst->rooms.erase(it);
        }
        for (auto it = inst->pending.begin(); it != inst->pending.end();)
            it = it->expiresAt <= nowMs ? inst->pending.erase(it) : std::next(it);
        if (inst->rooms.isEmpty() && inst->pending.isEmpty())
            inst = m_instances.erase(inst);
        else
            ++inst;
    }
    return changed;
}

int RemotePresence::viewers(const QString& room) const {
    int n = 0;
    for (const auto& inst : m_instances) n += inst.rooms.value(room).viewers;
    return n;
}

QList<protocol::Actor> RemotePresence::members(const QString& room) const {
    QList<protocol::Actor> out;
    for (const auto& inst : m_instances) {
        const auto it = inst.rooms.constFind(room);
        if (it != inst.rooms.constEnd()) out += it->members;
    }
    return out;
}

int RemotePresence::instances() const {
    int n = 0;
    for (const auto& inst : m_instances) n += inst.rooms.isEmpty() ? 0 : 1;
    return n;
}

int RemotePresence::totalViewers() const {
    int n = 0;
    for (const auto& inst : m_instances)
        for (const auto& s : inst.rooms) n += s.viewers;
    return n;
}

}  // namespace omk::server
