// Per-pixel view ray -> projection texture position -> YUV samples -> RGB.
// Computing the mapping per pixel (rather than on sphere geometry) means no pole pinching, and
// filtering by hand with texelFetch means the 0/360 wrap, cube faces and stereo halves each stay
// inside their own rectangle: no seams, no bleeding between eyes or faces.
// The #version line and precision qualifiers are prepended at load time (GLSL 330 / ES 300).
// Conventions: see render/ProjectionMath.h (+x right, +y up, -z forward).

in vec2 v_ndc;
out vec4 fragColor;

uniform mat3 u_cameraToWorld;  // view and file orientation combined
uniform vec2 u_tanHalfFov;     // x: horizontal, y: vertical
uniform int u_projection;      // 0 equirect, 1 equirect180, 2 cubemap c3x2, 3 eac, 4 flat
uniform vec4 u_bounds;         // left, top, right, bottom crop fractions (equirect family)
uniform bool u_wrapX;          // picture covers the full 360 degrees horizontally
uniform vec4 u_eyeRect;        // this eye's rectangle in the texture: x, y, w, h (fractions)
uniform vec2 u_flatHalfExtent; // tan of the flat screen's half angles
uniform int u_format;          // 0 planar YUV, 1 semi-planar YUV, 2 RGB, 3 gray
uniform mat3 u_yuvMatrix;      // rgb = u_yuvMatrix * sample - u_yuvOffset
uniform vec3 u_yuvOffset;
uniform sampler2D u_plane0;
uniform sampler2D u_plane1;
uniform sampler2D u_plane2;

const float PI = 3.14159265358979;

int wrapIndex(int i, int lo, int count) {
    int r = i - lo;
    r -= count * int(floor(float(r) / float(count)));
    return lo + r;
}

// Bilinear sample at texture position uv, reading only texels inside cell (x0, y0, x1, y1 in
// texture fractions); horizontally wrapping inside the cell when wrapX is set.
vec4 sampleCell(sampler2D tex, vec2 uv, vec4 cell, bool wrapX) {
    ivec2 size = textureSize(tex, 0);
    vec2 fsize = vec2(size);
    ivec2 lo = ivec2(floor(cell.xy * fsize + 0.5));
    ivec2 hi = max(ivec2(floor(cell.zw * fsize + 0.5)) - 1, lo);
    vec2 p = uv * fsize - 0.5;
    vec2 base = floor(p);
    vec2 f = p - base;
    ivec2 i0 = ivec2(base);
    ivec2 i1 = i0 + 1;
    if (wrapX) {
        int count = hi.x - lo.x + 1;
        i0.x = wrapIndex(i0.x, lo.x, count);
        i1.x = wrapIndex(i1.x, lo.x, count);
    } else {
        i0.x = clamp(i0.x, lo.x, hi.x);
        i1.x = clamp(i1.x, lo.x, hi.x);
    }
    i0.y = clamp(i0.y, lo.y, hi.y);
    i1.y = clamp(i1.y, lo.y, hi.y);
    vec4 a = texelFetch(tex, ivec2(i0.x, i0.y), 0);
    vec4 b = texelFetch(tex, ivec2(i1.x, i0.y), 0);
    vec4 c = texelFetch(tex, ivec2(i0.x, i1.y), 0);
    vec4 d = texelFetch(tex, ivec2(i1.x, i1.y), 0);
    return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

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

void main() {
    vec3 d = normalize(u_cameraToWorld * vec3(v_ndc * u_tanHalfFov, -1.0));
    vec2 uv;
    vec4 cell;
    if (!projectDirection(d, uv, cell)) {
        fragColor = vec4(0.0, 0.0, 0.0, 1.0);
        return;
    }
    vec2 tuv = u_eyeRect.xy + uv * u_eyeRect.zw;
    vec4 tcell = vec4(u_eyeRect.xy + cell.xy * u_eyeRect.zw, u_eyeRect.xy + cell.zw * u_eyeRect.zw);
    vec3 rgb;
    if (u_format == 2) {
        rgb = sampleCell(u_plane0, tuv, tcell, u_wrapX).rgb;
    } else if (u_format == 3) {
        rgb = vec3(sampleCell(u_plane0, tuv, tcell, u_wrapX).r);
    } else {
        vec3 yuv;
        yuv.x = sampleCell(u_plane0, tuv, tcell, u_wrapX).r;
        if (u_format == 1) {
            yuv.yz = sampleCell(u_plane1, tuv, tcell, u_wrapX).rg;
        } else {
            yuv.y = sampleCell(u_plane1, tuv, tcell, u_wrapX).r;
            yuv.z = sampleCell(u_plane2, tuv, tcell, u_wrapX).r;
        }
        rgb = u_yuvMatrix * yuv - u_yuvOffset;
    }
    fragColor = vec4(clamp(rgb, 0.0, 1.0), 1.0);
}
