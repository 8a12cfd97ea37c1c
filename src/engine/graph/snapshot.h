// A binary snapshot of the link-analysis graph (issue 8: "loaded at start from a snapshot file
// where that is faster than the store"). It holds what the graph holds — the string table, every
// node (key, kind, scope, label, dead, sensitive) and every edge with its id — plus an opaque
// `meta` blob for the owner (the change-feed position the snapshot is current to, its table of
// scopes), so that after loading, the owner replays the feed from there.
//
// The overlay is not kept as such: a loaded graph is compacted, dead edges keep their ids and stay
// out of the adjacency, as after Compact() on the original. Strings nothing refers to are dropped.
//
// Format (little-endian): header "ARGRAPH1", version, counts; the strings; the nodes; the edges as
// fixed 50-byte records; the meta bytes; then a 64-bit checksum of everything before it and an end
// mark. A file that is short, has bytes past its end mark, another format or version, or a wrong
// checksum is refused whole (kCorruption): the caller falls back to loading from the store.
#pragma once

#include <string>

#include "base/error.h"
#include "engine/graph/graph.h"

namespace ariadne::graph {

// Writes to path + ".tmp", syncs it and renames it over `path`: a crash leaves the old file.
Status SaveSnapshot(const Graph& g, const std::string& path, const std::string& meta = "");
// NotFound when there is no file; Corruption when it cannot be trusted.
Result<Graph> LoadSnapshot(const std::string& path, std::string* meta = nullptr);

}  // namespace ariadne::graph
