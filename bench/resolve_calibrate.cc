// Fits the scorer's weights (config/resolution/matching.json "weights") by logistic regression
// on a labelled set from bench/resolve/gen_people.py: every candidate pair the blocking produces
// is scored for its features and labelled from truth.jsonl; Newton's method with a small ridge.
//
//   resolve_calibrate ENTITIES.jsonl TRUTH.jsonl [CONFIG_DIR]   > weights.json
//
// Fit on one seed, measure on another (docs/performance.md): the test set never trains.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "engine/match/batch_resolver.h"
#include "engine/match/record_input.h"
#include "engine/match/scorer.h"

using namespace ariadne;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: resolve_calibrate ENTITIES.jsonl TRUTH.jsonl [CONFIG_DIR]\n");
    return 2;
  }
  auto config = LoadMatchConfig(argc > 3 ? argv[3] : "config");
  if (!config) {
    std::fprintf(stderr, "%s\n", config.error().message.c_str());
    return 1;
  }
  std::unordered_map<std::string, std::string> identity;
  {
    std::ifstream t(argv[2]);
    std::string line;
    while (std::getline(t, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object()) identity[j["id"].get<std::string>()] = j["identity"].get<std::string>();
    }
  }
  std::vector<PreparedRecord> records;
  {
    std::ifstream in(argv[1]);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (auto mi = InputFromFtm(j, "")) records.push_back(Prepare(*mi));
    }
  }
  MatchConfig all = *config;
  all.review = 1e-9;  // every compared pair
  BatchResult r = ResolveBatch(records, all, 2);
  const size_t nf = MatchFeatureNames().size() + 1;  // + bias
  std::vector<std::vector<float>> x;
  std::vector<int> y;
  x.reserve(r.pairs.size());
  for (const ProposedPair& p : r.pairs) {
    MatchScore s = ScorePair(records[p.a], records[p.b], *config, static_cast<int>(p.name_frequency), false);
    std::vector<float> row(nf);
    row[0] = 1;
    for (size_t i = 0; i < s.features.size(); ++i) row[i + 1] = static_cast<float>(s.features[i]);
    x.push_back(std::move(row));
    y.push_back(identity[records[p.a].id] == identity[records[p.b].id] ? 1 : 0);
  }
  size_t positives = 0;
  for (int v : y) positives += v;
  std::fprintf(stderr, "records %zu, candidate pairs %zu, true %zu\n", records.size(), x.size(), positives);

  std::vector<double> w(nf, 0.0);
  w[0] = -3;
  const double ridge = 1.0;
  for (int iter = 0; iter < 25; ++iter) {
    std::vector<double> g(nf, 0.0);
    std::vector<std::vector<double>> h(nf, std::vector<double>(nf, 0.0));
    double loss = 0;
    for (size_t k = 0; k < x.size(); ++k) {
      double z = 0;
      for (size_t i = 0; i < nf; ++i) z += w[i] * x[k][i];
      const double p = 1 / (1 + std::exp(-z));
      loss -= y[k] ? std::log(std::max(p, 1e-12)) : std::log(std::max(1 - p, 1e-12));
      const double d = p - y[k], v = p * (1 - p);
      for (size_t i = 0; i < nf; ++i) {
        if (x[k][i] == 0) continue;
        g[i] += d * x[k][i];
        for (size_t j = 0; j < nf; ++j) h[i][j] += v * x[k][i] * x[k][j];
      }
    }
    for (size_t i = 1; i < nf; ++i) {
      g[i] += ridge * w[i];
      h[i][i] += ridge;
    }
    for (size_t i = 0; i < nf; ++i) h[i][i] += 1e-6;
    // Solve h * step = g (Gaussian elimination with partial pivoting).
    std::vector<double> step = g;
    for (size_t c = 0; c < nf; ++c) {
      size_t piv = c;
      for (size_t r2 = c + 1; r2 < nf; ++r2)
        if (std::abs(h[r2][c]) > std::abs(h[piv][c])) piv = r2;
      std::swap(h[c], h[piv]);
      std::swap(step[c], step[piv]);
      for (size_t r2 = c + 1; r2 < nf; ++r2) {
        const double f = h[r2][c] / h[c][c];
        for (size_t k = c; k < nf; ++k) h[r2][k] -= f * h[c][k];
        step[r2] -= f * step[c];
      }
    }
    for (size_t c = nf; c-- > 0;) {
      for (size_t k = c + 1; k < nf; ++k) step[c] -= h[c][k] * step[k];
      step[c] /= h[c][c];
    }
    // Damped Newton: halve the step until the penalised log-loss falls.
    auto penalised = [&](const std::vector<double>& v) {
      double l = 0;
      for (size_t k = 0; k < x.size(); ++k) {
        double z = 0;
        for (size_t i = 0; i < nf; ++i) z += v[i] * x[k][i];
        l += y[k] ? std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
      }
      for (size_t i = 1; i < nf; ++i) l += 0.5 * ridge * v[i] * v[i];
      return l;
    };
    double base = 0;
    for (size_t i = 1; i < nf; ++i) base += 0.5 * ridge * w[i] * w[i];
    base += loss;
    double t = 1, moved = 0;
    std::vector<double> next(nf);
    for (int halvings = 0; halvings < 30; ++halvings, t /= 2) {
      for (size_t i = 0; i < nf; ++i) next[i] = w[i] - t * step[i];
      if (penalised(next) < base) break;
    }
    for (size_t i = 0; i < nf; ++i) {
      moved += std::abs(next[i] - w[i]);
      w[i] = next[i];
    }
    std::fprintf(stderr, "iteration %d: log-loss %.1f, step %.5f\n", iter, loss, moved);
    if (moved < 1e-5) break;
  }
  nlohmann::ordered_json out;
  out["bias"] = std::round(w[0] * 1000) / 1000;
  for (size_t i = 0; i < MatchFeatureNames().size(); ++i)
    out[MatchFeatureNames()[i]] = std::round(w[i + 1] * 1000) / 1000;
  std::cout << out.dump(2) << "\n";
  return 0;
}
