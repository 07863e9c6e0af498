#include "render/SphereRenderer.h"

#include "media/VideoFrame.h"
#include "render/EmbeddedShaders.h"
#include "render/Log.h"
#include "render/ProjectionMath.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace omk::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

enum SampleMode { PlanarYuv = 0, SemiPlanarYuv = 1, Rgb = 2, Gray = 3 };

struct PlaneFormat {
    GLint internalFormat;
    GLenum format;
    GLenum type;
    int bytesPerPixel;
};

struct FormatSpec {
    SampleMode mode;
    int planes;
    std::array<PlaneFormat, 3> plane;
    int bits;
    double textureScale;
};

constexpr PlaneFormat kR8{GL_R8, GL_RED, GL_UNSIGNED_BYTE, 1};
constexpr PlaneFormat kR16{GL_R16, GL_RED, GL_UNSIGNED_SHORT, 2};
constexpr PlaneFormat kRG8{GL_RG8, GL_RG, GL_UNSIGNED_BYTE, 2};
constexpr PlaneFormat kRG16{GL_RG16, GL_RG, GL_UNSIGNED_SHORT, 4};
constexpr PlaneFormat kRGBA{GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, 4};
constexpr PlaneFormat kBGRA{GL_RGBA8, GL_BGRA, GL_UNSIGNED_BYTE, 4};

std::optional<FormatSpec> formatSpec(int format) {
    // 10-bit samples sit in the low bits of 16 (R16 returns code / 65535); P010 keeps them in
    // the high bits (code * 64 / 65535).
    constexpr double k10 = 65535.0 / 1023.0;
    constexpr double kP010 = 65535.0 / (1023.0 * 64.0);
    switch (format) {
        case AV_PIX_FMT_YUV420P:
        case AV_PIX_FMT_YUVJ420P:
        case AV_PIX_FMT_YUV422P:
        case AV_PIX_FMT_YUVJ422P:
        case AV_PIX_FMT_YUV444P:
        case AV_PIX_FMT_YUVJ444P:
            return FormatSpec{PlanarYuv, 3, {kR8, kR8, kR8}, 8, 1.0};
        case AV_PIX_FMT_YUV420P10LE:
        case AV_PIX_FMT_YUV422P10LE:
        case AV_PIX_FMT_YUV444P10LE:
            return FormatSpec{PlanarYuv, 3, {kR16, kR16, kR16}, 10, k10};
        case AV_PIX_FMT_NV12:
            return FormatSpec{SemiPlanarYuv, 2, {kR8, kRG8, kR8}, 8, 1.0};
        case AV_PIX_FMT_P010LE:
            return FormatSpec{SemiPlanarYuv, 2, {kR16, kRG16, kR16}, 10, kP010};
        case AV_PIX_FMT_RGBA:
        case AV_PIX_FMT_RGB0:
            return FormatSpec{Rgb, 1, {kRGBA, kR8, kR8}, 8, 1.0};
        case AV_PIX_FMT_BGRA:
        case AV_PIX_FMT_BGR0:
            return FormatSpec{Rgb, 1, {kBGRA, kR8, kR8}, 8, 1.0};
        case AV_PIX_FMT_GRAY8:
            return FormatSpec{Gray, 1, {kR8, kR8, kR8}, 8, 1.0};
        default:
            return std::nullopt;
    }
}

Expected<GLuint> compileShader(GLenum type, const QByteArray& source) {
    GLuint shader = glCreateShader(type);
    const char* src = source.constData();
    glShaderSource(shader, 1, &src, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        glDeleteShader(shader);
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
            "precision highp sampler2D;\n#line 1\n");
    return QByteArrayLiteral("#version 330 core\n#line 1\n");
}

void setUniformBool(GLuint program, const char* name, bool v) {
    glUniform1i(glGetUniformLocation(program, name), v ? 1 : 0);
}

}  // namespace

SphereRenderer::~SphereRenderer() {
    // With glvnd, glGetString returns null when no context is current on this thread; deleting
    // names then would be a silent no-op at best.
    if (glGetString(GL_VERSION) != nullptr) release();
}

Expected<void> SphereRenderer::initialize() {
    if (m_program) return {};
    if (auto r = linkProgram(); !r) return r;
    glGenVertexArrays(1, &m_vao);
    return {};
}

