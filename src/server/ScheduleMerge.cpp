#include "server/ScheduleMerge.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace omk::server {

namespace {

const QString kId = QStringLiteral("id");

QHash<QString, QJsonObject> byId(const QJsonArray& list) {
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(kId).toString(), o);
    }
    return out;
}

// The fields of live, with each field the schedule changed since base (without a base: each
// field it gives) taken from incoming; never the id, nor the fields organizers own (own).
QJsonObject mergeFields(const std::optional<QJsonObject>& base, const QJsonObject& incoming,
                        const QJsonObject& live, const QStringList& own = {}) {
    QJsonObject out = live;
    QStringList keys = incoming.keys();
    if (base) keys += base->keys();
    for (const QString& k : keys) {
        if (k == kId || own.contains(k)) continue;
        const QJsonValue now = incoming.value(k);  // undefined when the schedule lacks it
        if (base ? now == base->value(k) : now.isUndefined()) continue;
        if (now.isUndefined())
            out.remove(k);
        else
            out.insert(k, now);
    }
    return out;
}

QJsonArray changedFields(const QJsonObject& before, const QJsonObject& after) {
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QJsonArray out;
    for (const QString& k : keys)
        if (before.value(k) != after.value(k)) out.append(k);
    return out;
}

struct Kind {
    bool sessions = false;
    bool removable = true;                  // gone from the schedule → removed (not channels)
    const QSet<QString>* onAir = nullptr;   // sessions: neither removed nor moved
    const QSet<QString>* needed = nullptr;  // named by a session: kept, and restored
    QStringList own{};  // fields organizers own: a schedule never changes them (it has none)
};

QJsonObject itemOf(const QJsonObject& o, const Kind& kind, const QString& reason = {}) {
    QJsonObject i{{kId, o.value(kId)},
                  {QStringLiteral("title"),
                   o.value(kind.sessions ? QLatin1String("title") : QLatin1String("name"))}};
    if (kind.sessions) {
        i.insert(QStringLiteral("channel"), o.value(QLatin1String("channel")));
        i.insert(QStringLiteral("start"), o.value(QLatin1String("start")));
    }
    if (!reason.isEmpty()) i.insert(QStringLiteral("reason"), reason);
    return i;
}

QJsonArray mergeList(const QJsonArray& baseList, const QJsonArray& incomingList,
                     const QJsonArray& liveList, const Kind& kind, QJsonObject& report) {
    const QHash<QString, QJsonObject> base = byId(baseList);
    const QHash<QString, QJsonObject> incoming = byId(incomingList);
    const QString onAir = QStringLiteral("on_air");
    QJsonArray out, added, changed, removed, kept;
    QSet<QString> liveIds;
    for (const QJsonValue& v : liveList) {
        const QJsonObject live = v.toObject();
        const QString id = live.value(kId).toString();
        liveIds.insert(id);
        const auto b = base.constFind(id);
        const std::optional<QJsonObject> before =
            b == base.cend() ? std::nullopt : std::optional<QJsonObject>(*b);
        const bool pinned = kind.onAir && kind.onAir->contains(id);
        if (const auto in = incoming.constFind(id); in != incoming.cend()) {
            QJsonObject merged = mergeFields(before, *in, live, kind.own);
            const QLatin1String channel("channel");
            if (pinned && merged.value(channel) != live.value(channel)) {
                merged.insert(channel, live.value(channel));
                kept.append(itemOf(live, kind, onAir));
            }
            out.append(merged);
            const QJsonArray fields = changedFields(live, merged);
            if (!fields.isEmpty()) {
                QJsonObject item = itemOf(merged, kind);
                item.insert(QStringLiteral("fields"), fields);
                changed.append(item);
            }
        } else if (before) {  // gone from the schedule
            if (!kind.removable) {
                kept.append(itemOf(live, kind, QStringLiteral("not_in_schedule")));
                out.append(live);
            } else if (pinned) {
                kept.append(itemOf(live, kind, onAir));
                out.append(live);
            } else if (kind.needed && kind.needed->contains(id)) {
                out.append(live);
            } else {
                removed.append(itemOf(live, kind));
            }
        } else {
            out.append(live);  // an organizer's own
        }
    }
    for (const QJsonValue& v : incomingList) {
        const QJsonObject in = v.toObject();
        const QString id = in.value(kId).toString();
        if (liveIds.contains(id)) continue;
        if (const auto b = base.constFind(id); b != base.cend()) {  // removed here
            if (kind.needed && kind.needed->contains(id)) {
                out.append(in);
                added.append(itemOf(in, kind));
            } else if (in != *b) {
                kept.append(itemOf(in, kind, QStringLiteral("removed_here")));
            }
            continue;
        }
        out.append(in);
        added.append(itemOf(in, kind));
    }
    const auto put = [&report](const char* key, const QJsonArray& list) {
        if (!list.isEmpty()) report.insert(QLatin1String(key), list);
    };
    put("added", added);
    put("changed", changed);
    put("removed", removed);
    put("kept", kept);
    return out;
}

QJsonArray listOf(const QJsonObject& root, const char* key) {
    return root.value(QLatin1String(key)).toArray();
}

}  // namespace

ScheduleMerge mergeSchedule(const QJsonObject& base, const QJsonObject& incoming,
                            const QJsonObject& live, const QSet<QString>& onAir) {
    ScheduleMerge m;
    m.root = live.isEmpty() ? incoming : live;  // no catalog yet: the schedule's, added below
    const auto merge = [&](const char* key, const Kind& kind) {
        QJsonObject report;
        m.root.insert(QLatin1String(key), mergeList(listOf(base, key), listOf(incoming, key),
                                                    listOf(live, key), kind, report));
        if (!report.isEmpty()) m.changes.insert(QLatin1String(key), report);
    };

    const QLatin1String event("event");
    const QJsonObject liveEvent = m.root.value(event).toObject();
    const QJsonObject mergedEvent =
        mergeFields(base.contains(event) ? std::optional<QJsonObject>(base.value(event).toObject())
                                         : std::nullopt,
                    incoming.value(event).toObject(), liveEvent);
    m.root.insert(event, mergedEvent);
    if (const QJsonArray fields = changedFields(liveEvent, mergedEvent); !fields.isEmpty())
        m.changes.insert(event, fields);

    // Sessions first: what they name decides which channels, topics and speakers stay.
    merge("sessions", Kind{true, true, &onAir, nullptr});
    QSet<QString> channels, topics, speakers;
    for (const QJsonValue& v : m.root.value(QLatin1String("sessions")).toArray()) {
        const QJsonObject s = v.toObject();
        channels.insert(s.value(QLatin1String("channel")).toString());
        if (const QString t = s.value(QLatin1String("topic")).toString(); !t.isEmpty())
            topics.insert(t);
        for (const QJsonValue& sp : s.value(QLatin1String("speakers")).toArray())
            speakers.insert(sp.toString());
    }
    // A channel's streams, its room's rules and whether it is hidden are organizers' work: a
    // schedule has none (its import writes "streams": []), so an import never takes them away.
    merge("channels",
          Kind{false,
               false,
               nullptr,
               &channels,
               {QStringLiteral("streams"), QStringLiteral("room"), QStringLiteral("hidden")}});
    merge("topics", Kind{false, true, nullptr, &topics});
    merge("speakers", Kind{false, true, nullptr, &speakers});
    return m;
}

}  // namespace omk::server
