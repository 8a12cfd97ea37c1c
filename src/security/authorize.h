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
#include "domain/intel_grading.h"
#include "domain/intel_records.h"
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

// An intelligence report as the access rules see it: who wrote it in which unit, who holds it,
// its handling now, and what was disseminated to the caller's unit.
struct IntelFacts {
  std::string author_id;
  Unit author_unit;          // its agency, kind and country decide the recipient classes
  std::string holder_unit_id;  // the unit the originator handed it to ("" while a draft)
  bool draft = true;
  std::string handling;
  bool special_assessed = false;  // a risk assessment is recorded
  std::string cycle;
  std::vector<IntelDissemination> to_caller;  // disseminations to the caller's unit
};

// How the caller relates to a report: originator, holder, consented (the originator
// disseminated to the caller's unit), recipient, or none; the recipient class of the caller's
// unit; and the paths the caller may use now.
struct IntelAccess {
  std::string relation = "none";
  std::string recipient_class;
  std::set<std::string> paths;
  bool Has(const std::string& path) const { return paths.count(path) > 0; }
};

// The answer to "may this report go to that unit": never an error, so the client can show it
// before sending.
struct DisseminationCheck {
  bool allowed = false;
  std::string path, recipient_class;
  std::string code;  // ok | handling_refused | consent_required | risk_assessment_required | not_ready | not_holder
  std::string message, message_ru;
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
  // Intelligence handling (config/intelligence/grading.json), enforced here for every path:
  // view, export, search_hit, graph_path. The recipient class of `unit` for a report written
  // in `author_unit`: same agency, national law enforcement, foreign police, anyone else.
  std::string RecipientClass(const Unit& unit, const Unit& author_unit) const;
  IntelAccess IntelView(const Principal& p, const Unit& caller_unit, const IntelFacts& f) const;
  // NotFound when the caller may not even view the report; Forbidden (handling_refused) for a
  // path the handling does not let the caller use; Forbidden for a role without `permission`.
  Status CheckIntel(const Principal& p, const Unit& caller_unit, const IntelFacts& f, const std::string& path) const;
  // Whether the caller may view an item handled under `item_handling` (stricter than its
  // report's): consented relations see every item, a recipient as its class allows.
  bool MayViewIntelItem(const IntelAccess& a, const std::string& item_handling) const;
  // Whether the caller may send the report to `target`: only the originator and the holder
  // pass intelligence on; the target's class must be allowed by the path it would take;
  // consent-required codes go only from the originator; special codes need the assessment.
  DisseminationCheck CheckDissemination(const Principal& p, const Unit& caller_unit, const IntelFacts& f,
                                        const Unit& target) const;
  // Grades are the originator's; a supervisor of the holding or the author's unit may change
  // them with a recorded reason.
  Status CheckIntelGrading(const Principal& p, const IntelFacts& f, bool has_reason) const;
  void SetIntelGrading(IntelGrading g) { intel_ = std::move(g); }
  const IntelGrading& intel() const { return intel_; }

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
  IntelGrading intel_;
};

}  // namespace ariadne
