// Fuzzes what the admin API reads from a request (server/AdminRequests.h): arbitrary bytes as a
// role change's body, as the audit log's query string, as an on-air switch's body and as an
// announcement's, and as a schedule re-import's preview or apply. An answer or an error with a
// code, never a crash or a hang; what is accepted keeps the limits the readers promise.
#include "server/AdminRequests.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace omk::server;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const bool grant : {true, false}) {
        const auto change = readRoleChange(bytes, grant);
        if (change) {
            if (change->grant != grant || change->email.isEmpty() || change->email.size() > 320 ||
                change->room.isEmpty() || change->room.size() > 128 ||
                change->role == omk::protocol::Role::Attendee)
                std::abort();
        } else if (change.error().code.isEmpty()) {
            std::abort();
        }
    }
    const auto query = readAuditQuery(QString::fromUtf8(bytes));
    if (query) {
        if (query->limit < 1 || query->limit > 1000 || query->before.size() > 256 ||
            query->action.size() > 256 || query->actor.size() > 256)
            std::abort();
    } else if (query.error().code.isEmpty()) {
        std::abort();
    }
    const auto onAir = readOnAirSwitch(bytes);
    if (onAir) {
        if (onAir->size() > 256) std::abort();
    } else if (onAir.error().code.isEmpty()) {
        std::abort();
    }
    const auto announcement = readAnnouncement(bytes);
    if (announcement) {
        if (announcement->text.isEmpty() || announcement->text.size() > 500 ||
            announcement->channel.size() > 256)
            std::abort();
    } else if (announcement.error().code.isEmpty()) {
        std::abort();
    }
    const auto lift = readBanLift(bytes);
    if (lift) {
        if (lift->room.isEmpty() || lift->room.size() > 256 || lift->user.isEmpty() ||
            lift->user.size() > 256)
            std::abort();
    } else if (lift.error().code.isEmpty()) {
        std::abort();
    }
    for (const bool apply : {true, false}) {
        const auto import = readImportRequest(bytes, apply);
        if (import) {
            const bool hexHash = import->sourceHash.size() == 64;
            if ((apply && !hexHash) || (!apply && !import->sourceHash.isEmpty()) ||
                (!import->url.isEmpty() && !import->url.startsWith(QLatin1String("http"))))
                std::abort();
        } else if (import.error().code.isEmpty()) {
            std::abort();
        }
    }
    return 0;
}
