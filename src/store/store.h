// The store: every piece of persistent state behind one interface (DESIGN.md §3, §7).
// Nothing here names SQLite; store/sqlite/ implements it, store/postgres/ will too, and one
// test suite runs on both. No state lives only in a server process: sessions, throttling and
// idempotency keys are here so several `ariadne serve` processes can share one store.
//
// Reads run on a pool of connections, each inside one snapshot. Writes are serialised through
// one writer that commits whatever has queued up as one transaction (group commit), each job
// inside its own savepoint: a job that fails is rolled back alone and its caller sees its error,
// the others still commit. So a change and the audit row that records it commit together.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/env.h"
#include "base/error.h"
#include "domain/custody.h"
#include "domain/document.h"
#include "domain/entity.h"
#include "domain/frontline_report.h"
#include "domain/partner.h"
#include "domain/protection.h"
#include "domain/protection_records.h"
#include "domain/interview.h"
#include "domain/intel_records.h"
#include "domain/link_records.h"
#include "domain/match_records.h"
#include "domain/prosecution.h"
#include "domain/search_text.h"
#include "domain/workflow_records.h"
#include "domain/checklist.h"
#include "domain/model.h"

namespace ariadne {

// Who may be listed: the access scope computed by security/authorize.cc, applied in SQL.
struct CaseScope {
  std::string user_id;                         // team member or share recipient
  std::optional<std::string> supervised_unit;  // supervisors: every case of this unit
};

struct CaseListQuery {
  CaseScope scope;
  std::string state, category, unit_code, text;
  std::string sort = "-updated_at";  // [-]updated_at|created_at|reference|title
  int limit = 50;
  std::string cursor;  // opaque, from the previous page
};

struct CasePage {
  std::vector<Case> items;  // without team, shares and links
  std::string next_cursor;  // empty on the last page
  int64_t total = 0;
};

struct CaseHistoryEntry {
  int64_t version = 0;
  std::string changed_by;
  int64_t at = 0;
  std::string changes_json;  // [{field, before, after}]
};

struct UserBrief {
  std::string id, username, display_name, unit_code;
  Role role = Role::kInvestigator;
  bool disabled = false;
};

struct AuditHead {
  int64_t seq = 0;
  std::string hash;
};

struct AuditRow {
  int64_t seq = 0;
  int64_t at = 0;
  std::string user_id, username, action, outcome, method, path, ip;
  std::vector<std::string> records;  // "case:<id>", "user:<id>", ...
  std::string detail_json = "{}";
  bool alert = false;
  std::string prev_hash, hash;  // hex SHA-256
};

struct AuditQuery {
  std::string user;    // user id or user name
  std::string record;  // "case:<id>"
  std::string action;  // exact, or prefix when it ends with '.'
  std::string outcome;
  std::optional<int64_t> from, to;
  bool alerts_only = false;
  int limit = 100;
  std::optional<int64_t> before_seq;  // paging: newest first
};

struct AuditViewer {
  std::string user_id, username;
  int64_t count = 0, first_at = 0, last_at = 0;
};

struct AuditCheckpoint {
  int64_t seq = 0;
  std::string hash, mac;
  int64_t at = 0;
};

struct EntityListQuery {
  std::string case_id;
  std::string schema;                  // empty: every schema
  std::vector<std::string> schemata;   // when not empty: only these (and `schema` is ignored)
  std::string references;              // only records with a current value naming this record id
  int limit = 100;
  std::string cursor;  // opaque, from the previous page
};

struct EntityPage {
  std::vector<Entity> items;  // with their current values
  std::string next_cursor;
  int64_t total = 0;
};

// A record whose search items are stale: kind is case, entity, interview, exhibit, document.
struct IndexTask {
  std::string kind, id;
  bool operator==(const IndexTask& o) const { return kind == o.kind && id == o.id; }
};

struct SearchQuery {
  std::string text;                        // words; Russian and English words match by stem
  CaseScope scope;      // the cases the caller may see (need-to-know), as for the case list
  std::string case_id;  // when set: only this case (which the caller must be able to see)
  // Decides guarded items; called with the hit's case id and guard. Items it refuses are not
  // counted and leave no snippet.
  std::function<bool(const std::string& case_id, const std::string& record_id, const std::string& guard)> may_read;
  int limit = 20, offset = 0;
};

struct SearchHit {
  std::string kind, record_id, case_id, title, guard;
  std::string snippet;  // text around the matches, each match between \x01 and \x02
  double score = 0;
};

struct SearchResult {
  int64_t total = 0;
  std::vector<SearchHit> hits;
};

struct IdempotentReply {
  int status = 0;
  std::string body;
};

struct StoredWorkflowDefinition {
  std::string workflow_id;
  int version = 0;
  std::string doc;     // the JSON as first loaded
  std::string sha256;  // of `doc`: a changed file under the same version is refused
};

struct TaskQuery {
  std::string case_id;      // the tasks of one case, or
  std::string assignee_id;  // one person's, or
  std::string unit_id;      // a unit's
  bool open_only = true;    // open and in progress
  int64_t due_before = 0;   // > 0: only tasks due before this (overdue: now)
  int64_t due_from = 0;     // > 0: and due at or after this (calendars)
  int limit = 200;
};

// A court hearing on the calendar: a timeline event of type "hearing" (domain/entity.h).
struct CalendarHearing {
  std::string entity_id, case_id, caption;
  std::string date;  // as recorded: "2026-12-03" or "2026-12-03T10:00"
};

struct ApprovalQuery {
  std::string case_id;  // one case's, or
  std::string unit_id;  // the pending queue of a unit's cases (supervisors)
  std::string status;   // empty: any
  int limit = 200;
};

// Which protection files a list may contain (api decides; the store filters).
struct ProtectionFileQuery {
  bool all = false;             // the national referral coordinator
  std::string created_by;       // files the caller opened
  std::string owner_unit_id;    // a supervisor's unit
  const CaseScope* cases = nullptr;  // files linked to cases the caller may see
  std::string case_id;          // only the files of one case
  std::string assistance_status;
  int limit = 200;
};

struct ReferralQuery {
  std::string organisation_id;  // addressed to one partner, or
  std::string file_id;          // of one file
  bool all = false;             // the coordinator's overdue queue, or
  std::string unit_id;          // files of a unit or of its cases (a supervisor's overdue queue)
  std::string created_by;       // with `cases`: files this user opened or linked to cases in scope
  const CaseScope* cases = nullptr;
  bool overdue_only = false;    // requested and past due at `now`
  int64_t now = 0;
  int limit = 500;
};

// --- link analysis (sqlite_links.cc)
// A record as the graph needs it: its case, schema, whether deleted, and the values that make
// links (edge ends, phones, accounts, trip members).
struct GraphRecord {
  std::string id, case_id, schema;
  bool deleted = false;
  std::vector<std::pair<std::string, std::string>> values;  // {prop, normalized or value}
};

struct CallAggregate {
  std::string case_id, caller, callee;
  int64_t count = 0, first = 0, last = 0, seconds = 0;
};

struct TxnAggregate {
  std::string case_id, from_account, to_account, currency;
  int64_t count = 0, first = 0, last = 0, amount_minor = 0;
};

struct StoredTxn {
  int64_t id = 0;
  std::string case_id;
  TxnRow row;
};

struct StoredCall {
  int64_t id = 0;
  std::string case_id;
  CallRow row;
};

// Calls of published imports of the given cases (need-to-know is decided by the caller).
struct CallQuery {
  std::vector<std::string> case_ids;
  std::vector<std::string> numbers;  // calls where one of these is caller or callee
  int64_t from = 0, to = 0;          // start in [from, to); 0: open
  int limit = 100000;
};

struct MatchPairQuery {
  std::string status;     // empty: any
  std::string entity_id;  // pairs with this record on either side
  std::string case_id;    // pairs with a record of this case on either side
  const CaseScope* both_in = nullptr;  // only pairs whose two cases the scope may see
  int64_t before_updated_at = 0;       // paging: strictly older than (updated_at, id)
  std::string before_id;
  int limit = 50;
};

struct ScreeningQuery {
  std::string case_id, entity_id, report_id, file_id;  // exactly one subject kind
  int limit = 200;
};

struct FrontlineQuery {
  std::string author_id;       // one officer's reports, or
  std::string target_unit_id;  // a unit's inbox, or
  std::string sanitised_from;  // the sanitised copies of a report, or
  bool handed_over = false;    // every report that is intelligence (not a draft), newest first
  int limit = 200;
};

// Read access. Every Get* answers NotFound when the record does not exist.
class StoreReader {
 public:
  virtual ~StoreReader() = default;

