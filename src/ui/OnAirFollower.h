#pragma once
// Follows a Dreamkast event's on-air switches: one ActionCable subscription to OnAirChannel
// ({eventAbbr}) and the last good on-air state it broadcast (catalog/DreamkastLive.h). A broadcast
// that cannot be read is reported and leaves the last good state in place.
//
// Threading: GUI thread (the CableClient runs on its event loop).

#include "cable/CableClient.h"
#include "catalog/DreamkastLive.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace omk::ui {

class OnAirFollower : public QObject {
    Q_OBJECT
public:
    using OnAir = QHash<QString, catalog::OnAirTalk>;  // track (channel) id → on-air talk

    explicit OnAirFollower(QObject* parent = nullptr);

    // Subscribes to `eventAbbr` at `cableUrl`; asking again for what is followed changes nothing.
    void follow(const QUrl& cableUrl, const QString& eventAbbr);
    void stop();
    bool following() const { return !m_identifier.isEmpty(); }
    QUrl cableUrl() const { return m_url; }

    // Nothing until the first broadcast; then what is on air where.
    const std::optional<OnAir>& onAir() const { return m_onAir; }
    // The connection for a status line: "connected", "reconnecting in 3 s", "offline"; empty
    // when nothing is followed.
    QString statusText() const;
    cable::CableClient* client() { return &m_client; }

signals:
    void onAirChanged();
    void statusChanged();
    // The one error signal: the connection's problems and unreadable broadcasts.
    void errorOccurred(const QString& message);

private:
    void onReceived(const QString& identifier, const QJsonValue& message);

    cable::CableClient m_client;
    QUrl m_url;
    QString m_eventAbbr;
    QString m_identifier;
    std::optional<OnAir> m_onAir;
};

}  // namespace omk::ui
