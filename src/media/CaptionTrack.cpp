#include "media/CaptionTrack.h"

namespace omk::media {

void CaptionTrack::add(Caption caption, int serial) {
    if (caption.text.isEmpty() || !(caption.end > caption.start)) return;
    std::lock_guard lock(m_mutex);
    if (serial != m_serial) return;
    m_cues.push_back(std::move(caption));
    while (m_cues.size() > kMaxCues) m_cues.pop_front();
}

void CaptionTrack::reset(int serial) {
    std::lock_guard lock(m_mutex);
    m_cues.clear();
    m_serial = serial;
}

QString CaptionTrack::textAt(double seconds) const {
    std::lock_guard lock(m_mutex);
    QString text;
    for (const Caption& c : m_cues) {
        if (seconds < c.start || seconds >= c.end) continue;
        if (!text.isEmpty()) text += QLatin1Char('\n');
        text += c.text;
    }
    return text;
}

std::size_t CaptionTrack::size() const {
    std::lock_guard lock(m_mutex);
    return m_cues.size();
}

}  // namespace omk::media
