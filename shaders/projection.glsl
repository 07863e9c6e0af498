// Shared by the remap pass (remap.frag) and the direct fallback (sphere.frag): the pixel's view
// ray -> projection texture position, and the cell (cube face, eye) that position must be
// filtered within. Conventions: see render/ProjectionMath.h (+x right, +y up, -z forward).

in vec2 v_ndc;

uniform mat3 u_cameraToWorld;  // view and file orientation combined
uniform vec2 u_tanHalfFov;     // half the frustum's extent in tangent space: x, y
uniform vec2 u_tanCenter;      // its centre: 0 for the desktop's symmetric view, off 0 for a
                               // headset eye's asymmetric one
uniform int u_projection;      // 0 equirect, 1 equirect180, 2 cubemap c3x2, 3 eac, 4 flat
uniform vec4 u_bounds;         // left, top, right, bottom crop fractions (equirect family)
uniform bool u_wrapX;          // picture covers the full 360 degrees horizontally
uniform vec4 u_eyeRect;        // this eye's rectangle in the texture: x, y, w, h (fractions)
uniform vec2 u_flatHalfExtent; // tan of the flat screen's half angles

const float PI = 3.14159265358979;

// Cube face (FFmpeg v360 order: 0 right, 1 left, 2 up, 3 down, 4 front, 5 back) and the position
// on it: x right, y down, both in [-1, 1] (the inverse of FFmpeg's cube_to_xyz).
vec2 cubeFace(vec3 d, out int face) {
    vec3 a = abs(d);
    if (a.x >= a.y && a.x >= a.z) {
        face = d.x > 0.0 ? 0 : 1;
        return d.x > 0.0 ? vec2(d.z, -d.y) / a.x : vec2(-d.z, -d.y) / a.x;
    }
    if (a.y >= a.z) {
        face = d.y > 0.0 ? 2 : 3;
        return d.y > 0.0 ? vec2(d.x, -d.z) / a.y : vec2(d.x, d.z) / a.y;
    }
    face = d.z < 0.0 ? 4 : 5;
    return d.z < 0.0 ? vec2(d.x, -d.y) / a.z : vec2(-d.x, -d.y) / a.z;
}

// Maps a direction to the picture position (u right, v down, [0, 1]) and the cell that position
// must be filtered within. Returns false where the picture has nothing to show.
bool projectDirection(vec3 d, out vec2 uv, out vec4 cell) {
    cell = vec4(0.0, 0.0, 1.0, 1.0);
    if (u_projection <= 1) {
        float lon = atan(d.x, -d.z);
        float lat = asin(clamp(d.y, -1.0, 1.0));
        float span = u_projection == 0 ? 2.0 * PI : PI;
        if (u_projection == 1 && abs(lon) > 0.5 * PI) return false;
        uv = vec2(0.5 + lon / span, 0.5 - lat / PI);
        // Tiled pictures only cover part of the sphere.
        vec2 extent = vec2(1.0) - u_bounds.xy - u_bounds.zw;
        uv = (uv - u_bounds.xy) / extent;
        if (!u_wrapX && (uv.x < 0.0 || uv.x > 1.0)) return false;
        return uv.y >= 0.0 && uv.y <= 1.0;
    }
    if (u_projection == 4) {
        if (d.z >= 0.0) return false;
        vec2 p = vec2(d.x, d.y) / -d.z;
        uv = vec2(0.5 + 0.5 * p.x / u_flatHalfExtent.x, 0.5 - 0.5 * p.y / u_flatHalfExtent.y);
        return all(greaterThanEqual(uv, vec2(0.0))) && all(lessThanEqual(uv, vec2(1.0)));
    }
    int face;
    vec2 fc = cubeFace(d, face);
    vec2 slot;
    if (u_projection == 2) {
        // c3x2: right left up / down front back, no rotation.
        slot = vec2(float(face % 3), float(face / 3));
    } else {
        // EAC: left front right / down back up; the bottom row is turned a quarter.
        if (face == 0) slot = vec2(2.0, 0.0);
        else if (face == 1) slot = vec2(0.0, 0.0);
        else if (face == 4) slot = vec2(1.0, 0.0);
        else if (face == 3) { slot = vec2(0.0, 1.0); fc = vec2(fc.y, -fc.x); }
        else if (face == 5) { slot = vec2(1.0, 1.0); fc = vec2(-fc.y, fc.x); }
        else { slot = vec2(2.0, 1.0); fc = vec2(fc.y, -fc.x); }
        // Equi-angular: texture position proportional to the angle on the face.
        fc = atan(fc) * (4.0 / PI);
    }
    vec2 local = clamp(fc * 0.5 + 0.5, 0.0, 1.0);
    uv = (slot + local) / vec2(3.0, 2.0);
    cell = vec4(slot / vec2(3.0, 2.0), (slot + 1.0) / vec2(3.0, 2.0));
    return true;
}

// This pixel's texture position and cell in whole-texture fractions (the eye's rectangle
// applied); false where the picture has nothing to show.
bool pixelTexturePosition(out vec2 tuv, out vec4 tcell) {
    vec3 d = normalize(u_cameraToWorld * vec3(u_tanCenter + v_ndc * u_tanHalfFov, -1.0));
    vec2 uv;
    vec4 cell;
    if (!projectDirection(d, uv, cell)) return false;
    tuv = u_eyeRect.xy + uv * u_eyeRect.zw;
    tcell = vec4(u_eyeRect.xy + cell.xy * u_eyeRect.zw, u_eyeRect.xy + cell.zw * u_eyeRect.zw);
    return true;
}
