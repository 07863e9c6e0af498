#pragma once
// Where the viewer looks, and the mouse/keyboard/wheel arithmetic that moves it. Pure logic:
// VideoView owns one, tests drive it directly.

#include "core/Spherical.h"

namespace omk::ui {

class ViewController {
public:
    const ViewParams& view() const { return m_view; }

    // A drag of (dx, dy) pixels in a viewport `width` wide grabs the world: dragging right turns
    // the view left, as in every 360° player.
    void dragBy(double dx, double dy, double viewportWidth);
    void turn(double dYaw, double dPitch);
    // Wheel: positive steps zoom in (narrower field of view).
    void zoomBy(double steps);
    void setFov(double fov);
    void setYaw(double yaw);
    void setPitch(double pitch);
    void recenter();

private:
    ViewParams m_view;
};

}  // namespace omk::ui
