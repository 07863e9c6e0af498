#include "server/CatalogDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QStringList>

namespace omk::server {

namespace {

QStringList idsInOrder(const QJsonObject& root, const char* key) {
    QStringList out;
    for (const QJsonValue& v : root.value(QLatin1String(key)).toArray())
        out.append(v.toObject().value(QLatin1String("id")).toString());
    return out;
}

QMap<QString, QJsonObject> byId(const QJsonObject& root, const char* key) {
    QMap<QString, QJsonObject> out;
    for (const QJsonValue& v : root.value(QLatin1String(key)).toArray()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QLatin1String("id")).toString(), o);
    }
    return out;
}

QJsonObject listDiff(const QJsonObject& before, const QJsonObject& after, const char* key,
                     int maxIds) {
    const auto a = byId(before, key);
    const auto b = byId(after, key);
    QJsonArray added, removed, changed;
    bool more = false;
    auto add = [&](QJsonArray& list, const QString& id) {
        if (list.size() < maxIds)
            list.append(id);
        else
            more = true;
    };
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const auto old = a.constFind(it.key());
        if (old == a.cend())
            add(added, it.key());
        else if (*old != it.value())
            add(changed, it.key());
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key())) add(removed, it.key());
    QJsonObject o;
    if (!added.isEmpty()) o.insert(QStringLiteral("added"), added);
    if (!removed.isEmpty()) o.insert(QStringLiteral("removed"), removed);
    if (!changed.isEmpty()) o.insert(QStringLiteral("changed"), changed);
    if (more) o.insert(QStringLiteral("more"), true);
    // The same ids in another order (channels moved): the tabs follow it.
    if (added.isEmpty() && removed.isEmpty() && idsInOrder(before, key) != idsInOrder(after, key))
        o.insert(QStringLiteral("reordered"), true);
    return o;
}

}  // namespace

QJsonObject catalogDiff(const QJsonObject& a, const QJsonObject& b, int maxIds) {
    QJsonObject out;
    // Topics and speakers are the sessions' details: a change there is an event-level change.
    for (const char* key : {"event", "topics", "speakers"})
        if (a.value(QLatin1String(key)) != b.value(QLatin1String(key))) {
            out.insert(QStringLiteral("event"), true);
            break;
        }
    for (const char* key : {"channels", "sessions"}) {
        const QJsonObject d = listDiff(a, b, key, maxIds);
        if (!d.isEmpty()) out.insert(QLatin1String(key), d);
    }
    return out;
}

}  // namespace omk::server
