#pragma once
// What `omnikast probe` reports about an input, and its two renderings.

#include "core/Spherical.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace omk::media {

struct MediaInfo {
    QString url;
    QString container;    // the demuxer's long name, e.g. "QuickTime / MOV"
    double duration = 0;  // seconds; 0 if unknown (live)
    qint64 bitRate = 0;   // bits per second; 0 if unknown
    bool live = false;

    QString videoCodec;
    int width = 0, height = 0;
    double frameRate = 0;
    QString pixelFormat;
    QString colorMatrix, colorRange, colorPrimaries, colorTransfer;  // FFmpeg's names

    bool hasAudio = false;
    QString audioCodec;
    int sampleRate = 0, channels = 0;

    SphericalInfo spherical;
    QStringList hardwareDecoders;  // usable on this machine, not necessarily for this codec
};

// Keys are snake_case; projection, projection_source, stereo and stereo_source are always there.
QJsonObject toJson(const MediaInfo& info);
// One "key: value" line each, in the same order and with the same keys as the JSON.
QString toText(const MediaInfo& info);

}  // namespace omk::media
