#include "catalog/Catalog.h"

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

}  // namespace omk::catalog
