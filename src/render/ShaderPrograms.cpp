#include "render/ShaderPrograms.h"

#include "render/EmbeddedShaders.h"
#include "render/MapKey.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <QByteArray>

#include <cstring>
#include <initializer_list>

namespace omk::render {
namespace {

Expected<GlShader> compileShader(GLenum type, const QByteArray& source) {
    GlShader shader = GlShader::make(type);
    const char* src = source.constData();
    glShaderSource(shader.get(), 1, &src, nullptr);
    glCompileShader(shader.get());
    GLint ok = 0;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetShaderInfoLog(shader.get(), sizeof log, nullptr, log);
        return fail(QStringLiteral("%1 shader does not compile: %2")
                        .arg(type == GL_VERTEX_SHADER ? QStringLiteral("vertex")
                                                      : QStringLiteral("fragment"),
                             QString::fromUtf8(log).trimmed()));
    }
    return shader;
}

// The shader files carry no #version so they serve desktop GL and GLES alike.
QByteArray shaderPrelude() {
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    if (version && std::strncmp(version, "OpenGL ES", 9) == 0)
        return QByteArrayLiteral(
            "#version 300 es\nprecision highp float;\nprecision highp int;\n"
            "precision highp sampler2D;\n");
    return QByteArrayLiteral("#version 330 core\n");
}

// Compiles prelude + defines + parts (each numbered as its own source string in compiler
// messages) with the full-screen triangle, and binds the sampler units.
Expected<GlProgram> linkProgram(const char* what, const QByteArray& defines,
                                std::initializer_list<const char*> fragmentParts) {
    const QByteArray prelude = shaderPrelude();
    auto vs = compileShader(GL_VERTEX_SHADER, prelude + "#line 1\n" + shaders::kSphereVert);
    if (!vs) return vs.unexpected();
    QByteArray fragment = prelude + defines;
    int part = 0;
    for (const char* source : fragmentParts)
        fragment += "#line 1 " + QByteArray::number(part++) + "\n" + source;
    auto fs = compileShader(GL_FRAGMENT_SHADER, fragment);
    if (!fs) return fs.unexpected();
    GlProgram program = GlProgram::make();
    glAttachShader(program.get(), vs->get());
    glAttachShader(program.get(), fs->get());
    glLinkProgram(program.get());
    // Linked programs keep what they need; the shaders go now (deleted once detached).
    vs->reset();
    fs->reset();
    GLint ok = 0;
    glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetProgramInfoLog(program.get(), sizeof log, nullptr, log);
        return fail(QStringLiteral("%1 shader program does not link: %2")
                        .arg(QLatin1String(what), QString::fromUtf8(log).trimmed()));
    }
    glUseProgram(program.get());
    glUniform1i(glGetUniformLocation(program.get(), "u_plane0"), kPlaneUnit);
    glUniform1i(glGetUniformLocation(program.get(), "u_plane1"), kPlaneUnit + 1);
    glUniform1i(glGetUniformLocation(program.get(), "u_map0"), kMapUnit);
    glUniform1i(glGetUniformLocation(program.get(), "u_map1"), kMapUnit + 1);
    glUseProgram(0);
    return program;
}

}  // namespace

Expected<void> ShaderPrograms::link() {
    reset();
    auto remap = linkProgram("remap", {}, {shaders::kProjectionGlsl, shaders::kRemapFrag});
    if (!remap) return remap.unexpected();
    auto direct = linkProgram("sphere", {}, {shaders::kProjectionGlsl, shaders::kSphereFrag});
    if (!direct) return direct.unexpected();
    std::array<GlProgram, 6> sample;
    for (size_t i = 0; i < sample.size(); ++i) {
        const QByteArray defines = "#define OMK_FORMAT " + QByteArray::number(int(i / 2)) +
                                   "\n#define OMK_SEAM " + QByteArray::number(int(i % 2)) + "\n";
        auto program = linkProgram("sample", defines, {shaders::kSampleFrag});
        if (!program) return program.unexpected();
        sample[i] = std::move(*program);
    }
    m_remap = std::move(*remap);
    m_direct = std::move(*direct);
    m_sample = std::move(sample);
    m_vertexArray = GlVertexArray::make();
    return {};
}

void ShaderPrograms::setProjectionUniforms(unsigned program, const MapKey& k) {
    auto loc = [program](const char* name) { return glGetUniformLocation(program, name); };
    glUniformMatrix3fv(loc("u_cameraToWorld"), 1, GL_TRUE, k.cameraToWorld.data());
    // Centre plus half extent, rather than the bounds themselves: the symmetric desktop view then
    // computes exactly what it always did (0 + ndc * half).
    const std::array<float, 4>& b = k.tanBounds;
    glUniform2f(loc("u_tanHalfFov"), (b[1] - b[0]) / 2, (b[3] - b[2]) / 2);
    glUniform2f(loc("u_tanCenter"), (b[1] + b[0]) / 2, (b[3] + b[2]) / 2);
    glUniform1i(loc("u_projection"), k.projection);
    glUniform4fv(loc("u_bounds"), 1, k.bounds.data());
    glUniform1i(loc("u_wrapX"), k.wrapX ? 1 : 0);
    glUniform4fv(loc("u_eyeRect"), 1, k.eyeRect.data());
    glUniform2fv(loc("u_flatHalfExtent"), 1, k.flatHalfExtent.data());
}

void ShaderPrograms::reset() {
    m_remap.reset();
    m_direct.reset();
    for (GlProgram& program : m_sample) program.reset();
    m_vertexArray.reset();
}

void ShaderPrograms::abandon() {
    m_remap.abandon();
    m_direct.abandon();
    for (GlProgram& program : m_sample) program.abandon();
    m_vertexArray.abandon();
}

}  // namespace omk::render
