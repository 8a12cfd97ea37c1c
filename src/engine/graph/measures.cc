#include "engine/graph/measures.h"

#include <algorithm>
#include <random>
#include <span>

namespace ariadne::graph {
namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;

// Builds the CSR of the visible edges among `globals`; local_of(graph node) gives a local id or
// kNone (only visible nodes have one, so the other end needs no visibility check of its own).
template <typename LocalOf>
LocalGraph Build(const Graph& g, const View& v, std::vector<uint32_t> globals, LocalOf&& local_of) {
  LocalGraph lg;
  const size_t n = globals.size();
  lg.global = std::move(globals);
  lg.offsets.assign(n + 1, 0);
  // Parallel edges fold into one entry: last[w] == u says w already has an entry for u, at pos[w].
  std::vector<uint32_t> last(n, kNone), pos(n);
  for (uint32_t u = 0; u < n; ++u) {
    g.ForEachAdj(lg.global[u], [&](const Adj& a) {
      const uint32_t w = local_of(a.node);
      if (w == kNone || w == u || !g.LinkVisible(v, a)) return;
      const double weight = std::max<uint32_t>(g.edge(a.edge).count, 1);
      if (last[w] == u) {
        lg.weight[pos[w]] += weight;
        return;
      }
      last[w] = u;
      pos[w] = static_cast<uint32_t>(lg.nbr.size());
      lg.nbr.push_back(w);
      lg.weight.push_back(weight);
    });
    lg.offsets[u + 1] = static_cast<uint32_t>(lg.nbr.size());
  }
  return lg;
}

std::span<const uint32_t> Nbrs(const LocalGraph& lg, uint32_t u) {
  return {lg.nbr.data() + lg.offsets[u], lg.nbr.data() + lg.offsets[u + 1]};
}

// Breadth-first distances from s into dist (-1 = unreached; the caller resets what `order`,
// the nodes reached nearest first, lists).
void Bfs(const LocalGraph& lg, uint32_t s, std::vector<int32_t>& dist, std::vector<uint32_t>& order) {
  order.clear();
  order.push_back(s);
  dist[s] = 0;
  for (size_t head = 0; head < order.size(); ++head) {
    const uint32_t u = order[head];
    for (uint32_t w : Nbrs(lg, u))
      if (dist[w] < 0) {
        dist[w] = dist[u] + 1;
        order.push_back(w);
      }
  }
}

}  // namespace

LocalGraph Induce(const Graph& g, const View& v, const std::vector<uint32_t>& nodes) {
  // Sorted {graph node, local id} pairs: a chart is small next to the graph, so no O(graph)
  // array. First {node, position}, so that a repeat keeps its first position.
  std::vector<std::pair<uint32_t, uint32_t>> index;
  for (uint32_t i = 0; i < nodes.size(); ++i)
    if (g.NodeVisible(v, nodes[i])) index.push_back({nodes[i], i});
  std::sort(index.begin(), index.end());
  index.erase(std::unique(index.begin(), index.end(), [](auto& x, auto& y) { return x.first == y.first; }),
              index.end());
  std::vector<std::pair<uint32_t, uint32_t>> by_position(index.size());
  for (uint32_t k = 0; k < index.size(); ++k) by_position[k] = {index[k].second, k};
  std::sort(by_position.begin(), by_position.end());
  std::vector<uint32_t> globals(index.size());
  for (uint32_t local = 0; local < by_position.size(); ++local) {
    auto& entry = index[by_position[local].second];
    globals[local] = entry.first;
    entry.second = local;
  }
  return Build(g, v, std::move(globals), [&](uint32_t n) {
    auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(n, 0u));
    return it != index.end() && it->first == n ? it->second : kNone;
  });
}

LocalGraph InduceAll(const Graph& g, const View& v) {
  std::vector<uint32_t> local(g.node_count(), kNone), globals;
  for (uint32_t n = 0; n < g.node_count(); ++n) {
    if (!g.NodeVisible(v, n)) continue;
    bool linked = false;
    for (auto part : {g.BaseAdj(n), g.OverlayAdj(n)})
      for (const Adj& a : part)
        if (!linked && a.node != n && g.LinkVisible(v, a) && g.NodeVisible(v, a.node)) linked = true;
    if (!linked) continue;
    local[n] = static_cast<uint32_t>(globals.size());
    globals.push_back(n);
  }
  return Build(g, v, std::move(globals), [&](uint32_t n) { return local[n]; });
}

