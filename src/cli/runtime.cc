#include "cli/runtime.h"

#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "domain/workflow_facts.h"
#include "security/crypto.h"

namespace ariadne {
namespace {

bool IsDir(const std::string& p) {
  struct stat st {};
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string ExeDir() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return ".";
  buf[n] = 0;
  std::string s(buf);
  return s.substr(0, s.rfind('/'));
}

}  // namespace

Paths ResolvePaths(std::string data_dir, std::string keys_dir, std::string config_dir) {
  Paths p;
  while (data_dir.size() > 1 && data_dir.back() == '/') data_dir.pop_back();
  p.data_dir = data_dir;
  if (keys_dir.empty()) {
    const char* env = std::getenv("ARIADNE_KEYS");
    keys_dir = env ? env : data_dir + ".keys";
  }
  p.keys_dir = keys_dir;
  if (config_dir.empty()) {
    const char* env = std::getenv("ARIADNE_CONFIG");
    if (env) config_dir = env;
    else if (IsDir("config/roles")) config_dir = "config";
    else {
      std::string dir = ExeDir();
      for (int i = 0; i < 4 && config_dir.empty(); ++i) {
        if (IsDir(dir + "/config/roles")) config_dir = dir + "/config";
        dir = dir.substr(0, dir.rfind('/'));
      }
      if (config_dir.empty()) config_dir = "config";
    }
  }
  p.config_dir = config_dir;
  return p;
}

Result<nlohmann::json> LoadJsonFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Fail(Error::NotFound("cannot read " + path));
  auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded()) return Fail(Error::Invalid("invalid_config", path + " is not valid JSON"));
  return j;
}

Result<std::map<std::string, nlohmann::json>> LoadJsonFolder(const std::string& dir) {
  std::map<std::string, nlohmann::json> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".json") continue;
    auto doc = LoadJsonFile(e.path().string());
    if (!doc) return Fail(doc.error());
    out[e.path().filename().string()] = std::move(*doc);
  }
  if (ec) return Fail(Error::NotFound("cannot read the folder " + dir));
  return out;
}

Status SyncWorkflowDefinitions(Runtime& rt) {
  std::vector<StoredWorkflowDefinition> stored;
  ARIADNE_RETURN_IF_ERROR(rt.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListWorkflowDefinitions();
    if (!list) return Fail(list.error());
    stored = *list;
    return Ok();
  }));
  std::vector<StoredWorkflowDefinition> fresh;
  for (const WorkflowDefinition* d : rt.workflows.All()) {
    std::string doc = d->doc.dump();
    StoredWorkflowDefinition s{d->id, d->version, doc, Sha256Hex(doc)};
    bool known = false;
    for (const auto& old : stored)
      if (old.workflow_id == s.workflow_id && old.version == s.version) {
        known = true;
        if (old.sha256 != s.sha256)
          return Fail(Error::Invalid("definition_changed",
                                     "config/workflows: " + d->id + " version " + std::to_string(d->version) +
                                         " differs from the one cases already run under; give the changed file a new version",
                                     "version"));
      }
    if (!known) fresh.push_back(s);
  }
  if (!fresh.empty())
    ARIADNE_RETURN_IF_ERROR(rt.store->Write([&](StoreWriter& w) -> Status {
      for (const auto& s : fresh) ARIADNE_RETURN_IF_ERROR(w.PutWorkflowDefinition(s));
      return Ok();
    }));
  // Versions no longer in config/ but still run by some case.
  WorkflowVocabulary vocabulary = MakeWorkflowVocabulary(rt.lookups, &rt.checklists);
  for (const auto& s : stored) {
    if (rt.workflows.Find(s.workflow_id, s.version)) continue;
    auto doc = nlohmann::json::parse(s.doc, nullptr, false);
    auto d = ParseWorkflow(s.workflow_id + ".v" + std::to_string(s.version) + ".json", doc, vocabulary);
    if (!d) {
      std::fprintf(stderr, "ariadne: stored workflow %s v%d no longer loads: %s\n", s.workflow_id.c_str(), s.version,
                   d.error().message.c_str());
      continue;
    }
    ARIADNE_RETURN_IF_ERROR(rt.workflows.Add(std::move(*d)));
  }
  return Ok();
}

