// The one access function (DESIGN.md §5, STYLE.md §2.13). Every handler asks here before it
// reads or writes; nothing else decides who may see what.
//
//  - Role permissions come from the matrix (config/roles/permissions.json).
//  - Need-to-know: a case is visible to its team, to supervisors of its owning unit, and to
//    the users it is shared with. Anyone else gets NotFound — "as if it did not exist" — so a
//    404 never confirms that a case exists (the handler audits the attempt).
//  - Restricted fields: visible only to the roles named on the field (when they can see the
//    case) and to team members holding one of the field's grants.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/entity_schema.h"
#include "domain/field_rules.h"
#include "domain/model.h"
#include "domain/permissions.h"
#include "store/store.h"

namespace ariadne {

// The authenticated caller of one request.
struct Principal {
  std::string user_id, username, display_name, unit_id;
  Role role = Role::kFrontlineOfficer;
  std::string session_hash;  // empty for bearer tokens
  std::string csrf_token;    // empty for bearer tokens
  bool via_token = false;
};

// How much of a protection file the caller may see: none (404), the part a linked case's team
// sees (statuses, decisions, consents, referrals, risk — no needs or service notes), or all.
enum class ProtectionView { kNone, kCase, kFull };

struct ProtectionFileFacts {
  std::string owner_unit_id, created_by;
  std::optional<CaseAccessFacts> case_facts;  // the linked case, as the caller relates to it
};

struct FrontlineFacts {
  std::string author_id, target_unit_id;
  bool handed_over = false;
};

class Authorizer {
 public:
  Authorizer(PermissionMatrix matrix, RecordSchema case_schema, EntitySchema entity_schema = {})
      : matrix_(std::move(matrix)), case_schema_(std::move(case_schema)), entity_schema_(std::move(entity_schema)) {}

  // Role-level check for actions on no particular record. Forbidden when the role lacks it.
  // kSignedIn always passes; kPublic is never asked here.
  Status Check(const Principal& p, const std::string& permission) const;
  // Check on one case. NotFound when the caller may not know the case exists; Forbidden when
  // they can see it but this action is not theirs.
  Status CheckCase(const Principal& p, const std::string& permission, const CaseAccessFacts& facts) const;
  // A proposed match between records of two cases: NotFound unless the caller may see both
  // cases; match.review further needs membership or supervision of at least one of them.
  Status CheckMatch(const Principal& p, const std::string& permission, const CaseAccessFacts& a,
                    const CaseAccessFacts& b) const;
  // The rows a case list may contain for this caller. Forbidden without case.read.
  Result<CaseScope> CaseListScope(const Principal& p) const;
  // Whether the caller may see restricted field `field` of the case.
  bool MayReadCaseField(const Principal& p, const CaseAccessFacts& facts, const std::string& field) const;
  // Whether the caller may see `property` of a record of the case that is involved in it as
  // `involved_as` (victim, informant, ...): every restriction of the entity schema that applies
  // must let them (config/schema/entities.json).
  bool MayReadEntityProperty(const Principal& p, const CaseAccessFacts& facts, const std::vector<std::string>& involved_as,
                             const std::string& property) const;
  // Whether the caller may read the statements of an interview of `kind`: those of victims and
  // children follow the case's restricted field `victim_statements`.
  bool MayReadStatements(const Principal& p, const CaseAccessFacts& facts, const std::string& kind) const;
  // The caller's relations to a case as workflow definitions name them: the team role
  // (lead, member), unit_supervisor, shared.
  std::set<std::string> CaseRelations(const Principal& p, const CaseAccessFacts& facts) const;
  // Protection files: the referral coordinator sees every file; its creator and the owning
  // unit's supervisors all of it; a partner organisation the files its own people opened; the
  // linked case's team the case part (all of it with the victim-data grant); nobody else
  // anything — a partner sees other files' referrals to it, never the files.
  ProtectionView ProtectionFileView(const Principal& p, const ProtectionFileFacts& f) const;
  // NotFound when the file is not visible; Forbidden for an action the role lacks or on the case
  // part only.
  Status CheckProtectionFile(const Principal& p, const std::string& permission, const ProtectionFileFacts& f) const;
  // The jurisdiction's competent authority (identification_roles) with victim.identify.
  Status CheckCompetentAuthority(const Principal& p, const std::vector<std::string>& roles) const;
  // A referral partner acting for the organisation whose users are `partner_unit_id`'s members.
  bool ActsForPartner(const Principal& p, const std::string& partner_unit_id) const;
  // Frontline reports: the author (frontline.report), and once handed over the receiving unit
  // (frontline.inbox). NotFound for anyone else.
  Status CheckFrontlineReport(const Principal& p, const std::string& permission, const FrontlineFacts& f) const;
  // Administrators may not change their own role or unit, nor enable themselves.
  Status CheckUserChange(const Principal& actor, const std::string& target_user_id) const;

  std::vector<std::string> PermissionsOf(Role role) const { return matrix_.PermissionsOf(role); }
  const RecordSchema& case_schema() const { return case_schema_; }
  const EntitySchema& entity_schema() const { return entity_schema_; }

 private:
  bool SupervisesUnit(const Principal& p, const std::string& unit_id) const;
  // One restricted-field rule on one case: the rule's roles where their reach applies, or a
  // team member holding one of its grants.
  bool MayReadRestricted(const Principal& p, const CaseAccessFacts& facts, const FieldRule& rule) const;
  PermissionMatrix matrix_;
  RecordSchema case_schema_;
  EntitySchema entity_schema_;
};

}  // namespace ariadne
