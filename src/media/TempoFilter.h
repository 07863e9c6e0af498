#pragma once
// Changes the speed of decoded audio without changing its pitch (FFmpeg's atempo filter, a
// WSOLA time stretcher), for playback rates other than 1: a user's 1.25x, and the small
// corrections (within +-5%) that keep a watch-together room in step. Output sample n stands
// for input position n * tempo, so media time stays exact: the caller stamps output with the
// media time it has reached and advances it by frames * tempo / sampleRate.
// Threading: single-threaded; owned by the audio decode stage's thread.

#include "core/Expected.h"

#include <memory>
#include <vector>

struct AVFilterGraph;
struct AVFilterContext;

namespace omk::media {

class TempoFilter {
public:
    // Packed float samples at sampleRate with `channels` channels in and out.
    static Expected<std::unique_ptr<TempoFilter>> create(int sampleRate, int channels,
                                                         double tempo);
    ~TempoFilter();
    TempoFilter(const TempoFilter&) = delete;
    TempoFilter& operator=(const TempoFilter&) = delete;

    // Takes effect from the next samples pushed; no state is lost.
    Expected<void> setTempo(double tempo);
    double tempo() const { return m_tempo; }
    // Feeds `frames` frames and appends whatever the filter has ready to `out`.
    Expected<void> process(const float* samples, int frames, std::vector<float>& out);

    static constexpr double kMinTempo = 0.5, kMaxTempo = 2.0;  // atempo's range per instance

private:
    TempoFilter() = default;
    int m_sampleRate = 0, m_channels = 0;
    double m_tempo = 1.0;
    int64_t m_nextPts = 0;
    AVFilterGraph* m_graph = nullptr;
    AVFilterContext* m_source = nullptr;
    AVFilterContext* m_sink = nullptr;
};

}  // namespace omk::media
