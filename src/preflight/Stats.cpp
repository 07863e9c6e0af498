#include "preflight/Stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace omk::preflight {

namespace {

double rank(const std::vector<double>& sorted, double p) {
    const auto n = sorted.size();
    const auto i = std::size_t(std::ceil(p * double(n)));
    return sorted[std::clamp<std::size_t>(i, 1, n) - 1];
}

}  // namespace

Summary summarize(std::vector<double>& values) {
    Summary s;
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());
    s.count = qsizetype(values.size());
    s.p50 = rank(values, 0.50);
    s.p99 = rank(values, 0.99);
    s.max = values.back();
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    return s;
}

QJsonObject toJson(const Summary& s) {
    return {{QStringLiteral("count"), double(s.count)},
            {QStringLiteral("p50"), s.p50},
            {QStringLiteral("p99"), s.p99},
            {QStringLiteral("max"), s.max},
            {QStringLiteral("mean"), s.mean}};
}

}  // namespace omk::preflight
