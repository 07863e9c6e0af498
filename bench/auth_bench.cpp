// What a token costs a `hello` (docs/AUTH.md, docs/PERFORMANCE.md "Sign-in"): the HS256 check
// of the token alone, and with the account's row and roles read from the store (SQLite, the
// default; as ClientSession does for accounts). Each operation is timed on its own so the
// counters give its p50 and p99, not only the mean.
#include "server/AccountStore.h"
#include "server/Jwt.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

using namespace omk::server;

const QByteArray kSecret = QByteArrayLiteral("bench-secret-bench-secret-bench-secret-01");

QString tokenFor(const QString& subject) {
    TokenClaims c;
    c.subject = subject;
    c.name = QStringLiteral("Bench");
    c.issuedAt = QDateTime::currentSecsSinceEpoch();
    c.expiresAt = c.issuedAt + 3600;
    return *Jwt(kSecret).sign(c);
}

template <typename F>
void timed(benchmark::State& state, F&& op) {
    std::vector<double> us;
    us.reserve(200000);
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        op();
        us.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::sort(us.begin(), us.end());
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
}

void BM_VerifyHs256(benchmark::State& state) {
    const Jwt jwt(kSecret);
    const QString token = tokenFor(QStringLiteral("a_0123456789abcdef0123"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    timed(state, [&] { benchmark::DoNotOptimize(jwt.verify(token, now)); });
}
BENCHMARK(BM_VerifyHs256);

void BM_HelloAccount(benchmark::State& state) {
    QTemporaryDir dir;
    auto store = AccountStore::openSqlite(dir.filePath(QStringLiteral("bench.db")), kSecret);
    if (!store) {
        state.SkipWithError(store.error().message.toStdString().c_str());
        return;
    }
    // 10,000 accounts, a role on one room each.
    QList<QString> ids;
    (void)(*store)->inTransaction([&]() -> omk::Expected<void> {
        for (int i = 0; i < 10000; ++i) {
            auto a = (*store)->ensure(QStringLiteral("p%1@example.org").arg(i), {}, {}, 0);
            if (!a) return a.unexpected();
            (void)(*store)->setRole(a->id, QStringLiteral("room%1").arg(i % 50),
                                    omk::protocol::Role::Moderator);
            ids.append(a->id);
        }
        return {};
    });
    const Jwt jwt(kSecret);
    QList<QString> tokens;
    for (int i = 0; i < 100; ++i) tokens.append(tokenFor(ids[i * 97 % ids.size()]));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int i = 0;
    timed(state, [&] {
        const auto check = jwt.verify(tokens[i++ % tokens.size()], now);
        benchmark::DoNotOptimize((*store)->byId(check.claims->subject));
    });
}
BENCHMARK(BM_HelloAccount);

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
