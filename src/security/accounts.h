// Units and user accounts, for the API and the command line alike: validation, password
// policy, and the audit row for every change. A grant of a role that sees case content is
// flagged for the data-protection officer (DESIGN.md §5).
#pragma once

#include <optional>
#include <string>

#include "base/env.h"
#include "base/error.h"
#include "domain/lookups.h"
#include "domain/model.h"
#include "security/audit_log.h"
#include "store/store.h"

namespace ariadne {

// Who makes the change; the command line acts as "cli:<os user>".
struct Actor {
  std::string user_id, username, method = "CLI", path, ip = "local";
};

struct UserChange {
  std::optional<Role> role;
  std::optional<std::string> unit_code, display_name;
  std::optional<bool> disabled;
};

class Accounts {
 public:
  Accounts(Store* store, Env* env, AuditLog* audit, const Lookups* lookups)
      : store_(store), env_(env), audit_(audit), lookups_(lookups) {}

  Result<Unit> CreateUnit(const Actor& a, const std::string& code, const std::string& name,
                          const std::string& country, const std::string& region, const std::string& agency = "",
                          const std::string& kind = "police");
  Result<User> CreateUser(const Actor& a, const std::string& username, const std::string& display_name, Role role,
                          const std::string& unit_code, const std::string& password);
  Result<User> ChangeUser(const Actor& a, const std::string& user_id, const UserChange& change);
  // Also ends every session and token of the user.
  Status ResetPassword(const Actor& a, const std::string& user_id, const std::string& password);
  Status RevokeSessions(const Actor& a, const std::string& user_id);

 private:
  Status Audit(StoreWriter& w, const Actor& a, const std::string& action, const std::string& record,
               nlohmann::json detail, bool alert);
  Store* store_;
  Env* env_;
  AuditLog* audit_;
  const Lookups* lookups_;
};

}  // namespace ariadne
