#pragma once
// The viewer's account on the event's server (docs/AUTH.md): the sign-in box's steps (address →
// mailed code → signed in), the sign-in link from the mail (omnikast://HOST:PORT/signin?…), the
// refresh token kept between runs (room/CredentialStore: the system keyring, or a file) and rotated
// before the access token runs out, and sign-out. RoomController takes accessToken as its token, so
// the room knows the account (its roles, its bans). Threading: GUI thread.

#include "room/AccountClient.h"
#include "room/CredentialStore.h"
#include "room/OidcLogin.h"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QTimer>

namespace omk::ui {

class AccountSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The room server (ws://HOST:PORT/ws); empty: no server, nothing to sign in to.
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    // unavailable, signedOut, sendingCode, codeSent, verifying (the code), inBrowser,
    // checkingToken (the provider's ID token), signedIn, restoring
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString email READ email NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)
    Q_PROPERTY(QString accessToken READ accessToken NOTIFY accessTokenChanged)
    // What the box says now: progress, or why the last step failed (messageIsError).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // Where the sign-in is kept (the system keyring, or a file and why), in a sentence.
    Q_PROPERTY(QString storageNote READ storageNote NOTIFY storageNoteChanged)
    // The mail's language (en, ja, es).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Whether the sign-in box is open (it shows the messages itself; otherwise the window's toast
    // does).
    Q_PROPERTY(bool boxOpen READ boxOpen WRITE setBoxOpen NOTIFY boxOpenChanged)
    // What the server offers (GET /auth/config): e-mail codes, its identity provider ("Sign in
    // with NAME"), whether only registered addresses may sign in.
    Q_PROPERTY(bool emailAvailable READ emailAvailable NOTIFY configChanged)
    Q_PROPERTY(bool providerAvailable READ providerAvailable NOTIFY configChanged)
    Q_PROPERTY(QString providerName READ providerName NOTIFY configChanged)
    Q_PROPERTY(bool registeredOnly READ registeredOnly NOTIFY configChanged)

public:
    explicit AccountSession(QObject* parent = nullptr);

    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    QString state() const { return m_state; }
    bool signedIn() const { return m_state == QLatin1String("signedIn"); }
    bool busy() const;
    QString email() const { return m_email; }
    QString displayName() const { return m_name; }
    QString accountId() const { return m_accountId; }
    QString accessToken() const { return m_accessToken; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString storageNote() const;
    QString language() const { return m_language; }
    void setLanguage(const QString& lang);
    bool boxOpen() const { return m_boxOpen; }
    void setBoxOpen(bool open);
    bool emailAvailable() const { return m_config.email || !m_config.ok; }
    bool providerAvailable() const { return !m_config.oidcIssuer.isEmpty(); }
    QString providerName() const { return m_config.oidcName; }
    bool registeredOnly() const { return m_config.registeredOnly; }

    // Opens the provider's sign-in in the system browser (QDesktopServices by default; tests
    // put a scripted browser here).
    static void setBrowserOpener(room::OidcLogin::Opener opener);

    Q_INVOKABLE void requestCode(const QString& email);
    Q_INVOKABLE void submitCode(const QString& code);
    // Back to the address step (another address, or no mail came).
    Q_INVOKABLE void startOver();
    Q_INVOKABLE void signOut();
    // "Sign in with …": the provider's own sign-in in the browser, then back here signed in.
    Q_INVOKABLE void signInWithProvider();
    // Stops waiting for the browser.
    Q_INVOKABLE void cancelProvider();
    // The mail's link, omnikast://HOST:PORT/signin?email=…&code=…; returns false (and says why)
    // when it is not one, or names another server.
    Q_INVOKABLE bool useLink(const QString& link);

signals:
    void serverUrlChanged();
    void stateChanged();
    void accountChanged();
    void accessTokenChanged();
    void messageChanged();
    void languageChanged();
    void boxOpenChanged();
    void configChanged();
    void storageNoteChanged();
    // The one error signal: a step failed, in words.
    void errorOccurred(const QString& message);

private:
    QString serverKey() const;
    void setState(const QString& s);
    void say(const QString& text, bool error);
    void fail(const room::AuthReply& r);
    void signedInWith(const room::AuthTokens& t);
    void restore();
    void refreshNow();
    void clearAccount();
    void takePendingLink();
    void fetchConfig();

    room::AccountClient m_client;
    room::AuthConfig m_config;
    room::OidcLogin* m_oidc = nullptr;
    room::CredentialStore m_store;
    QString m_serverUrl;
    QString m_state = QStringLiteral("unavailable");
    QString m_email, m_name, m_accountId, m_accessToken, m_refreshToken;
    QString m_message;
    bool m_messageIsError = false;
    QString m_language = QStringLiteral("en");
    bool m_boxOpen = false;
    QString m_pendingLinkEmail, m_pendingLinkCode;
    QTimer m_refresh;
    int m_generation = 0;  // answers for an old server are dropped
};

}  // namespace omk::ui