  virtual Result<Unit> GetUnit(const std::string& id) = 0;
  virtual Result<Unit> GetUnitByCode(const std::string& code) = 0;
  virtual Result<std::vector<Unit>> ListUnits() = 0;

  virtual Result<User> GetUser(const std::string& id) = 0;
  virtual Result<User> GetUserByName(const std::string& username) = 0;
  virtual Result<std::vector<UserBrief>> ListUsers(const std::string& text, int limit) = 0;

  virtual Result<Session> GetSession(const std::string& id_hash) = 0;
  virtual Result<ApiToken> GetTokenByHash(const std::string& token_hash) = 0;
  // A key with no failures answers a zeroed LoginThrottle, not NotFound.
  virtual Result<LoginThrottle> GetThrottle(const std::string& key) = 0;

  // The case with its team, shares and links.
  virtual Result<Case> GetCase(const std::string& id) = 0;
  virtual Result<CaseAccessFacts> GetCaseAccess(const std::string& case_id, const std::string& user_id) = 0;
  virtual Result<CasePage> ListCases(const CaseListQuery& query) = 0;
  virtual Result<std::vector<CaseHistoryEntry>> CaseHistory(const std::string& case_id) = 0;

  // Entities of a case (not deleted ones), with current values; NotFound for an unknown or
  // deleted id.
  virtual Result<Entity> GetEntity(const std::string& id) = 0;
  virtual Result<EntityPage> ListEntities(const EntityListQuery& query) = 0;
  // The schema of record `id` of case `case_id`, nullopt when there is no such live record.
  virtual Result<std::optional<std::string>> EntitySchemaOf(const std::string& case_id, const std::string& id) = 0;
  // Every value the entity ever had, current and closed, oldest first.
  virtual Result<std::vector<EntityValue>> EntityValueHistory(const std::string& entity_id) = 0;
  virtual Result<std::vector<EntityHistoryEntry>> EntityHistory(const std::string& entity_id) = 0;
  virtual Result<std::vector<Involvement>> ListInvolvements(const std::string& case_id) = 0;

