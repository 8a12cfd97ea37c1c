// A binary snapshot of the link-analysis graph (issue 8: "loaded at start from a snapshot file
// where that is faster than the store"). It holds what the graph holds — the string table, every
// node (key, kind, scope, label, dead, sensitive) and every edge with its id — plus an opaque
// `meta` blob for the owner (the change-feed position the snapshot is current to, its table of
// scopes), so that after loading, the owner replays the feed from there.
//
// The overlay is not kept as such: a loaded graph is compacted, dead edges keep their ids and stay
// out of the adjacency, as after Compact() on the original. Strings nothing refers to are dropped.
//
// Format (little-endian): header "ARGRAPH1", version, section flags, counts; the strings; the
// nodes; the edges as fixed 50-byte records; the meta bytes; when flagged, the money ledger
// (Ledger::Save: accounts, currencies, transactions); then a 64-bit checksum of everything before
// it and an end mark. A file written without a ledger is the format as it was before ledgers
// (the flags word was reserved, always 0). A snapshot that is short, has bytes past its end mark,
// another format, version or flag, or a wrong checksum is refused whole (kCorruption): the
// caller falls back to loading from the store.
//
// The stream versions write to any ByteSink and read any ByteSource (api/ gives them an encrypted
// blob, so the plaintext never touches the disk); the path versions are built on them.
#pragma once

#include <string>

#include "base/byte_stream.h"
#include "base/error.h"
#include "engine/graph/graph.h"
#include "engine/graph/money_flow.h"

namespace ariadne::graph {

// Writes `g`, `meta` and, when not null, `ledger` to `out`; the sink's error when it fails.
Status SaveSnapshot(const Graph& g, ByteSink& out, const std::string& meta, const Ledger* ledger = nullptr);
// Reads a whole snapshot from `in`: the graph, compacted; `meta`; and into `ledger`, when not
// null, the ledger, built (Ledger::Build) and ready to trace — Corruption when the snapshot holds
// none. A ledger in the snapshot is checked even when `ledger` is null. Corruption when the bytes
// cannot be trusted, or the source's own error (a chunk that does not decrypt).
Result<Graph> LoadSnapshot(ByteSource& in, std::string* meta = nullptr, Ledger* ledger = nullptr);

// Writes to path + ".tmp", syncs it and renames it over `path`: a crash leaves the old file.
Status SaveSnapshot(const Graph& g, const std::string& path, const std::string& meta = "");
// NotFound when there is no file; Corruption when it cannot be trusted.
Result<Graph> LoadSnapshot(const std::string& path, std::string* meta = nullptr);

}  // namespace ariadne::graph
