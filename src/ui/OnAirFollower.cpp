#include "ui/OnAirFollower.h"

#include <QJsonObject>

namespace omk::ui {

namespace {
const QString kChannel = QStringLiteral("OnAirChannel");
}

OnAirFollower::OnAirFollower(QObject* parent) : QObject(parent) {
    connect(&m_client, &cable::CableClient::stateChanged, this, &OnAirFollower::statusChanged);
    connect(&m_client, &cable::CableClient::errorOccurred, this, &OnAirFollower::errorOccurred);
    connect(&m_client, &cable::CableClient::received, this, &OnAirFollower::onReceived);
}

void OnAirFollower::follow(const QUrl& cableUrl, const QString& eventAbbr) {
    if (following() && cableUrl == m_url && eventAbbr == m_eventAbbr) return;
    stop();
    m_url = cableUrl;
    m_eventAbbr = eventAbbr;
    m_identifier =
        m_client.subscribe(kChannel, QJsonObject{{QStringLiteral("eventAbbr"), eventAbbr}});
    if (auto opened = m_client.open(cableUrl); !opened) {
        m_client.unsubscribe(m_identifier);
        m_identifier.clear();
        emit errorOccurred(opened.error().message);
    }
    emit statusChanged();
}

void OnAirFollower::stop() {
    const bool had = following() || m_onAir.has_value();
    if (!m_identifier.isEmpty()) m_client.unsubscribe(m_identifier);
    m_client.close();
    m_identifier.clear();
    m_url.clear();
    m_eventAbbr.clear();
    m_onAir.reset();
    if (had) {
        emit onAirChanged();
        emit statusChanged();
    }
}

QString OnAirFollower::statusText() const {
    return following() ? m_client.statusText() : QString();
}

void OnAirFollower::onReceived(const QString& identifier, const QJsonValue& message) {
    if (identifier != m_identifier) return;
    auto parsed = catalog::parseDreamkastOnAir(message);
    if (!parsed) {
        // The last good state stays: one bad broadcast must not blank every tab.
        emit errorOccurred(m_url.toDisplayString() + QStringLiteral(": ") + parsed.error().message);
        return;
    }
    if (m_onAir && *m_onAir == *parsed) return;
    m_onAir = std::move(*parsed);
    emit onAirChanged();
}

}  // namespace omk::ui
