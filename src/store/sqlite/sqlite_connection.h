// One SQLite connection speaking the store interface. The store owns a pool of read-only ones
// and one writer; see sqlite_store.cc for the transaction and group-commit logic.
#pragma once

#include <memory>
#include <string>

#include "store/sqlite/search_extensions.h"
#include "store/sqlite/sqlite_db.h"
#include "store/store.h"

namespace ariadne::sqlite {

class SqliteConnection : public StoreWriter {
 public:
  explicit SqliteConnection(std::unique_ptr<Db> db) : db_(std::move(db)) {}
  Db& db() { return *db_; }

  // --- link analysis (sqlite_links.cc)
  Status ScanGraphRecords(const std::vector<std::string>& props, const std::function<void(const GraphRecord&)>& visit) override;
  Result<std::optional<GraphRecord>> GetGraphRecord(const std::string& id, const std::vector<std::string>& props) override;
  Status ScanInvolvements(const std::function<void(const Involvement&)>& visit) override;
  Result<std::vector<Involvement>> InvolvementsOfEntity(const std::string& entity_id) override;
  Status ScanConfirmedMatches(const std::function<void(const MatchPair&)>& visit) override;
  Status ScanCallAggregates(const std::string& job_id, const std::function<void(const CallAggregate&)>& visit) override;
  Status ScanTxnAggregates(const std::string& job_id, const std::function<void(const TxnAggregate&)>& visit) override;
  Status ScanTransactions(const std::string& job_id, const std::function<void(const StoredTxn&)>& visit) override;
  Result<std::vector<StoredCall>> ListCalls(const CallQuery& q) override;
  Result<std::vector<std::string>> CaseIdsInScope(const CaseScope& scope) override;
  Result<int64_t> GraphFeedHead() override;
  Result<std::vector<GraphFeedEntry>> GraphFeedSince(int64_t seq, int limit) override;
  Result<ImportJob> GetImportJob(const std::string& id) override;
  Result<std::optional<ImportJob>> FindImportJob(const std::string& case_id, const std::string& kind,
                                                  const std::string& sha256) override;
  Result<std::vector<ImportJob>> ListImportJobs(const std::string& case_id) override;
  Result<std::vector<ImportMapping>> ListImportMappings(const std::string& kind) override;
  Result<std::optional<ImportMapping>> FindImportMapping(const std::string& kind, const std::string& name) override;
  Result<LinkChart> GetLinkChart(const std::string& id) override;
  Result<std::vector<LinkChart>> ListLinkCharts(const std::string& case_id) override;
  Status InsertImportJob(const ImportJob& j) override;
  Status UpdateImportJob(const ImportJob& j) override;
  Status InsertCallRows(const std::string& job_id, const std::vector<CallRow>& rows) override;
  Status InsertTxnRows(const std::string& job_id, const std::vector<TxnRow>& rows) override;
  Status DeleteImportRows(const std::string& job_id) override;
  Status DiscardImportJob(const std::string& job_id, int64_t at) override;
  Status PublishImportRows(const std::string& job_id, int64_t rows) override;
  Status PutImportMapping(const ImportMapping& m) override;
  Status InsertLinkChart(const LinkChart& c) override;
  Status UpdateLinkChart(const LinkChart& c, int64_t expected_version) override;

  // --- entity resolution (sqlite_matches.cc)
  Result<MatchPair> GetMatchPair(const std::string& id) override;
  Result<std::optional<MatchPair>> FindMatchPair(const std::string& a_entity, const std::string& b_entity) override;
  Result<std::vector<MatchPair>> ListMatchPairs(const MatchPairQuery& query) override;
  Result<std::vector<MatchEvent>> ListMatchEvents(const std::string& pair_id) override;
  Result<std::vector<DeconflictionNotice>> ListDeconflictionNotices(const std::string& unit_id, int limit) override;
  Result<int64_t> CountNoticesTriggeredBy(const std::string& user_id, int64_t since) override;
  Status ScanMatchableEntities(const std::function<void(const Entity&, const std::string& country)>& visit) override;
  Status InsertMatchPair(const MatchPair& p) override;
  Status UpdateMatchPair(const MatchPair& p, int64_t expected_version) override;
  Status InsertMatchEvent(const MatchEvent& e) override;
  Status InsertDeconflictionNotice(const DeconflictionNotice& n) override;

