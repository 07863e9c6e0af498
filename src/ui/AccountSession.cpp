#include "ui/AccountSession.h"

#include "ui/BrowserOpener.h"
#include "ui/DeepLink.h"

#include <QDir>

#include <algorithm>

namespace omk::ui {

void AccountSession::setBrowserOpener(room::OidcLogin::Opener opener) {
    ui::setBrowserOpener(std::move(opener));
}

AccountSession::AccountSession(QObject* parent) : QObject(parent), m_client(this) {
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &AccountSession::refreshNow);
    connect(&m_store, &room::CredentialStore::keepingChanged, this,
            &AccountSession::storageNoteChanged);
}

bool AccountSession::busy() const {
    return m_state == QLatin1String("sendingCode") || m_state == QLatin1String("verifying") ||
           m_state == QLatin1String("restoring") || m_state == QLatin1String("inBrowser") ||
           m_state == QLatin1String("checkingToken");
}

QString AccountSession::storageNote() const {
    const QString file = QDir::toNativeSeparators(m_store.filePath());
    switch (m_store.keeping()) {
        case room::CredentialStore::Keeping::Keyring:
            return tr("Your sign-in is kept in the system keyring.");
        case room::CredentialStore::Keeping::File:
            return tr("Your sign-in is kept in %1, readable only by you (not in the system "
                      "keyring: "
                      "%2).")
                .arg(file, m_store.keyringWhyNot());
        case room::CredentialStore::Keeping::Unknown:
            break;
    }
    return tr("Your sign-in is kept in the system keyring where there is one, otherwise in %1, "
              "readable only by you.")
        .arg(file);
}

void AccountSession::setLanguage(const QString& lang) {
    if (lang == m_language) return;
    m_language = lang;
    emit languageChanged();
}

void AccountSession::setBoxOpen(bool open) {
    if (open == m_boxOpen) return;
    m_boxOpen = open;
    emit boxOpenChanged();
}

QString AccountSession::serverKey() const {
    return m_client.httpBase().authority();
}

void AccountSession::setState(const QString& s) {
    if (s == m_state) return;
    m_state = s;
    emit stateChanged();
}

void AccountSession::say(const QString& text, bool error) {
    m_message = text;
    m_messageIsError = error;
    emit messageChanged();
    if (error && !text.isEmpty()) emit errorOccurred(text);
}

void AccountSession::clearAccount() {
    m_refresh.stop();
    const bool tokenChanged = !m_accessToken.isEmpty();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accountId.clear();
    m_name.clear();
    emit accountChanged();
    if (tokenChanged) emit accessTokenChanged();
}

void AccountSession::setServerUrl(const QString& url) {
    if (url == m_serverUrl) return;
    m_serverUrl = url;
    ++m_generation;
    delete m_oidc;  // a browser sign-in for the old server ends here (its listener closes)
    m_oidc = nullptr;
    m_client.setServer(url);
    clearAccount();
    m_email.clear();
    say({}, false);
    emit serverUrlChanged();
    if (!m_client.hasServer()) {
        setState(QStringLiteral("unavailable"));
        return;
    }
    setState(QStringLiteral("signedOut"));
    m_config = room::AuthConfig{};
    emit configChanged();
    fetchConfig();
    restore();  // then the pending link, if any
}

void AccountSession::fetchConfig() {
    const int gen = m_generation;
    m_client.fetchConfig([this, gen](const room::AuthConfig& c) {
        if (gen != m_generation) return;
        m_config = c;
        emit configChanged();
        // The server was away: ask again in 30 s, so its ways of signing in show up.
        if (!c.ok)
            QTimer::singleShot(30000, this, [this, gen] {
                if (gen == m_generation) fetchConfig();
            });
    });
}

