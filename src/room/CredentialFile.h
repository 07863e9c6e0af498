#pragma once
// The sign-ins kept in a file, where no system keyring is there to keep them: per room server
// (host:port), the account's e-mail, name, id and refresh token, in
// $XDG_DATA_HOME/omnikast/credentials.json, readable only by its user (mode 0600 before a byte is
// written) and rewritten whole (never half a file). Blocking file calls.
// Threading: one thread at a time (CredentialStore's worker).

#include <QJsonObject>
#include <QString>

#include <optional>

namespace omk::room {

struct StoredCredential {
    QString email;
    QString name;
    QString accountId;
    QString refreshToken;

    // The form kept (in the file, or as the keyring's secret); nullopt without a refresh token.
    QJsonObject toJson() const;
    static std::optional<StoredCredential> fromJson(const QJsonObject& o);
};

class CredentialFile {
public:
    // dir: where the file lives; empty: $XDG_DATA_HOME/omnikast.
    explicit CredentialFile(QString dir = {});

    std::optional<StoredCredential> load(const QString& server) const;
    // Returns false (and error() says why) when the file cannot be written.
    bool save(const QString& server, const StoredCredential& c);
    // Forgets the server's sign-in; no file is made where none was kept.
    bool remove(const QString& server);
    // A sign-out the keyring could not carry out (locked): kept here so the next run does not
    // bring the sign-in back from the keyring; load() answers nothing for it.
    bool markSignedOut(const QString& server);
    bool signedOut(const QString& server) const;
    QString path() const { return m_path; }
    QString error() const { return m_error; }

private:
    bool write(const QJsonObject& all);

    QString m_path;
    QString m_error;
};

}  // namespace omk::room