std::vector<double> DegreeCentrality(const LocalGraph& lg) {
  const size_t n = lg.size();
  std::vector<double> out(n, 0.0);
  if (n < 2) return out;
  for (uint32_t u = 0; u < n; ++u) out[u] = static_cast<double>(lg.offsets[u + 1] - lg.offsets[u]) / (n - 1);
  return out;
}

std::vector<double> Betweenness(const LocalGraph& lg, uint32_t samples, uint64_t seed) {
  const size_t n = lg.size();
  std::vector<double> bc(n, 0.0);
  if (n < 3) return bc;
  std::vector<uint32_t> sources(n);
  for (uint32_t i = 0; i < n; ++i) sources[i] = i;
  const bool sampled = samples > 0 && samples < n;
  if (sampled) {  // the first `samples` of a partial Fisher–Yates shuffle
    std::mt19937_64 rng(seed);
    for (uint32_t i = 0; i < samples; ++i) std::swap(sources[i], sources[i + rng() % (n - i)]);
    sources.resize(samples);
  }
  // Distances apart from the rest: every neighbour's is read, the rest only on shortest paths,
  // and 4 bytes a node stays in cache where 24 would not.
  std::vector<int32_t> dist(n, -1);
  std::vector<double> sigma(n, 0.0), delta(n, 0.0);
  std::vector<uint32_t> order;
  for (uint32_t s : sources) {
    // Brandes: count shortest paths breadth first, then accumulate dependencies backward.
    // Predecessors are the neighbours one step closer, so no lists are kept.
    order.assign(1, s);
    dist[s] = 0;
    sigma[s] = 1;
    for (size_t head = 0; head < order.size(); ++head) {
      const uint32_t u = order[head];
      const int32_t next = dist[u] + 1;
      for (uint32_t w : Nbrs(lg, u)) {
        if (dist[w] < 0) {
          dist[w] = next;
          order.push_back(w);
        }
        if (dist[w] == next) sigma[w] += sigma[u];
      }
    }
    for (size_t i = order.size(); i-- > 1;) {
      const uint32_t w = order[i];
      const int32_t previous = dist[w] - 1;
      const double share = (1 + delta[w]) / sigma[w];
      for (uint32_t u : Nbrs(lg, w))
        if (dist[u] == previous) delta[u] += sigma[u] * share;
      bc[w] += delta[w];
    }
    for (uint32_t u : order) {
      dist[u] = -1;
      sigma[u] = delta[u] = 0;
    }
  }
  // Every pair was counted from both ends: halve it, then normalise by the (n-1)(n-2)/2 pairs
  // that do not involve the node, so a star's centre is 1.
  double scale = 1.0 / ((n - 1.0) * (n - 2.0));
  if (sampled) scale *= static_cast<double>(n) / samples;
  for (double& x : bc) x *= scale;
  return bc;
}

std::vector<double> Closeness(const LocalGraph& lg) {
  const size_t n = lg.size();
  std::vector<double> out(n, 0.0);
  if (n < 2) return out;
  std::vector<int32_t> dist(n, -1);
  std::vector<uint32_t> order;
  for (uint32_t s = 0; s < n; ++s) {
    Bfs(lg, s, dist, order);
    double sum = 0;
    for (uint32_t u : order) {
      sum += dist[u];
      dist[u] = -1;
    }
    const double reached = static_cast<double>(order.size() - 1);
    if (reached > 0) out[s] = reached / (n - 1) * (reached / sum);
  }
  return out;
}

std::vector<uint32_t> Components(const LocalGraph& lg, uint32_t* count) {
  const size_t n = lg.size();
  std::vector<uint32_t> comp(n, kNone), queue;
  uint32_t k = 0;
  for (uint32_t s = 0; s < n; ++s) {
    if (comp[s] != kNone) continue;
    comp[s] = k;
    queue.assign(1, s);
    for (size_t head = 0; head < queue.size(); ++head)
      for (uint32_t w : Nbrs(lg, queue[head]))
        if (comp[w] == kNone) {
          comp[w] = k;
          queue.push_back(w);
        }
    ++k;
  }
  if (count != nullptr) *count = k;
  return comp;
}

namespace {

constexpr double kMinGain = 1e-7;

// One Louvain level: a weighted graph whose nodes are the last level's communities. `loop` is
// the weight inside a node, each internal edge counted from both ends as in the CSR, so a node's
// degree is the sum of its entries plus its loop.
struct Level {
  Level() = default;
  Level(Level&&) = default;  // moving a vector keeps its buffer, so the spans stay good
  Level& operator=(Level&&) = default;
  Level(const Level&) = delete;  // a copy's spans would point into the original