  // --- accounts (sqlite_accounts.cc)
  Result<Unit> GetUnit(const std::string& id) override;
  Result<Unit> GetUnitByCode(const std::string& code) override;
  Result<std::vector<Unit>> ListUnits() override;
  Result<User> GetUser(const std::string& id) override;
  Result<User> GetUserByName(const std::string& username) override;
  Result<std::vector<UserBrief>> ListUsers(const std::string& text, int limit) override;
  Result<Session> GetSession(const std::string& id_hash) override;
  Result<ApiToken> GetTokenByHash(const std::string& token_hash) override;
  Result<LoginThrottle> GetThrottle(const std::string& key) override;
  Result<std::optional<IdempotentReply>> GetIdempotent(const std::string& user_id, const std::string& key) override;
  Status InsertUnit(const Unit& unit) override;
  Status InsertUser(const User& user) override;
  Status UpdateUser(const User& user) override;
  Status InsertSession(const Session& s) override;
  Status TouchSession(const std::string& id_hash, int64_t now) override;
  Status RevokeSession(const std::string& id_hash) override;
  Status RevokeUserSessions(const std::string& user_id) override;
  Status InsertToken(const ApiToken& token) override;
  Status PutThrottle(const LoginThrottle& t) override;
  Status DeleteThrottle(const std::string& key) override;
  Status PutIdempotent(const std::string& user_id, const std::string& key, const IdempotentReply& reply,
                       int64_t now) override;

  // --- cases (sqlite_cases.cc)
  Result<Case> GetCase(const std::string& id) override;
  Result<CaseAccessFacts> GetCaseAccess(const std::string& case_id, const std::string& user_id) override;
  Result<CasePage> ListCases(const CaseListQuery& query) override;
  Result<std::vector<CaseHistoryEntry>> CaseHistory(const std::string& case_id) override;
  Status InsertCase(Case& c) override;
  Status UpdateCase(const Case& c, int64_t expected_version) override;
  Status InsertCaseHistory(const std::string& case_id, const CaseHistoryEntry& entry) override;
  Status PutTeamMember(const std::string& case_id, const TeamMember& m, int64_t now) override;
  Status RemoveTeamMember(const std::string& case_id, const std::string& user_id) override;
  Status PutShare(const std::string& case_id, const std::string& user_id, const std::string& shared_by,
                  int64_t now) override;
  Status PutLink(const std::string& case_id, const std::string& other_case_id, const std::string& reason,
                 const std::string& by, int64_t now) override;

  // --- entities and involvements (sqlite_entities.cc)
  Result<Entity> GetEntity(const std::string& id) override;
  Result<EntityPage> ListEntities(const EntityListQuery& query) override;
  Result<std::optional<std::string>> EntitySchemaOf(const std::string& case_id, const std::string& id) override;
  Result<std::vector<EntityValue>> EntityValueHistory(const std::string& entity_id) override;
  Result<std::vector<EntityHistoryEntry>> EntityHistory(const std::string& entity_id) override;
  Result<std::vector<Involvement>> ListInvolvements(const std::string& case_id) override;
  Status InsertEntity(const Entity& e) override;
  Status UpdateEntity(const Entity& e, int64_t expected_version, const std::vector<EntityValue>& closed) override;
  Status InsertEntityHistory(const std::string& entity_id, const EntityHistoryEntry& entry) override;
  Status PutInvolvement(const Involvement& inv) override;
  Status RemoveInvolvement(const std::string& case_id, const std::string& entity_id, const std::string& role) override;

  // --- exhibits and custody (sqlite_exhibits.cc)
  Result<Exhibit> GetExhibit(const std::string& id) override;
  Result<std::vector<Exhibit>> ListExhibits(const std::string& case_id) override;
  Result<std::vector<CustodyEvent>> ListCustody(const std::string& exhibit_id) override;
  Status InsertExhibit(Exhibit& x) override;
  Status UpdateExhibit(const Exhibit& x, int64_t expected_version) override;
  Status InsertExhibitHistory(const std::string& exhibit_id, const EntityHistoryEntry& entry) override;
  Status AppendCustody(const CustodyEvent& e) override;

  // --- interviews and statements (sqlite_interviews.cc)
  Result<Interview> GetInterview(const std::string& id) override;
  Result<std::vector<Interview>> ListInterviews(const std::string& case_id) override;
  Result<std::vector<Statement>> ListStatements(const std::string& interview_id) override;
  Status InsertInterview(const Interview& iv) override;
  Status UpdateInterview(const Interview& iv, int64_t expected_version) override;
  Status InsertInterviewHistory(const std::string& interview_id, const EntityHistoryEntry& entry) override;
  Status InsertStatement(const Statement& s) override;