Expected<void> SphereRenderer::linkProgram() {
    const QByteArray prelude = shaderPrelude();
    auto vs = compileShader(GL_VERTEX_SHADER, prelude + shaders::kSphereVert);
    if (!vs) return vs.unexpected();
    auto fs = compileShader(GL_FRAGMENT_SHADER, prelude + shaders::kSphereFrag);
    if (!fs) {
        glDeleteShader(*vs);
        return fs.unexpected();
    }
    GLuint program = glCreateProgram();
    glAttachShader(program, *vs);
    glAttachShader(program, *fs);
    glBindFragDataLocation(program, 0, "fragColor");
    glLinkProgram(program);
    glDeleteShader(*vs);
    glDeleteShader(*fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        glDeleteProgram(program);
        return fail(QStringLiteral("sphere shader program does not link: %1")
                        .arg(QString::fromUtf8(log).trimmed()));
    }
    glUseProgram(program);
    glUniform1i(glGetUniformLocation(program, "u_plane0"), 0);
    glUniform1i(glGetUniformLocation(program, "u_plane1"), 1);
    glUniform1i(glGetUniformLocation(program, "u_plane2"), 2);
    glUseProgram(0);
    m_program = program;
    return {};
}

void SphereRenderer::release() {
    for (Plane& p : m_planes) {
        if (p.texture) glDeleteTextures(1, &p.texture);
        if (p.pbo[0]) glDeleteBuffers(2, p.pbo.data());
        p = Plane{};
    }
    if (m_vao) glDeleteVertexArrays(1, &m_vao);
    if (m_program) glDeleteProgram(m_program);
    m_vao = 0;
    m_program = 0;
    m_hasFrame = false;
    m_frameSize = {};
}

Expected<void> SphereRenderer::upload(const AVFrame* frame) {
    if (!frame || frame->width <= 0 || frame->height <= 0 || !frame->data[0])
        return fail(QStringLiteral("cannot upload an empty frame"));
    const auto format = AVPixelFormat(frame->format);
    const auto spec = formatSpec(format);
    if (!spec || !media::isRenderablePixelFormat(format)) {
        const char* name = av_get_pix_fmt_name(format);
        return fail(
            QStringLiteral("pixel format %1 cannot be uploaded; the decoder must convert it")
                .arg(name ? QString::fromLatin1(name) : QString::number(frame->format)));
    }
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(format);
    for (int i = 0; i < spec->planes; ++i) {
        if (!frame->data[i]) return fail(QStringLiteral("frame plane %1 is missing").arg(i));
        const bool chroma = i > 0 && spec->mode != Rgb && spec->mode != Gray;
        const int w =
            chroma ? AV_CEIL_RSHIFT(frame->width, int(desc->log2_chroma_w)) : frame->width;
        const int h =
            chroma ? AV_CEIL_RSHIFT(frame->height, int(desc->log2_chroma_h)) : frame->height;
        const PlaneFormat& pf = spec->plane[size_t(i)];
        uploadPlane(i, frame->data[i], frame->linesize[i], w, h, pf.bytesPerPixel,
                    pf.internalFormat, pf.format, pf.type);
    }
    m_pboSlot ^= 1;
    m_sampleMode = spec->mode;
    m_yuv = yuvToRgb(lumaCoefficients(frame->colorspace, frame->width),
                     isFullRange(format, frame->color_range), spec->bits, spec->textureScale);
    m_frameSize = QSize(frame->width, frame->height);
    m_hasFrame = true;
    return {};
}

void SphereRenderer::uploadPlane(int index, const uint8_t* data, int linesize, int width,
                                 int height, int bytesPerPixel, int internalFormat, unsigned format,
                                 unsigned type) {
    Plane& p = m_planes[size_t(index)];
    if (!p.texture) glGenTextures(1, &p.texture);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, p.texture);
    if (p.width != width || p.height != height || p.internalFormat != internalFormat) {
        glTexImage2D(GL_TEXTURE_2D, 0, internalFormat, width, height, 0, format, type, nullptr);
        // The shader filters by hand with texelFetch; no mipmaps, so none of the derivative
        // seams that atan-based lookups cause with mipmapping.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        p.width = width;
        p.height = height;
        p.internalFormat = internalFormat;
    }
    if (!p.pbo[0]) glGenBuffers(2, p.pbo.data());

    // Rows go to the GPU as they are when the padding is whole pixels (GL_UNPACK_ROW_LENGTH
    // skips it); otherwise, and for bottom-up frames, they are packed.
    const size_t rowBytes = size_t(width) * size_t(bytesPerPixel);
    const bool asIs = linesize > 0 && linesize % bytesPerPixel == 0;
    const size_t stride = asIs ? size_t(linesize) : rowBytes;
    const size_t bytes = stride * size_t(height - 1) + rowBytes;

    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, p.pbo[size_t(m_pboSlot)]);
    // Orphaning gives the driver fresh storage so the copy never waits for a draw that still
    // reads the previous contents; alternating two buffers does the same for drivers that don't.
    glBufferData(GL_PIXEL_UNPACK_BUFFER, GLsizeiptr(bytes), nullptr, GL_STREAM_DRAW);
    void* dst = glMapBufferRange(GL_PIXEL_UNPACK_BUFFER, 0, GLsizeiptr(bytes),
                                 GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT);
    const void* source = nullptr;  // offset 0 into the bound PBO
    if (dst) {
        if (asIs) {
            std::memcpy(dst, data, bytes);
        } else {
            for (int y = 0; y < height; ++y)
                std::memcpy(static_cast<uint8_t*>(dst) + size_t(y) * rowBytes,
                            data + ptrdiff_t(y) * linesize, rowBytes);
        }
        glUnmapBuffer(GL_PIXEL_UNPACK_BUFFER);
    } else {
        qCWarning(lcRender) << "cannot map pixel buffer; uploading synchronously";
        glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
        if (!asIs) {
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            for (int y = 0; y < height; ++y)
                glTexSubImage2D(GL_TEXTURE_2D, 0, 0, y, width, 1, format, type,
                                data + ptrdiff_t(y) * linesize);
            glBindTexture(GL_TEXTURE_2D, 0);
            return;
        }
        source = data;
    }
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, asIs ? linesize / bytesPerPixel : 0);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, format, type, source);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

