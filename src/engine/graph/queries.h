// Traversals over the graph as one caller sees it (View): neighbourhoods with a hub cap,
// shortest paths (all shortest and k-shortest). Every result lists its edges, so the caller can
// say which links, from which cases and records, it rests on.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/graph/graph.h"

namespace ariadne::graph {

struct NeighbourhoodQuery {
  std::vector<uint32_t> seeds;
  int depth = 1;             // 1..3
  uint32_t hub_cap = 50;     // a node (other than a seed or one in `expand`) with more visible
                             // links than this is shown but not expanded: it is "collapsed";
                             // 0 = no cap
  std::vector<uint32_t> expand;  // hubs the user chose to open
  size_t max_nodes = 5000;   // the chart's limit: stop adding nodes past it (truncated = true)
};

// Only nodes that would otherwise have been expanded (closer than `depth`) can be collapsed.
struct Collapsed {
  uint32_t node;
  // Visible links not shown because the node is a hub, counted up to kHiddenLinksCounted: a
  // count that reaches it means "that many or more" (hidden_links_more). Each counted link costs
  // two random reads (the edge, the far node); a clearing account's 40,000 cost milliseconds.
  uint32_t hidden_links;
  bool hidden_links_more = false;
};
constexpr uint32_t kHiddenLinksCounted = 1000;

struct Subgraph {
  std::vector<uint32_t> nodes;  // seeds first, then in breadth-first order
  std::vector<uint8_t> depth;   // per entry of nodes
  std::vector<uint32_t> edges;  // every visible edge between two returned nodes, ascending
  std::vector<Collapsed> collapsed;
  bool truncated = false;
};

// Seeds not visible to the caller are dropped (an empty result, never an error naming them).
Subgraph Neighbourhood(const Graph& g, const View& v, const NeighbourhoodQuery& q);

// Links are followed both ways, whatever their direction. Paths are sequences of nodes: two
// nodes joined by parallel edges are one step, shown by the lowest visible edge id.
struct Path {
  std::vector<uint32_t> nodes;  // from ... to
  std::vector<uint32_t> edges;  // edges[i] joins nodes[i] and nodes[i+1]
};

struct PathQuery {
  uint32_t from = kNoNode, to = kNoNode;
  int max_length = 6;     // links
  size_t limit = 20;      // paths returned at most
  uint32_t hub_cap = 0;   // > 0: do not pass through nodes with more visible links than this
};

// Every shortest path (bidirectional breadth-first search, expanding the smaller frontier), up
// to `limit`, in lexicographic order of node ids. Empty when there is none within max_length or
// either end is hidden; from == to is the one path of no link.
std::vector<Path> AllShortestPaths(const Graph& g, const View& v, const PathQuery& q);
// The k shortest loop-free paths, shortest first and lexicographically by node ids among equal
// lengths (Yen's algorithm over breadth-first searches); k = q.limit.
std::vector<Path> KShortestPaths(const Graph& g, const View& v, const PathQuery& q);

}  // namespace ariadne::graph
