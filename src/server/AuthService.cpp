#include "server/AuthService.h"

#include "server/Clock.h"
#include "server/EmailAddress.h"
#include "server/HttpJson.h"
#include "server/Log.h"
#include "server/PartyStore.h"
#include "server/SignInMail.h"
#include "server/Ulid.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace omk::server {

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr const char* kAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 6;

// A display name as rooms show it: no control or format characters, one line, 64 at most.
QString cleanName(const QString& raw) {
    QString out;
    for (const QChar c : raw)
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            out.append(c);
    return out.simplified().left(64);
}

QString displayName(const Account& a) {
    const QString name = cleanName(a.name);
    if (!name.isEmpty()) return name;
    return a.email.section(u'@', 0, 0).left(64);
}

}  // namespace

AuthService::AuthService(const ServerConfig& config, const Jwt& jwt, AccountStore& accounts,
                         QString eventName, QObject* parent)
    : QObject(parent),
      m_config(config),
      m_jwt(jwt),
      m_accounts(accounts),
      m_eventName(std::move(eventName)),
      m_perClient(config.authBurst, config.authPerSecond),
      m_perAddress(config.mailBurst, config.mailPerSecond) {
    m_mailPool.setMaxThreadCount(4);
    initMailer();
    if (!config.oidcIssuer.isEmpty())
        m_oidc =
            new OidcVerifier(config.oidcIssuer, config.oidcClientId, config.oidcRefetchGapMs, this);
    if (!config.smtpUrl.isEmpty() && config.publicUrl.isEmpty())
        qCWarning(lcServer).noquote() << logLine(
            "config_warning",
            {{"reason", QStringLiteral("smtp_url is set but public_url is not: sign-in links will "
                                       "point at 127.0.0.1, which only this machine reaches")}});
}

AuthService::~AuthService() {
    m_mailPool.waitForDone();
}

void AuthService::addRoutes(HttpApi& http) {
    http.addPostRoute(
        QStringLiteral("/auth/email"),
        [this](const PostRequest& r, HttpApi::Reply reply) { requestCode(r, reply); });
    http.addPostRoute(
        QStringLiteral("/auth/code"),
        [this](const PostRequest& r, HttpApi::Reply reply) { exchangeCode(r, reply); });
    http.addPostRoute(QStringLiteral("/auth/refresh"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { refresh(r, reply); });
    http.addPostRoute(QStringLiteral("/auth/logout"),
                      [this](const PostRequest& r, HttpApi::Reply reply) { logout(r, reply); });
    http.addPostRoute(
        QStringLiteral("/auth/oidc"),
        [this](const PostRequest& r, HttpApi::Reply reply) { signInWithIdToken(r, reply); });
    http.addRoute(QStringLiteral("/auth/config"), [this](const QHttpServerRequest&) {
        HttpResponse r;
        r.body = QJsonDocument(publicConfig()).toJson(QJsonDocument::Compact);
        return r;
    });
}

QJsonObject AuthService::publicConfig() const {
    QJsonObject o{
        {QStringLiteral("registration"),
         m_config.registration == ServerConfig::Registration::Registered
             ? QStringLiteral("registered")
             : QStringLiteral("open")},
        {QStringLiteral("email"), !m_config.smtpUrl.isEmpty()},
        {QStringLiteral("guests"), m_config.registration == ServerConfig::Registration::Open}};
    if (m_oidc)
        o.insert(QStringLiteral("oidc"),
                 QJsonObject{{QStringLiteral("issuer"), m_oidc->issuer()},
                             {QStringLiteral("client_id"), m_oidc->clientId()},
                             {QStringLiteral("name"), m_config.oidcName.isEmpty()
                                                          ? QUrl(m_oidc->issuer()).host()
                                                          : m_config.oidcName}});
    else
        o.insert(QStringLiteral("oidc"), QJsonValue::Null);
    return o;
}

void AuthService::signInWithIdToken(const PostRequest& r, HttpApi::Reply reply) {
    const auto body = bodyObject(r, reply);
    if (!body) return;
    const auto token = stringField(*body, "id_token", reply, 8000);
    if (!token) return;
    const auto nonce = stringField(*body, "nonce", reply, 256);
    if (!nonce) return;
    if (limited(r, QString(), reply)) return;
    if (!m_oidc) {
        reply(errorResponse(
            Status::NotImplemented, "oidc_not_configured",
            QStringLiteral("this server has no identity provider (oidc_issuer is not set)")));
        return;
    }
    QPointer<AuthService> self(this);
    m_oidc->verify(*token, *nonce, [self, reply](const OidcResult& result) {
        if (!self) return;
        if (!result.claims) {
            if (result.code == QLatin1String("oidc_unavailable")) {
                reply(
                    errorResponse(Status::ServiceUnavailable, "oidc_unavailable", result.message));
                return;
            }
            qCInfo(lcServer).noquote() << logLine("id_token_refused", {{"reason", result.message}});
            reply(errorResponse(Status::Unauthorized, "id_token_invalid", result.message));
            return;
        }
        self->finishOidc(*result.claims, reply);
    });
}

void AuthService::finishOidc(const IdClaims& claims, HttpApi::Reply reply) {
    auto email = normaliseEmail(claims.email);
    if (!email || !claims.emailVerified) {
        reply(errorResponse(
            Status::Forbidden, "email_unverified",
            QStringLiteral("the identity provider did not give a verified e-mail address")));
        return;
    }
    auto existing = m_accounts.byEmail(*email);
    if (!existing) return replyStorageFailed(reply, existing.error().message);
    if (m_config.registration == ServerConfig::Registration::Registered &&
        (!*existing ||
         (!(*existing)->registered && !PartyStore::hasEventRole((*existing)->roles)))) {
        reply(errorResponse(Status::Forbidden, "registration_required",
                            QStringLiteral("%1 is not registered for this event").arg(*email)));
        return;
    }
    signIn(*email, *existing ? QString() : cleanName(claims.name), "oidc", reply);
}

void AuthService::signIn(const QString& email, const QString& name, const char* via,
                         HttpApi::Reply& reply) {
    auto account = m_accounts.ensure(email, name, QString(), wallMs());
    if (!account) return replyStorageFailed(reply, account.error().message);
    if (account->disabled) {
        reply(errorResponse(Status::Forbidden, "account_disabled",
                            QStringLiteral("this account is disabled; ask the organizers")));
        return;
    }
    auto tokens = issueTokens(*account, randomId(16));
    if (!tokens) return replyStorageFailed(reply, tokens.error().message);
    qCInfo(lcServer).noquote() << logLine("account_signed_in",
                                          {{"account", account->id}, {"via", QLatin1String(via)}});
    reply(jsonResponse(Status::Ok, *tokens));
}

void AuthService::replyStorageFailed(HttpApi::Reply& reply, const QString& why) {
    reply(storageFailed("auth_store", why));
}

QString AuthService::makeCode() {
    QString code;
    for (int i = 0; i < kCodeLength; ++i)
        code.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

QString AuthService::normaliseCode(const QString& typed) {
    QString out;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace()) continue;
        out.append(c.toUpper());
    }
    return out.left(32);
}

