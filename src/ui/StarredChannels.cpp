#include "ui/StarredChannels.h"

#include "ui/SettingsStore.h"

namespace omk::ui {

StarredChannels::StarredChannels(QObject* parent) : QObject(parent) {}

QString StarredChannels::eventKey() const {
    return SettingsStore::eventKey(m_catalog.get());
}

void StarredChannels::setCatalog(std::shared_ptr<const catalog::Catalog> catalog) {
    m_catalog = std::move(catalog);
    m_ids = SettingsStore::starredChannels(eventKey());
    emit changed();
}

bool StarredChannels::isStarred(const QString& channelId) const {
    return m_ids.contains(channelId);
}

void StarredChannels::toggle(const QString& channelId) {
    setStarred(channelId, !isStarred(channelId));
}

void StarredChannels::setStarred(const QString& channelId, bool on) {
    if (channelId.isEmpty() || on == isStarred(channelId)) return;
    if (on)
        m_ids.append(channelId);
    else
        m_ids.removeAll(channelId);
    if (m_catalog) SettingsStore::setStarredChannels(eventKey(), m_ids);
    emit changed();
}

}  // namespace omk::ui
