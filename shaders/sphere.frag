// Direct path, used only where the GL cannot render to float textures (GLES 3.0 without
// EXT_color_buffer_float), so the remap/sample split (remap.frag, sample.frag) is unavailable:
// the whole mapping runs per pixel per frame, filtering by hand with texelFetch so the 0/360
// wrap, cube faces and stereo halves each stay inside their own rectangle.
// Preceded at load time by the #version line and projection.glsl.

out vec4 fragColor;

uniform int u_format;          // 0 YUV, 1 RGB, 2 gray
uniform mat3 u_yuvMatrix;      // rgb = u_yuvMatrix * sample - u_yuvOffset
uniform vec3 u_yuvOffset;
uniform sampler2D u_plane0;    // luma, RGB or gray
uniform sampler2D u_plane1;    // chroma, both channels in one texture

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

void main() {
    vec2 tuv;
    vec4 tcell;
    if (!pixelTexturePosition(tuv, tcell)) {
        fragColor = vec4(0.0, 0.0, 0.0, 1.0);
        return;
    }
    vec3 rgb;
    if (u_format == 1) {
        rgb = sampleCell(u_plane0, tuv, tcell, u_wrapX).rgb;
    } else if (u_format == 2) {
        rgb = vec3(sampleCell(u_plane0, tuv, tcell, u_wrapX).r);
    } else {
        vec3 yuv = vec3(sampleCell(u_plane0, tuv, tcell, u_wrapX).r,
                        sampleCell(u_plane1, tuv, tcell, u_wrapX).rg);
        rgb = u_yuvMatrix * yuv - u_yuvOffset;
    }
    fragColor = vec4(clamp(rgb, 0.0, 1.0), 1.0);
}
