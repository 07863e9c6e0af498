// Full-screen triangle; the fragment shaders do all the work per pixel.
// The #version line and precision qualifiers are prepended at load time so this file compiles
// as both GLSL 330 core and GLSL ES 3.00.

out vec2 v_ndc;

void main() {
    vec2 p = vec2(gl_VertexID == 1 ? 3.0 : -1.0, gl_VertexID == 2 ? 3.0 : -1.0);
    v_ndc = p;
    gl_Position = vec4(p, 0.0, 1.0);
}
