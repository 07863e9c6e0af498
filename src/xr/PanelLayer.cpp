#include "xr/PanelLayer.h"

#include "xr/Recenter.h"

#include <QQuaternion>
#include <QVector3D>

#include <cmath>

namespace omk::xr {
namespace {

QVector3D toVector(const XrVector3f& v) {
    return {v.x, v.y, v.z};
}

QQuaternion toQuaternion(const XrQuaternionf& q) {
    return {q.w, q.x, q.y, q.z};
}

}  // namespace

XrPosef panelPose(const PanelPlacement& placement) {
    XrPosef pose{};
    pose.orientation = yawRotation(placement.heading);
    // Ahead is -z turned by the heading (positive turns left, towards -x).
    pose.position.x = float(-std::sin(placement.heading) * placement.distance);
    pose.position.y = float(placement.height);
    pose.position.z = float(-std::cos(placement.heading) * placement.distance);
    return pose;
}

std::optional<QPointF> hitPanel(const XrPosef& aim, const PanelPlacement& placement) {
    const XrPosef panel = panelPose(placement);
    const QQuaternion panelRotation = toQuaternion(panel.orientation);
    const QVector3D centre = toVector(panel.position);
    // The panel faces the viewer: its normal is +z turned with it; its right is +x, up is +y.
    const QVector3D normal = panelRotation.rotatedVector({0, 0, 1});
    const QVector3D right = panelRotation.rotatedVector({1, 0, 0});
    const QVector3D up = panelRotation.rotatedVector({0, 1, 0});
    const QVector3D origin = toVector(aim.position);
    const QVector3D direction =
        toQuaternion(aim.orientation).normalized().rotatedVector({0, 0, -1});
    const float facing = QVector3D::dotProduct(direction, normal);
    if (facing >= -1e-6f) return std::nullopt;  // parallel, or pointing away from its front
    const float t = QVector3D::dotProduct(centre - origin, normal) / facing;
    if (t <= 0) return std::nullopt;  // the panel is behind the pointer
    const QVector3D onPlane = origin + direction * t - centre;
    const double u = QVector3D::dotProduct(onPlane, right) / placement.size.width() + 0.5;
    const double v = 0.5 - QVector3D::dotProduct(onPlane, up) / placement.size.height();
    if (u < 0 || u > 1 || v < 0 || v > 1) return std::nullopt;
    return QPointF(u, v);
}

}  // namespace omk::xr
