#include "ui/ViewController.h"

#include <algorithm>
#include <cmath>

namespace omk::ui {
namespace {
double wrapYaw(double yaw) {
    double y = std::fmod(yaw + 180.0, 360.0);
    if (y < 0) y += 360.0;
    return y - 180.0;
}
}  // namespace

void ViewController::dragBy(double dx, double dy, double viewportWidth) {
    if (viewportWidth <= 0) return;
    const double degPerPixel = m_view.fov / viewportWidth;
    turn(-dx * degPerPixel, dy * degPerPixel);
}

void ViewController::turn(double dYaw, double dPitch) {
    setYaw(m_view.yaw + dYaw);
    setPitch(m_view.pitch + dPitch);
}

void ViewController::zoomBy(double steps) {
    setFov(m_view.fov * std::pow(0.9, steps));
}

void ViewController::setFov(double fov) {
    m_view.fov = std::clamp(fov, kMinFov, kMaxFov);
}
void ViewController::setYaw(double yaw) {
    m_view.yaw = wrapYaw(yaw);
}
void ViewController::setPitch(double pitch) {
    m_view.pitch = std::clamp(pitch, -90.0, 90.0);
}

void ViewController::recenter() {
    const double fov = m_view.fov;
    m_view = ViewParams{};
    m_view.fov = fov;
}

}  // namespace omk::ui
