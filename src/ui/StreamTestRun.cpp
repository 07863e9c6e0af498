#include "ui/StreamTestRun.h"

#include "catalog/StreamProtocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

namespace omk::ui {

StreamTestRun::StreamTestRun(QObject* parent)
    : QObject(parent), m_program(QCoreApplication::applicationFilePath()) {}

StreamTestRun::~StreamTestRun() {
    cancel();
}

void StreamTestRun::start(const QString& url, const QString& protocol) {
    cancel();
    m_url = url.trimmed();
    if (m_url.isEmpty()) {
        finish(false, tr("Type the stream's address first."));
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString catalogFile = m_dir->filePath(QStringLiteral("stream.json"));
    const QJsonObject stream{{QStringLiteral("url"), m_url},
                             {QStringLiteral("protocol"),
                              protocol.isEmpty() ? catalog::protocolOfUrl(m_url) : protocol}};
    const QJsonObject catalog{
        {QStringLiteral("omnikast_catalog"), 1},
        {QStringLiteral("event"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Test")},
                     {QStringLiteral("time_zone"), QStringLiteral("UTC")}}},
        {QStringLiteral("channels"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("test")},
                                {QStringLiteral("name"), QStringLiteral("Test")},
                                {QStringLiteral("streams"), QJsonArray{stream}}}}}};
    QFile f(catalogFile);
    if (!m_dir->isValid() || !f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(catalog).toJson()) < 0) {
        finish(false, tr("Cannot write the test's files: %1").arg(f.errorString()));
        return;
    }
    f.close();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(
        {QStringLiteral("check"), catalogFile, QStringLiteral("--json"), QStringLiteral("--jobs"),
         QStringLiteral("1"), QStringLiteral("--timeout"), QString::number(kTimeoutS),
         QStringLiteral("--snapshots"), m_dir->filePath(QStringLiteral("snapshots"))});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus) { readReport(exitCode); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false, tr("The check could not start: %1").arg(m_process->errorString()));
    });
    m_passed = false;
    m_summary = tr("Testing %1…").arg(m_url);
    m_process->start();
    emit changed();
}

void StreamTestRun::cancel() {
    if (!m_process) return;
    QProcess* p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->kill();
    p->waitForFinished(2000);
    p->deleteLater();
    m_dir.reset();
    emit changed();
}

void StreamTestRun::readReport(int exitCode) {
    const QByteArray out = m_process ? m_process->readAllStandardOutput() : QByteArray();
    const QByteArray err = m_process ? m_process->readAllStandardError() : QByteArray();
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    const QJsonObject s = report.value(QStringLiteral("streams")).toArray().first().toObject();
    if (s.isEmpty()) {
        // No report: the check said why on its error output (its last line), or it crashed.
        const QString why = QString::fromUtf8(err).trimmed().section(u'\n', -1).left(300);
        finish(false, why.isEmpty()
                          ? tr("The check ended without a report (exit %1).").arg(exitCode)
                          : why);
        return;
    }
    if (!s.value(QStringLiteral("ok")).toBool()) {
        finish(false, tr("Does not play: %1").arg(s.value(QStringLiteral("reason")).toString()));
        return;
    }
    const QLocale locale;
    QString what = tr("%1×%2 %3")
                       .arg(s.value(QStringLiteral("width")).toInt())
                       .arg(s.value(QStringLiteral("height")).toInt())
                       .arg(s.value(QStringLiteral("codec")).toString());
    const double fps = s.value(QStringLiteral("frame_rate")).toDouble();
    if (fps > 0) what += u' ' + tr("at %1 fps").arg(locale.toString(fps, 'g', 4));
    if (s.value(QStringLiteral("live")).toBool()) what += u' ' + tr("(live)");
    const double firstMs = s.value(QStringLiteral("first_frame_ms")).toDouble();
    QString summary = firstMs < 1000 ? tr("Plays: %1; the first picture after %2 ms.")
                                           .arg(what, locale.toString(qRound(firstMs)))
                                     : tr("Plays: %1; the first picture after %2 s.")
                                           .arg(what, locale.toString(firstMs / 1000.0, 'f', 1));
    const QJsonArray warnings = s.value(QStringLiteral("warnings")).toArray();
    if (!warnings.isEmpty())
        summary += u' ' + tr("Worth a look: %1").arg(warnings.first().toString());
    finish(true, summary);
}

void StreamTestRun::finish(bool passed, const QString& summary) {
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_dir.reset();
    m_passed = passed;
    m_summary = summary;
    emit changed();
}

}  // namespace omk::ui
