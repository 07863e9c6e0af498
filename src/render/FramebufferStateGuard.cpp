#include "render/FramebufferStateGuard.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

namespace omk::render {

FramebufferStateGuard::FramebufferStateGuard() {
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &m_draw);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &m_read);
    glGetIntegerv(GL_VIEWPORT, m_viewport.data());
}

FramebufferStateGuard::~FramebufferStateGuard() {
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(m_draw));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(m_read));
    glViewport(m_viewport[0], m_viewport[1], m_viewport[2], m_viewport[3]);
}

}  // namespace omk::render
