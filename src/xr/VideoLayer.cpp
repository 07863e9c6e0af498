#include "xr/VideoLayer.h"

namespace omk::xr {

QString toString(VideoLayer layer) {
    return layer == VideoLayer::Equirect2 ? QStringLiteral("equirect2")
                                          : QStringLiteral("projection");
}

Expected<VideoLayer> parseVideoLayer(const QString& text) {
    if (text == QLatin1String("projection")) return VideoLayer::Projection;
    if (text == QLatin1String("equirect2")) return VideoLayer::Equirect2;
    return fail(QStringLiteral("--layer must be projection or equirect2, not \"%1\"").arg(text));
}

}  // namespace omk::xr
