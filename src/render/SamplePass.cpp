#include "render/SamplePass.h"

#include "render/MapKey.h"
#include "render/PlaneUploader.h"
#include "render/RemapPass.h"
#include "render/ShaderPrograms.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <array>

namespace omk::render {

void SamplePass::draw(const ShaderPrograms& programs, const PlaneUploader& planes,
                      const RemapPass& maps, const MapKey& key) const {
    const bool seam = key.wrapMode == 2;
    const GLuint program = programs.sample(m_mode, seam);
    glUseProgram(program);
    // Column-major 4x3: the matrix's columns, then minus the offset.
    std::array<float, 12> affine{};
    for (size_t row = 0; row < 3; ++row) {
        for (size_t col = 0; col < 3; ++col) affine[col * 3 + row] = m_yuv.matrix[row * 3 + col];
        affine[9 + row] = -m_yuv.offset[row];
    }
    glUniformMatrix4x3fv(glGetUniformLocation(program, "u_yuvAffine"), 1, GL_FALSE, affine.data());
    planes.bind(key.wrapMode == 1);
    maps.bind(seam);
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

void SamplePass::drawDirect(const ShaderPrograms& programs, const PlaneUploader& planes,
                            const MapKey& key) const {
    const GLuint program = programs.direct();
    glUseProgram(program);
    ShaderPrograms::setProjectionUniforms(program, key);
    glUniform1i(glGetUniformLocation(program, "u_format"), int(m_mode));
    glUniformMatrix3fv(glGetUniformLocation(program, "u_yuvMatrix"), 1, GL_TRUE,
                       m_yuv.matrix.data());
    glUniform3fv(glGetUniformLocation(program, "u_yuvOffset"), 1, m_yuv.offset.data());
    planes.bind(false);
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

}  // namespace omk::render