  // Exhibits of a case and their custody events, oldest first.
  virtual Result<Exhibit> GetExhibit(const std::string& id) = 0;
  virtual Result<std::vector<Exhibit>> ListExhibits(const std::string& case_id) = 0;
  virtual Result<std::vector<CustodyEvent>> ListCustody(const std::string& exhibit_id) = 0;

  // Interviews of a case (by start) and every version of an interview's statement, oldest first.
  virtual Result<Interview> GetInterview(const std::string& id) = 0;
  virtual Result<std::vector<Interview>> ListInterviews(const std::string& case_id) = 0;
  virtual Result<std::vector<Statement>> ListStatements(const std::string& interview_id) = 0;

  virtual Result<Charge> GetCharge(const std::string& id) = 0;
  virtual Result<std::vector<Charge>> ListCharges(const std::string& case_id) = 0;

  // Workflows (domain/workflow_records.h).
  virtual Result<std::vector<StoredWorkflowDefinition>> ListWorkflowDefinitions() = 0;
  virtual Result<std::optional<CaseWorkflow>> GetCaseWorkflow(const std::string& case_id) = 0;
  // The open cases under one version of a workflow (an administrator's migration).
  virtual Result<std::vector<CaseWorkflow>> ListCaseWorkflows(const std::string& workflow_id, int version) = 0;
  virtual Result<std::vector<WorkflowEvent>> ListWorkflowEvents(const std::string& case_id) = 0;
  virtual Result<std::vector<ChecklistMark>> ListChecklistMarks(const std::string& case_id) = 0;
  virtual Result<Task> GetTask(const std::string& id) = 0;
  virtual Result<std::vector<Task>> ListTasks(const TaskQuery& query) = 0;
  // Open or in progress, past due, not yet notified.
  virtual Result<std::vector<Task>> OverdueUnnotifiedTasks(int64_t now, int limit) = 0;
  virtual Result<std::vector<Timer>> ListTimers(const std::string& case_id) = 0;
  // Running timers of the cases in `scope` ending in [from, to) (the calendar).
  virtual Result<std::vector<Timer>> TimersInScope(const CaseScope& scope, int64_t from, int64_t to) = 0;
  // Running, past due, not yet notified.
  virtual Result<std::vector<Timer>> DueUnnotifiedTimers(int64_t now, int limit) = 0;
  // Hearings of the cases in `scope` dated in [from_date, to_date) ("YYYY-MM-DD" strings).
  virtual Result<std::vector<CalendarHearing>> HearingsInScope(const CaseScope& scope, const std::string& from_date,
                                                               const std::string& to_date) = 0;
  virtual Result<Approval> GetApproval(const std::string& id) = 0;
  virtual Result<std::vector<Approval>> ListApprovals(const ApprovalQuery& query) = 0;
  virtual Result<std::vector<Notification>> ListNotifications(const std::string& user_id, bool unread_only, int limit) = 0;
  virtual Result<int64_t> CountUnreadNotifications(const std::string& user_id) = 0;
  // The ids of the unit's active users with `role` (whom a workflow notice goes to).
  virtual Result<std::vector<std::string>> ListUnitUsers(const std::string& unit_id, const std::string& role) = 0;

