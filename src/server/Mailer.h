#pragma once
// Sending mail over SMTP with libcurl (smtp:// with STARTTLS when the server offers it, or
// smtps://). Blocking: the server calls it on a worker thread (AuthService), never on its event
// loop.
// Threading: each call makes its own curl handle; call initMailer() once, on the main thread,
// before any other thread sends.

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace omk::server {

struct MailSettings {
    QString smtpUrl;  // smtp://host:port or smtps://host:port; empty: no mail
    QString user;
    QString password;
    QString from;  // a normalised address
    int timeoutMs = 10000;
};

struct MailMessage {
    QString to;  // a normalised address (no CR/LF can reach a header)
    QString subject;
    QString text;
    QString html;
};

void initMailer();

// RFC 5322 text of the message: multipart/alternative (plain text, then HTML), UTF-8 in base64,
// the subject RFC 2047-encoded.
QByteArray composeMime(const MailMessage& m, const QString& from, const QString& messageId,
                       qint64 dateMs);

omk::Expected<void> sendMail(const MailSettings& s, const MailMessage& m);
// Connects, greets and says NOOP: whether the mail server would take a message now. Used where
// no mail is sent, so that answers do not tell a sent mail from an unsent one.
omk::Expected<void> probeMailServer(const MailSettings& s);

}  // namespace omk::server