void AccountSession::signInWithProvider() {
    if (!providerAvailable() || busy() || signedIn()) return;
    delete m_oidc;
    m_oidc = new room::OidcLogin(
        m_config.oidcIssuer, m_config.oidcClientId, browserOpener(),
        tr("Signed in. You can close this tab and go back to Omnikast."),
        tr("Signing in did not finish here. Go back to Omnikast to try again."), this);
    setState(QStringLiteral("inBrowser"));
    say(tr("Finish signing in with %1 in your web browser…").arg(m_config.oidcName), false);
    const int gen = m_generation;
    m_oidc->start([this, gen](const room::OidcOutcome& o) {
        if (gen != m_generation) return;
        if (!o.ok) {
            setState(QStringLiteral("signedOut"));
            if (o.errorCode == QLatin1String("cancelled"))
                say(tr("Signing in was cancelled."), false);
            else if (o.errorCode == QLatin1String("timeout"))
                say(tr("No answer came back from the browser. Try again."), true);
            else if (o.errorCode == QLatin1String("network"))
                say(tr("Cannot reach %1. Check the connection and try again.")
                        .arg(m_config.oidcName),
                    true);
            else if (o.errorCode == QLatin1String("browser"))
                say(tr("Cannot open the sign-in page: %1").arg(o.message), true);
            else
                say(tr("%1 did not sign you in: %2").arg(m_config.oidcName, o.message), true);
            takePendingLink();
            return;
        }
        setState(QStringLiteral("checkingToken"));
        say(tr("Checking the sign-in…"), false);
        m_client.signInWithIdToken(o.idToken, o.nonce, [this, gen](const room::AuthReply& r) {
            if (gen != m_generation) return;
            if (!r.ok) {
                setState(QStringLiteral("signedOut"));
                takePendingLink();
                if (r.errorCode == QLatin1String("email_unverified"))
                    say(tr("%1 did not confirm your e-mail address, so this event cannot tell who "
                           "you are. Use the e-mail sign-in instead.")
                            .arg(m_config.oidcName),
                        true);
                else if (r.errorCode == QLatin1String("registration_required"))
                    say(tr("Your address is not registered for this event."), true);
                else
                    fail(r);
                return;
            }
            signedInWith(r.tokens);
        });
    });
}

void AccountSession::cancelProvider() {
    if (m_oidc && m_state == QLatin1String("inBrowser")) m_oidc->cancel();
}

void AccountSession::takePendingLink() {
    if (m_pendingLinkCode.isEmpty()) return;
    // The link wins over a kept sign-in: it is what the person just clicked.
    const QString code = m_pendingLinkCode;
    m_pendingLinkCode.clear();
    if (m_state == QLatin1String("signedIn")) {
        m_store.remove(serverKey());
        clearAccount();
        setState(QStringLiteral("signedOut"));
    }
    m_email = m_pendingLinkEmail;
    emit accountChanged();
    submitCode(code);
}

void AccountSession::fail(const room::AuthReply& r) {
    QString text;
    if (r.errorCode == QLatin1String("code_invalid"))
        text =
            tr("That code is wrong or has expired. Check the newest mail, or ask for a new code.");
    else if (r.errorCode == QLatin1String("rate_limited"))
        text = tr("Too many tries. Wait %n second(s) and try again.", nullptr,
                  std::max(1, r.retryAfterS));
    else if (r.errorCode == QLatin1String("mail_unavailable"))
        text =
            tr("The event's server cannot send mail right now. Try again in a few minutes, or "
               "tell the organizers.");
    else if (r.errorCode == QLatin1String("bad_email"))
        text = tr("That is not an e-mail address.");
    else if (r.errorCode == QLatin1String("account_disabled"))
        text = tr("This account is disabled. Ask the organizers.");
    else if (r.errorCode == QLatin1String("refresh_reused"))
        text =
            tr("You were signed out because this sign-in was used on another device. Sign in "
               "again.");
    else if (r.errorCode == QLatin1String("refresh_invalid"))
        text = tr("Your sign-in has ended. Sign in again.");
    else if (r.errorCode == QLatin1String("network"))
        text = tr("Cannot reach the event's server. Check the connection and try again.");
    else
        text = r.message.isEmpty() ? tr("Signing in failed (%1).").arg(r.errorCode) : r.message;
    say(text, true);
}

void AccountSession::requestCode(const QString& email) {
    const QString e = email.trimmed();
    if (!m_client.hasServer() || busy()) return;
    if (e.isEmpty() || !e.contains(u'@')) {
        say(tr("Type the e-mail address you registered with."), true);
        return;
    }
    m_email = e;
    emit accountChanged();
    setState(QStringLiteral("sendingCode"));
    say(tr("Sending a code to %1…").arg(e), false);
    const int gen = m_generation;
    m_client.requestCode(e, m_language, [this, gen, e](const room::AuthReply& r) {
        if (gen != m_generation) return;
        if (!r.ok) {
            setState(QStringLiteral("signedOut"));
            fail(r);
            return;
        }
        setState(QStringLiteral("codeSent"));
        say(tr("If %1 may sign in to this event, a code is on its way. Type it here, or open the "
               "link in the mail.")
                .arg(e),
            false);
    });
}

void AccountSession::submitCode(const QString& code) {
    if (!m_client.hasServer() || busy() || m_email.isEmpty()) return;
    if (code.trimmed().isEmpty()) {
        say(tr("Type the code from the mail."), true);
        return;
    }
    setState(QStringLiteral("verifying"));
    say(tr("Checking the code…"), false);
    const int gen = m_generation;
    m_client.exchangeCode(m_email, code.trimmed(), QString(),
                          [this, gen](const room::AuthReply& r) {
                              if (gen != m_generation) return;
                              if (!r.ok) {
                                  setState(QStringLiteral("codeSent"));
                                  fail(r);
                                  return;
                              }
                              signedInWith(r.tokens);
                          });
}

