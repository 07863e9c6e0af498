#include "render/SphereRenderer.h"

#include "media/PixelFormat.h"
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
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <initializer_list>
#include <vector>

namespace omk::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

// OMK_FORMAT in sample.frag, u_format in sphere.frag.
enum SampleMode { Yuv = 0, Rgb = 1, Gray = 2 };

struct PlaneFormat {
    GLint internalFormat;
    GLenum format;
    GLenum type;
    int bytesPerPixel;
};

struct FormatSpec {
    SampleMode mode;
    int planes;  // in the frame
    std::array<PlaneFormat, 2> plane;
    int bits;
    double textureScale;
    // Planar chroma goes into one two-channel texture, interleaved while it is copied into the
    // pixel buffer anyway: one bilinear tap per pixel instead of two, the biggest single cost
    // of the per-frame pass on llvmpipe (about 5 ms per 1080p frame).
    bool interleaveChroma = false;
};

constexpr PlaneFormat kR8{GL_R8, GL_RED, GL_UNSIGNED_BYTE, 1};
constexpr PlaneFormat kR16{GL_R16, GL_RED, GL_UNSIGNED_SHORT, 2};
constexpr PlaneFormat kRG8{GL_RG8, GL_RG, GL_UNSIGNED_BYTE, 2};
constexpr PlaneFormat kRG16{GL_RG16, GL_RG, GL_UNSIGNED_SHORT, 4};
constexpr PlaneFormat kRGBA{GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, 4};
constexpr PlaneFormat kBGRA{GL_RGBA8, GL_BGRA, GL_UNSIGNED_BYTE, 4};

// The textures a frame of `format` goes into, from media's pixel-format table.
std::optional<FormatSpec> formatSpec(int format) {
    const media::PixelFormatInfo* info = media::pixelFormatInfo(format);
    if (!info) return std::nullopt;
    const bool wide = info->bytesPerSample == 2;
    switch (info->family) {
        case media::PixelFamily::Yuv: {
            // 10-bit samples sit in the low bits of 16 (R16 returns code / 65535); P010 keeps
            // them in the high bits (code * 64 / 65535).
            const double maxCode = double((1 << info->bits) - 1);
            const double scale = !wide ? 1.0
                                 : info->msbAligned
                                     ? 65535.0 / (maxCode * double(1 << (16 - info->bits)))
                                     : 65535.0 / maxCode;
            const PlaneFormat luma = wide ? kR16 : kR8, chroma = wide ? kRG16 : kRG8;
            return FormatSpec{Yuv,        info->planes, {luma, chroma},
                              info->bits, scale,        !info->interleavedChroma};
        }
        case media::PixelFamily::Rgb:
            return FormatSpec{Rgb, 1, {info->bgr ? kBGRA : kRGBA, kR8}, info->bits, 1.0};
        case media::PixelFamily::Gray:
            return FormatSpec{Gray, 1, {kR8, kR8}, info->bits, 1.0};
    }
    return std::nullopt;
}

// Texture units: the planes, then the map textures.
constexpr int kPlaneUnit = 0;
constexpr int kMapUnit = 2;

void interleaveRow(uint8_t* dst, const uint8_t* a, const uint8_t* b, int width, int sampleBytes) {
    if (sampleBytes == 1) {
        int x = 0;
#if defined(__SSE2__)
        // This runs on the render thread for every 4:2:0 frame (1.8 M samples at 4K); the
        // byte loop alone cost milliseconds per frame there.
        for (; x + 16 <= width; x += 16) {
            const __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a + x));
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + x));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * x), _mm_unpacklo_epi8(u, v));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * x + 16), _mm_unpackhi_epi8(u, v));
        }
#endif
        for (; x < width; ++x) {
            dst[2 * x] = a[x];
            dst[2 * x + 1] = b[x];
        }
        return;
    }
    for (int x = 0; x < width; ++x) {
        std::memcpy(dst + 4 * x, a + 2 * x, 2);
        std::memcpy(dst + 4 * x + 2, b + 2 * x, 2);
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
            "precision highp sampler2D;\n");
    return QByteArrayLiteral("#version 330 core\n");
}

