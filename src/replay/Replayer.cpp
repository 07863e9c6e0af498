#include "replay/Replayer.h"

#include "replay/CatalogContext.h"

#include "cli/HeadlessView.h"
#include "media/FrameGrabber.h"
#include "replay/Log.h"
#include "room/ChatModel.h"
#include "room/RoomConnection.h"
#include "sync/SyncController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonObject>
#include <QThread>

#include <cmath>
#include <memory>
#include <optional>

namespace omk::replay {

namespace {

QString pixelHash(const QImage& image) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Row by row: a QImage's padding bytes at the end of each line are not pixels.
    const qsizetype rowBytes = qsizetype(image.width()) * image.depth() / 8;
    for (int y = 0; y < image.height(); ++y)
        h.addData(QByteArrayView(reinterpret_cast<const char*>(image.constScanLine(y)), rowBytes));
    return QString::fromLatin1(h.result().toHex().left(16));
}

// The recorder's steady clock mapped onto the server's: the latest clock record, extrapolated.
struct ServerClock {
    qint64 t = 0;
    double serverMs = 0;
    double at(double tMs) const { return serverMs + (tMs - double(t)); }
};

ServerClock initialClock(const Recording& rec) {
    // Before the first clock record, extrapolate it backwards; without one, the first event's
    // server timestamp stands in for the time it was received.
    for (const auto& r : rec.records)
        if (r.kind == RecordKind::Clock) return {r.t, r.serverMs};
    for (const auto& r : rec.records)
        if (r.kind == RecordKind::Event) return {r.t, double(r.event.ts)};
    return {};
}

QJsonObject playbackJson(const sync::RoomPlayback& p) {
    return {{QStringLiteral("media"), p.media},
            {QStringLiteral("position_s"), p.position},
            {QStringLiteral("rate"), p.rate},
            {QStringLiteral("paused"), p.paused},
            {QStringLiteral("at_server_ms"), p.atServerMs}};
}

// The virtual local player: what the window's Player would do, but with every decision applied
// at once and frames decoded in order on this thread.
class VirtualPlayer {
public:
    VirtualPlayer(ReplayReport& report, const ReplayOptions& options)
        : m_report(report), m_options(options) {}

    sync::LocalPlayback local() const {
        return {m_media, m_position, m_rate, m_paused, false, false};
    }

    void apply(const sync::SyncDecision& d, qint64 tMs) {
        if (d.open) open(*d.open, tMs);
        if (d.seekTo) {
            m_position = std::max(0.0, *d.seekTo);
            m_needSeek = true;
            ++m_report.seeks;
        }
        if (d.paused) m_paused = *d.paused;
        if (d.rate && *d.rate != m_rate) {
            m_rate = *d.rate;
            ++m_report.rateChanges;
        }
    }

    // Brings the shown frame up to the current position; true when there is one to draw.
    bool present(qint64 tMs) {
        if (!m_grabber) return false;
        if (m_needSeek) {
            m_needSeek = false;
            m_next.reset();
            m_eof = false;
            auto f = m_grabber->frameAt(m_position);
            if (!f) {
                error(tMs, f.error().message);
                return m_current.has_value();
            }
            ++m_report.framesDecoded;
            setCurrent(std::move(*f));
        }
        const double halfFrame =
            0.5 / (m_grabber->frameRate() > 0 ? m_grabber->frameRate() : m_options.fps);
        while (!m_eof) {
            if (!m_next) {
                auto f = m_grabber->nextFrame();
                if (!f) {
                    // The end of the media is where it stops, not an error.
                    if (!f.error().message.endsWith(QLatin1String("end of stream")))
                        error(tMs, f.error().message);
                    m_eof = true;
                    break;
                }
                ++m_report.framesDecoded;
                m_next = std::move(*f);
            }
            if (m_current && m_next->pts > m_position + halfFrame) break;
            setCurrent(std::move(*m_next));
            m_next.reset();
        }
        return m_current.has_value();
    }

    const media::VideoFrame& current() const { return *m_current; }
    bool currentIsNew() const { return m_currentNew; }
    void markShown() {
        m_currentNew = false;
        m_currentShown = true;
    }
    const media::FrameGrabber* grabber() const { return m_grabber ? &*m_grabber : nullptr; }
    bool opened() const { return m_grabber.has_value(); }
    bool hasFrame() const { return m_current.has_value(); }
    double position() const { return m_position; }

