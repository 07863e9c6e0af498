#pragma once
// Where the in-headset panel floats and what a controller's pointer hits on it. The panel is a
// flat rectangle facing the viewer, `distance` metres ahead along a heading (turning about +y
// with the recentre, so it is in front again after one) and `height` metres up or down from eye
// level; the pointer is a controller's aim pose, whose ray runs along its -z.
// Threading: none (pure functions).

#include <openxr/openxr.h>

#include <QPointF>
#include <QSizeF>

#include <optional>

namespace omk::xr {

struct PanelPlacement {
    double heading = 0;       // radians about +y, positive left; 0 ahead along -z
    double distance = 1.2;    // metres from the space's origin
    double height = -0.25;    // metres: a little below eye level, where reading is easy
    QSizeF size{1.0, 0.625};  // metres, width x height
};

// The panel's centre and orientation in the reference space, for XrCompositionLayerQuad.
XrPosef panelPose(const PanelPlacement& placement);

// Where a ray from `aim` along its -z meets the panel's front, as panel coordinates in
// [0,1]x[0,1] with (0,0) the top-left corner; nullopt when it misses, points away, or starts
// behind the panel.
std::optional<QPointF> hitPanel(const XrPosef& aim, const PanelPlacement& placement);

}  // namespace omk::xr
