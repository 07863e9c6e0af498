#include "ui/DreamkastTarget.h"

#include "catalog/Catalog.h"
#include "catalog/DreamkastEndpoints.h"
#include "ui/AppSettings.h"
#include "ui/EventController.h"

namespace omk::ui {

std::optional<DreamkastTarget> resolveDreamkastTarget(EventController* ev, const QString& serverUrl,
                                                      const QString& room) {
    if (!serverUrl.isEmpty() || !ev) return std::nullopt;
    const catalog::Catalog* cat = ev->catalog();
    if (!cat || cat->format != catalog::Format::Dreamkast) return std::nullopt;
    DreamkastTarget t;
    t.cable = catalog::dreamkastCableUrl(*cat, ev->source());
    t.eventAbbr = cat->event.acronym;
    if (t.cable.isEmpty() || t.eventAbbr.isEmpty()) return std::nullopt;
    t.api = catalog::dreamkastApiUrl(ev->source(), t.cable);
    // A token goes only to the Dreamkast it was made for.
    t.token = AppSettings::instance()->dreamkastTokenForApi(catalog::dreamkastOrigin(t.api));
    // Dreamkast's chat belongs to a talk: the one on air on this channel (track), else the one
    // the schedule has on it now.
    QString talk;
    if (const auto& onAir = ev->onAirFollower()->onAir(); onAir && onAir->contains(room))
        talk = onAir->value(room).talkId;
    if (talk.isEmpty()) {
        const QDateTime now = ev->now();
        for (const auto& session : cat->sessions)
            if (session.channelId == room && session.start <= now && now < session.end())
                talk = session.id;
    }
    bool ok = false;
    const qint64 id = talk.toLongLong(&ok);
    t.talk = ok && id > 0 ? id : 0;
    return t;
}

}  // namespace omk::ui