    void advance(double seconds) {
        if (!m_paused && !m_media.isEmpty()) m_position += m_rate * seconds;
    }

private:
    void open(const QString& media, qint64 tMs) {
        m_media = media;
        m_grabber.reset();
        m_current.reset();
        m_next.reset();
        m_eof = false;
        ++m_report.opens;
        QString url = media;
        // A relative path names a file next to the recording, so a recording and its media can
        // travel together.
        if (QUrl(media).scheme().size() <= 1 && QFileInfo(media).isRelative())
            url = QFileInfo(QFileInfo(m_options.recording).absolutePath(), media).filePath();
        auto g = media::FrameGrabber::open(url);
        if (!g) {
            error(tMs, g.error().message);
            return;
        }
        m_grabber.emplace(std::move(*g));
    }

    void setCurrent(media::VideoFrame frame) {
        // A frame replaced before it was ever drawn was decoded for nothing: dropped.
        if (m_current && !m_currentShown) ++m_report.framesDropped;
        m_current = std::move(frame);
        m_currentNew = true;
        m_currentShown = false;
    }

    void error(qint64 tMs, const QString& message) {
        qCWarning(lcReplay).noquote() << message;
        m_report.errors.append({tMs, message});
    }

    ReplayReport& m_report;
    const ReplayOptions& m_options;
    QString m_media;
    double m_position = 0;
    double m_rate = 1.0;
    bool m_paused = true;
    bool m_needSeek = false;
    bool m_eof = false;
    std::optional<media::FrameGrabber> m_grabber;
    std::optional<media::VideoFrame> m_current;
    std::optional<media::VideoFrame> m_next;
    bool m_currentNew = false;
    bool m_currentShown = false;
};

}  // namespace

Replayer::Replayer(const Recording& recording, ReplayOptions options, CameraPath camera)
    : m_recording(recording), m_options(std::move(options)), m_camera(std::move(camera)) {}

