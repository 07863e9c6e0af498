#pragma once
// Synchronous, single-threaded decoding of individual frames: the CLI's `snapshot` and the
// tests use it where the threaded Player would only add latency and nondeterminism.

#include "core/Expected.h"
#include "core/Spherical.h"
#include "media/Input.h"
#include "media/VideoDecoderContext.h"
#include "media/VideoFrame.h"

#include <QString>

namespace omk::media {

class FrameGrabber {
public:
    // Software decoding by default: for a frame or two, creating a hardware device costs more
    // than it saves.
    static Expected<FrameGrabber> open(const QString& url, const OpenOptions& options = {},
                                       HwPolicy policy = HwPolicy::SoftwareOnly);

    // The frame showing at `seconds` on the media timeline (the same clock as VideoFrame::pts):
    // the first frame whose pts is at least `seconds` minus half a frame. Past the end it is
    // the last frame; for a still image it is always the image.
    Expected<VideoFrame> frameAt(double seconds);
    // The next frame in decode order after the last one returned; "<url>: end of stream" after
    // the last.
    Expected<VideoFrame> nextFrame();

    const QString& url() const { return m_url; }
    const AVStream* stream() const { return m_format->streams[m_streamIndex]; }
    const AVFormatContext* format() const { return m_format.get(); }
    const SphericalInfo& spherical() const { return m_spherical; }
    const QString& decoderName() const { return m_decoder.decoderName; }
    int width() const { return stream()->codecpar->width; }
    int height() const { return stream()->codecpar->height; }
    double frameRate() const { return m_frameRate; }  // 0 if unknown
    double duration() const;                          // seconds; 0 if unknown
    bool isStillImage() const { return m_still; }

private:
    FrameGrabber() = default;

    // Next decoded frame, unconverted; null at the end of the stream.
    Expected<AvFramePtr> decodeNext();
    Expected<VideoFrame> convert(AvFramePtr frame);
    double ptsOf(const AVFrame* f) const;
    Expected<VideoFrame> decodeFrom(double seekTo, double threshold, bool* overshot);

    QString m_url;
    AvFormatContextPtr m_format;
    OpenedVideoDecoder m_decoder;
    FrameConverter m_converter;
    AvPacketPtr m_packet;
    int m_streamIndex = -1;
    SphericalInfo m_spherical;
    double m_frameRate = 0;
    bool m_still = false;
    bool m_flushed = false;  // the decoder has been sent its end-of-stream
    AvFramePtr m_stillImage;
};

}  // namespace omk::media
