#include "catalog/CatalogBuilder.h"

#include <algorithm>

namespace omk::catalog {

Channel& CatalogBuilder::channel(const QString& key, const QString& name) {
    auto it = m_channels.constFind(key);
    if (it == m_channels.constEnd()) {
        it = m_channels.insert(key, m_catalog.channels.size());
        m_catalog.channels.append(Channel{key, name, {}, {}});
    }
    return m_catalog.channels[*it];
}

QString CatalogBuilder::topic(const QString& name, const QString& color) {
    if (name.isEmpty()) return {};
    if (!m_topics.contains(name)) {
        m_topics.insert(name, m_catalog.topics.size());
        m_catalog.topics.append(Topic{name, name, color});
    }
    return name;
}

void CatalogBuilder::speaker(const Speaker& s) {
    auto it = m_speakers.constFind(s.id);
    if (it == m_speakers.constEnd()) {
        m_speakers.insert(s.id, m_catalog.speakers.size());
        m_catalog.speakers.append(s);
        return;
    }
    Speaker& known = m_catalog.speakers[*it];
    auto fill = [](QString& a, const QString& b) {
        if (a.isEmpty()) a = b;
    };
    fill(known.name, s.name);
    fill(known.biography, s.biography);
    fill(known.organisation, s.organisation);
    fill(known.avatarUrl, s.avatarUrl);
    if (known.links.isEmpty()) known.links = s.links;
}

void CatalogBuilder::session(Session s) {
    if (m_sessionIds.contains(s.id)) {
        const QString base = s.id;
        int& n = m_lastSuffix[base];
        do {
            s.id = base + QStringLiteral("#%1").arg(++n + 1);
        } while (m_sessionIds.contains(s.id));
    }
    m_sessionIds.insert(s.id);
    m_catalog.sessions.append(std::move(s));
}

Catalog CatalogBuilder::finish() && {
    sortSessions(m_catalog);
    return std::move(m_catalog);
}

QString resolveUrl(const QUrl& base, const QString& url) {
    if (url.isEmpty() || !base.isValid() || base.isRelative()) return url;
    const QUrl u(url);
    return u.isRelative() ? base.resolved(u).toString() : url;
}

}  // namespace omk::catalog
