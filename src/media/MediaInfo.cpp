#include "media/MediaInfo.h"

#include <QJsonArray>

#include <utility>
#include <vector>

namespace omk::media {

namespace {

using Field = std::pair<QString, QJsonValue>;

std::vector<Field> fields(const MediaInfo& i) {
    std::vector<Field> f = {
        {"input", i.url},
        {"container", i.container},
        {"duration", i.duration},
        {"bit_rate", double(i.bitRate)},
        {"live", i.live},
        {"video_codec", i.videoCodec},
        {"width", i.width},
        {"height", i.height},
        {"frame_rate", i.frameRate},
        {"pixel_format", i.pixelFormat},
        {"color_matrix", i.colorMatrix},
        {"color_range", i.colorRange},
        {"color_primaries", i.colorPrimaries},
        {"color_transfer", i.colorTransfer},
    };
    if (i.hasAudio) {
        f.push_back({"audio_codec", i.audioCodec});
        f.push_back({"sample_rate", i.sampleRate});
        f.push_back({"channels", i.channels});
    } else {
        f.push_back({"audio_codec", QJsonValue::Null});
    }
    const SphericalInfo& s = i.spherical;
    f.push_back({"projection", toString(s.projection)});
    f.push_back({"projection_source", toString(s.projectionSource)});
    f.push_back({"stereo", toString(s.stereo)});
    f.push_back({"stereo_source", toString(s.stereoSource)});
    if (s.projectionSource == InfoSource::Metadata) {
        f.push_back({"initial_yaw", s.yaw});
        f.push_back({"initial_pitch", s.pitch});
        f.push_back({"initial_roll", s.roll});
    }
    if (s.boundLeft || s.boundTop || s.boundRight || s.boundBottom)
        f.push_back({"bounds", QJsonArray{s.boundLeft, s.boundTop, s.boundRight, s.boundBottom}});
    f.push_back({"hardware_decoders", QJsonArray::fromStringList(i.hardwareDecoders)});
    return f;
}

QString textOf(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("none");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 10);
        case QJsonValue::Array: {
            QStringList parts;
            for (const QJsonValue& e : v.toArray()) parts << textOf(e);
            return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
        }
        default:
            return v.toString();
    }
}

}  // namespace

QJsonObject toJson(const MediaInfo& info) {
    QJsonObject o;
    for (const auto& [key, value] : fields(info)) o.insert(key, value);
    return o;
}

QString toText(const MediaInfo& info) {
    QString out;
    for (const auto& [key, value] : fields(info))
        out += key + QStringLiteral(": ") + textOf(value) + QLatin1Char('\n');
    return out;
}

}  // namespace omk::media