  // Victim protection (domain/protection.h, protection_records.h, frontline_report.h, partner.h).
  virtual Result<ProtectionFile> GetProtectionFile(const std::string& id) = 0;
  virtual Result<std::vector<ProtectionFile>> ListProtectionFiles(const ProtectionFileQuery& query) = 0;
  // Every record of a file, oldest first.
  virtual Result<std::vector<ProtectionRecord>> ListProtectionRecords(const std::string& file_id) = 0;
  virtual Result<ProtectionRecord> GetProtectionRecord(const std::string& id) = 0;
  virtual Result<std::vector<ProtectionRecord>> ListReferrals(const ReferralQuery& query) = 0;
  // Every file's status fields and every referral's state, for depersonalised counts.
  virtual Result<std::vector<ProtectionFile>> AllProtectionFiles() = 0;
  virtual Result<std::vector<ProtectionRecord>> AllProtectionRecords(const std::string& kind) = 0;
  virtual Result<std::vector<Screening>> ListScreenings(const ScreeningQuery& query) = 0;
  virtual Result<std::vector<LegalAssessmentRecord>> ListLegalAssessments(const std::string& case_id) = 0;
  virtual Result<FrontlineReport> GetFrontlineReport(const std::string& id) = 0;
  virtual Result<std::vector<FrontlineReport>> ListFrontlineReports(const FrontlineQuery& query) = 0;
  // Intelligence (domain/intel_records.h).
  virtual Result<std::vector<IntelEvent>> ListIntelEvents(const std::string& report_id) = 0;
  virtual Result<IntelDissemination> GetDissemination(const std::string& id) = 0;
  // A report's dissemination log, or (report_id empty) what went to `unit_id`; oldest first.
  virtual Result<std::vector<IntelDissemination>> ListDisseminations(const std::string& report_id,
                                                                     const std::string& unit_id) = 0;
  virtual Result<std::vector<IntelSearch>> ListIntelSearches(int limit) = 0;
  virtual Result<std::vector<IntelNotice>> ListIntelNotices(const std::string& unit_id, int limit) = 0;
  virtual Result<PartnerOrg> GetPartner(const std::string& id) = 0;
  virtual Result<std::vector<PartnerOrg>> ListPartners() = 0;
  virtual Result<std::vector<JurisdictionConfirmation>> ListJurisdictionConfirmations() = 0;
  // The next number of a yearly reference series ("PF-2026", "FR-2026").
  virtual Result<int64_t> CountReferences(const std::string& table, const std::string& prefix) = 0;

  // Documents of a case, newest first, with their stored file.
  virtual Result<Document> GetDocument(const std::string& id) = 0;
  virtual Result<std::vector<Document>> ListDocuments(const std::string& case_id) = 0;
  // nullopt when no document has stored this content yet.
  virtual Result<std::optional<StoredFile>> GetStoredFile(const std::string& sha256) = 0;
  virtual Result<std::string> StoredFileText(const std::string& sha256) = 0;
  // Every stored file (backup and verification).
  virtual Result<std::vector<StoredFile>> ListStoredFiles() = 0;
  // Every case id (rebuilding the search index).
  virtual Result<std::vector<std::string>> AllCaseIds() = 0;
  // Small named values of the store itself (the search index's version); "" when unset.
  virtual Result<std::string> GetSetting(const std::string& key) = 0;

