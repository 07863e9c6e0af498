// Remap pass: runs only when the mapping changes (view, output size, projection, stereo, bounds,
// orientation, eye, plane sizes), never per frame. For every output pixel it stores where each
// plane must be sampled, so the per-frame pass (sample.frag) is a lookup plus hardware bilinear
// taps: the trigonometry, cube faces and eye rectangles cost nothing while only the video moves.
// Preceded at load time by the #version line and projection.glsl.
//
// Each position is clamped to its cell inset by half a texel of that plane (luma and chroma
// differ in size), so GL_LINEAR never reads across a cube face or into the other eye.
// map0: xy = plane 0 position, zw = chroma position, normalised (16-bit unorm); y = 0 = black,
//   which no position inside a plane of fewer than 65536 rows has.
// map1 (u_wrapMode 2 only): xy = plane 0's second column and its weight, zw = the same for
//   chroma. An eye that wraps inside a side-by-side frame must blend its last column with its
//   first, which are not neighbours in the texture, so the sample pass takes a second tap there.

layout(location = 0) out vec4 map0;
layout(location = 1) out vec4 map1;

uniform vec2 u_size0;   // plane 0 in texels
uniform vec2 u_size1;   // chroma planes in texels
uniform int u_wrapMode; // 0 clamp x, 1 leave x to GL_REPEAT (mono full-width 360), 2 second tap

// Normalised sampling position for a plane of `size` texels; seam: second column and its weight.
vec2 placeInCell(vec2 tuv, vec4 tcell, vec2 size, out vec2 seam) {
    // Texel-centre indices of the cell's first and last texels, as the texel grid rounds them.
    vec2 lo = floor(tcell.xy * size + 0.5);
    vec2 hi = max(floor(tcell.zw * size + 0.5) - 1.0, lo);
    vec2 p = tuv * size - 0.5;
    vec2 q = clamp(p, lo, hi);
    seam = vec2(0.0);
    if (u_wrapMode == 1) {
        q.x = p.x;
    } else if (u_wrapMode == 2) {
        float count = hi.x - lo.x + 1.0;
        float x = p.x - count * floor((p.x - lo.x) / count);
        if (x > hi.x) {
            q.x = hi.x;
            seam = vec2((lo.x + 0.5) / size.x, x - hi.x);
        } else {
            q.x = x;
        }
    }
    vec2 uv = (q + 0.5) / size;
    // The map is unsigned normalised; GL_REPEAT reads x and fract(x) alike.
    if (u_wrapMode == 1) uv.x = fract(uv.x);
    if (seam.y == 0.0) seam.x = uv.x;
    return uv;
}

void main() {
    vec2 tuv;
    vec4 tcell;
    if (!pixelTexturePosition(tuv, tcell)) {
        map0 = vec4(0.0);
        map1 = vec4(0.0);
        return;
    }
    vec2 seam0, seam1;
    map0.xy = placeInCell(tuv, tcell, u_size0, seam0);
    map0.zw = placeInCell(tuv, tcell, u_size1, seam1);
    map1 = vec4(seam0, seam1);
}
