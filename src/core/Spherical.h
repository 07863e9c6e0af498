#pragma once
// How a video frame maps onto the sphere, and where the viewer looks. Shared by the media
// engine (which detects it), the renderer (which draws it) and the CLI (which overrides it).

#include "core/Expected.h"

#include <QString>

#include <optional>

namespace omk {

enum class Projection { Equirect, Equirect180, Cubemap, Eac, Flat };
enum class StereoLayout { Mono, TopBottom, SideBySide };
enum class Eye { Left, Right };
// Where a detected value came from, so `probe` can say why it chose what it chose.
enum class InfoSource { Default, Metadata, Override };

struct SphericalInfo {
    Projection projection = Projection::Equirect;
    StereoLayout stereo = StereoLayout::Mono;
    InfoSource projectionSource = InfoSource::Default;
    InfoSource stereoSource = InfoSource::Default;
    // Initial view orientation stored in the file, degrees.
    double yaw = 0, pitch = 0, roll = 0;
    // Tiled bounds as fractions of the (per-eye) frame that the image covers; VR180 files
    // arrive as a tiled equirect with left = right = 0.25.
    double boundLeft = 0, boundTop = 0, boundRight = 0, boundBottom = 0;
};

// A headset's eye: its rotation as a unit quaternion (x, y, z, w) in the world frame of
// render/ProjectionMath.h: the camera looks along -z, +x right, +y up, as in OpenXR's view space.
struct ViewOrientation {
    double x = 0, y = 0, z = 0, w = 1;
};
// An eye's asymmetric frustum: tangents of the angles from the view axis to the left, right,
// bottom and top edges (left and down negative), as OpenXR's XrFovf gives them as angles.
struct ViewTangents {
    double left = -1, right = 1, down = -1, up = 1;
};

// Conventions (the CLI and tests rely on them): yaw 0, pitch 0 looks at the centre of an
// equirectangular frame; positive yaw turns right (larger x in the frame); positive pitch looks
// up; fov is horizontal, degrees.
struct ViewParams {
    double yaw = 0, pitch = 0, roll = 0;
    double fov = 90;
    Eye eye = Eye::Left;
    // Set for a headset eye only: replaces yaw/pitch/roll, respectively fov and the output's
    // aspect ratio. Unset, the view is exactly the desktop's.
    std::optional<ViewOrientation> orientation = std::nullopt;
    std::optional<ViewTangents> tangents = std::nullopt;
};

QString toString(Projection p);
QString toString(StereoLayout s);
QString toString(InfoSource s);
QString toString(Eye e);
Expected<Projection> parseProjection(const QString& s);
Expected<StereoLayout> parseStereo(const QString& s);
Expected<Eye> parseEye(const QString& s);

constexpr double kMinFov = 30.0;
constexpr double kMaxFov = 120.0;

}  // namespace omk