  // --- charges (sqlite_charges.cc)
  Result<ProtectionFile> GetProtectionFile(const std::string& id) override;
  Result<std::vector<ProtectionFile>> ListProtectionFiles(const ProtectionFileQuery& query) override;
  Result<std::vector<ProtectionRecord>> ListProtectionRecords(const std::string& file_id) override;
  Result<ProtectionRecord> GetProtectionRecord(const std::string& id) override;
  Result<std::vector<ProtectionRecord>> ListReferrals(const ReferralQuery& query) override;
  Result<std::vector<ProtectionFile>> AllProtectionFiles() override;
  Result<std::vector<ProtectionRecord>> AllProtectionRecords(const std::string& kind) override;
  Result<std::vector<Screening>> ListScreenings(const ScreeningQuery& query) override;
  Result<std::vector<LegalAssessmentRecord>> ListLegalAssessments(const std::string& case_id) override;
  Result<FrontlineReport> GetFrontlineReport(const std::string& id) override;
  Result<std::vector<FrontlineReport>> ListFrontlineReports(const FrontlineQuery& query) override;
  Result<std::vector<IntelEvent>> ListIntelEvents(const std::string& report_id) override;
  Result<IntelDissemination> GetDissemination(const std::string& id) override;
  Result<std::vector<IntelDissemination>> ListDisseminations(const std::string& report_id,
                                                             const std::string& unit_id) override;
  Result<std::vector<IntelSearch>> ListIntelSearches(int limit) override;
  Result<std::vector<IntelNotice>> ListIntelNotices(const std::string& unit_id, int limit) override;
  Status InsertIntelEvent(const IntelEvent& e) override;
  Status InsertDissemination(const IntelDissemination& d) override;
  Status AcknowledgeDissemination(const std::string& id, const std::string& by, int64_t at) override;
  Status InsertIntelSearch(const IntelSearch& s) override;
  Result<bool> InsertIntelNotice(const IntelNotice& n) override;
  Result<PartnerOrg> GetPartner(const std::string& id) override;
  Result<std::vector<PartnerOrg>> ListPartners() override;
  Result<std::vector<JurisdictionConfirmation>> ListJurisdictionConfirmations() override;
  Result<int64_t> CountReferences(const std::string& table, const std::string& prefix) override;
  Status InsertProtectionFile(const ProtectionFile& f) override;
  Status UpdateProtectionFile(const ProtectionFile& f, int64_t expected_version) override;
  Status InsertProtectionRecord(const ProtectionRecord& r) override;
  Status UpdateProtectionRecord(const ProtectionRecord& r, int64_t expected_version) override;
  Status InsertScreening(const Screening& s) override;
  Status InsertLegalAssessment(const LegalAssessmentRecord& a) override;
  Status InsertFrontlineReport(const FrontlineReport& r) override;
  Status UpdateFrontlineReport(const FrontlineReport& r, int64_t expected_version) override;
  Status InsertPartner(const PartnerOrg& p) override;
  Status UpdatePartner(const PartnerOrg& p, int64_t expected_version) override;
  Status PutJurisdictionConfirmation(const JurisdictionConfirmation& c) override;
  Result<Charge> GetCharge(const std::string& id) override;
  Result<std::vector<Charge>> ListCharges(const std::string& case_id) override;
  Status InsertCharge(const Charge& c) override;
  Status UpdateCharge(const Charge& c, int64_t expected_version) override;
  Status InsertChargeHistory(const std::string& charge_id, const EntityHistoryEntry& entry) override;

