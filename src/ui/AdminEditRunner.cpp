#include "ui/AdminEditRunner.h"

#include <QPointer>

namespace omk::ui {

AdminEditRunner::AdminEditRunner(Client client, Describe describe, QObject* parent)
    : QObject(parent), m_client(std::move(client)), m_describe(std::move(describe)) {}

bool AdminEditRunner::run(const QString& part, const Call& call, const QString& ok,
                          const QString& failedPrefix, After after) {
    if (m_pending.contains(part)) {
        emit reported(tr("Wait a moment: the last change of this one is on its way."), true);
        return false;
    }
    room::AdminClient* client = m_client();
    if (!client) return false;
    m_pending.insert(part);
    emit pendingChanged(part, true);
    emit started();
    QPointer<AdminEditRunner> self(this);
    call(*client, [self, part, ok, failedPrefix, after](const room::AdminReply& r) {
        if (!self) return;
        self->m_pending.remove(part);
        emit self->pendingChanged(part, false);
        emit self->finished();
        if (after) after(r);
        if (!r.ok) {
            emit self->reported(tr("%1: %2").arg(failedPrefix, self->m_describe(r)), true);
            return;
        }
        emit self->reported(ok, false);
    });
    return true;
}

}  // namespace omk::ui
