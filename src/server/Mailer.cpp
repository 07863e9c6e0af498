#include "server/Mailer.h"

#include "server/Ulid.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace omk::server {

namespace {

struct CurlFree {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistFree {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readBody(char* buffer, size_t size, size_t count, void* user) {
    auto* up = static_cast<Upload*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, up->data.size() - up->offset);
    if (n <= 0) return 0;
    std::memcpy(buffer, up->data.constData() + up->offset, size_t(n));
    up->offset += n;
    return size_t(n);
}

size_t discard(char*, size_t size, size_t count, void*) {
    return size * count;
}

QByteArray base64Lines(const QByteArray& bytes) {
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76) out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray encodedWord(const QString& text) {
    bool ascii = true;
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) ascii = false;
    if (ascii) return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// Header values never carry line breaks, whatever the caller passed.
QString oneLine(const QString& s) {
    QString out = s;
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    return out;
}

std::unique_ptr<CURL, CurlFree> handleFor(const MailSettings& s, char* errorBuffer) {
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    if (!curl) return curl;
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, s.smtpUrl.toUtf8().constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(s.timeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(s.timeoutMs));
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // smtps://: TLS from the start. smtp://: STARTTLS, required (a relay that does not offer it
    // fails the mail rather than sending codes and the password in clear), except on a loopback
    // relay, where nothing crosses a network.
    const QHostAddress host(QUrl(s.smtpUrl).host());
    const bool loopback = QUrl(s.smtpUrl).host() == QLatin1String("localhost") ||
                          (!host.isNull() && host.isLoopback());
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(loopback ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    if (!s.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, s.user.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, s.password.toUtf8().constData());
    }
    return curl;
}

omk::Unexpected curlFail(CURLcode rc, const char* errorBuffer, const QString& url) {
    const QString detail =
        errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(rc));
    return omk::fail(QStringLiteral("mail server %1: %2").arg(url, detail.trimmed()));
}

}  // namespace

void initMailer() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray composeMime(const MailMessage& m, const QString& from, const QString& messageId,
                       qint64 dateMs) {
    const QByteArray boundary = "omnikast-" + randomId(12).toLatin1();
    const QString date = QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(dateMs, Qt::UTC),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
    QByteArray out;
    out += "From: " + oneLine(from).toUtf8() + "\r\n";
    out += "To: " + oneLine(m.to).toUtf8() + "\r\n";
    out += "Subject: " + encodedWord(oneLine(m.subject)) + "\r\n";
    out += "Date: " + date.toLatin1() + "\r\n";
    out += "Message-ID: <" + oneLine(messageId).toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(m.text.toUtf8());
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(m.html.toUtf8());
    out += "--" + boundary + "--\r\n";
    return out;
}

omk::Expected<void> sendMail(const MailSettings& s, const MailMessage& m) {
    if (s.smtpUrl.isEmpty()) return omk::fail(QStringLiteral("no mail server (smtp_url)"));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    auto curl = handleFor(s, errorBuffer);
    if (!curl) return omk::fail(QStringLiteral("curl_easy_init failed"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString domain = s.from.mid(s.from.indexOf(u'@') + 1);
    Upload up{composeMime(m, s.from, makeUlid(now) + u'@' + domain, now), 0};
    CURL* c = curl.get();
    const QByteArray from = "<" + s.from.toUtf8() + ">";
    const QByteArray to = "<" + m.to.toUtf8() + ">";
    std::unique_ptr<curl_slist, SlistFree> rcpt(curl_slist_append(nullptr, to.constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &up);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) return curlFail(rc, errorBuffer, s.smtpUrl);
    return {};
}

omk::Expected<void> probeMailServer(const MailSettings& s) {
    if (s.smtpUrl.isEmpty()) return omk::fail(QStringLiteral("no mail server (smtp_url)"));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    auto curl = handleFor(s, errorBuffer);
    if (!curl) return omk::fail(QStringLiteral("curl_easy_init failed"));
    curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, "NOOP");
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK) return curlFail(rc, errorBuffer, s.smtpUrl);
    return {};
}

}  // namespace omk::server