  // sqlite_workflow.cc
  Result<std::vector<StoredWorkflowDefinition>> ListWorkflowDefinitions() override;
  Result<std::optional<CaseWorkflow>> GetCaseWorkflow(const std::string& case_id) override;
  Result<std::vector<CaseWorkflow>> ListCaseWorkflows(const std::string& workflow_id, int version) override;
  Result<std::vector<WorkflowEvent>> ListWorkflowEvents(const std::string& case_id) override;
  Result<std::vector<ChecklistMark>> ListChecklistMarks(const std::string& case_id) override;
  Result<Task> GetTask(const std::string& id) override;
  Result<std::vector<Task>> ListTasks(const TaskQuery& query) override;
  Result<std::vector<Task>> OverdueUnnotifiedTasks(int64_t now, int limit) override;
  Result<std::vector<Timer>> ListTimers(const std::string& case_id) override;
  Result<std::vector<Timer>> TimersInScope(const CaseScope& scope, int64_t from, int64_t to) override;
  Result<std::vector<Timer>> DueUnnotifiedTimers(int64_t now, int limit) override;
  Result<std::vector<CalendarHearing>> HearingsInScope(const CaseScope& scope, const std::string& from_date,
                                                       const std::string& to_date) override;
  Result<Approval> GetApproval(const std::string& id) override;
  Result<std::vector<Approval>> ListApprovals(const ApprovalQuery& query) override;
  Result<std::vector<Notification>> ListNotifications(const std::string& user_id, bool unread_only, int limit) override;
  Result<int64_t> CountUnreadNotifications(const std::string& user_id) override;
  Result<std::vector<std::string>> ListUnitUsers(const std::string& unit_id, const std::string& role) override;
  Status PutWorkflowDefinition(const StoredWorkflowDefinition& d) override;
  Status InsertCaseWorkflow(const CaseWorkflow& w) override;
  Status UpdateCaseWorkflow(const CaseWorkflow& w, int64_t expected_rev) override;
  Status InsertWorkflowEvent(const WorkflowEvent& e) override;
  Status PutChecklistMark(const ChecklistMark& m) override;
  Status DeleteChecklistMark(const std::string& case_id, const std::string& checklist_id,
                             const std::string& item_id) override;
  Status InsertTask(const Task& t) override;
  Status UpdateTask(const Task& t, int64_t expected_version) override;
  Status MarkTaskOverdueNotified(const std::string& task_id) override;
  Status InsertTimer(const Timer& t) override;
  Status StopTimer(const std::string& case_id, const std::string& name, int64_t at) override;
  Status MarkTimerNotified(const std::string& timer_id) override;
  Status InsertApproval(const Approval& a) override;
  Status UpdateApproval(const Approval& a, int64_t expected_version) override;
  Status InsertNotification(const Notification& n) override;
  Status MarkNotificationsRead(const std::string& user_id, const std::string& id, int64_t at) override;

  // --- documents (sqlite_documents.cc)
  Result<Document> GetDocument(const std::string& id) override;
  Result<std::vector<Document>> ListDocuments(const std::string& case_id) override;
  Result<std::optional<StoredFile>> GetStoredFile(const std::string& sha256) override;
  Result<std::string> StoredFileText(const std::string& sha256) override;
  Result<std::vector<StoredFile>> ListStoredFiles() override;
  Status PutStoredFile(const StoredFile& f, const std::string& text) override;
  Status InsertDocument(const Document& d) override;

  // --- search (sqlite_search.cc)
  Result<SearchResult> Search(const SearchQuery& query) override;
  Status ReplaceSearchItems(const std::string& case_id, const std::string& record_id,
                            const std::vector<SearchItem>& items) override;
  Status ClearSearchIndex() override;
  Status OptimizeSearchIndex() override;
  std::vector<IndexTask> TakeIndexTasks() override;
  Result<std::string> GetSetting(const std::string& key) override;
  Status PutSetting(const std::string& key, const std::string& value) override;
  Result<std::vector<std::string>> AllCaseIds() override;

  // --- audit (sqlite_audit.cc)
  Result<std::vector<AuditRow>> ListAudit(const AuditQuery& query) override;
  Result<std::vector<AuditViewer>> AuditViewers(const std::string& record) override;
  Status ScanAudit(int64_t from_seq, const std::function<bool(const AuditRow&)>& visit) override;
  Result<std::optional<AuditRow>> LastAuditRow() override;
  Result<std::optional<AuditHead>> LastAuditHead() override;
  Result<std::vector<AuditCheckpoint>> ListCheckpoints() override;
  Result<int64_t> CountAudit() override;
  Status AppendAudit(const AuditRow& row) override;
  Status InsertCheckpoint(const AuditCheckpoint& cp) override;

 private:
  Status IndexCaseText(const Case& c, bool replace);
  Status NotStaging(const std::string& import_job_id);  // NotFound, or Conflict "import_not_staging"
  // The rowids of the caller's own cases (team, shares) that match `fts`, as a JSON array; nullopt
  // when they are too many for that to be the cheaper plan.
  Result<std::optional<std::string>> OwnCasesMatching(const std::string& user_id, const std::string& fts);
  Result<std::vector<TeamMember>> LoadTeam(const std::string& case_id);
  Result<std::vector<EntityValue>> LoadValues(const std::string& entity_id, bool current_only);
  Status InsertValue(const std::string& entity_id, const EntityValue& v);
  void MarkForIndex(const char* kind, const std::string& id);
  std::unique_ptr<Db> db_;
  std::vector<IndexTask> index_tasks_;  // writer only
  std::unique_ptr<TermTokenizer> terms_;  // made on first use
  Result<TermTokenizer*> Terms();
};

}  // namespace ariadne::sqlite
