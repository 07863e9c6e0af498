#include "ui/ChannelSelection.h"

#include "ui/Log.h"
#include "ui/SettingsStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace omk::ui {
namespace {

QString describe(const catalog::Stream& s, int index) {
    if (!s.label.isEmpty()) return s.label;
    QStringList parts;
    if (!s.language.isEmpty()) parts << QLocale(s.language).nativeLanguageName();
    parts << toString(s.projection);
    if (s.stereo != StereoLayout::Mono) parts << toString(s.stereo);
    parts.removeAll(QString());
    // EventController's translation context (translations/*.ts): this class is a part of it.
    return parts.isEmpty()
               ? QCoreApplication::translate("omk::ui::EventController", "Stream %1").arg(index + 1)
               : parts.join(QStringLiteral(", "));
}

}  // namespace

bool ChannelSelection::valid() const {
    return m_catalog && m_current >= 0 && m_current < m_catalog->channels.size();
}

QString ChannelSelection::currentId() const {
    if (!valid()) return {};
    return m_catalog->channels.at(m_current).id;
}

bool ChannelSelection::select(int index) {
    if (!m_catalog || index < 0 || index >= m_catalog->channels.size() || index == m_current)
        return false;
    if (m_view && valid())
        m_viewPerChannel.insert(
            m_catalog->channels.at(m_current).id,
            {m_view->property("yaw").toDouble(), m_view->property("pitch").toDouble(),
             m_view->property("fov").toDouble()});
    m_current = index;
    const catalog::Channel& channel = m_catalog->channels.at(index);
    applyStream();
    if (m_view) {
        const auto it = m_viewPerChannel.constFind(channel.id);
        // A channel seen for the first time starts looking straight ahead.
        const ViewDirection v = it != m_viewPerChannel.constEnd() ? *it : ViewDirection{0, 0, 0};
        m_view->setProperty("yaw", v.yaw);
        m_view->setProperty("pitch", v.pitch);
        if (v.fov > 0) m_view->setProperty("fov", v.fov);
    }
    return true;
}

bool ChannelSelection::keep(const QString& id) {
    if (!m_catalog || id.isEmpty()) return false;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i)
        if (m_catalog->channels.at(i).id == id) {
            m_current = int(i);
            applyStream();
            return true;
        }
    return false;
}

void ChannelSelection::applyStream() {
    const catalog::Channel& channel = m_catalog->channels.at(m_current);
    const QString live = m_streamOverride.value(channel.id);
    if (channel.streams.isEmpty()) {
        m_streamUrl = live;
        // Dreamkast's own streams are ordinary video.
        m_streamProjection = live.isEmpty() ? QString() : toString(Projection::Flat);
        m_streamStereo = live.isEmpty() ? QString() : toString(StereoLayout::Mono);
    } else {
        const catalog::Stream& s = channel.streams.at(currentStream());
        m_streamUrl = live.isEmpty() ? s.url : live;
        m_streamProjection = toString(s.projection);
        m_streamStereo = toString(s.stereo);
    }
}

QStringList ChannelSelection::streamChoices() const {
    QStringList out;
    if (!valid()) return out;
    const auto& streams = m_catalog->channels.at(m_current).streams;
    for (int i = 0; i < streams.size(); ++i) out << describe(streams.at(i), i);
    return out;
}

int ChannelSelection::currentStream() const {
    if (!valid()) return 0;
    const catalog::Channel& channel = m_catalog->channels.at(m_current);
    const int saved = SettingsStore::streamChoice(m_catalog->event.id, channel.id);
    // A catalog that lost streams since the choice was made falls back to the first.
    return saved >= 0 && saved < channel.streams.size() ? saved : 0;
}

bool ChannelSelection::selectStream(int index) {
    if (!valid()) return false;
    const catalog::Channel& channel = m_catalog->channels.at(m_current);
    if (index < 0 || index >= channel.streams.size() || index == currentStream()) return false;
    SettingsStore::setStreamChoice(m_catalog->event.id, channel.id, index);
    applyStream();
    return true;
}

bool ChannelSelection::setStreamOverrides(const QHash<QString, QString>& overrides) {
    m_streamOverride = overrides;
    if (!valid()) return false;
    const QString before = m_streamUrl;
    applyStream();
    return m_streamUrl != before;
}

bool ChannelSelection::setView(QObject* view) {
    if (view == m_view) return false;
    m_view = view;
    return true;
}

bool ChannelSelection::setPreferredChannel(const QString& id) {
    if (id == m_preferredChannel) return false;
    m_preferredChannel = id;
    m_preferredPending = !id.isEmpty();
    return true;
}

int ChannelSelection::indexAfterLoad(const QString& previousId) {
    // Stay on the channel being watched when a reload still has it; else the first one.
    // On the first load, the channel a link asked for.
    const bool preferred = m_preferredPending && previousId.isEmpty();
    const QString wanted = preferred ? m_preferredChannel : previousId;
    int index = 0;
    bool found = false;
    for (qsizetype i = 0; i < m_catalog->channels.size(); ++i)
        if (m_catalog->channels.at(i).id == wanted) {
            index = int(i);
            found = true;
        }
    if (preferred) {
        m_preferredPending = false;
        if (!found) qCWarning(lcUi) << "no channel" << wanted << "in the event; opening the first";
    }
    return index;
}

}  // namespace omk::ui