void SphereRenderer::render(const ViewParams& view, int width, int height) {
    glViewport(0, 0, width, height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    if (!m_program || !m_hasFrame || width <= 0 || height <= 0) {
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    const SphericalInfo& s = m_spherical;
    glUseProgram(m_program);
    auto loc = [this](const char* name) { return glGetUniformLocation(m_program, name); };

    const Rotation r = cameraToWorld(view, s);
    float rot[9];
    for (int i = 0; i < 9; ++i) rot[i] = float(r.m[size_t(i)]);
    glUniformMatrix3fv(loc("u_cameraToWorld"), 1, GL_TRUE, rot);
    const double fov = std::clamp(view.fov, 1.0, 179.0);
    const double tanX = std::tan(fov * kPi / 360.0);
    glUniform2f(loc("u_tanHalfFov"), float(tanX), float(tanX * height / width));
    glUniform1i(loc("u_projection"), int(s.projection));

    // Bounds describe tiled equirect pictures only. A VR180 picture tagged both as equirect180
    // and with the 0.25/0.25 tile that makes it 180 degrees wide must not be cropped twice.
    double left = 0, top = 0, right = 0, bottom = 0;
    if (s.projection == Projection::Equirect || s.projection == Projection::Equirect180) {
        left = s.boundLeft, right = s.boundRight, top = s.boundTop, bottom = s.boundBottom;
        if (s.projection == Projection::Equirect180 && std::abs(left - 0.25) < 1e-3 &&
            std::abs(right - 0.25) < 1e-3)
            left = right = 0;
        if (left < 0 || right < 0 || left + right >= 1) left = right = 0;
        if (top < 0 || bottom < 0 || top + bottom >= 1) top = bottom = 0;
    }
    glUniform4f(loc("u_bounds"), float(left), float(top), float(right), float(bottom));
    setUniformBool(m_program, "u_wrapX",
                   s.projection == Projection::Equirect && left == 0 && right == 0);

    float eye[4] = {0, 0, 1, 1};
    const float second = view.eye == Eye::Right ? 0.5f : 0.0f;
    if (s.stereo == StereoLayout::TopBottom) {
        eye[1] = second, eye[3] = 0.5f;
    } else if (s.stereo == StereoLayout::SideBySide) {
        eye[0] = second, eye[2] = 0.5f;
    }
    glUniform4fv(loc("u_eyeRect"), 1, eye);
    const double eyeAspect =
        (m_frameSize.width() * double(eye[2])) / (m_frameSize.height() * double(eye[3]));
    const double flatHalfWidth = std::tan(kFlatScreenFovDeg * kPi / 360.0);
    glUniform2f(loc("u_flatHalfExtent"), float(flatHalfWidth), float(flatHalfWidth / eyeAspect));

    glUniform1i(loc("u_format"), m_sampleMode);
    glUniformMatrix3fv(loc("u_yuvMatrix"), 1, GL_TRUE, m_yuv.matrix.data());
    glUniform3fv(loc("u_yuvOffset"), 1, m_yuv.offset.data());

    for (int i = 0; i < 3; ++i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + i));
        glBindTexture(GL_TEXTURE_2D, m_planes[size_t(i)].texture);
    }
    glBindVertexArray(m_vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    for (int i = 2; i >= 0; --i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + i));
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    glUseProgram(0);
}

}  // namespace omk::render
