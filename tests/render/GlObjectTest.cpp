// GL objects as owned handles: each kind makes a real name in a real (headless) context, gives it
// back when it goes, moves without deleting, and abandon() forgets without a GL call.
#include "render/EglContext.h"
#include "render/GlObject.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <gtest/gtest.h>

#include <memory>

namespace omk::render {
namespace {

class GlObjectTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto ctx = EglHeadlessContext::create();
        ASSERT_TRUE(ctx) << ctx.error().message.toStdString();
        m_context = std::move(ctx).value();
    }
    std::unique_ptr<EglHeadlessContext> m_context;
};

// A texture name is only a texture once bound; bind it so glIsTexture can tell.
bool isLiveTexture(unsigned name) {
    return glIsTexture(name) == GL_TRUE;
}

TEST_F(GlObjectTest, EachKindMakesANameAndDeletesItWhenItGoes) {
    unsigned texture = 0, buffer = 0, framebuffer = 0, vao = 0, program = 0, shader = 0;
    {
        auto t = GlTexture::make();
        glBindTexture(GL_TEXTURE_2D, t.get());
        auto b = GlBuffer::make();
        glBindBuffer(GL_ARRAY_BUFFER, b.get());
        auto f = GlFramebuffer::make();
        glBindFramebuffer(GL_FRAMEBUFFER, f.get());
        auto v = GlVertexArray::make();
        glBindVertexArray(v.get());
        auto p = GlProgram::make();
        auto s = GlShader::make(GL_VERTEX_SHADER);
        texture = t.get(), buffer = b.get(), framebuffer = f.get(), vao = v.get();
        program = p.get(), shader = s.get();
        EXPECT_TRUE(isLiveTexture(texture));
        EXPECT_TRUE(glIsBuffer(buffer));
        EXPECT_TRUE(glIsFramebuffer(framebuffer));
        EXPECT_TRUE(glIsVertexArray(vao));
        EXPECT_TRUE(glIsProgram(program));
        EXPECT_TRUE(glIsShader(shader));
        glBindTexture(GL_TEXTURE_2D, 0);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glBindVertexArray(0);
    }
    EXPECT_FALSE(isLiveTexture(texture));
    EXPECT_FALSE(glIsBuffer(buffer));
    EXPECT_FALSE(glIsFramebuffer(framebuffer));
    EXPECT_FALSE(glIsVertexArray(vao));
    EXPECT_FALSE(glIsProgram(program));
    EXPECT_FALSE(glIsShader(shader));
}

TEST_F(GlObjectTest, MovingHandsTheNameOverWithoutDeletingIt) {
    GlTexture a = GlTexture::make();
    glBindTexture(GL_TEXTURE_2D, a.get());
    glBindTexture(GL_TEXTURE_2D, 0);
    const unsigned name = a.get();
    GlTexture b = std::move(a);
    EXPECT_FALSE(a);  // NOLINT(bugprone-use-after-move): the moved-from handle is empty
    EXPECT_EQ(b.get(), name);
    EXPECT_TRUE(isLiveTexture(name));
    GlTexture c;
    c = std::move(b);
    EXPECT_TRUE(isLiveTexture(name));
    c.reset();
    EXPECT_FALSE(isLiveTexture(name));
    EXPECT_FALSE(c);
}

TEST_F(GlObjectTest, EnsureMakesOnceAndAbandonForgetsWithoutDeleting) {
    GlFramebuffer f;
    EXPECT_FALSE(f);
    const unsigned name = f.ensure();
    EXPECT_NE(name, 0u);
    EXPECT_EQ(f.ensure(), name);
    glBindFramebuffer(GL_FRAMEBUFFER, name);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    f.abandon();
    EXPECT_FALSE(f);
    EXPECT_TRUE(glIsFramebuffer(name)) << "abandon() must not delete";
    const GLuint n = name;
    glDeleteFramebuffers(1, &n);
}

}  // namespace
}  // namespace omk::render
