// Per-frame pass: look up this pixel's sampling positions in the map the remap pass made
// (remap.frag) and filter each plane with GL_LINEAR, then YUV -> RGB. llvmpipe runs this for
// every pixel of every frame, so it has no trigonometry and no branch on per-pixel data: the
// format (0 YUV, 1 RGB, 2 gray) and the side-by-side seam are compile-time variants (OMK_FORMAT,
// OMK_SEAM, defined at load time) because llvmpipe executes both sides of a branch under a mask.

out vec4 fragColor;

uniform highp sampler2D u_map0;
uniform highp sampler2D u_map1;
// rgb = u_yuvAffine * vec4(sample, 1): the offset rides in the fourth column, so the conversion
// is three dot products with no separate subtraction per pixel.
uniform mat4x3 u_yuvAffine;
uniform sampler2D u_plane0;     // luma, RGB or gray
uniform sampler2D u_plane1;     // chroma, both channels in one texture (see FormatSpec)

vec4 tap(sampler2D tex, vec2 uv, vec2 seam) {
#if OMK_SEAM
    return mix(texture(tex, uv), texture(tex, vec2(seam.x, uv.y)), seam.y);
#else
    return texture(tex, uv);
#endif
}

void main() {
    ivec2 pixel = ivec2(gl_FragCoord.xy);
    vec4 m = texelFetch(u_map0, pixel, 0);
#if OMK_SEAM
    vec4 s = texelFetch(u_map1, pixel, 0);
#else
    vec4 s = vec4(0.0);
#endif
    vec3 rgb;
#if OMK_FORMAT == 1
    rgb = tap(u_plane0, m.xy, s.xy).rgb;
#elif OMK_FORMAT == 2
    rgb = vec3(tap(u_plane0, m.xy, s.xy).r);
#else
    vec3 yuv = vec3(tap(u_plane0, m.xy, s.xy).r, tap(u_plane1, m.zw, s.zw).rg);
    rgb = u_yuvAffine * vec4(yuv, 1.0);
#endif
    // Outside the picture the map holds y = 0, below any texel centre; step() blacks it out
    // without a branch. The clamp stays although 8-bit targets clamp anyway: float targets
    // (HDR windows, XR swapchains) would otherwise receive values outside [0, 1].
    fragColor = vec4(clamp(rgb, 0.0, 1.0) * step(0.5 / 65535.0, m.y), 1.0);
}
