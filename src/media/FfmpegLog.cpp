#include "media/FfmpegLog.h"

#include "media/Log.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QByteArray>

#include <cstdio>

namespace omk::media {
namespace {

void forward(void* avcl, int level, const char* fmt, va_list args) {
    if (level > AV_LOG_WARNING || !lcMedia().isDebugEnabled()) return;
    char line[1024];
    int prefix = 1;
    av_log_format_line2(avcl, level, fmt, args, line, sizeof line, &prefix);
    QByteArray text(line);
    qCDebug(lcMedia).noquote() << "ffmpeg:" << text.trimmed();
}

}  // namespace

void routeFfmpegLogsToQt() {
    av_log_set_callback(forward);
}

}  // namespace omk::media
