// Writing a QImage into a bound framebuffer's texture and reading it back: what the headset's
// panel layer is given, the right way up.
#include "support/RenderFixture.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <QColor>
#include <QPainter>

namespace omk::render::test {
namespace {

class FramebufferIo : public RenderFixture {};

TEST_F(FramebufferIo, AWrittenImageReadsBackTheSameWayUp) {
    auto target = OffscreenTarget::create(64, 32);
    ASSERT_TRUE(target);
    QImage image(64, 32, QImage::Format_RGBA8888_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.fillRect(0, 0, 64, 8, QColor(255, 0, 0));   // top band red
    painter.fillRect(0, 24, 64, 8, QColor(0, 0, 255));  // bottom band blue
    painter.fillRect(0, 8, 16, 16, QColor(0, 255, 0));  // a green block at the left
    painter.end();

    (*target)->bind();
    ASSERT_TRUE(writeBoundFramebuffer(image));
    const QImage back = (*target)->readImage();
    ASSERT_EQ(back.size(), image.size());
    EXPECT_EQ(back.pixelColor(32, 2), QColor(255, 0, 0));
    EXPECT_EQ(back.pixelColor(32, 29), QColor(0, 0, 255));
    EXPECT_EQ(back.pixelColor(4, 16), QColor(0, 255, 0));
    EXPECT_EQ(back.pixelColor(40, 16), QColor(0, 0, 0));
}

TEST_F(FramebufferIo, NothingBoundIsRefused) {
    // The default framebuffer of a surfaceless context has no texture attached.
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    QImage image(4, 4, QImage::Format_RGBA8888_Premultiplied);
    image.fill(Qt::white);
    EXPECT_FALSE(writeBoundFramebuffer(image));
}

}  // namespace
}  // namespace omk::render::test