  // Full-text search (DESIGN.md §7): matches of `query` among the items of the cases in
  // the caller's scope, best first; see SearchQuery.
  virtual Result<SearchResult> Search(const SearchQuery& query) = 0;

  virtual Result<std::vector<AuditRow>> ListAudit(const AuditQuery& query) = 0;
  virtual Result<std::vector<AuditViewer>> AuditViewers(const std::string& record) = 0;
  // Calls `visit` for every row with seq >= from_seq in order, until it returns false.
  virtual Status ScanAudit(int64_t from_seq, const std::function<bool(const AuditRow&)>& visit) = 0;
  virtual Result<std::optional<AuditRow>> LastAuditRow() = 0;
  // The last row's seq and hash only: what chaining the next row needs, on every append.
  virtual Result<std::optional<AuditHead>> LastAuditHead() = 0;
  virtual Result<std::vector<AuditCheckpoint>> ListCheckpoints() = 0;
  virtual Result<int64_t> CountAudit() = 0;

  virtual Result<std::optional<IdempotentReply>> GetIdempotent(const std::string& user_id,
                                                               const std::string& key) = 0;

  // --- entity resolution (sqlite_matches.cc)
  virtual Result<MatchPair> GetMatchPair(const std::string& id) = 0;
  virtual Result<std::optional<MatchPair>> FindMatchPair(const std::string& a_entity, const std::string& b_entity) = 0;
  // Newest change first.
  virtual Result<std::vector<MatchPair>> ListMatchPairs(const MatchPairQuery& query) = 0;
  virtual Result<std::vector<MatchEvent>> ListMatchEvents(const std::string& pair_id) = 0;
  virtual Result<std::vector<DeconflictionNotice>> ListDeconflictionNotices(const std::string& unit_id, int limit) = 0;
  // Notices (sent or withheld) a user's saves triggered since `since`.
  virtual Result<int64_t> CountNoticesTriggeredBy(const std::string& user_id, int64_t since) = 0;
  // Every matchable record (not deleted), with its values and its case's jurisdiction.
  virtual Status ScanMatchableEntities(const std::function<void(const Entity&, const std::string& country)>& visit) = 0;

  // --- link analysis (sqlite_links.cc)
  // Every record with the values that make links, in one pass (no query per record).
  // `props`: the properties that make links.
  virtual Status ScanGraphRecords(const std::vector<std::string>& props,
                                  const std::function<void(const GraphRecord&)>& visit) = 0;
  virtual Result<std::optional<GraphRecord>> GetGraphRecord(const std::string& id, const std::vector<std::string>& props) = 0;
  virtual Status ScanInvolvements(const std::function<void(const Involvement&)>& visit) = 0;
  virtual Result<std::vector<Involvement>> InvolvementsOfEntity(const std::string& entity_id) = 0;
  virtual Status ScanConfirmedMatches(const std::function<void(const MatchPair&)>& visit) = 0;
  // Published calls and payments folded per case and pair (the graph's edges).
  virtual Status ScanCallAggregates(const std::string& job_id, const std::function<void(const CallAggregate&)>& visit) = 0;
  virtual Status ScanTxnAggregates(const std::string& job_id, const std::function<void(const TxnAggregate&)>& visit) = 0;
  // Published transactions one by one (money-flow tracing); job_id "" for all.
  virtual Status ScanTransactions(const std::string& job_id, const std::function<void(const StoredTxn&)>& visit) = 0;
  virtual Result<std::vector<StoredCall>> ListCalls(const CallQuery& q) = 0;
  virtual Result<std::vector<std::string>> CaseIdsInScope(const CaseScope& scope) = 0;
  virtual Result<int64_t> GraphFeedHead() = 0;
  virtual Result<std::vector<GraphFeedEntry>> GraphFeedSince(int64_t seq, int limit) = 0;

