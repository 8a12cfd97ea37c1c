// Measures over a part of the graph (a chart, a case's network, or all of it): an induced,
// undirected, weighted graph with local ids, then degree, betweenness, closeness, connected
// components, communities (Louvain) and k-cores.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/graph/graph.h"

namespace ariadne::graph {

// Undirected simple graph in CSR; parallel edges between two nodes are folded into one with
// the summed weight (weight = folded edge count, i.e. calls, payments or links).
struct LocalGraph {
  std::vector<uint32_t> global;   // local id -> graph node
  std::vector<uint32_t> offsets;  // size n+1
  std::vector<uint32_t> nbr;
  std::vector<double> weight;     // per nbr entry
  size_t size() const { return global.size(); }
};

// The visible edges among `nodes`, local ids in their order (nodes not visible and repeats are
// left out). Self loops are dropped; an edge's weight is its count (at least 1).
LocalGraph Induce(const Graph& g, const View& v, const std::vector<uint32_t>& nodes);
// Every visible node that has at least one visible edge to another node, in node id order.
LocalGraph InduceAll(const Graph& g, const View& v);

std::vector<double> DegreeCentrality(const LocalGraph& lg);  // links / (n-1)
// Brandes on unweighted shortest paths, normalised to [0,1] for undirected graphs. Exact when
// samples == 0 or samples >= n; otherwise from `samples` source nodes chosen with `seed`, scaled.
std::vector<double> Betweenness(const LocalGraph& lg, uint32_t samples = 0, uint64_t seed = 1);
// Wasserman–Faust closeness (reachable-1)/(n-1) * (reachable-1)/sum(distances): defined on
// disconnected graphs; 0 for isolated nodes.
std::vector<double> Closeness(const LocalGraph& lg);
// Component id per node (0..k-1, by first appearance) and the count.
std::vector<uint32_t> Components(const LocalGraph& lg, uint32_t* count = nullptr);

struct Communities {
  std::vector<uint32_t> community;  // per node, 0..count-1 numbered by first appearance
  uint32_t count = 0;
  double modularity = 0;
  int levels = 0;
};
// Louvain (local moving + aggregation, repeated until modularity stops improving), weighted,
// deterministic for a given seed.
Communities Louvain(const LocalGraph& lg, double resolution = 1.0, uint64_t seed = 1);
// Core number per node (Batagelj–Zaversnik), counting neighbours not weights.
std::vector<uint32_t> CoreNumbers(const LocalGraph& lg);

}  // namespace ariadne::graph