MailSettings AuthService::mailSettings() const {
    MailSettings s;
    s.smtpUrl = m_config.smtpUrl;
    s.user = m_config.smtpUser;
    s.password = m_config.smtpPassword;
    s.from = m_config.mailFrom;
    s.timeoutMs = m_config.smtpTimeoutMs;
    return s;
}

QString AuthService::signInLink(const QString& email, const QString& code) const {
    QUrl base(m_config.publicUrl);
    QUrl link;
    link.setScheme(QStringLiteral("omnikast"));
    link.setHost(base.host().isEmpty() ? QStringLiteral("127.0.0.1") : base.host());
    // Only a port the address names; the default one is left out, as a browser would.
    if (base.port() > 0) link.setPort(base.port());
    link.setPath(QStringLiteral("/signin"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    q.addQueryItem(QStringLiteral("code"), code);
    link.setQuery(q);
    return link.toString(QUrl::FullyEncoded);
}

bool AuthService::limited(const PostRequest& r, const QString& email, HttpApi::Reply& reply) {
    qint64 retryMs = 0;
    const qint64 now = steadyMs();
    const bool clientOk = m_perClient.take(r.peer.toString(), now, &retryMs);
    const bool addressOk = clientOk && (email.isEmpty() || m_perAddress.take(email, now, &retryMs));
    if (clientOk && addressOk) return false;
    HttpResponse h = errorResponse(
        Status::TooManyRequests, "rate_limited",
        QStringLiteral("too many sign-in requests; try again in %1 s").arg((retryMs + 999) / 1000));
    h.headers.append(
        {QByteArrayLiteral("Retry-After"), QByteArray::number((retryMs + 999) / 1000)});
    reply(h);
    return true;
}

void AuthService::requestCode(const PostRequest& r, HttpApi::Reply reply) {
    const auto body = bodyObject(r, reply);
    if (!body) return;
    const auto raw = stringField(*body, "email", reply, 320);
    if (!raw) return;
    const auto email = normaliseEmail(*raw);
    if (!email) {
        reply(errorResponse(Status::BadRequest, "bad_email", email.error().message));
        return;
    }
    if (limited(r, *email, reply)) return;
    if (m_config.smtpUrl.isEmpty()) {
        reply(errorResponse(Status::ServiceUnavailable, "mail_unavailable",
                            QStringLiteral("this server sends no mail (smtp_url is not set)")));
        return;
    }
    auto account = m_accounts.byEmail(*email);
    if (!account) return replyStorageFailed(reply, account.error().message);
    const bool open = m_config.registration == ServerConfig::Registration::Open;
    const bool due = *account ? (!(*account)->disabled && (open || (*account)->registered)) : open;
    const QString lang =
        mailLanguage(body->value(QStringLiteral("lang")).toString(),
                     r.acceptLanguage.isEmpty() && *account ? (*account)->lang : r.acceptLanguage);

    MailMessage mail;
    if (due) {
        const QString code = makeCode();
        auto stored = m_accounts.putCode(*email, code, wallMs() + m_config.codeTtlS * 1000);
        if (!stored) return replyStorageFailed(reply, stored.error().message);
        SignInMailFacts f;
        f.to = *email;
        f.lang = lang;
        f.eventName = m_eventName;
        f.code = code.left(3) + u'-' + code.mid(3);
        f.link = signInLink(*email, code);
        f.minutes = int((m_config.codeTtlS + 59) / 60);
        mail = signInMail(f);
    }
    // A slow relay must not pile up answers: past a few dozen mails in flight every address
    // gets the same 503, so the cap tells nothing about any of them.
    if (m_mailsInFlight >= kMaxMailsInFlight) {
        qCWarning(lcServer).noquote()
            << logLine("mail_queue_full", {{"in_flight", QString::number(m_mailsInFlight)}});
        reply(errorResponse(
            Status::ServiceUnavailable, "mail_unavailable",
            QStringLiteral("too many sign-in mails are waiting to leave; try again in a minute")));
        return;
    }
    ++m_mailsInFlight;
    const MailSettings settings = mailSettings();
    QPointer<AuthService> self(this);
    const qint64 ttl = m_config.codeTtlS;
    m_mailPool.start([self, settings, mail, due, reply, ttl] {
        const auto sent = due ? sendMail(settings, mail) : probeMailServer(settings);
        QString failure = sent ? QString() : sent.error().message;
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, reply, failure, ttl, due] {
                --self->m_mailsInFlight;
                if (!failure.isEmpty()) {
                    qCWarning(lcServer).noquote() << logLine(
                        due ? "mail_failed" : "mail_probe_failed", {{"reason", failure}});
                    reply(
                        errorResponse(Status::ServiceUnavailable, "mail_unavailable",
                                      QStringLiteral("the mail server cannot be reached; try again "
                                                     "later")));
                    return;
                }
                reply(jsonResponse(Status::Accepted,
                                   QJsonObject{{QStringLiteral("expires_in"), ttl}}));
            },
            Qt::QueuedConnection);
    });
}

