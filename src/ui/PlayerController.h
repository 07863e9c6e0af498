#pragma once
// The QML face of the media engine: what to play, transport controls, and the numbers the
// overlay shows. QML binds to these properties and forwards key presses to the slots.
//
// Threading: lives on the GUI thread. The render thread reads frames through player(), a shared
// handle that stays valid for as long as the render thread holds it.

#include "core/Spherical.h"
#include "media/Player.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace omk::ui {

class PlayerController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString projectionOverride READ projectionOverride WRITE setProjectionOverride NOTIFY
                   sphericalChanged)
    Q_PROPERTY(
        QString stereoOverride READ stereoOverride WRITE setStereoOverride NOTIFY sphericalChanged)
    Q_PROPERTY(QString projection READ projection NOTIFY sphericalChanged)
    Q_PROPERTY(QString projectionSource READ projectionSource NOTIFY sphericalChanged)
    Q_PROPERTY(QString stereo READ stereo NOTIFY sphericalChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY statsChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY statsChanged)
    Q_PROPERTY(double position READ position NOTIFY statsChanged)
    Q_PROPERTY(double duration READ duration NOTIFY statsChanged)
    Q_PROPERTY(bool seekable READ seekable NOTIFY statsChanged)
    Q_PROPERTY(bool live READ live NOTIFY statsChanged)
    // A picture, not a video: the control bar shows no transport for it.
    Q_PROPERTY(bool still READ still NOTIFY statsChanged)
    Q_PROPERTY(bool buffering READ buffering NOTIFY statsChanged)
    Q_PROPERTY(int bufferingPercent READ bufferingPercent NOTIFY statsChanged)
    Q_PROPERTY(bool reconnecting READ reconnecting NOTIFY statsChanged)
    Q_PROPERTY(QString decoderName READ decoderName NOTIFY statsChanged)
    Q_PROPERTY(bool hardwareDecoding READ hardwareDecoding NOTIFY statsChanged)
    Q_PROPERTY(qint64 droppedFrames READ droppedFrames NOTIFY statsChanged)
    Q_PROPERTY(qint64 presentedFrames READ presentedFrames NOTIFY statsChanged)
    Q_PROPERTY(QString audioStatus READ audioStatus NOTIFY statsChanged)
    // 0..100, remembered between runs (settings::kVolume), like mute.
    Q_PROPERTY(int volume READ volume WRITE setVolume NOTIFY volumeChanged)
    Q_PROPERTY(bool muted READ muted WRITE setMuted NOTIFY volumeChanged)
    // Playback speed 0.5-2.0 with pitch kept (mpv's [ ] and Backspace); not remembered, as in
    // mpv: a film should not start fast because the last one ran fast.
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    // Start over at the end (mpv's L); the demo loops.
    Q_PROPERTY(bool loop READ loop WRITE setLoop NOTIFY loopChanged)
    // The stream's captions (its first text subtitle stream): the cue showing now, whether the
    // media has any, and why not where it has ones we cannot show. Shown or hidden with V
    // (mpv, VLC), remembered.
    Q_PROPERTY(QString caption READ caption NOTIFY captionChanged)
    Q_PROPERTY(bool hasCaptions READ hasCaptions NOTIFY sphericalChanged)
    Q_PROPERTY(QString captionStatus READ captionStatus NOTIFY sphericalChanged)
    Q_PROPERTY(bool captionsEnabled READ captionsEnabled WRITE setCaptionsEnabled NOTIFY
                   captionsEnabledChanged)
    // Where the next media opened starts, in seconds (an omnikast:// link's t=, a room joined
    // mid-media): taken by the next open, which starts decoding there, then back to 0 so later
    // channels start as usual. Ignored for live inputs.
    Q_PROPERTY(
        double startPosition READ startPosition WRITE setStartPosition NOTIFY startPositionChanged)

public:
    explicit PlayerController(QObject* parent = nullptr);
    ~PlayerController() override;

    QString source() const { return m_source; }
    void setSource(const QString& source);
    QString projectionOverride() const;
    void setProjectionOverride(const QString& name);
    QString stereoOverride() const;
    void setStereoOverride(const QString& name);

    // The projection in effect: the user's override, else what the file says.
    SphericalInfo effectiveSpherical() const;
    QString projection() const { return toString(effectiveSpherical().projection); }
    QString projectionSource() const { return toString(effectiveSpherical().projectionSource); }
    QString stereo() const { return toString(effectiveSpherical().stereo); }
    QString errorString() const { return m_error; }

    // A position or length as players show it: m:ss, or h:mm:ss from an hour; negative or
    // non-finite as 0:00. One format for the overlay and the control bar.
    Q_INVOKABLE static QString clockText(double seconds);

    bool loading() const { return m_loading; }
    bool paused() const;
    double position() const;
    double duration() const;
    bool seekable() const;
    bool live() const;
    bool still() const;
    bool buffering() const;
    int bufferingPercent() const;
    bool reconnecting() const;
    QString decoderName() const;
    bool hardwareDecoding() const;
    qint64 droppedFrames() const;
    qint64 presentedFrames() const;
    QString audioStatus() const;

    int volume() const { return m_volume; }
    void setVolume(int volume);
    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    bool loop() const { return m_loop; }
    void setLoop(bool loop);
    double rate() const { return m_rate; }
    void setRate(double rate);
    double startPosition() const { return m_startPosition; }
    void setStartPosition(double seconds);
    // The next open stays paused on its first frame (taken by that open only, like the start
    // position): room sync plays it at the instant the room reaches it.
    void setStartPaused(bool paused) { m_startPaused = paused; }
    QString caption() const;
    bool hasCaptions() const;
    QString captionStatus() const;
    bool captionsEnabled() const { return m_captionsEnabled; }
    void setCaptionsEnabled(bool enabled);

    std::shared_ptr<media::Player> player() const { return m_player; }

public slots:
    void play();
    void pause();
    void togglePause();
    void seekRelative(double seconds);
    void seekTo(double seconds);
    // Back to the live edge of a live stream (reopens it, keeping the pause); nothing otherwise.
    void goToLiveEdge();
    void adjustVolume(int delta);
    void toggleMute() { setMuted(!m_muted); }
    void toggleLoop() { setLoop(!m_loop); }
    void toggleCaptions() { setCaptionsEnabled(!m_captionsEnabled); }
    // Multiplies the rate (mpv: [ by 1/1.1, ] by 1.1); resetRate() goes back to 1.
    void scaleRate(double factor) { setRate(rate() * factor); }
    void resetRate() { setRate(1.0); }

signals:
    void sourceChanged();
    void sphericalChanged();
    void errorStringChanged();
    void statsChanged();
    // The one error signal of this component; also reflected in errorString.
    void errorOccurred(const QString& message);
    void frameReady();
    void volumeChanged();
    void loopChanged();
    void rateChanged();
    void startPositionChanged();
    void captionChanged();
    void captionsEnabledChanged();

private:
    void openCurrent();
    void setError(const QString& message);
    void applyVolume();

    QString m_source;
    QString m_error;
    bool m_loading = false;
    int m_volume = 100;
    bool m_muted = false;
    bool m_loop = false;
    double m_rate = 1.0;
    double m_startPosition = 0.0;
    bool m_startPaused = false;
    bool m_captionsEnabled = true;
    std::optional<Projection> m_projectionOverride;
    std::optional<StereoLayout> m_stereoOverride;
    std::shared_ptr<media::Player> m_player;
    QTimer m_statsTimer;
};

}  // namespace omk::ui