// Compiles prelude + defines + parts (each numbered as its own source string in compiler
// messages) with the full-screen triangle, and binds the sampler units.
Expected<GLuint> linkProgram(const char* what, const QByteArray& defines,
                             std::initializer_list<const char*> fragmentParts) {
    const QByteArray prelude = shaderPrelude();
    auto vs = compileShader(GL_VERTEX_SHADER, prelude + "#line 1\n" + shaders::kSphereVert);
    if (!vs) return vs.unexpected();
    QByteArray fragment = prelude + defines;
    int part = 0;
    for (const char* source : fragmentParts)
        fragment += "#line 1 " + QByteArray::number(part++) + "\n" + source;
    auto fs = compileShader(GL_FRAGMENT_SHADER, fragment);
    if (!fs) {
        glDeleteShader(*vs);
        return fs.unexpected();
    }
    GLuint program = glCreateProgram();
    glAttachShader(program, *vs);
    glAttachShader(program, *fs);
    glLinkProgram(program);
    glDeleteShader(*vs);
    glDeleteShader(*fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[4096] = {};
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        glDeleteProgram(program);
        return fail(QStringLiteral("%1 shader program does not link: %2")
                        .arg(QLatin1String(what), QString::fromUtf8(log).trimmed()));
    }
    glUseProgram(program);
    glUniform1i(glGetUniformLocation(program, "u_plane0"), kPlaneUnit);
    glUniform1i(glGetUniformLocation(program, "u_plane1"), kPlaneUnit + 1);
    glUniform1i(glGetUniformLocation(program, "u_map0"), kMapUnit);
    glUniform1i(glGetUniformLocation(program, "u_map1"), kMapUnit + 1);
    glUseProgram(0);
    return program;
}

void setUniformBool(GLuint program, const char* name, bool v) {
    glUniform1i(glGetUniformLocation(program, name), v ? 1 : 0);
}

// Keeps the caller's framebuffers and viewport (Qt Quick binds its own FBO) across the remap
// pass.
class FramebufferStateGuard {
public:
    FramebufferStateGuard() {
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &m_draw);
        glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &m_read);
        glGetIntegerv(GL_VIEWPORT, m_viewport.data());
    }
    ~FramebufferStateGuard() {
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(m_draw));
        glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(m_read));
        glViewport(m_viewport[0], m_viewport[1], m_viewport[2], m_viewport[3]);
    }
    FramebufferStateGuard(const FramebufferStateGuard&) = delete;
    FramebufferStateGuard& operator=(const FramebufferStateGuard&) = delete;

private:
    GLint m_draw = 0, m_read = 0;
    std::array<GLint, 4> m_viewport{};
};

}  // namespace

SphereRenderer::~SphereRenderer() {
    // With glvnd, glGetString returns null when no context is current on this thread; deleting
    // names then would be a silent no-op at best.
    if (glGetString(GL_VERSION) != nullptr) release();
}

Expected<void> SphereRenderer::initialize() {
    if (m_remapProgram) return {};
    if (auto r = linkPrograms(); !r) {
        release();
        return r;
    }
    glGenVertexArrays(1, &m_vao);
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const QByteArray name = renderer ? QByteArray(renderer) : QByteArray();
    m_directUpload =
        name.contains("llvmpipe") || name.contains("softpipe") || name.contains("SwiftShader");
    return {};
}

Expected<void> SphereRenderer::linkPrograms() {
    // All variants up front: a shader error shows in initialize(), not in the middle of playback.
    auto remap = linkProgram("remap", {}, {shaders::kProjectionGlsl, shaders::kRemapFrag});
    if (!remap) return remap.unexpected();
    m_remapProgram = *remap;
    auto direct = linkProgram("sphere", {}, {shaders::kProjectionGlsl, shaders::kSphereFrag});
    if (!direct) return direct.unexpected();
    m_directProgram = *direct;
    for (size_t i = 0; i < m_samplePrograms.size(); ++i) {
        const QByteArray defines = "#define OMK_FORMAT " + QByteArray::number(int(i / 2)) +
                                   "\n#define OMK_SEAM " + QByteArray::number(int(i % 2)) + "\n";
        auto sample = linkProgram("sample", defines, {shaders::kSampleFrag});
        if (!sample) return sample.unexpected();
        m_samplePrograms[i] = *sample;
    }
    return {};
}

