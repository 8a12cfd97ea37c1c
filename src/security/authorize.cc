#include "security/authorize.h"

#include <algorithm>

namespace ariadne {

bool Authorizer::SupervisesUnit(const Principal& p, const std::string& unit_id) const {
  return p.role == Role::kSupervisor && p.unit_id == unit_id;
}

Status Authorizer::Check(const Principal& p, const std::string& permission) const {
  if (permission == perm::kSignedIn) return Ok();
  if (!matrix_.Allows(p.role, permission))
    return Fail(Error::Forbidden("forbidden", "your role may not do this (" + permission + ")"));
  return Ok();
}

Status Authorizer::CheckCase(const Principal& p, const std::string& permission, const CaseAccessFacts& f) const {
  const bool member = f.membership.has_value();
  const bool supervisor = SupervisesUnit(p, f.owning_unit_id);
  const bool visible = member || supervisor || f.shared_with_caller;
  // Order matters: visibility first, so that a caller who cannot see the case learns nothing,
  // not even whether their role could have done the action.
  if (!visible || !matrix_.Allows(p.role, perm::kCaseRead)) return Fail(Error::NotFound("case"));
  if (permission == perm::kCaseRead) return Ok();
  if (!matrix_.Allows(p.role, permission))
    return Fail(Error::Forbidden("forbidden", "your role may not do this (" + permission + ")"));
  if (permission == perm::kCaseUpdate || permission == perm::kScreeningRecord || permission == perm::kProtectionManage ||
      permission == perm::kImportCreate) {
    if (member || supervisor) return Ok();
  } else if (permission == perm::kGraphRead) {
    // Charts of a case: whoever may see the case and analyse links.
    return Ok();
  } else if (permission == perm::kCaseTeam || permission == perm::kCaseShare) {
    if (supervisor || (member && f.membership->team_role == "lead")) return Ok();
  } else if (permission == perm::kWorkflowAct || permission == perm::kTaskManage) {
    // A prosecutor the case is shared with takes part in its workflow and deadlines; which
    // step each may take is the workflow definition's to say.
    if (member || supervisor || f.shared_with_caller) return Ok();
  } else if (permission == perm::kApprovalDecide) {
    if (supervisor) return Ok();
    return Fail(Error::Forbidden("forbidden", "only a supervisor of the owning unit may decide"));
  }
  return Fail(Error::Forbidden("forbidden", "only the team lead or a supervisor of the unit may do this"));
}

Status Authorizer::CheckMatch(const Principal& p, const std::string& permission, const CaseAccessFacts& a,
                              const CaseAccessFacts& b) const {
  // Seeing both cases comes first: whoever cannot learns nothing, not even that the pair exists.
  if (!CheckCase(p, perm::kCaseRead, a) || !CheckCase(p, perm::kCaseRead, b)) return Fail(Error::NotFound("match"));
  if (!matrix_.Allows(p.role, permission))
    return Fail(Error::Forbidden("forbidden", "your role may not do this (" + permission + ")"));
  if (permission != perm::kMatchReview) return Ok();
  for (const CaseAccessFacts* f : {&a, &b})
    if (f->membership.has_value() || SupervisesUnit(p, f->owning_unit_id)) return Ok();
  return Fail(Error::Forbidden("forbidden", "only a member or a supervisor of one of the two cases may decide a match"));
}

ProtectionView Authorizer::ProtectionFileView(const Principal& p, const ProtectionFileFacts& f) const {
  if (!matrix_.Allows(p.role, perm::kProtectionRead)) return ProtectionView::kNone;
  if (p.role == Role::kReferralCoordinator) return ProtectionView::kFull;
  if (f.created_by == p.user_id || SupervisesUnit(p, f.owner_unit_id)) return ProtectionView::kFull;
  // A partner organisation holds the files its own people opened; of anyone else's, only the
  // referrals addressed to it (api/referral_routes.cc), never the file.
  if (p.role == Role::kReferralPartner) return f.owner_unit_id == p.unit_id ? ProtectionView::kFull : ProtectionView::kNone;
  if (f.case_facts && CheckCase(p, perm::kCaseRead, *f.case_facts)) {
    // Within the case team, the victim's assistance record follows the victim-data rule.
    return MayReadCaseField(p, *f.case_facts, "victim_notes") ? ProtectionView::kFull : ProtectionView::kCase;
  }
  return ProtectionView::kNone;
}

Status Authorizer::CheckProtectionFile(const Principal& p, const std::string& permission,
                                       const ProtectionFileFacts& f) const {
  const ProtectionView view = ProtectionFileView(p, f);
  if (view == ProtectionView::kNone) return Fail(Error::NotFound("protection file"));
  if (permission == perm::kProtectionRead) return Ok();
  if (!matrix_.Allows(p.role, permission))
    return Fail(Error::Forbidden("forbidden", "your role may not do this (" + permission + ")"));
  if (view != ProtectionView::kFull)
    return Fail(Error::Forbidden("forbidden", "only those who hold the victim's assistance record may change it"));
  return Ok();
}

Status Authorizer::CheckCompetentAuthority(const Principal& p, const std::vector<std::string>& roles) const {
  if (!matrix_.Allows(p.role, perm::kVictimIdentify) ||
      std::find(roles.begin(), roles.end(), std::string(RoleId(p.role))) == roles.end())
    return Fail(Error::Forbidden("not_competent",
                                 "only the competent authority of the jurisdiction decides whether a victim is identified"));
  return Ok();
}

bool Authorizer::ActsForPartner(const Principal& p, const std::string& partner_unit_id) const {
  return p.role == Role::kReferralPartner && matrix_.Allows(p.role, perm::kReferralRespond) && !partner_unit_id.empty() &&
         p.unit_id == partner_unit_id;
}

Status Authorizer::CheckFrontlineReport(const Principal& p, const std::string& permission,
                                        const FrontlineFacts& f) const {
  const bool author = f.author_id == p.user_id && matrix_.Allows(p.role, perm::kFrontlineReport);
  const bool inbox = f.handed_over && !f.target_unit_id.empty() && f.target_unit_id == p.unit_id &&
                     matrix_.Allows(p.role, perm::kFrontlineInbox);
  if (!author && !inbox) return Fail(Error::NotFound("report"));
  if (permission == perm::kFrontlineReport && !author)
    return Fail(Error::Forbidden("forbidden", "only the officer who wrote the report may change or hand it over"));
  if (permission == perm::kFrontlineInbox && !inbox)
    return Fail(Error::Forbidden("forbidden", "only the unit the report was handed to may act on it"));
  return Ok();
}

std::set<std::string> Authorizer::CaseRelations(const Principal& p, const CaseAccessFacts& f) const {
  std::set<std::string> out;
  if (f.membership) out.insert(f.membership->team_role);
  if (SupervisesUnit(p, f.owning_unit_id)) out.insert("unit_supervisor");
  if (f.shared_with_caller) out.insert("shared");
  return out;
}

Result<CaseScope> Authorizer::CaseListScope(const Principal& p) const {
  ARIADNE_RETURN_IF_ERROR(Check(p, perm::kCaseRead));
  CaseScope scope;
  scope.user_id = p.user_id;
  if (p.role == Role::kSupervisor) scope.supervised_unit = p.unit_id;
  return scope;
}

bool Authorizer::MayReadCaseField(const Principal& p, const CaseAccessFacts& f, const std::string& field) const {
  const FieldRule* rule = case_schema_.Restriction(field);
  if (!rule) return true;
  return MayReadRestricted(p, f, *rule);
}

bool Authorizer::MayReadEntityProperty(const Principal& p, const CaseAccessFacts& f,
                                       const std::vector<std::string>& involved_as, const std::string& property) const {
  for (const PropertyRestriction* r : entity_schema_.RestrictionsFor(property, involved_as))
    if (!MayReadRestricted(p, f, r->to)) return false;
  return true;
}

bool Authorizer::MayReadStatements(const Principal& p, const CaseAccessFacts& f, const std::string& kind) const {
  if (kind == "victim" || kind == "child") return MayReadCaseField(p, f, "victim_statements");
  return CheckCase(p, perm::kCaseRead, f).has_value();
}

bool Authorizer::MayReadRestricted(const Principal& p, const CaseAccessFacts& f, const FieldRule& rule) const {
  if (!CheckCase(p, perm::kCaseRead, f)) return false;
  if (std::find(rule.roles.begin(), rule.roles.end(), p.role) != rule.roles.end()) {
    // A role named on the field sees it where that role's own reach applies: supervisors on
    // their unit's cases, everyone else as a team member.
    if (p.role == Role::kSupervisor ? SupervisesUnit(p, f.owning_unit_id) : f.membership.has_value()) return true;
  }
  if (f.membership)
    for (const auto& g : f.membership->grants)
      if (std::find(rule.grants.begin(), rule.grants.end(), g) != rule.grants.end()) return true;
  return false;
}

Status Authorizer::CheckUserChange(const Principal& actor, const std::string& target_user_id) const {
  ARIADNE_RETURN_IF_ERROR(Check(actor, perm::kUserManage));
  if (actor.user_id == target_user_id)
    return Fail(Error::Invalid("self_grant", "nobody may change their own role, unit or status", "user_id"));
  return Ok();
}

}  // namespace ariadne