ReplayReport Replayer::run(const std::function<void(double, const ReplayReport&)>& progress) {
    QElapsedTimer wall;
    wall.start();
    ReplayReport report;
    report.recording = QFileInfo(m_options.recording).fileName();
    report.room = m_recording.header.room;
    report.fps = m_options.fps;
    report.size = m_options.size;
    report.camera = m_options.camera.isEmpty() ? QString() : QFileInfo(m_options.camera).fileName();
    report.snapshotEvery = m_options.every;
    report.durationMs = m_recording.durationMs;
    report.streams = m_recording.streams;
    std::optional<CatalogContext> catalog;
    if (!m_recording.catalog.isEmpty()) {
        auto created = CatalogContext::create(m_recording.catalog, m_recording.header.room);
        if (created) {
            catalog = std::move(*created);
            report.catalogTitle = catalog->title();
            report.catalogChannel = catalog->channelName();
        } else {
            report.errors.append({0, QStringLiteral("catalog: ") + created.error().message});
        }
    }

    room::RoomConnectionConfig config;
    config.room = m_recording.header.room;
    room::RoomConnection connection(config);
    room::ChatModel chat(&connection);
    QObject::connect(&connection, &room::RoomConnection::eventApplied,
                     [&report](const protocol::Event& e) {
                         ++report.eventsApplied;
                         if (e.type == protocol::EventType::ChatMessage ||
                             e.type == protocol::EventType::ChatDelete)
                             ++report.chatEventsApplied;
                     });
    QObject::connect(&connection, &room::RoomConnection::roomReset, [&report] { ++report.resets; });

    sync::SyncConfig syncConfig;
    syncConfig.initialOpenLead = 0;   // the virtual player opens in no time
    syncConfig.holdLandings = false;  // and steps in ticks: nothing to hold a frame against
    sync::SyncController syncController(syncConfig);
    VirtualPlayer player(report, m_options);
    std::unique_ptr<cli::HeadlessView> view;
    bool viewFailed = false;
    ServerClock clock = initialClock(m_recording);

    const double frameMs = 1000.0 / m_options.fps;
    // The last tick is at or after the end record, so every record is delivered.
    const qint64 ticks =
        qint64(std::ceil(double(m_recording.durationMs) * m_options.fps / 1000.0 - 1e-9)) + 1;
    const qint64 everyMs = qint64(std::llround(m_options.every * 1000.0));
    qint64 nextSnapshotMs = 0;
    if (!m_options.snapshotsDir.isEmpty()) QDir().mkpath(m_options.snapshotsDir);
    qsizetype nextRecord = 0;

    for (qint64 tick = 0; tick < ticks; ++tick) {
        const qint64 tMs = qint64(std::llround(double(tick) * frameMs));
        // 1. The room: everything recorded up to now, in file order.
        for (;
             nextRecord < m_recording.records.size() && m_recording.records.at(nextRecord).t <= tMs;
             ++nextRecord) {
            const Record& r = m_recording.records.at(nextRecord);
            switch (r.kind) {
                case RecordKind::Reset:
                    connection.receiveRecorded(r.joined);
                    break;
                case RecordKind::Event:
                    connection.receiveRecorded(r.event);
                    break;
                case RecordKind::Clock:
                    clock = {r.t, r.serverMs};
                    break;
                case RecordKind::Stream:
                case RecordKind::Catalog:  // taken whole before the first tick
                case RecordKind::End:
                    break;
            }
        }
        // 2. Playback: the same decisions the window's sync would take.
        if (connection.hasPlayback()) {
            const auto decision = syncController.update(
                connection.playback(), clock.at(double(tick) * frameMs), player.local());
            if (decision.error) report.syncError.add(*decision.error);
            player.apply(decision, tMs);
        }
        // 3. The picture.
        if (player.present(tMs) && !viewFailed) {
            if (!view) {
                auto created = cli::HeadlessView::create(m_options.size);
                if (!created) {
                    viewFailed = true;
                    report.errors.append(
                        {tMs, QStringLiteral("renderer: ") + created.error().message});
                } else {
                    view = std::move(*created);
                    report.renderer = view->rendererDescription();
                }
            }
            if (view) {
                if (player.currentIsNew()) {
                    const SphericalInfo detected = player.grabber()->spherical();
                    view->setSpherical(catalog ? catalog->apply(player.local().media, detected)
                                               : detected);
                    if (auto up = view->upload(player.current().frame.get()); !up)
                        report.errors.append(
                            {tMs, QStringLiteral("upload: ") + up.error().message});
                }
                view->render(m_camera.at(double(tMs) / 1000.0));
                const QImage image = view->readImage();
                player.markShown();
                ++report.framesRendered;
                report.avOffset.add(player.current().pts - player.position());
                report.frames.append({tMs, player.current().pts, pixelHash(image)});
                if (everyMs > 0 && tMs >= nextSnapshotMs) {
                    const QString name =
                        QStringLiteral("frame-%1.png").arg(tMs, 8, 10, QLatin1Char('0'));
                    QImageWriter writer(QDir(m_options.snapshotsDir).filePath(name), "png");
                    if (writer.write(image))
                        report.snapshots.append(name);
                    else
                        report.errors.append({tMs, QDir(m_options.snapshotsDir).filePath(name) +
                                                       QStringLiteral(": ") +
                                                       writer.errorString()});
                    while (nextSnapshotMs <= tMs) nextSnapshotMs += everyMs;
                }
            }
        }
        ++report.ticks;
        player.advance(frameMs / 1000.0);
        if (progress) progress(double(tMs) / 1000.0, report);
        if (m_options.paced) {
            const qint64 ahead = tMs - wall.elapsed();
            if (ahead > 0) QThread::msleep(static_cast<unsigned long>(ahead));
        }
        // Nothing on screen: jump to the tick of the next record, so a recording with long
        // quiet stretches (or a damaged one with a huge t) costs nothing to get through.
        if (!player.hasFrame()) {
            const qint64 nextT = nextRecord < m_recording.records.size()
                                     ? m_recording.records.at(nextRecord).t
                                     : m_recording.durationMs;
            const qint64 nextTick =
                qint64(std::ceil(double(nextT) * m_options.fps / 1000.0 - 1e-9));
            if (nextTick > tick + 1) {
                player.advance(double(nextTick - tick - 1) * frameMs / 1000.0);
                tick = std::min(nextTick, ticks) - 1;
            }
        }
    }

    for (int i = 0; i < chat.rowCount(); ++i) {
        const auto& r = chat.row(i);
        if (r.pending) continue;
        report.chat.append({r.seq, r.author.name, r.text, r.deleted});
    }
    report.pinnedSeq = chat.pinnedSeq();
    report.playback = playbackJson(connection.playback());
    report.wallMs = wall.elapsed();
    return report;
}

}  // namespace omk::replay
