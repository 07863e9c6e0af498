#include "room/CredentialStore.h"

#include "room/SecretKeyring.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

#include <mutex>

namespace omk::room {

// What the worker thread owns: the file, whether the keyring answers, and the way back to the
// store (null once the store is gone, so nothing is posted to it after).
struct CredentialStore::Worker {
    explicit Worker(const QString& dir) : file(dir) {}

    CredentialFile file;
    std::optional<bool> keyringUsable;   // worker thread only
    bool keyringRefusedThisRun = false;  // it was there, and said no
    QObject* receiver = nullptr;         // lives on the worker thread
    std::mutex ownerMutex;
    CredentialStore* owner = nullptr;

    void answer(std::function<void(CredentialStore&)> fn) {
        std::lock_guard lock(ownerMutex);
        if (!owner) return;
        CredentialStore* o = owner;
        QMetaObject::invokeMethod(
            o, [o, fn = std::move(fn)] { fn(*o); }, Qt::QueuedConnection);
    }

    void report(Keeping k, const QString& whyNot) {
        answer([k, whyNot](CredentialStore& s) {
            if (s.m_keeping == k && s.m_whyNot == whyNot) return;
            s.m_keeping = k;
            s.m_whyNot = whyNot;
            emit s.keepingChanged();
        });
    }

    bool keyring() {
        if (!keyringUsable) {
            const auto r = keyring::reachable();
            keyringUsable = r.has_value();
            report(r ? Keeping::Keyring : Keeping::File, r ? QString() : r.error().message);
        }
        return *keyringUsable;
    }

    // The keyring refused (locked, the person said no): the file for the rest of this run, so
    // its unlock dialog does not come back at every renewal.
    void keyringRefused(const omk::Error& e) {
        keyringUsable = false;
        keyringRefusedThisRun = true;
        report(Keeping::File, e.message);
    }

    static QString label(const QString& server, const StoredCredential& c) {
        return QCoreApplication::translate("CredentialStore", "Omnikast sign-in to %1 (%2)")
            .arg(server, c.email.isEmpty() ? c.accountId : c.email);
    }

    static QByteArray secret(const StoredCredential& c) {
        return QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
    }

    // What the keyring holds for the server: nullopt when nothing (or it cannot be read).
    std::optional<StoredCredential> fromKeyring(const QString& server) {
        if (!keyring()) return std::nullopt;
        const auto found = keyring::lookup(server);
        if (!found) {
            keyringRefused(found.error());
            return std::nullopt;
        }
        if (!*found) return std::nullopt;
        return StoredCredential::fromJson(QJsonDocument::fromJson(**found).object());
    }

    // The file speaks first: it holds a sign-in only where the keyring was not there or refused
    // the newest one (so the keyring's may be older, already spent), or a sign-out the keyring
    // could not carry out.
    std::optional<StoredCredential> load(const QString& server) {
        if (file.signedOut(server)) {
            if (keyring() && clearKeyring(server)) (void)file.remove(server);
            return std::nullopt;
        }
        if (auto inFile = file.load(server)) {
            // It moves into the keyring where one takes it.
            if (keyring()) {
                const auto stored = keyring::store(server, label(server, *inFile), secret(*inFile));
                if (stored)
                    (void)file.remove(server);
                else
                    keyringRefused(stored.error());
            }
            return inFile;
        }
        return fromKeyring(server);
    }

    QString save(const QString& server, const StoredCredential& c) {
        if (keyring()) {
            const auto stored = keyring::store(server, label(server, c), secret(c));
            if (stored) {
                (void)file.remove(server);
                report(Keeping::Keyring, {});
                return {};
            }
            keyringRefused(stored.error());
        }
        return file.save(server, c) ? QString() : file.error();
    }

    bool clearKeyring(const QString& server) {
        const auto cleared = keyring::clear(server);
        if (!cleared) keyringRefused(cleared.error());
        return cleared.has_value();
    }

    void remove(const QString& server) {
        // Where the keyring cannot forget it now (it refused, in this run or now), the file says
        // it was signed out, so the keyring's copy does not sign in at the next start.
        if (keyring()) (void)clearKeyring(server);
        if (keyringRefusedThisRun)
            (void)file.markSignedOut(server);
        else
            (void)file.remove(server);
    }
};

CredentialStore::CredentialStore(QString dir, QObject* parent)
    : QObject(parent), m_worker(std::make_shared<Worker>(dir)) {
    m_filePath = m_worker->file.path();
    m_worker->owner = this;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("omnikast-credentials"));
    m_worker->receiver = new QObject;
    m_worker->receiver->moveToThread(m_thread);
    m_thread->start();
    // Learn at once where sign-ins go, for the sign-in box.
    run([](Worker& w) { (void)w.keyring(); });
}

CredentialStore::~CredentialStore() {
    QThread* thread = m_thread;
    run([thread](Worker&) { thread->quit(); });
    const bool finished = m_thread->wait(QDeadlineTimer(10000));
    {
        std::lock_guard lock(m_worker->ownerMutex);
        m_worker->owner = nullptr;
    }
    if (finished) {
        delete m_worker->receiver;
        delete m_thread;
    }
    // Otherwise the keyring is still asking the person something: the thread ends with the
    // process, and posts nothing here.
}

void CredentialStore::run(std::function<void(Worker&)> job) {
    QMetaObject::invokeMethod(
        m_worker->receiver, [w = m_worker, job = std::move(job)] { job(*w); },
        Qt::QueuedConnection);
}

void CredentialStore::load(const QString& server, Loaded done) {
    run([server, done = std::move(done)](Worker& w) {
        const auto c = w.load(server);
        w.answer([done, c](CredentialStore&) {
            if (done) done(c);
        });
    });
}

void CredentialStore::save(const QString& server, const StoredCredential& c, Saved done) {
    run([server, c, done = std::move(done)](Worker& w) {
        const QString error = w.save(server, c);
        w.answer([done, error](CredentialStore&) {
            if (done) done(error);
        });
    });
}

void CredentialStore::replace(const QString& server, const StoredCredential& c) {
    run([server, c](Worker& w) {
        if (w.file.signedOut(server)) return;
        if (w.file.load(server) || w.fromKeyring(server)) (void)w.save(server, c);
    });
}

void CredentialStore::remove(const QString& server) {
    run([server](Worker& w) { w.remove(server); });
}

}  // namespace omk::room