omk::Expected<QJsonObject> AuthService::issueTokens(const Account& a, const QString& family) {
    const qint64 nowS = wallMs() / 1000;
    TokenClaims c;
    c.subject = a.id;
    c.name = displayName(a);
    c.role = a.roles.value(QStringLiteral("*"), protocol::Role::Attendee);
    c.room = QStringLiteral("*");
    c.issuedAt = nowS;
    c.expiresAt = nowS + m_config.accessTokenTtlS;
    auto access = m_jwt.sign(c);
    if (!access) return access.unexpected();
    const QString refreshToken = QStringLiteral("okr_") + randomId(32);
    auto stored = m_accounts.putRefresh(refreshToken, a.id, family,
                                        wallMs() + m_config.refreshTokenTtlS * 1000);
    if (!stored) return stored.unexpected();
    (void)m_accounts.touch(a.id, wallMs());
    QJsonObject roles;
    for (auto it = a.roles.constBegin(); it != a.roles.constEnd(); ++it)
        roles.insert(it.key(), protocol::roleName(it.value()));
    return QJsonObject{{QStringLiteral("access_token"), *access},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_config.accessTokenTtlS},
                       {QStringLiteral("refresh_token"), refreshToken},
                       {QStringLiteral("refresh_expires_in"), m_config.refreshTokenTtlS},
                       {QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), a.id},
                                                               {QStringLiteral("email"), a.email},
                                                               {QStringLiteral("name"), c.name},
                                                               {QStringLiteral("roles"), roles}}}};
}