  virtual Result<ImportJob> GetImportJob(const std::string& id) = 0;
  // The live job (staging or published) of this file in this case, if any.
  virtual Result<std::optional<ImportJob>> FindImportJob(const std::string& case_id, const std::string& kind,
                                                          const std::string& sha256) = 0;
  virtual Result<std::vector<ImportJob>> ListImportJobs(const std::string& case_id) = 0;
  virtual Result<std::vector<ImportMapping>> ListImportMappings(const std::string& kind) = 0;
  virtual Result<std::optional<ImportMapping>> FindImportMapping(const std::string& kind, const std::string& name) = 0;
  virtual Result<LinkChart> GetLinkChart(const std::string& id) = 0;
  virtual Result<std::vector<LinkChart>> ListLinkCharts(const std::string& case_id) = 0;
};

// Write access, only ever inside Store::Write.
class StoreWriter : public StoreReader {
 public:
  virtual Status InsertUnit(const Unit& unit) = 0;  // Conflict when the code exists

  // --- link analysis (sqlite_links.cc)
  virtual Status InsertImportJob(const ImportJob& j) = 0;  // Conflict "import_exists" for a live duplicate
  // Progress, counters, status and errors of a job still staging; Conflict "import_not_staging"
  // once it was discarded or has ended, so a run that was overtaken stores nothing more.
  virtual Status UpdateImportJob(const ImportJob& j) = 0;
  // An interrupted import given up: its staged rows go and it is marked discarded (the same file
  // can then be imported afresh). Conflict "import_not_staging" unless it is staging.
  virtual Status DiscardImportJob(const std::string& job_id, int64_t at) = 0;
  // One chunk of rows of a staging job (invisible until published).
  virtual Status InsertCallRows(const std::string& job_id, const std::vector<CallRow>& rows) = 0;  // into the job's case
  virtual Status InsertTxnRows(const std::string& job_id, const std::vector<TxnRow>& rows) = 0;
  // A refused or abandoned job's staged rows go.
  virtual Status DeleteImportRows(const std::string& job_id) = 0;
  // Moves a job's staged rows (`rows` of them) into the published tables, in the transaction that
  // marks the job published. A large import rebuilds the tables' indexes instead of inserting into
  // them (several times faster; the figures are in docs/performance.md).
  virtual Status PublishImportRows(const std::string& job_id, int64_t rows) = 0;
  virtual Status PutImportMapping(const ImportMapping& m) = 0;  // insert, or replace the one of (kind, name)
  virtual Status InsertLinkChart(const LinkChart& c) = 0;
  virtual Status UpdateLinkChart(const LinkChart& c, int64_t expected_version) = 0;
  virtual Status InsertUser(const User& user) = 0;  // Conflict when the name exists
  virtual Status UpdateUser(const User& user) = 0;

  virtual Status InsertSession(const Session& s) = 0;
  virtual Status TouchSession(const std::string& id_hash, int64_t now) = 0;
  virtual Status RevokeSession(const std::string& id_hash) = 0;
  virtual Status RevokeUserSessions(const std::string& user_id) = 0;
  virtual Status InsertToken(const ApiToken& token) = 0;
  virtual Status PutThrottle(const LoginThrottle& t) = 0;
  virtual Status DeleteThrottle(const std::string& key) = 0;

  // Assigns c.reference ("<UNIT>-<YEAR>-<NNNN>") when empty.
  virtual Status InsertCase(Case& c) = 0;
  // Conditional on c.version == expected_version, then stores c (whose version the caller has
  // already advanced). Conflict "version_conflict" when the stored version differs.
  virtual Status UpdateCase(const Case& c, int64_t expected_version) = 0;
  virtual Status InsertCaseHistory(const std::string& case_id, const CaseHistoryEntry& entry) = 0;
  virtual Status PutTeamMember(const std::string& case_id, const TeamMember& m, int64_t now) = 0;
  virtual Status RemoveTeamMember(const std::string& case_id, const std::string& user_id) = 0;
  virtual Status PutShare(const std::string& case_id, const std::string& user_id,
                          const std::string& shared_by, int64_t now) = 0;
  virtual Status PutLink(const std::string& case_id, const std::string& other_case_id,
                         const std::string& reason, const std::string& by, int64_t now) = 0;

  virtual Status InsertMatchPair(const MatchPair& p) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateMatchPair(const MatchPair& p, int64_t expected_version) = 0;
  virtual Status InsertMatchEvent(const MatchEvent& e) = 0;
  virtual Status InsertDeconflictionNotice(const DeconflictionNotice& n) = 0;

