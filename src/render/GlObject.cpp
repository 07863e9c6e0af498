#include "render/GlObject.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::render::gl_detail {

unsigned create(GlKind kind, unsigned shaderType) {
    GLuint name = 0;
    switch (kind) {
        case GlKind::Texture:
            glGenTextures(1, &name);
            break;
        case GlKind::Buffer:
            glGenBuffers(1, &name);
            break;
        case GlKind::Framebuffer:
            glGenFramebuffers(1, &name);
            break;
        case GlKind::VertexArray:
            glGenVertexArrays(1, &name);
            break;
        case GlKind::Program:
            name = glCreateProgram();
            break;
        case GlKind::Shader:
            name = glCreateShader(GLenum(shaderType));
            break;
    }
    return name;
}

void destroy(GlKind kind, unsigned name) {
    const GLuint n = name;
    switch (kind) {
        case GlKind::Texture:
            glDeleteTextures(1, &n);
            break;
        case GlKind::Buffer:
            glDeleteBuffers(1, &n);
            break;
        case GlKind::Framebuffer:
            glDeleteFramebuffers(1, &n);
            break;
        case GlKind::VertexArray:
            glDeleteVertexArrays(1, &n);
            break;
        case GlKind::Program:
            glDeleteProgram(n);
            break;
        case GlKind::Shader:
            glDeleteShader(n);
            break;
    }
}

}  // namespace omk::render::gl_detail