void AuthService::exchangeCode(const PostRequest& r, HttpApi::Reply reply) {
    const auto body = bodyObject(r, reply);
    if (!body) return;
    const auto raw = stringField(*body, "email", reply, 320);
    if (!raw) return;
    const auto typed = stringField(*body, "code", reply, 64);
    if (!typed) return;
    const auto email = normaliseEmail(*raw);
    if (!email) {
        reply(errorResponse(Status::BadRequest, "bad_email", email.error().message));
        return;
    }
    if (limited(r, QString(), reply)) return;
    const auto check =
        m_accounts.checkCode(*email, normaliseCode(*typed), wallMs(), m_config.codeTries);
    if (!check) return replyStorageFailed(reply, check.error().message);
    if (check->result != CodeCheck::Result::Accepted) {
        qCInfo(lcServer).noquote() << logLine(
            "code_refused",
            {{"peer", r.peer.toString()},
             {"why", check->result == CodeCheck::Result::Locked    ? QStringLiteral("locked")
                     : check->result == CodeCheck::Result::Expired ? QStringLiteral("expired")
                     : check->result == CodeCheck::Result::Wrong   ? QStringLiteral("wrong")
                                                                   : QStringLiteral("none")}});
        // One answer for wrong, expired, locked and never-sent: it tells an attacker nothing.
        reply(errorResponse(Status::Unauthorized, "code_invalid",
                            QStringLiteral("wrong or expired code; ask for a new one")));
        return;
    }
    signIn(*email, cleanName(body->value(QStringLiteral("name")).toString()), "email", reply);
}

void AuthService::refresh(const PostRequest& r, HttpApi::Reply reply) {
    const auto body = bodyObject(r, reply);
    if (!body) return;
    const auto token = stringField(*body, "refresh_token", reply, 256);
    if (!token) return;
    if (limited(r, QString(), reply)) return;
    // Spending the old token and storing the new one commit together: a storage failure leaves
    // the old token good (503, try again), never a family revoked for a reuse that was not one.
    enum class Outcome { Tokens, Reused, Invalid, Disabled } outcome = Outcome::Invalid;
    QJsonObject tokens;
    QString accountId;
    const auto done = m_accounts.inTransaction([&]() -> omk::Expected<void> {
        auto use = m_accounts.useRefresh(*token, wallMs());
        if (!use) return use.unexpected();
        accountId = use->accountId;
        if (use->result == RefreshUse::Result::Reused) {
            outcome = Outcome::Reused;  // the family's revocation commits
            return {};
        }
        if (use->result != RefreshUse::Result::Rotated) return {};
        auto account = m_accounts.byId(use->accountId);
        if (!account) return account.unexpected();
        if (!*account || (*account)->disabled) {
            outcome = Outcome::Disabled;
            return m_accounts.revokeFamilyOf(*token);
        }
        auto issued = issueTokens(**account, use->family);
        if (!issued) return issued.unexpected();
        tokens = *issued;
        outcome = Outcome::Tokens;
        return {};
    });
    if (!done) return replyStorageFailed(reply, done.error().message);
    switch (outcome) {
        case Outcome::Tokens:
            reply(jsonResponse(Status::Ok, tokens));
            return;
        case Outcome::Reused:
            qCWarning(lcServer).noquote() << logLine("refresh_reused", {{"account", accountId}});
            reply(errorResponse(
                Status::Unauthorized, "refresh_reused",
                QStringLiteral("this sign-in was used elsewhere and has been ended; sign in "
                               "again")));
            return;
        case Outcome::Disabled:
            reply(errorResponse(Status::Forbidden, "account_disabled",
                                QStringLiteral("this account is disabled; ask the organizers")));
            return;
        case Outcome::Invalid:
            break;
    }
    reply(errorResponse(Status::Unauthorized, "refresh_invalid",
                        QStringLiteral("signed out or expired; sign in again")));
}

void AuthService::logout(const PostRequest& r, HttpApi::Reply reply) {
    const auto body = bodyObject(r, reply);
    if (!body) return;
    const auto token = stringField(*body, "refresh_token", reply, 256);
    if (!token) return;
    if (limited(r, QString(), reply)) return;
    const auto revoked = m_accounts.revokeFamilyOf(*token);
    if (!revoked) return replyStorageFailed(reply, revoked.error().message);
    HttpResponse done;
    done.status = Status::NoContent;
    reply(done);
}

}  // namespace omk::server
