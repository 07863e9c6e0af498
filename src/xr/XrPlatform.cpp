#include "xr/XrPlatform.h"

#include <openxr/openxr_reflection.h>

namespace omk::xr {

QString resultName(XrResult result) {
    switch (result) {
#define OMK_XR_RESULT_CASE(name, value) \
    case name:                          \
        return QStringLiteral(#name);
        XR_LIST_ENUM_XrResult(OMK_XR_RESULT_CASE)
#undef OMK_XR_RESULT_CASE
            default : return QStringLiteral("XrResult %1")
                          .arg(int(result));
    }
}

QString sessionStateName(XrSessionState state) {
    switch (state) {
        case XR_SESSION_STATE_UNKNOWN:
            return QStringLiteral("unknown");
        case XR_SESSION_STATE_IDLE:
            return QStringLiteral("idle");
        case XR_SESSION_STATE_READY:
            return QStringLiteral("ready");
        case XR_SESSION_STATE_SYNCHRONIZED:
            return QStringLiteral("synchronized");
        case XR_SESSION_STATE_VISIBLE:
            return QStringLiteral("visible");
        case XR_SESSION_STATE_FOCUSED:
            return QStringLiteral("focused");
        case XR_SESSION_STATE_STOPPING:
            return QStringLiteral("stopping");
        case XR_SESSION_STATE_LOSS_PENDING:
            return QStringLiteral("loss pending");
        case XR_SESSION_STATE_EXITING:
            return QStringLiteral("exiting");
        default:
            return QStringLiteral("state %1").arg(int(state));
    }
}

}  // namespace omk::xr
