#pragma once
// The captions decoded so far, by media time. The subtitle stage writes cues as the demuxer
// reads ahead; the player asks what to show at its clock.
// Threading: add()/reset() on the subtitle stage's thread, textAt() on the GUI thread; every
// member is thread-safe.

#include <QString>

#include <deque>
#include <mutex>

namespace omk::media {

struct Caption {
    double start = 0;  // seconds, media time
    double end = 0;
    QString text;
};

class CaptionTrack {
public:
    // Cues of another serial (an older position) are ignored.
    void add(Caption caption, int serial);
    // After a seek: forget everything and accept only cues of `serial`.
    void reset(int serial);
    // Every cue showing at `seconds`, oldest first, one per line; empty when none is.
    QString textAt(double seconds) const;
    std::size_t size() const;

    // Cues kept: a stream full of tiny cues cannot grow memory without bound.
    static constexpr std::size_t kMaxCues = 512;

private:
    mutable std::mutex m_mutex;
    std::deque<Caption> m_cues;  // in arrival order, which is decode order
    int m_serial = 0;
};

}  // namespace omk::media
