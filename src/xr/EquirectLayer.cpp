#include "xr/EquirectLayer.h"

#include "render/ProjectionMath.h"

#include <algorithm>
#include <cmath>

namespace omk::xr {
namespace {

constexpr double kPi = 3.14159265358979323846;

}  // namespace

Expected<EquirectLayerGeometry> equirectLayerGeometry(const SphericalInfo& info) {
    if (info.projection != Projection::Equirect && info.projection != Projection::Equirect180)
        return fail(
            QStringLiteral("a %1 picture is not equirectangular").arg(toString(info.projection)));
    // The same reading of the bounds as the sphere renderer's (render/MapKey: makeMapKey): VR180's
    // 0.25/0.25 tile is what makes it 180 degrees wide, not a further crop.
    double left = info.boundLeft, right = info.boundRight;
    double top = info.boundTop, bottom = info.boundBottom;
    if (info.projection == Projection::Equirect180 && std::abs(left - 0.25) < 1e-3 &&
        std::abs(right - 0.25) < 1e-3)
        left = right = 0;
    if (left < 0 || right < 0 || left + right >= 1) left = right = 0;
    if (top < 0 || bottom < 0 || top + bottom >= 1) top = bottom = 0;
    const double span = info.projection == Projection::Equirect ? 2 * kPi : kPi;
    EquirectLayerGeometry g;
    g.centralHorizontalAngle = float(span * (1 - left - right));
    g.upperVerticalAngle = float(kPi / 2 - kPi * top);
    g.lowerVerticalAngle = float(-kPi / 2 + kPi * bottom);
    // The picture covers left .. 1 - right of the span, so its centre sits (left - right) / 2 of
    // the span to the right of straight ahead; a turn to the right is a negative yaw.
    g.yaw = span * (right - left) / 2;
    return g;
}

QSize equirectImageSize(QSize frame, StereoLayout stereo, QSize max) {
    QSize eye = frame;
    if (stereo == StereoLayout::TopBottom) eye.setHeight(frame.height() / 2);
    if (stereo == StereoLayout::SideBySide) eye.setWidth(frame.width() / 2);
    if (eye.isEmpty()) return {};
    if (eye.width() > max.width() || eye.height() > max.height())
        eye = eye.scaled(max, Qt::KeepAspectRatio);
    return eye.expandedTo(QSize(1, 1));
}

SphericalInfo equirectCopyInfo(SphericalInfo info) {
    info.projection = Projection::Flat;
    info.boundLeft = info.boundTop = info.boundRight = info.boundBottom = 0;
    info.yaw = info.pitch = info.roll = 0;
    return info;
}

ViewParams equirectCopyView(const SphericalInfo& copyInfo, QSize frame, Eye eye) {
    // Projection::Flat puts the eye's picture on a screen at z = -1, kFlatScreenFovDeg wide, as
    // tall as its aspect ratio makes it (render/MapKey: makeMapKey); a frustum of exactly those
    // tangents, looking straight at it, maps the output linearly onto the whole picture.
    double w = frame.width(), h = frame.height();
    if (copyInfo.stereo == StereoLayout::TopBottom) h /= 2;
    if (copyInfo.stereo == StereoLayout::SideBySide) w /= 2;
    const double halfWidth = std::tan(render::kFlatScreenFovDeg * kPi / 360.0);
    const double halfHeight = h > 0 ? halfWidth / (w / h) : halfWidth;
    ViewParams v;
    v.eye = eye;
    v.orientation = ViewOrientation{};
    v.tangents = ViewTangents{-halfWidth, halfWidth, -halfHeight, halfHeight};
    v.fov = render::kFlatScreenFovDeg;
    return v;
}

}  // namespace omk::xr