  std::span<const uint32_t> offsets, nbr;
  std::span<const double> weight;
  std::vector<double> loop;
  std::vector<uint32_t> own_offsets, own_nbr;  // the storage of aggregated levels
  std::vector<double> own_weight;
  uint32_t size() const { return static_cast<uint32_t>(offsets.size() - 1); }
};

std::vector<double> Degrees(const Level& l) {
  std::vector<double> k(l.loop);
  for (uint32_t i = 0; i < l.size(); ++i)
    for (uint32_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e) k[i] += l.weight[e];
  return k;
}

double Modularity(const Level& l, const std::vector<uint32_t>& comm, const std::vector<double>& k, double m2,
                  double resolution) {
  if (m2 <= 0) return 0;
  std::vector<double> in(l.size(), 0.0), tot(l.size(), 0.0);
  for (uint32_t i = 0; i < l.size(); ++i) {
    const uint32_t c = comm[i];
    tot[c] += k[i];
    in[c] += l.loop[i];
    for (uint32_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e)
      if (comm[l.nbr[e]] == c) in[c] += l.weight[e];
  }
  double q = 0;
  for (uint32_t c = 0; c < l.size(); ++c) q += in[c] / m2 - resolution * (tot[c] / m2) * (tot[c] / m2);
  return q;
}

// Local moving from singletons. Nodes wait in a queue, first all in a shuffled order; each joins
// the neighbouring community with the best modularity gain, and a node that moves puts back in
// the queue its neighbours outside its new community: only they can gain from the move. This
// ends where full passes would (no single move gains) at a fraction of their cost, since late
// passes move few nodes. Returns the modularity reached.
double MoveNodes(const Level& l, double resolution, std::mt19937_64& rng, std::vector<uint32_t>& comm) {
  const uint32_t n = l.size();
  const std::vector<double> k = Degrees(l);
  double m2 = 0;
  for (double x : k) m2 += x;
  comm.resize(n);
  for (uint32_t i = 0; i < n; ++i) comm[i] = i;
  if (m2 <= 0) return 0;
  std::vector<uint32_t> queue(comm);
  for (uint32_t i = n; i > 1; --i) std::swap(queue[i - 1], queue[rng() % i]);
  std::vector<uint8_t> queued(n, 1);
  std::vector<double> tot(k), link(n, -1.0);  // link[c] < 0: c not yet seen for this node
  std::vector<uint32_t> seen;
  // A ring over `queue`: at most n nodes wait at once, since each waits at most once.
  for (size_t head = 0, waiting = n; waiting > 0; --waiting, head = head + 1 == n ? 0 : head + 1) {
    const uint32_t i = queue[head];
    queued[i] = 0;
    for (uint32_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e) {
      const uint32_t j = l.nbr[e];
      if (j == i) continue;
      const uint32_t c = comm[j];
      if (link[c] < 0) {
        link[c] = 0;
        seen.push_back(c);
      }
      link[c] += l.weight[e];
    }
    // Gain of joining c, up to a constant factor: links into c less what chance would give. A
    // move must gain more than rounding, or two equal choices could swap forever.
    const uint32_t from = comm[i];
    tot[from] -= k[i];
    uint32_t best = from;
    double best_gain = std::max(link[from], 0.0) - resolution * tot[from] * k[i] / m2;
    const double margin = 1e-12 * std::max(1.0, k[i]);
    for (uint32_t c : seen) {
      const double gain = link[c] - resolution * tot[c] * k[i] / m2;
      if (gain > best_gain + margin) {
        best = c;
        best_gain = gain;
      }
    }
    tot[best] += k[i];
    for (uint32_t c : seen) link[c] = -1.0;
    seen.clear();
    if (best == from) continue;
    comm[i] = best;
    for (uint32_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e) {
      const uint32_t j = l.nbr[e];
      if (queued[j] || comm[j] == best) continue;
      queued[j] = 1;
      queue[(head + waiting) % n] = j;
      ++waiting;
    }
  }
  return Modularity(l, comm, k, m2, resolution);
}

// Renumbers ids 0..count-1 by first appearance; returns the count.
uint32_t Renumber(std::vector<uint32_t>& ids) {
  std::vector<uint32_t> map(ids.size(), kNone);
  uint32_t count = 0;
  for (uint32_t& x : ids) {
    if (map[x] == kNone) map[x] = count++;
    x = map[x];
  }
  return count;
}

// The graph of communities: links inside a community become its loop, links between two are
// summed into one entry.
Level Aggregate(const Level& l, const std::vector<uint32_t>& comm, uint32_t count) {
  std::vector<uint32_t> start(count + 1, 0), members(l.size());
  for (uint32_t c : comm) ++start[c + 1];
  for (uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (uint32_t i = 0; i < l.size(); ++i) members[fill[comm[i]]++] = i;

  Level out;
  out.loop.assign(count, 0.0);
  out.own_offsets.assign(count + 1, 0);
  std::vector<uint32_t> last(count, kNone), pos(count);
  for (uint32_t c = 0; c < count; ++c) {
    for (uint32_t m = start[c]; m < start[c + 1]; ++m) {
      const uint32_t i = members[m];
      out.loop[c] += l.loop[i];
      for (uint32_t e = l.offsets[i]; e < l.offsets[i + 1]; ++e) {
        const uint32_t d = comm[l.nbr[e]];
        if (d == c) {
          out.loop[c] += l.weight[e];
        } else if (last[d] == c) {
          out.own_weight[pos[d]] += l.weight[e];
        } else {
          last[d] = c;
          pos[d] = static_cast<uint32_t>(out.own_nbr.size());
          out.own_nbr.push_back(d);
          out.own_weight.push_back(l.weight[e]);
        }
      }
    }
    out.own_offsets[c + 1] = static_cast<uint32_t>(out.own_nbr.size());
  }
  out.offsets = out.own_offsets;
  out.nbr = out.own_nbr;
  out.weight = out.own_weight;
  return out;
}

}  // namespace

Communities Louvain(const LocalGraph& lg, double resolution, uint64_t seed) {
  Communities out;
  const auto n = static_cast<uint32_t>(lg.size());
  out.community.resize(n);
  for (uint32_t i = 0; i < n; ++i) out.community[i] = i;
  if (n == 0) return out;
  Level level;
  level.offsets = lg.offsets;
  level.nbr = lg.nbr;
  level.weight = lg.weight;
  level.loop.assign(n, 0.0);
  const std::vector<double> k0 = Degrees(level);
  double m2 = 0;
  for (double x : k0) m2 += x;
  double q = Modularity(level, out.community, k0, m2, resolution);

  std::mt19937_64 rng(seed);
  std::vector<uint32_t> comm;
  for (;;) {
    const double next = MoveNodes(level, resolution, rng, comm);
    if (next - q <= kMinGain) break;
    q = next;
    ++out.levels;
    const uint32_t count = Renumber(comm);
    for (uint32_t& c : out.community) c = comm[c];
    if (count == level.size()) break;
    level = Aggregate(level, comm, count);  // built before the old level goes: it reads it
  }
  out.count = Renumber(out.community);
  // On the original graph, as a check of what the levels claimed.
  Level original;
  original.offsets = lg.offsets;
  original.nbr = lg.nbr;
  original.weight = lg.weight;
  original.loop.assign(n, 0.0);
  out.modularity = Modularity(original, out.community, k0, m2, resolution);
  return out;
}

std::vector<uint32_t> CoreNumbers(const LocalGraph& lg) {
  // Batagelj–Zaversnik: nodes kept sorted by current degree in one array with bucket starts;
  // peeling a node moves each higher-degree neighbour one bucket down in O(1).
  const size_t n = lg.size();
  std::vector<uint32_t> deg(n);
  uint32_t max_deg = 0;
  for (uint32_t u = 0; u < n; ++u) {
    for (uint32_t w : Nbrs(lg, u)) deg[u] += w != u;
    max_deg = std::max(max_deg, deg[u]);
  }
  std::vector<uint32_t> bin(max_deg + 1, 0), pos(n), vert(n);
  for (uint32_t u = 0; u < n; ++u) ++bin[deg[u]];
  for (uint32_t d = 0, start = 0; d <= max_deg; ++d) {
    const uint32_t c = bin[d];
    bin[d] = start;
    start += c;
  }
  for (uint32_t u = 0; u < n; ++u) {
    pos[u] = bin[deg[u]]++;
    vert[pos[u]] = u;
  }
  for (uint32_t d = max_deg; d > 0; --d) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t u = vert[i];
    for (uint32_t w : Nbrs(lg, u)) {
      if (w == u || deg[w] <= deg[u]) continue;
      const uint32_t dw = deg[w], pw = pos[w], first = bin[dw], x = vert[first];
      if (x != w) {  // swap w to the front of its bucket, then shrink the bucket past it
        vert[first] = w;
        pos[w] = first;
        vert[pw] = x;
        pos[x] = pw;
      }
      ++bin[dw];
      --deg[w];
    }
  }
  return deg;
}

}  // namespace ariadne::graph
