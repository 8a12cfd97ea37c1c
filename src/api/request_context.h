// What a route handler gets: the request, its path parameters, the caller, the services, and
// the audit event it fills in (which records it returned, what it changed).
#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/http_types.h"
#include "base/env.h"
#include "domain/checklist.h"
#include "domain/indicators.h"
#include "domain/interview.h"
#include "domain/lookups.h"
#include "domain/prosecution.h"
#include "domain/protection_reference.h"
#include "domain/workflow.h"
#include "files/blob_store.h"
#include "security/audit_log.h"
#include "security/accounts.h"
#include "security/auth_service.h"
#include "security/authorize.h"
#include "store/store.h"

namespace ariadne {

class Router;
class Resolver;

class GraphService;

struct AppServices {
  Store* store = nullptr;
  Env* env = nullptr;
  const Authorizer* authz = nullptr;
  AuthService* auth = nullptr;
  AuditLog* audit = nullptr;
  Accounts* accounts = nullptr;
  const Lookups* lookups = nullptr;
  const InterviewChecklist* interview_checklist = nullptr;
  const Jurisdictions* jurisdictions = nullptr;
  const ChecklistCatalogue* checklists = nullptr;  // config/checklists
  const WorkflowCatalogue* workflows = nullptr;    // config/workflows and every version cases still use
  const IndicatorCatalogue* indicators = nullptr;  // config/indicators
  const ProtectionReference* protection = nullptr;  // config/protection
  BlobStore* blobs = nullptr;                      // documents and media
  uint64_t max_upload_bytes = 2ull << 30;          // per file
  const nlohmann::json* report_strings = nullptr;  // {en: {...}, ru: {...}}: config/i18n/*.json "report"
  OffsetClockEnv* test_clock = nullptr;  // only with `serve --test-clock`
  std::string static_dir;                // the built web client
  std::string audit_key, audit_head_file;
  const Router* router = nullptr;
  Resolver* resolver = nullptr;  // entity resolution: the live index (api/resolver.h)
  GraphService* graph = nullptr;  // link analysis: the graph and ledger (api/graph_service.h)
};

struct RequestContext {
  HttpRequest& req;
  AppServices& app;
  std::map<std::string, std::string> params;
  std::optional<Principal> principal;  // set unless the route is public
  AuditEvent audit;                    // the handler adds records and detail
  bool audit_written = false;          // the handler appended it inside its own write
  std::string session_cookie_to_set;   // login
  bool clear_session_cookie = false;   // logout

  const Principal& caller() const { return *principal; }
  std::string Param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  }
  // The body as a JSON object. 400 malformed_json / wrong_type otherwise.
  Result<nlohmann::json> JsonBody() const;
  // Appends this request's audit row inside the caller's write job, so the change and its
  // audit row commit together.
  Status AuditIn(StoreWriter& w, const std::string& outcome = "ok");
};

HttpResponse JsonResponse(int status, const nlohmann::json& body);
// Rejects any key of `body` not in `allowed` with 400 unknown_field.
Status CheckKnownFields(const nlohmann::json& body, std::initializer_list<const char*> allowed);
// A required string field: 400 wrong_type, 422 required.
Result<std::string> RequiredString(const nlohmann::json& body, const char* field, size_t max_bytes = 1000);
Result<std::string> OptionalString(const nlohmann::json& body, const char* field, size_t max_bytes = 1000);
// ?limit= within [1, max], default `fallback`.
Result<int> LimitParam(const HttpRequest& req, int fallback, int max);

}  // namespace ariadne
