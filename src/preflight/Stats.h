#pragma once
// Percentiles of a sample set, as the reports print them (nearest rank, so a p99 is a value
// that was actually observed).

#include <QJsonObject>

#include <vector>

namespace omk::preflight {

struct Summary {
    qsizetype count = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

// Sorts `values` in place.
Summary summarize(std::vector<double>& values);
QJsonObject toJson(const Summary& s);

}  // namespace omk::preflight