void AccountSession::startOver() {
    if (busy()) return;
    setState(m_client.hasServer() ? QStringLiteral("signedOut") : QStringLiteral("unavailable"));
    say({}, false);
}

void AccountSession::signedInWith(const room::AuthTokens& t) {
    m_accessToken = t.accessToken;
    m_refreshToken = t.refreshToken;
    m_accountId = t.accountId;
    if (!t.email.isEmpty()) m_email = t.email;
    m_name = t.name;
    emit accountChanged();
    emit accessTokenChanged();
    setState(QStringLiteral("signedIn"));
    say(tr("Signed in as %1.").arg(m_name.isEmpty() ? m_email : m_name), false);
    const int gen = m_generation;
    m_store.save(
        serverKey(), room::StoredCredential{m_email, m_name, m_accountId, m_refreshToken},
        [this, gen](const QString& error) {
            if (gen != m_generation || error.isEmpty()) return;
            say(tr("Signed in, but the sign-in cannot be kept for next time: %1").arg(error), true);
        });
    // Rotate well before the access token runs out (at 80%), never sooner than 10 s.
    const qint64 ms = std::max<qint64>(10, t.expiresInS * 8 / 10) * 1000;
    m_refresh.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

void AccountSession::restore() {
    // The keyring may take a moment (or ask to be unlocked): busy until it answers.
    setState(QStringLiteral("restoring"));
    const int gen = m_generation;
    m_store.load(serverKey(), [this, gen](std::optional<room::StoredCredential> stored) {
        if (gen != m_generation) return;
        if (!stored) {
            setState(QStringLiteral("signedOut"));
            takePendingLink();
            return;
        }
        m_email = stored->email;
        m_name = stored->name;
        m_accountId = stored->accountId;
        m_refreshToken = stored->refreshToken;
        emit accountChanged();
        refreshNow();
    });
}

void AccountSession::refreshNow() {
    if (m_refreshToken.isEmpty()) return;
    const int gen = m_generation;
    const QString key = serverKey();
    m_client.refresh(m_refreshToken, [this, gen, key](const room::AuthReply& r) {
        if (gen != m_generation) {
            // Another server (or a sign-out) came first. The old token is spent now: keep the
            // new one under its server, or the next start would look like a reuse.
            if (r.ok)
                m_store.replace(
                    key, room::StoredCredential{r.tokens.email, r.tokens.name, r.tokens.accountId,
                                                r.tokens.refreshToken});
            return;
        }
        if (r.ok) {
            signedInWith(r.tokens);
            takePendingLink();
            return;
        }
        if (r.errorCode == QLatin1String("network") || r.errorCode == QLatin1String("storage")) {
            // The server is away for now: keep the sign-in and ask again in 30 s.
            if (m_state == QLatin1String("restoring")) setState(QStringLiteral("signedOut"));
            say(tr("Cannot reach the event's server to renew your sign-in; trying again."), true);
            m_refresh.start(30000);
            takePendingLink();
            return;
        }
        m_store.remove(serverKey());
        clearAccount();
        setState(QStringLiteral("signedOut"));
        fail(r);
        takePendingLink();
    });
}

void AccountSession::signOut() {
    ++m_generation;  // a renewal still on its way must not sign back in
    const QString token = m_refreshToken;
    m_store.remove(serverKey());
    clearAccount();
    setState(m_client.hasServer() ? QStringLiteral("signedOut") : QStringLiteral("unavailable"));
    say(tr("Signed out."), false);
    if (!token.isEmpty()) m_client.logout(token, [](const room::AuthReply&) {});
}

bool AccountSession::useLink(const QString& link) {
    auto parsed = parseDeepLink(link);
    if (!parsed || !parsed->isSignIn()) {
        say(tr("That is not a sign-in link: %1")
                .arg(parsed ? tr("it opens a channel") : parsed.error().message),
            true);
        return false;
    }
    const QUrl catalog(parsed->catalogUrl);
    const QUrl server = m_client.httpBase();
    if (m_client.hasServer() &&
        (catalog.host() != server.host() || catalog.port(80) != server.port(80))) {
        say(tr("This sign-in link is for %1, not for this event's server (%2).")
                .arg(catalog.authority(), serverKey()),
            true);
        return false;
    }
    // Taken as soon as the event's server is known and a kept sign-in has been renewed.
    m_pendingLinkEmail = parsed->signInEmail;
    m_pendingLinkCode = parsed->signInCode;
    if (m_client.hasServer() && !busy()) takePendingLink();
    return true;
}

}  // namespace omk::ui