void SphereRenderer::release() {
    for (Plane& p : m_planes) {
        if (p.texture) glDeleteTextures(1, &p.texture);
        if (p.pbo[0]) glDeleteBuffers(2, p.pbo.data());
        p = Plane{};
    }
    if (m_vao) glDeleteVertexArrays(1, &m_vao);
    for (unsigned& program : m_samplePrograms) {
        if (program) glDeleteProgram(program);
        program = 0;
    }
    if (m_remapProgram) glDeleteProgram(m_remapProgram);
    if (m_directProgram) glDeleteProgram(m_directProgram);
    if (m_mapFbo) glDeleteFramebuffers(1, &m_mapFbo);
    if (m_cpuFbo) glDeleteFramebuffers(1, &m_cpuFbo);
    if (m_cpuTexture) glDeleteTextures(1, &m_cpuTexture);
    m_cpuFbo = 0;
    m_cpuTexture = 0;
    m_cpuTextureSize = {};
    m_cpuFrame.reset();
    m_cpuTableKey.reset();
    m_cpuSampler.reset();
    std::vector<uint8_t>().swap(m_cpuPixels);
    std::vector<uint16_t>().swap(m_mapReadback);
    releaseMapTextures();
    m_mapKey.reset();
    m_mapsUnsupported = false;
    m_mapFloat = false;
    m_vao = 0;
    m_remapProgram = 0;
    m_directProgram = 0;
    m_mapFbo = 0;
    m_hasFrame = false;
    m_frameSize = {};
}

Expected<void> SphereRenderer::upload(const AVFrame* frame) {
    if (!frame || frame->width <= 0 || frame->height <= 0 || !frame->data[0])
        return fail(QStringLiteral("cannot upload an empty frame"));
    const auto format = AVPixelFormat(frame->format);
    const auto spec = formatSpec(format);
    if (!spec) {
        const char* name = av_get_pix_fmt_name(format);
        return fail(
            QStringLiteral("pixel format %1 cannot be uploaded; the decoder must convert it")
                .arg(name ? QString::fromLatin1(name) : QString::number(frame->format)));
    }
    for (int i = 0; i < spec->planes; ++i)
        if (!frame->data[i]) return fail(QStringLiteral("frame plane %1 is missing").arg(i));
    const media::PixelFormatInfo* info = media::pixelFormatInfo(format);
    m_cpuFrame.reset();
    if (wantsCpuSampling(frame)) {
        media::AvFramePtr ref = media::makeFrame();
        if (ref && av_frame_ref(ref.get(), frame) >= 0) m_cpuFrame = std::move(ref);
    }
    if (!m_cpuFrame) uploadTextures(frame);
    m_planeSizes[0] = QSize(frame->width, frame->height);
    m_planeSizes[1] = spec->mode == Yuv ? QSize(AV_CEIL_RSHIFT(frame->width, info->log2ChromaW),
                                                AV_CEIL_RSHIFT(frame->height, info->log2ChromaH))
                                        : m_planeSizes[0];
    m_sampleMode = spec->mode;
    m_yuv = yuvToRgb(lumaCoefficients(frame->colorspace, frame->width),
                     isFullRange(format, frame->color_range), spec->bits, spec->textureScale);
    m_frameSize = QSize(frame->width, frame->height);
    m_hasFrame = true;
    return {};
}

bool SphereRenderer::wantsCpuSampling(const AVFrame* frame) const {
    switch (m_samplingPath) {
        case SamplingPath::Shader:
            return false;
        case SamplingPath::Cpu:
            return CpuSampler::supports(frame);
        case SamplingPath::Auto:
            break;
    }
    return m_directUpload && CpuSampler::supports(frame);
}

void SphereRenderer::uploadTextures(const AVFrame* frame) {
    const auto format = AVPixelFormat(frame->format);
    const auto spec = formatSpec(format);
    const media::PixelFormatInfo* info = media::pixelFormatInfo(format);
    for (int i = 0; i < (spec->interleaveChroma ? 2 : spec->planes); ++i) {
        const bool chroma = i > 0 && spec->mode == Yuv;
        const int w = chroma ? AV_CEIL_RSHIFT(frame->width, info->log2ChromaW) : frame->width;
        const int h = chroma ? AV_CEIL_RSHIFT(frame->height, info->log2ChromaH) : frame->height;
        const PlaneFormat& pf = spec->plane[size_t(i)];
        const bool interleave = i == 1 && spec->interleaveChroma;
        uploadPlane(i,
                    PlaneSource{frame->data[i], frame->linesize[i],
                                interleave ? frame->data[2] : nullptr, frame->linesize[2]},
                    w, h, pf.bytesPerPixel, pf.internalFormat, pf.format, pf.type);
    }
    m_pboSlot ^= 1;
}

