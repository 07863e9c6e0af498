#pragma once
// Encoding QImages (and optionally stereo audio) into a video file with libavcodec. It makes the
// demo clip and the test media whose exact content or metadata the ffmpeg CLI cannot produce.
// H.264 (libx264 when present), BT.709 limited range; AAC 48 kHz stereo.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "media/AvPtr.h"

#include <QImage>
#include <QString>

#include <memory>
#include <vector>

namespace omk::media {

class ClipWriter {
public:
    static constexpr int kSampleRate = 48000;
    static constexpr int kChannels = 2;

    // The container follows the file name (.mp4, .mkv, .mov). With `meta`, the video stream
    // carries spherical (and, unless mono, stereo) side data, which the mp4 muxer writes as
    // Spherical Video V2 sv3d/st3d boxes and matroska as its Projection/StereoMode elements.
    static Expected<std::unique_ptr<ClipWriter>> open(const QString& path, int width, int height,
                                                      int fps, bool withAudio,
                                                      const SphericalInfo* meta = nullptr);
    ~ClipWriter();
    ClipWriter(const ClipWriter&) = delete;
    ClipWriter& operator=(const ClipWriter&) = delete;

    // One frame; the image is scaled to the clip's size if it differs.
    Expected<void> writeVideo(const QImage& image);
    // Interleaved stereo float samples in [-1, 1] at kSampleRate; any count.
    Expected<void> writeAudio(const float* interleaved, int sampleFrames);
    // Flushes the encoders and writes the trailer. Without it the file is incomplete.
    Expected<void> finish();

    QString videoEncoderName() const;

private:
    ClipWriter() = default;
    Expected<void> addVideoStream(int width, int height, int fps, const SphericalInfo* meta);
    Expected<void> addAudioStream();
    Expected<void> encode(AVCodecContext* enc, AVStream* st, const AVFrame* frame);
    Expected<void> encodeAudioChunk(int sampleFrames);

    QString m_path;
    AVFormatContext* m_format = nullptr;  // output contexts have no RAII owner in AvPtr.h
    AvCodecContextPtr m_video, m_audio;
    AVStream* m_videoStream = nullptr;
    AVStream* m_audioStream = nullptr;
    SwsContextPtr m_sws;
    AvFramePtr m_yuv, m_pcm;
    AvPacketPtr m_packet;
    int64_t m_videoPts = 0, m_audioPts = 0;
    std::vector<float> m_pending;  // interleaved samples short of a full encoder frame
    bool m_finished = false;
};

}  // namespace omk::media