  virtual Status InsertEntity(const Entity& e) = 0;
  // Conditional on the stored version == expected_version, then stores e's header (caption,
  // version, updated_at, deleted), closes the values in `closed` (their until_version) and
  // inserts e's values opened at e.version. Conflict "version_conflict" when stale.
  virtual Status UpdateEntity(const Entity& e, int64_t expected_version, const std::vector<EntityValue>& closed) = 0;
  virtual Status InsertEntityHistory(const std::string& entity_id, const EntityHistoryEntry& entry) = 0;
  // Adds or replaces (case, entity, role).
  virtual Status PutInvolvement(const Involvement& inv) = 0;
  // NotFound when there was no such involvement.
  virtual Status RemoveInvolvement(const std::string& case_id, const std::string& entity_id, const std::string& role) = 0;

  // Assigns x.number ("EX-0001", the next in the case).
  virtual Status InsertExhibit(Exhibit& x) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateExhibit(const Exhibit& x, int64_t expected_version) = 0;
  virtual Status InsertExhibitHistory(const std::string& exhibit_id, const EntityHistoryEntry& entry) = 0;
  // Appends at e.seq, which the caller chose (last seq + 1) with e.prev_hash and e.hash set.
  virtual Status AppendCustody(const CustodyEvent& e) = 0;

  virtual Status InsertInterview(const Interview& iv) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateInterview(const Interview& iv, int64_t expected_version) = 0;
  virtual Status InsertInterviewHistory(const std::string& interview_id, const EntityHistoryEntry& entry) = 0;
  // Adds s as the next version (s.version is set by the caller); never replaces one.
  virtual Status InsertStatement(const Statement& s) = 0;

  // Adds the stored file (and its text) unless that content is there already.
  virtual Status PutStoredFile(const StoredFile& f, const std::string& text) = 0;
  virtual Status InsertDocument(const Document& d) = 0;

  // Replaces the search items of one record (all of its items, by `record_id`).
  virtual Status ReplaceSearchItems(const std::string& case_id, const std::string& record_id,
                                    const std::vector<SearchItem>& items) = 0;
  virtual Status ClearSearchIndex() = 0;
  // Merges the index into as few pieces as it can (after a bulk load; searches get faster).
  virtual Status OptimizeSearchIndex() = 0;
  // The records changed by this group's jobs whose search items must be rebuilt before it
  // commits (Store::SetGroupHooks), each once; taking them clears the list.
  virtual std::vector<IndexTask> TakeIndexTasks() = 0;
  virtual Status PutSetting(const std::string& key, const std::string& value) = 0;

  // Adds the definition unless that (id, version) is there; Conflict when it is, with other content.
  virtual Status PutWorkflowDefinition(const StoredWorkflowDefinition& d) = 0;
  virtual Status InsertCaseWorkflow(const CaseWorkflow& w) = 0;
  // Conditional on the stored rev == expected_rev; Conflict "version_conflict" otherwise.
  virtual Status UpdateCaseWorkflow(const CaseWorkflow& w, int64_t expected_rev) = 0;
  virtual Status InsertWorkflowEvent(const WorkflowEvent& e) = 0;
  virtual Status PutChecklistMark(const ChecklistMark& m) = 0;
  virtual Status DeleteChecklistMark(const std::string& case_id, const std::string& checklist_id,
                                     const std::string& item_id) = 0;
  virtual Status InsertTask(const Task& t) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateTask(const Task& t, int64_t expected_version) = 0;
  virtual Status MarkTaskOverdueNotified(const std::string& task_id) = 0;
  virtual Status InsertTimer(const Timer& t) = 0;
  // Stops the running timer `name` of the case, if there is one.
  virtual Status StopTimer(const std::string& case_id, const std::string& name, int64_t at) = 0;
  virtual Status MarkTimerNotified(const std::string& timer_id) = 0;
  virtual Status InsertApproval(const Approval& a) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateApproval(const Approval& a, int64_t expected_version) = 0;
  virtual Status InsertNotification(const Notification& n) = 0;
  // Marks the user's notification `id` read (NotFound when it is not theirs); "" marks all.
  virtual Status MarkNotificationsRead(const std::string& user_id, const std::string& id, int64_t at) = 0;