void SphereRenderer::uploadPlane(int index, const PlaneSource& src, int width, int height,
                                 int bytesPerPixel, int internalFormat, unsigned format,
                                 unsigned type) {
    Plane& p = m_planes[size_t(index)];
    if (!p.texture) glGenTextures(1, &p.texture);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, p.texture);
    if (p.width != width || p.height != height || p.internalFormat != internalFormat) {
        glTexImage2D(GL_TEXTURE_2D, 0, internalFormat, width, height, 0, format, type, nullptr);
        // No mipmaps, so no derivative seams where the map jumps (0/360, cube faces). Minifying
        // and magnifying with the same filter also lets llvmpipe skip the level-of-detail
        // computation and use its 8-bit bilinear path.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        p.width = width;
        p.height = height;
        p.internalFormat = internalFormat;
    }
    if (!p.pbo[0]) glGenBuffers(2, p.pbo.data());

    // Rows go to the GPU as they are when the padding is whole pixels (GL_UNPACK_ROW_LENGTH
    // skips it); otherwise, for bottom-up frames and for interleaved chroma, they are packed.
    const uint8_t* data = src.data;
    const int linesize = src.linesize;
    const size_t rowBytes = size_t(width) * size_t(bytesPerPixel);
    const bool asIs = !src.data2 && linesize > 0 && linesize % bytesPerPixel == 0;
    const size_t stride = asIs ? size_t(linesize) : rowBytes;
    const size_t bytes = stride * size_t(height - 1) + rowBytes;

    auto fill = [&](uint8_t* out) {
        if (asIs) {
            std::memcpy(out, data, bytes);
            return;
        }
        for (int y = 0; y < height; ++y) {
            uint8_t* row = out + size_t(y) * rowBytes;
            if (src.data2)
                interleaveRow(row, data + ptrdiff_t(y) * linesize,
                              src.data2 + ptrdiff_t(y) * src.linesize2, width, bytesPerPixel / 2);
            else
                std::memcpy(row, data + ptrdiff_t(y) * linesize, rowBytes);
        }
    };
    const void* source = nullptr;  // offset 0 into the bound PBO
    bool direct = m_directUpload;
    if (!direct) {
        glBindBuffer(GL_PIXEL_UNPACK_BUFFER, p.pbo[size_t(m_pboSlot)]);
        // Orphaning gives the driver fresh storage so the copy never waits for a draw that still
        // reads the previous contents; alternating two buffers does the same for drivers that
        // don't.
        glBufferData(GL_PIXEL_UNPACK_BUFFER, GLsizeiptr(bytes), nullptr, GL_STREAM_DRAW);
        void* dst = glMapBufferRange(GL_PIXEL_UNPACK_BUFFER, 0, GLsizeiptr(bytes),
                                     GL_MAP_WRITE_BIT | GL_MAP_INVALIDATE_BUFFER_BIT);
        if (dst) {
            fill(static_cast<uint8_t*>(dst));
            glUnmapBuffer(GL_PIXEL_UNPACK_BUFFER);
        } else {
            qCWarning(lcRender) << "cannot map pixel buffer; uploading synchronously";
            direct = true;
        }
    }
    if (direct) {
        glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
        if (asIs) {
            source = data;
        } else {
            p.staging.resize(bytes);
            fill(p.staging.data());
            source = p.staging.data();
        }
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
    if (!m_remapProgram || !m_hasFrame || width <= 0 || height <= 0) {
        glClearColor(0, 0, 0, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    const MapKey key = mapKey(view, width, height);
    // The CPU path frees the map textures once its tables are built; the shaders need them.
    const bool mapsResident = m_mapTextures[0] && (key.wrapMode != 2 || m_mapTextures[1]);
    const bool mapped = (m_mapKey == key && (m_cpuFrame || mapsResident)) || remap(key);
    if (m_cpuFrame && mapped && drawOnCpu(key)) {
        glUseProgram(0);
        return;
    }
    bool drawable = mapped;
    if (m_cpuFrame) {
        // This target or GL cannot take the CPU path's result: from now on the shaders draw.
        qCInfo(lcRender) << "CPU sampling unavailable here; drawing with the shaders";
        m_samplingPath = SamplingPath::Shader;
        uploadTextures(m_cpuFrame.get());
        m_cpuFrame.reset();
        m_cpuTableKey.reset();
        drawable = remap(key);  // the CPU path keeps no map textures
    }
    glBindVertexArray(m_vao);
    if (drawable)
        drawSampled(key);
    else
        drawDirect(key);
    glBindVertexArray(0);
    for (int i = kMapUnit + 1; i >= kPlaneUnit; --i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + i));
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    glUseProgram(0);
}

SphereRenderer::MapKey SphereRenderer::mapKey(const ViewParams& view, int width, int height) const {
    const SphericalInfo& s = m_spherical;
    MapKey k;
    const Rotation r = cameraToWorld(view, s);
    for (size_t i = 0; i < 9; ++i) k.cameraToWorld[i] = float(r.m[i]);
    if (view.tangents) {
        const ViewTangents& t = *view.tangents;
        k.tanBounds = {float(t.left), float(t.right), float(t.down), float(t.up)};
    } else {
        const double fov = std::clamp(view.fov, 1.0, 179.0);
        const auto tanX = float(std::tan(fov * kPi / 360.0));
        const auto tanY = float(std::tan(fov * kPi / 360.0) * height / width);
        k.tanBounds = {-tanX, tanX, -tanY, tanY};
    }
    k.projection = int(s.projection);

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
    k.bounds = {float(left), float(top), float(right), float(bottom)};
    k.wrapX = s.projection == Projection::Equirect && left == 0 && right == 0;

    const float second = view.eye == Eye::Right ? 0.5f : 0.0f;
    k.eyeRect = {0, 0, 1, 1};
    if (s.stereo == StereoLayout::TopBottom) {
        k.eyeRect[1] = second, k.eyeRect[3] = 0.5f;
    } else if (s.stereo == StereoLayout::SideBySide) {
        k.eyeRect[0] = second, k.eyeRect[2] = 0.5f;
    }
    // GL_REPEAT can wrap only an eye as wide as the texture.
    k.wrapMode = !k.wrapX ? 0 : k.eyeRect[2] == 1.0f ? 1 : 2;
    const double eyeAspect = (m_frameSize.width() * double(k.eyeRect[2])) /
                             (m_frameSize.height() * double(k.eyeRect[3]));
    const double flatHalfWidth = std::tan(kFlatScreenFovDeg * kPi / 360.0);
    k.flatHalfExtent = {float(flatHalfWidth), float(flatHalfWidth / eyeAspect)};

    k.size0 = {m_planeSizes[0].width(), m_planeSizes[0].height()};
    k.size1 = {m_planeSizes[1].width(), m_planeSizes[1].height()};
    k.width = width;
    k.height = height;
    return k;
}

void SphereRenderer::setProjectionUniforms(unsigned program, const MapKey& k) const {
    auto loc = [program](const char* name) { return glGetUniformLocation(program, name); };
    glUniformMatrix3fv(loc("u_cameraToWorld"), 1, GL_TRUE, k.cameraToWorld.data());
    // Centre plus half extent, rather than the bounds themselves: the symmetric desktop view then
    // computes exactly what it always did (0 + ndc * half).
    const std::array<float, 4>& b = k.tanBounds;
    glUniform2f(loc("u_tanHalfFov"), (b[1] - b[0]) / 2, (b[3] - b[2]) / 2);
    glUniform2f(loc("u_tanCenter"), (b[1] + b[0]) / 2, (b[3] + b[2]) / 2);
    glUniform1i(loc("u_projection"), k.projection);
    glUniform4fv(loc("u_bounds"), 1, k.bounds.data());
    setUniformBool(program, "u_wrapX", k.wrapX);
    glUniform4fv(loc("u_eyeRect"), 1, k.eyeRect.data());
    glUniform2fv(loc("u_flatHalfExtent"), 1, k.flatHalfExtent.data());
}

bool SphereRenderer::remap(const MapKey& key) {
    if (m_mapsUnsupported) return false;
    m_mapKey.reset();
    const QSize size(key.width, key.height);
    const bool seam = key.wrapMode == 2;
    for (size_t i = 0; i < (seam ? 2u : 1u); ++i) {
        if (m_mapTextures[i] && m_mapTextureSizes[i] == size) continue;
        if (!m_mapTextures[i]) glGenTextures(1, &m_mapTextures[i]);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_mapTextures[i]);
        // 16-bit unorm is within 1/65536 of the position (a thirtieth of a texel on a 4K frame)
        // and halves what the per-frame pass reads, about 1 ms per 1080p frame on llvmpipe. Half
        // floats would be off by several texels.
        if (m_mapFloat)
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, size.width(), size.height(), 0, GL_RGBA,
                         GL_FLOAT, nullptr);
        else
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA16, size.width(), size.height(), 0, GL_RGBA,
                         GL_UNSIGNED_SHORT, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        glBindTexture(GL_TEXTURE_2D, 0);
        m_mapTextureSizes[i] = size;
    }

    FramebufferStateGuard guard;
    if (!m_mapFbo) glGenFramebuffers(1, &m_mapFbo);
    glBindFramebuffer(GL_FRAMEBUFFER, m_mapFbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_mapTextures[0],
                           0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D,
                           seam ? m_mapTextures[1] : 0, 0);
    const GLenum buffers[2] = {GL_COLOR_ATTACHMENT0,
                               seam ? GLenum(GL_COLOR_ATTACHMENT1) : GLenum(GL_NONE)};
    glDrawBuffers(2, buffers);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE && !m_mapFloat) {
        // GLES has RGBA16 only with EXT_texture_norm16; float maps hold the same values.
        m_mapFloat = true;
        m_mapTextureSizes = {};
        return remap(key);
    }
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        // GLES 3.0 without EXT_color_buffer_float: every frame takes the direct path instead.
        qCWarning(lcRender) << "cannot render to 16-bit or float textures (framebuffer status"
                            << Qt::hex << status << "); mapping every pixel every frame";
        m_mapsUnsupported = true;
        return false;
    }
    glViewport(0, 0, key.width, key.height);
    glUseProgram(m_remapProgram);
    setProjectionUniforms(m_remapProgram, key);
    glUniform2f(glGetUniformLocation(m_remapProgram, "u_size0"), float(key.size0[0]),
                float(key.size0[1]));
    glUniform2f(glGetUniformLocation(m_remapProgram, "u_size1"), float(key.size1[0]),
                float(key.size1[1]));
    glUniform1i(glGetUniformLocation(m_remapProgram, "u_wrapMode"), key.wrapMode);
    glBindVertexArray(m_vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    m_mapKey = key;
    return true;
}

