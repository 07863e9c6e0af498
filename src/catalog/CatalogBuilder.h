#pragma once
// Shared bookkeeping of the importers: channels, topics and speakers are referred to by name or
// id from many sessions, and each must appear once in the catalog.

#include "catalog/Catalog.h"

#include <QHash>
#include <QSet>
#include <QUrl>

namespace omk::catalog {

class CatalogBuilder {
public:
    explicit CatalogBuilder(Format format) { m_catalog.format = format; }

    Event& event() { return m_catalog.event; }
    LiveEndpoints& live() { return m_catalog.live; }
    // The channel keyed `key` (a room name, a track id), created on first use.
    Channel& channel(const QString& key, const QString& name);
    bool hasChannel(const QString& key) const { return m_channels.contains(key); }
    // The topic named `name` (empty: none); returns its id.
    QString topic(const QString& name, const QString& color = {});
    // Adds a speaker unless one with the same id exists; fills in what the earlier one lacked.
    void speaker(const Speaker& s);
    // Real exports repeat a session now and then (one talk listed in two slots); each copy
    // stays addressable under its id with "#2", "#3"… appended.
    void session(Session s);

    // Orders sessions by start, then channel, then title, so output is stable.
    Catalog finish() &&;

private:
    Catalog m_catalog;
    QHash<QString, qsizetype> m_channels, m_topics, m_speakers;
    QSet<QString> m_sessionIds;
    QHash<QString, int> m_lastSuffix;
};

// Pretalx writes avatars relative to the schedule's base_url.
QString resolveUrl(const QUrl& base, const QString& url);

}  // namespace omk::catalog