// ---- Intelligence handling ----

namespace ariadne {

namespace {

const std::set<std::string> kReadPaths = {intel_path::kView, intel_path::kExport, intel_path::kSearchHit,
                                          intel_path::kGraphPath};

bool LawEnforcement(const std::string& kind) { return kind == "police" || kind == "border" || kind == "prosecution"; }

}  // namespace

std::string Authorizer::RecipientClass(const Unit& unit, const Unit& author_unit) const {
  if (!unit.agency.empty() && unit.agency == author_unit.agency) return "own_agency";
  if (LawEnforcement(unit.kind) && unit.country == author_unit.country) return "national_le";
  // Abroad only police and border services are a police channel; a foreign prosecutor receives
  // through a letter of request, so here it is no police recipient (the strictest class).
  if ((unit.kind == "police" || unit.kind == "border") && unit.country != author_unit.country) return "foreign_le";
  return "non_prosecuting";
}

IntelAccess Authorizer::IntelView(const Principal& p, const Unit& caller_unit, const IntelFacts& f) const {
  IntelAccess a;
  a.recipient_class = RecipientClass(caller_unit, f.author_unit);
  if (f.author_id == p.user_id && (matrix_.Allows(p.role, perm::kFrontlineReport) || matrix_.Allows(p.role, perm::kIntelRead))) {
    a.relation = "originator";
    a.paths = kReadPaths;
    return a;
  }
  if (f.draft) return a;  // a draft is its author's alone
  const bool reader = matrix_.Allows(p.role, perm::kIntelRead) || matrix_.Allows(p.role, perm::kFrontlineInbox);
  if (!reader) return a;
  if (!f.holder_unit_id.empty() && f.holder_unit_id == p.unit_id) {
    a.relation = "holder";
    a.paths = kReadPaths;
    return a;
  }
  // The supervisory regime: a supervisor of the author's unit oversees what its officers report.
  if (SupervisesUnit(p, f.author_unit.id) && matrix_.Allows(p.role, perm::kIntelRead)) {
    a.relation = "author_supervisor";
    a.paths = kReadPaths;
    return a;
  }
  if (!matrix_.Allows(p.role, perm::kIntelRead)) return a;
  bool received = false;
  for (const auto& d : f.to_caller) {
    if (d.unit_id != p.unit_id) continue;
    received = true;
    if (d.by_originator) {
      a.relation = "consented";
      a.paths = kReadPaths;
      return a;
    }
  }
  if (!received) return a;
  a.relation = "recipient";
  // What went under a wider code is read under the code of today: a tightened handling takes
  // effect at once for everyone who received it.
  for (const auto& path : kReadPaths)
    if (intel_.Allows(f.handling, a.recipient_class, path)) a.paths.insert(path);
  return a;
}

Status Authorizer::CheckIntel(const Principal& p, const Unit& caller_unit, const IntelFacts& f,
                              const std::string& path) const {
  const IntelAccess a = IntelView(p, caller_unit, f);
  if (!a.Has(intel_path::kView)) return Fail(Error::NotFound("report"));
  if (!a.Has(path))
    return Fail(Error::Forbidden("handling_refused", "the report's handling code " + f.handling + " does not let " +
                                                         a.recipient_class + " use it by " + path));
  return Ok();
}

bool Authorizer::MayViewIntelItem(const IntelAccess& a, const std::string& item_handling) const {
  if (a.relation == "originator" || a.relation == "holder" || a.relation == "consented" ||
      a.relation == "author_supervisor")
    return true;
  return a.relation == "recipient" && intel_.Allows(item_handling, a.recipient_class, intel_path::kView);
}

DisseminationCheck Authorizer::CheckDissemination(const Principal& p, const Unit& caller_unit, const IntelFacts& f,
                                                  const Unit& target) const {
  DisseminationCheck c;
  c.recipient_class = RecipientClass(target, f.author_unit);
  c.path = target.country == f.author_unit.country ? intel_path::kShareUnit : intel_path::kShareAbroad;
  const IntelAccess a = IntelView(p, caller_unit, f);
  const bool originator = a.relation == "originator";
  const HandlingCode* h = intel_.Handling(f.handling);
  auto refuse = [&](const char* code, std::string en, std::string ru) {
    c.code = code;
    c.message = std::move(en);
    c.message_ru = std::move(ru);
    return c;
  };
  if (!originator && (a.relation != "holder" || !matrix_.Allows(p.role, perm::kIntelManage)))
    return refuse("not_holder", "Only the originator and the unit holding the report pass it on.",
                  "Передавать сведения могут только их источник и подразделение, в котором они находятся.");
  if (f.cycle != "analysed" && f.cycle != "disseminated" && f.cycle != "actioned")
    return refuse("not_ready", "The report is disseminated once it has been analysed.",
                  "Сведения распространяются только после анализа.");
  if (!h) return refuse("handling_refused", "The report has no known handling code.", "У сведений нет известного кода обращения.");
  if (h->special && !f.special_assessed)
    return refuse("risk_assessment_required",
                  "Handling " + f.handling + " is special: record a risk assessment before any dissemination.",
                  "Код " + f.handling + " требует особого обращения: до передачи зафиксируйте оценку риска.");
  if (!originator && h->consent_required)
    return refuse("consent_required", "Handling " + f.handling + ": only the originator may disseminate it.",
                  "Код " + f.handling + ": передавать сведения может только их источник.");
  // The originator's own dissemination is the consent the codes speak of.
  if (!originator && !intel_.Allows(f.handling, c.recipient_class, c.path))
    return refuse("handling_refused",
                  "Handling " + f.handling + " does not allow " + c.recipient_class + " to receive it by " + c.path + ".",
                  "Код " + f.handling + " не допускает передачу получателю класса " + c.recipient_class + " (" + c.path + ").");
  c.allowed = true;
  c.code = "ok";
  c.message = "Handling " + f.handling + " allows this dissemination (" + h->tlp + ").";
  c.message_ru = "Код " + f.handling + " допускает эту передачу (" + h->tlp + ").";
  return c;
}

Status Authorizer::CheckIntelGrading(const Principal& p, const IntelFacts& f, bool has_reason) const {
  if (f.author_id == p.user_id) return Ok();
  const bool supervisor = p.role == Role::kSupervisor && (SupervisesUnit(p, f.holder_unit_id) || SupervisesUnit(p, f.author_unit.id));
  if (!supervisor)
    return Fail(Error::Forbidden("not_originator", "only the originator, or a supervisor with a reason, changes a grade"));
  if (!has_reason) return Fail(Error::Invalid("reason_required", "a supervisor records why the grade changes", "reason"));
  return Ok();
}

}  // namespace ariadne
