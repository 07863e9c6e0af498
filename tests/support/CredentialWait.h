#pragma once
// Waiting for room::CredentialStore's answers in tests (its work runs on a thread of its own).
// The answers land in shared state, so an answer that comes after a timed-out wait writes
// nowhere stale.
#include "room/CredentialStore.h"

#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace omk::room::test {

inline std::optional<StoredCredential> loadNow(CredentialStore& store, const QString& server,
                                               int timeoutMs = 30000) {
    struct Answer {
        bool done = false;
        std::optional<StoredCredential> value;
    };
    auto answer = std::make_shared<Answer>();
    store.load(server, [answer](std::optional<StoredCredential> c) {
        answer->done = true;
        answer->value = std::move(c);
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answer->done; }, timeoutMs));
    return answer->value;
}

// The save's error: empty when kept; "not answered" after the wait ran out.
inline QString saveNow(CredentialStore& store, const QString& server, const StoredCredential& c,
                       int timeoutMs = 30000) {
    auto error = std::make_shared<std::optional<QString>>();
    store.save(server, c, [error](const QString& e) { *error = e; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return error->has_value(); }, timeoutMs));
    return error->value_or(QStringLiteral("not answered"));
}

}  // namespace omk::room::test