  virtual Status InsertProtectionFile(const ProtectionFile& f) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateProtectionFile(const ProtectionFile& f, int64_t expected_version) = 0;
  virtual Status InsertProtectionRecord(const ProtectionRecord& r) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateProtectionRecord(const ProtectionRecord& r, int64_t expected_version) = 0;
  virtual Status InsertScreening(const Screening& s) = 0;
  virtual Status InsertLegalAssessment(const LegalAssessmentRecord& a) = 0;
  virtual Status InsertFrontlineReport(const FrontlineReport& r) = 0;
  virtual Status UpdateFrontlineReport(const FrontlineReport& r, int64_t expected_version) = 0;
  virtual Status InsertIntelEvent(const IntelEvent& e) = 0;
  virtual Status InsertDissemination(const IntelDissemination& d) = 0;
  virtual Status AcknowledgeDissemination(const std::string& id, const std::string& by, int64_t at) = 0;
  virtual Status InsertIntelSearch(const IntelSearch& s) = 0;
  // False when the unit was told of this pair already.
  virtual Result<bool> InsertIntelNotice(const IntelNotice& n) = 0;
  virtual Status InsertPartner(const PartnerOrg& p) = 0;
  virtual Status UpdatePartner(const PartnerOrg& p, int64_t expected_version) = 0;
  virtual Status PutJurisdictionConfirmation(const JurisdictionConfirmation& c) = 0;

  virtual Status InsertCharge(const Charge& c) = 0;
  // Conditional on the stored version == expected_version; Conflict "version_conflict" otherwise.
  virtual Status UpdateCharge(const Charge& c, int64_t expected_version) = 0;
  virtual Status InsertChargeHistory(const std::string& charge_id, const EntityHistoryEntry& entry) = 0;

  // Appends at row.seq, which the caller chose (last seq + 1).
  virtual Status AppendAudit(const AuditRow& row) = 0;
  virtual Status InsertCheckpoint(const AuditCheckpoint& cp) = 0;

  virtual Status PutIdempotent(const std::string& user_id, const std::string& key,
                               const IdempotentReply& reply, int64_t now) = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Runs `fn` in one read snapshot. Thread-safe. Called from inside `fn` on the same thread,
  // it runs in the same snapshot (so a request can read everything in one transaction).
  virtual Status Read(const std::function<Status(StoreReader&)>& fn) = 0;
  // Runs `fn` on the writer inside a savepoint and waits until its group commits. If `fn`
  // fails, its changes are rolled back and its error returned. Thread-safe; never call Write
  // from inside Write.
  virtual Status Write(const std::function<Status(StoreWriter&)>& fn) = 0;
  // Write without waiting: `done` gets the result on the writer thread once the group has
  // committed (or failed). It must be quick and must not call Write. The HTTP server uses it
  // so that a request waiting for its audit row does not hold a thread.
  virtual void WriteAsync(std::function<Status(StoreWriter&)> fn, std::function<void(Status)> done) = 0;
  // Called on the writer at the end of every group before COMMIT (the audit checkpoint), and
  // after a successful COMMIT, before the group's Write calls return. Set once, before serving.
  virtual void SetGroupHooks(std::function<Status(StoreWriter&)> before_commit,
                             std::function<void()> after_commit) = 0;
  // A consistent copy of the whole store into `path`, while others keep reading and writing.
  virtual Status Backup(const std::string& path) = 0;
  // Finishes queued writes and closes. Idempotent.
  virtual void Close() = 0;
};

struct StoreOptions {
  int read_connections = 8;
  int max_group = 512;  // jobs per group commit
  // Under load, commits are at least this far apart (readers' caches survive in between);
  // an isolated write still commits at once.
  int min_commit_interval_us = 5000;
  // Page cache of the writer connection, so that one large transaction (a 200,000-row import
  // chunk, a bench_seed batch) writes each touched index page once, not once per spill. Pages are
  // taken as used: a server that never imports keeps a small cache.
  int writer_cache_mb = 256;
  // The WAL is copied back into the database, off the writer thread, once it holds this many
  // pages (sqlite/wal_checkpointer.h).
  int checkpoint_wal_pages = 1000;
};

// Opens (creating and migrating when needed) the embedded store at `path`.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, Env* env,
                                               const StoreOptions& options = {});

}  // namespace ariadne