Runtime::~Runtime() {
  if (store) store->Close();
}

Result<std::unique_ptr<Runtime>> OpenRuntime(const Paths& paths, Env* env, bool create, const StoreOptions& store_options) {
  ARIADNE_RETURN_IF_ERROR(InitCrypto());
  if (create) {
    mkdir(paths.data_dir.c_str(), 0700);
    mkdir(paths.keys_dir.c_str(), 0700);
  }
  if (!IsDir(paths.data_dir)) return Fail(Error::NotFound("no data directory " + paths.data_dir + " (run ariadne init)"));
  struct stat st {};
  if (!create && stat(paths.db().c_str(), &st) != 0)
    return Fail(Error::NotFound("no store in " + paths.data_dir + " (run ariadne init)"));
  auto rt = std::make_unique<Runtime>();
  rt->paths = paths;
  rt->env = env;

  auto lookups_json = LoadJsonFile(paths.config_dir + "/lookups/lookups.json");
  if (!lookups_json) return Fail(lookups_json.error());
  auto lookups = Lookups::FromJson(*lookups_json);
  if (!lookups) return Fail(lookups.error());
  rt->lookups = *lookups;
  auto perm_json = LoadJsonFile(paths.config_dir + "/roles/permissions.json");
  if (!perm_json) return Fail(perm_json.error());
  auto matrix = PermissionMatrix::FromJson(*perm_json);
  if (!matrix) return Fail(matrix.error());
  auto schema_json = LoadJsonFile(paths.config_dir + "/schema/case.json");
  if (!schema_json) return Fail(schema_json.error());
  auto schema = RecordSchema::FromJson(*schema_json, rt->lookups);
  if (!schema) return Fail(schema.error());
  std::vector<nlohmann::json> jurisdiction_docs;
  for (const char* country : {"kz", "kg", "uz", "tj", "tm"}) {
    auto doc = LoadJsonFile(paths.config_dir + "/jurisdictions/" + country + ".json");
    if (!doc) return Fail(doc.error());
    jurisdiction_docs.push_back(std::move(*doc));
  }
  auto jurisdictions = Jurisdictions::FromJson(jurisdiction_docs);
  if (!jurisdictions) return Fail(jurisdictions.error());
  rt->jurisdictions = *jurisdictions;
  auto checklist_json = LoadJsonFile(paths.config_dir + "/checklists/interview.json");
  if (!checklist_json) return Fail(checklist_json.error());
  auto checklist = InterviewChecklist::FromJson(*checklist_json);
  if (!checklist) return Fail(checklist.error());
  rt->interview_checklist = *checklist;
  // Every checklist and workflow definition is validated here, so a broken file stops the
  // program at start with its name and the field, never half-way through a case.
  auto checklist_files = LoadJsonFolder(paths.config_dir + "/checklists");
  if (!checklist_files) return Fail(checklist_files.error());
  auto checklists = ChecklistCatalogue::FromJson(*checklist_files);
  if (!checklists) return Fail(checklists.error());
  rt->checklists = std::move(*checklists);
  auto workflow_files = LoadJsonFolder(paths.config_dir + "/workflows");
  if (!workflow_files) return Fail(workflow_files.error());
  auto workflows = LoadWorkflows(*workflow_files, MakeWorkflowVocabulary(rt->lookups, &rt->checklists));
  if (!workflows) return Fail(workflows.error());
  rt->workflows = std::move(*workflows);
  auto indicator_files = LoadJsonFolder(paths.config_dir + "/indicators");
  if (!indicator_files) return Fail(indicator_files.error());
  auto indicators = IndicatorCatalogue::FromJson(*indicator_files);
  if (!indicators) return Fail(indicators.error());
  rt->indicators = std::move(*indicators);
  auto protection_files = LoadJsonFolder(paths.config_dir + "/protection");
  if (!protection_files) return Fail(protection_files.error());
  auto protection = ProtectionReference::FromJson(*protection_files);
  if (!protection) return Fail(protection.error());
  rt->protection = std::move(*protection);
  auto match_config = LoadMatchConfig(paths.config_dir);
  if (!match_config) return Fail(match_config.error());
  rt->match_config = std::move(*match_config);
  auto entities_json = LoadJsonFile(paths.config_dir + "/schema/entities.json");
  if (!entities_json) return Fail(entities_json.error());
  auto entities = EntitySchema::FromJson(*entities_json, rt->lookups);
  if (!entities) return Fail(entities.error());
  rt->authz = std::make_unique<Authorizer>(*matrix, *schema, *entities);
  auto grading_json = LoadJsonFile(paths.config_dir + "/intelligence/grading.json");
  if (!grading_json) return Fail(grading_json.error());
  auto grading = IntelGrading::FromJson(*grading_json);
  if (!grading) return Fail(grading.error());
  rt->authz->SetIntelGrading(std::move(*grading));

  auto key = AuditLog::LoadKey(*env, paths.audit_key(), create);
  if (!key) return Fail(key.error());
  rt->audit_key = *key;
  auto store = OpenSqliteStore(paths.db(), env, store_options);
  if (!store) return Fail(store.error());
  rt->store = std::move(*store);
  rt->audit = std::make_unique<AuditLog>(env, rt->audit_key, paths.audit_head());
  AuditLog* audit = rt->audit.get();
  rt->indexer = std::make_unique<SearchIndexer>(&rt->authz->entity_schema());
  const SearchIndexer* indexer = rt->indexer.get();
  // The search index follows every change in the same transaction, before the audit
  // checkpoint seals the group.
  rt->store->SetGroupHooks(
      [audit, indexer](StoreWriter& w) -> Status {
        ARIADNE_RETURN_IF_ERROR(indexer->Flush(w));
        return audit->BeforeCommit(w);
      },
      [audit] { audit->AfterCommit(); });
  // A new store gets its (empty) index stamped now; an existing one is brought up to date by
  // `serve`, never by commands that only read, such as `audit verify`, which must find the
  // store exactly as it was left.
  if (create)
    if (auto rebuilt = rt->indexer->RebuildIfStale(*rt->store); !rebuilt) return Fail(rebuilt.error());
  // A data directory from before the file store gets its key on first use; once files are
  // stored, a missing key is an error, never silently replaced.
  auto files_key = BlobStore::LoadMasterKey(paths.files_key(), create || !IsDir(paths.files_dir()));
  if (!files_key) return Fail(files_key.error());
  rt->blobs = std::make_unique<BlobStore>(paths.files_dir(), *files_key);
  rt->files_key = *files_key;
  // A key rotation under way (ariadne files rotate-key): files under either key open.
  if (auto next = BlobStore::LoadMasterKey(paths.files_key() + ".next", false)) {
    rt->blobs->SetOtherMasterKey(*next);
    rt->files_key_next = *next;
  }
  rt->report_strings = nlohmann::json::object();
  for (const char* lang : {"en", "ru"}) {
    auto strings = LoadJsonFile(paths.config_dir + "/i18n/" + lang + ".json");
    if (!strings) return Fail(strings.error());
    if (!strings->contains("report") || !(*strings)["report"].is_object())
      return Fail(Error::Invalid("invalid_config", std::string("config/i18n/") + lang + ".json has no \"report\" object"));
    rt->report_strings[lang] = (*strings)["report"];
  }
  rt->accounts = std::make_unique<Accounts>(rt->store.get(), env, rt->audit.get(), &rt->lookups);
  return rt;
}

}  // namespace ariadne