void SphereRenderer::bindPlanes(bool repeatS) const {
    for (int i = 0; i < int(m_planes.size()); ++i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + kPlaneUnit + i));
        glBindTexture(GL_TEXTURE_2D, m_planes[size_t(i)].texture);
        if (m_planes[size_t(i)].texture)
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S,
                            repeatS ? GL_REPEAT : GL_CLAMP_TO_EDGE);
    }
}

void SphereRenderer::drawSampled(const MapKey& key) {
    const bool seam = key.wrapMode == 2;
    const GLuint program = m_samplePrograms[size_t(m_sampleMode * 2 + (seam ? 1 : 0))];
    glUseProgram(program);
    // Column-major 4x3: the matrix's columns, then minus the offset.
    std::array<float, 12> affine{};
    for (size_t row = 0; row < 3; ++row) {
        for (size_t col = 0; col < 3; ++col) affine[col * 3 + row] = m_yuv.matrix[row * 3 + col];
        affine[9 + row] = -m_yuv.offset[row];
    }
    glUniformMatrix4x3fv(glGetUniformLocation(program, "u_yuvAffine"), 1, GL_FALSE, affine.data());
    bindPlanes(key.wrapMode == 1);
    for (int i = 0; i < (seam ? 2 : 1); ++i) {
        glActiveTexture(GLenum(GL_TEXTURE0 + kMapUnit + i));
        glBindTexture(GL_TEXTURE_2D, m_mapTextures[size_t(i)]);
    }
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

void SphereRenderer::releaseMapTextures() {
    for (unsigned& texture : m_mapTextures) {
        if (texture) glDeleteTextures(1, &texture);
        texture = 0;
    }
    m_mapTextureSizes = {};
}

void SphereRenderer::readMapRows(int firstRow, int count, float* map0, float* map1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_mapFbo);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    const size_t values = size_t(m_mapKey->width) * size_t(count) * 4;
    auto read = [&](GLenum attachment, float* out) {
        glReadBuffer(attachment);
        if (m_mapFloat) {
            glReadPixels(0, firstRow, m_mapKey->width, count, GL_RGBA, GL_FLOAT, out);
            return;
        }
        // GLES reads 16-bit normalised buffers only as GL_UNSIGNED_SHORT.
        m_mapReadback.resize(values);
        glReadPixels(0, firstRow, m_mapKey->width, count, GL_RGBA, GL_UNSIGNED_SHORT,
                     m_mapReadback.data());
        for (size_t i = 0; i < values; ++i) out[i] = float(m_mapReadback[i]) / 65535.0f;
    };
    read(GL_COLOR_ATTACHMENT0, map0);
    if (map1) read(GL_COLOR_ATTACHMENT1, map1);
    glReadBuffer(GL_COLOR_ATTACHMENT0);
}

