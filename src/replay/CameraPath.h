#pragma once
// A scripted camera for headless replays: keyframes of yaw/pitch/fov at times on the replay's
// clock, interpolated between them and held before the first and after the last. File format
// (docs/RECORDING.md, "Camera paths"):
//   {"version":1,"interpolation":"linear"|"smooth",
//    "keyframes":[{"t":0,"yaw":0,"pitch":0,"fov":90}, {"t":5.5,"yaw":180,...}]}
// t in seconds (non-decreasing); yaw in degrees, not wrapped, so 0 → 720 turns twice; pitch
// within ±90; fov within [1, 179]; fields a keyframe leaves out keep the previous keyframe's.

#include "core/Expected.h"
#include "core/Spherical.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace omk::replay {

struct CameraKeyframe {
    double t = 0;
    double yaw = 0, pitch = 0, fov = 90;
};

class CameraPath {
public:
    CameraPath();  // a fixed camera: yaw 0, pitch 0, fov 90
    static Expected<CameraPath> parse(const QByteArray& json);
    static Expected<CameraPath> load(const QString& path);

    ViewParams at(double seconds) const;
    const QList<CameraKeyframe>& keyframes() const { return m_keys; }
    bool smooth() const { return m_smooth; }

private:
    QList<CameraKeyframe> m_keys;
    bool m_smooth = false;
};

}  // namespace omk::replay
