#pragma once
// Keeps the caller's draw and read framebuffers and viewport (Qt Quick binds its own FBO) across
// a pass that renders or reads elsewhere: the remap pass and the CPU sampling path's blit.
// Threading: render thread only (GL context current).

#include <array>

namespace omk::render {

class FramebufferStateGuard {
public:
    FramebufferStateGuard();
    ~FramebufferStateGuard();
    FramebufferStateGuard(const FramebufferStateGuard&) = delete;
    FramebufferStateGuard& operator=(const FramebufferStateGuard&) = delete;

private:
    int m_draw = 0, m_read = 0;
    std::array<int, 4> m_viewport{};
};

}  // namespace omk::render