bool SphereRenderer::drawOnCpu(const MapKey& key) {
    // A blit cannot write into a multisampled framebuffer.
    GLint samples = 0;
    glGetIntegerv(GL_SAMPLE_BUFFERS, &samples);
    if (samples > 0) return false;

    const AVFrame* frame = m_cpuFrame.get();
    const auto luma = CpuSampler::lumaGeometry(frame);
    const auto chroma = CpuSampler::chromaGeometry(frame);
    FramebufferStateGuard guard;
    if (m_cpuTableKey != key || !m_cpuSampler.builtFor(luma, chroma)) {
        if (!m_mapTextures[0] && !remap(key)) return false;
        m_cpuSampler.build(key.width, key.height, luma, chroma, key.wrapMode,
                           [this](int first, int count, float* map0, float* map1) {
                               readMapRows(first, count, map0, map1);
                           });
        m_cpuTableKey = key;
        // The tables hold everything the maps did; 16-32 MB at 1080p need not stay resident.
        // m_mapKey stays set, so an unchanged view neither remaps nor rebuilds.
        releaseMapTextures();
    }
    const QSize size(key.width, key.height);
    glActiveTexture(GL_TEXTURE0);
    if (!m_cpuTexture) glGenTextures(1, &m_cpuTexture);
    glBindTexture(GL_TEXTURE_2D, m_cpuTexture);
    if (m_cpuTextureSize != size) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width(), size.height(), 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        m_cpuTextureSize = size;
    }
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    // In bands: a band of pixels is all the CPU copy there is (0.5 MB, not 8 MB at 1080p).
    constexpr int kBandRows = 64;
    m_cpuPixels.resize(size_t(size.width()) * kBandRows * 4);
    for (int first = 0; first < size.height(); first += kBandRows) {
        const int rows = std::min(kBandRows, size.height() - first);
        m_cpuSampler.sample(frame, m_yuv, first, rows, m_cpuPixels.data());
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, first, size.width(), rows, GL_RGBA, GL_UNSIGNED_BYTE,
                        m_cpuPixels.data());
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    if (!m_cpuFbo) glGenFramebuffers(1, &m_cpuFbo);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_cpuFbo);
    glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_cpuTexture,
                           0);
    // On llvmpipe a same-size blit is a copy of rows, a fraction of a millisecond at 1080p,
    // where a full-screen textured draw costs about 10 ms of CPU.
    glBlitFramebuffer(0, 0, size.width(), size.height(), 0, 0, size.width(), size.height(),
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    return true;
}

void SphereRenderer::drawDirect(const MapKey& key) {
    glUseProgram(m_directProgram);
    setProjectionUniforms(m_directProgram, key);
    glUniform1i(glGetUniformLocation(m_directProgram, "u_format"), m_sampleMode);
    glUniformMatrix3fv(glGetUniformLocation(m_directProgram, "u_yuvMatrix"), 1, GL_TRUE,
                       m_yuv.matrix.data());
    glUniform3fv(glGetUniformLocation(m_directProgram, "u_yuvOffset"), 1, m_yuv.offset.data());
    bindPlanes(false);
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

}  // namespace omk::render
