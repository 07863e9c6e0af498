#include "catalog/Catalog.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace omk::catalog {
namespace {

template <class T>
const T* findById(const QList<T>& items, const QString& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Channel* Catalog::channel(const QString& id) const {
    return findById(channels, id);
}

const Topic* Catalog::topic(const QString& id) const {
    return findById(topics, id);
}

const Speaker* Catalog::speaker(const QString& id) const {
    return findById(speakers, id);
}

bool Catalog::sameContent(const Catalog& other) const {
    return event == other.event && channels == other.channels && topics == other.topics &&
           speakers == other.speakers && sessions == other.sessions;
}

QString toString(Format f) {
    switch (f) {
        case Format::FrabJson:
            return QStringLiteral("frab-json");
        case Format::FrabXml:
            return QStringLiteral("frab-xml");
        case Format::Dreamkast:
            return QStringLiteral("dreamkast");
        case Format::Omnikast:
            return QStringLiteral("omnikast");
    }
    return {};
}

void sortSessions(Catalog& catalog) {
    QHash<QString, qsizetype> order;
    for (qsizetype i = 0; i < catalog.channels.size(); ++i)
        order.insert(catalog.channels.at(i).id, i);
    std::stable_sort(catalog.sessions.begin(), catalog.sessions.end(),
                     [&](const Session& a, const Session& b) {
                         if (a.start != b.start) return a.start < b.start;
                         const qsizetype ca = order.value(a.channelId, -1);
                         const qsizetype cb = order.value(b.channelId, -1);
                         if (ca != cb) return ca < cb;
                         return a.title < b.title;
                     });
}

bool hasHidden(const Catalog& catalog) {
    return std::any_of(catalog.channels.cbegin(), catalog.channels.cend(),
                       [](const Channel& c) { return c.hidden; });
}

Catalog withoutHidden(Catalog catalog) {
    QSet<QString> hidden;
    for (const Channel& c : catalog.channels)
        if (c.hidden) hidden.insert(c.id);
    if (hidden.isEmpty()) return catalog;
    catalog.channels.removeIf([](const Channel& c) { return c.hidden; });
    catalog.sessions.removeIf([&hidden](const Session& s) { return hidden.contains(s.channelId); });
    return catalog;
}

}  // namespace omk::catalog
