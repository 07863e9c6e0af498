#pragma once
// GL objects as owned handles (libplacebo's model): one move-only type per object kind that
// creates its name and deletes it, so a renderer never releases names by hand and a failed
// set-up leaks nothing. Headers stay free of GL's: names are plain unsigned.
// Threading: render thread only. Created, reset and destroyed with the GL context that made
// them current; where that context may already be gone (a renderer destroyed after its
// context), call abandon() first: the name is forgotten without a GL call.

#include <utility>

namespace omk::render {

// The GL calls behind each kind, in GlObject.cpp (the only file here that includes GL).
enum class GlKind { Texture, Buffer, Framebuffer, VertexArray, Program, Shader };
namespace gl_detail {
unsigned create(GlKind kind, unsigned shaderType);
void destroy(GlKind kind, unsigned name);
}  // namespace gl_detail

template <GlKind Kind>
class GlObject {
public:
    GlObject() = default;
    // Takes ownership of a name made elsewhere (glCreateProgram's result, say).
    explicit GlObject(unsigned adopted) : m_name(adopted) {}
    ~GlObject() { reset(); }
    GlObject(GlObject&& other) noexcept : m_name(std::exchange(other.m_name, 0u)) {}
    GlObject& operator=(GlObject&& other) noexcept {
        if (this != &other) {
            reset();
            m_name = std::exchange(other.m_name, 0u);
        }
        return *this;
    }
    GlObject(const GlObject&) = delete;
    GlObject& operator=(const GlObject&) = delete;

    // A new name (shaderType: GL_VERTEX_SHADER etc., for shaders only); the old one is deleted.
    static GlObject make(unsigned shaderType = 0) {
        return GlObject(gl_detail::create(Kind, shaderType));
    }
    // Makes a name unless there is one: for objects created lazily on first use.
    unsigned ensure() {
        if (!m_name) m_name = gl_detail::create(Kind, 0);
        return m_name;
    }
    unsigned get() const { return m_name; }
    explicit operator bool() const { return m_name != 0; }
    // Deletes the name now (its context must be current).
    void reset() {
        if (m_name) gl_detail::destroy(Kind, std::exchange(m_name, 0u));
    }
    // Forgets the name without a GL call: its context is gone, and the objects with it.
    void abandon() { m_name = 0; }

private:
    unsigned m_name = 0;
};

using GlTexture = GlObject<GlKind::Texture>;
using GlBuffer = GlObject<GlKind::Buffer>;
using GlFramebuffer = GlObject<GlKind::Framebuffer>;
using GlVertexArray = GlObject<GlKind::VertexArray>;
using GlProgram = GlObject<GlKind::Program>;
using GlShader = GlObject<GlKind::Shader>;

}  // namespace omk::render
