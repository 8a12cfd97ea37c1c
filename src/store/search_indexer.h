// Keeps the search index in step with the case file. The store marks every record a write
// touches (StoreWriter::TakeIndexTasks); before each group commits, Flush rebuilds those
// records' items, so the index never shows what the store does not hold, nor misses a change
// whichever route or command made it.
#pragma once

#include "domain/entity_schema.h"
#include "store/store.h"

namespace ariadne {

class SearchIndexer {
 public:
  // Bumped when what is indexed changes: a store indexed under another version is rebuilt.
  static constexpr const char* kVersion = "2";

  explicit SearchIndexer(const EntitySchema* schema) : schema_(schema) {}
  Status Flush(StoreWriter& w) const;
  Status Reindex(StoreWriter& w, const IndexTask& task) const;
  // Every record of every case, from scratch.
  Status RebuildAll(StoreWriter& w) const;
  // RebuildAll when the stored index was built by another version (or never); true if it ran.
  Result<bool> RebuildIfStale(Store& store) const;

 private:
  const EntitySchema* schema_;
};

}  // namespace ariadne
