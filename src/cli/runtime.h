// Opens everything a command needs from a data directory: the store, the configuration, the
// audit log with its key (kept outside the data directory), the access function.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "base/env.h"
#include "base/error.h"
#include "domain/checklist.h"
#include "domain/indicators.h"
#include "domain/interview.h"
#include "domain/lookups.h"
#include "domain/prosecution.h"
#include "domain/protection_reference.h"
#include "domain/workflow.h"
#include "engine/match/match_config.h"
#include "files/blob_store.h"
#include "security/accounts.h"
#include "security/audit_log.h"
#include "security/authorize.h"
#include "store/search_indexer.h"
#include "store/store.h"

namespace ariadne {

struct Paths {
  std::string data_dir;
  std::string keys_dir;    // default: <data_dir>.keys — never inside the data directory
  std::string config_dir;  // default: $ARIADNE_CONFIG, ./config, or beside the executable
  std::string db() const { return data_dir + "/ariadne.db"; }
  std::string audit_key() const { return keys_dir + "/audit.key"; }
  std::string audit_head() const { return keys_dir + "/audit.head"; }
  std::string files_key() const { return keys_dir + "/files.key"; }
  std::string files_dir() const { return data_dir + "/files"; }
  std::string graph_dir() const { return data_dir + "/graph"; }  // the link graph's snapshot
};

// Fills the defaults of `p`.
Paths ResolvePaths(std::string data_dir, std::string keys_dir, std::string config_dir);

struct Runtime {
  Paths paths;
  Env* env = nullptr;
  std::unique_ptr<Store> store;
  Lookups lookups;
  InterviewChecklist interview_checklist;
  ChecklistCatalogue checklists;  // config/checklists/*.json
  WorkflowCatalogue workflows;    // config/workflows/*.json
  Jurisdictions jurisdictions;
  IndicatorCatalogue indicators;    // config/indicators/*.json
  ProtectionReference protection;   // config/protection/*.json
  MatchConfig match_config;         // config/resolution/matching.json
  std::unique_ptr<Authorizer> authz;
  std::string audit_key;
  std::unique_ptr<AuditLog> audit;
  std::unique_ptr<Accounts> accounts;
  std::unique_ptr<SearchIndexer> indexer;
  std::unique_ptr<BlobStore> blobs;
  // The files master key (and the next one during a rotation): the link graph's snapshot is
  // encrypted under it as documents are (api/graph_snapshot_store.h).
  std::string files_key, files_key_next;
  nlohmann::json report_strings;  // {en, ru}: the "report" objects of config/i18n/
  ~Runtime();
};

// `create`: make the data and keys directories and the key when missing (ariadne init).
Result<std::unique_ptr<Runtime>> OpenRuntime(const Paths& paths, Env* env, bool create,
                                            const StoreOptions& store_options = {});

Result<nlohmann::json> LoadJsonFile(const std::string& path);
// Records every loaded workflow definition in the store (a case keeps its version even when the
// file changes or goes), refusing a changed file that kept its version, and loads the older
// versions the store still has into rt.workflows. Writes: only for commands that serve or change.
Status SyncWorkflowDefinitions(Runtime& rt);

// Every *.json file of a folder, by file name.
Result<std::map<std::string, nlohmann::json>> LoadJsonFolder(const std::string& dir);

}  // namespace ariadne
