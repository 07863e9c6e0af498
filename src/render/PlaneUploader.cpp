#include "render/PlaneUploader.h"

#include "media/PixelFormat.h"
#include "render/Log.h"
#include "render/ShaderPrograms.h"
#include "render/TextureFormat.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/glcorearb.h>

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace omk::render {
namespace {

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

}  // namespace

void PlaneUploader::upload(const AVFrame* frame) {
    const auto spec = textureFormat(frame->format);
    const media::PixelFormatInfo* info = media::pixelFormatInfo(frame->format);
    for (int i = 0; i < (spec->interleaveChroma ? 2 : spec->planes); ++i) {
        const bool chroma = i > 0 && spec->mode == SampleMode::Yuv;
        const int w = chroma ? AV_CEIL_RSHIFT(frame->width, info->log2ChromaW) : frame->width;
        const int h = chroma ? AV_CEIL_RSHIFT(frame->height, info->log2ChromaH) : frame->height;
        const PlaneTextureFormat& pf = spec->plane[size_t(i)];
        const bool interleave = i == 1 && spec->interleaveChroma;
        uploadPlane(i,
                    PlaneSource{frame->data[i], frame->linesize[i],
                                interleave ? frame->data[2] : nullptr, frame->linesize[2]},
                    w, h, pf.bytesPerPixel, pf.internalFormat, pf.format, pf.type);
    }
    m_pboSlot ^= 1;
}

void PlaneUploader::uploadPlane(int index, const PlaneSource& src, int width, int height,
                                int bytesPerPixel, int internalFormat, unsigned format,
                                unsigned type) {
    Plane& p = m_planes[size_t(index)];
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, p.texture.ensure());
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
    for (GlBuffer& pbo : p.pbo) pbo.ensure();

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
        glBindBuffer(GL_PIXEL_UNPACK_BUFFER, p.pbo[size_t(m_pboSlot)].get());
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

void PlaneUploader::bind(bool repeatS) const {
    for (int i = 0; i < int(m_planes.size()); ++i) {
        const unsigned texture = m_planes[size_t(i)].texture.get();
        glActiveTexture(GLenum(GL_TEXTURE0 + kPlaneUnit + i));
        glBindTexture(GL_TEXTURE_2D, texture);
        if (texture)
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S,
                            repeatS ? GL_REPEAT : GL_CLAMP_TO_EDGE);
    }
}

void PlaneUploader::reset() {
    for (Plane& p : m_planes) p = Plane{};
}

void PlaneUploader::abandon() {
    for (Plane& p : m_planes) {
        p.texture.abandon();
        for (GlBuffer& pbo : p.pbo) pbo.abandon();
        p = Plane{};
    }
}

}  // namespace omk::render
