#include "store/sqlite/migrations.h"

namespace ariadne::sqlite {

// Frozen: a published migration never changes; a new change is a new number.
const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> all = {
      {1, "accounts", R"SQL(
CREATE TABLE units (
  id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  country TEXT NOT NULL, region TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
CREATE TABLE users (
  id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
  role TEXT NOT NULL, unit_id TEXT NOT NULL REFERENCES units(id),
  password_hash TEXT NOT NULL, totp_secret TEXT NOT NULL DEFAULT '',
  totp_enabled INTEGER NOT NULL DEFAULT 0, disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL, created_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY, failures INTEGER NOT NULL, window_start INTEGER NOT NULL,
  locked_until INTEGER NOT NULL);
CREATE TABLE idempotency (
  user_id TEXT NOT NULL, key TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,
  created_at INTEGER NOT NULL, PRIMARY KEY (user_id, key));
)SQL"},
      {2, "cases", R"SQL(
CREATE TABLE cases (
  id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '', category TEXT NOT NULL,
  forms_of_exploitation TEXT NOT NULL DEFAULT '[]', approach TEXT NOT NULL,
  trigger_kind TEXT NOT NULL, jurisdiction_country TEXT NOT NULL,
  jurisdiction_region TEXT NOT NULL DEFAULT '',
  countries_of_origin TEXT NOT NULL DEFAULT '[]', countries_of_transit TEXT NOT NULL DEFAULT '[]',
  countries_of_destination TEXT NOT NULL DEFAULT '[]', state TEXT NOT NULL,
  covert INTEGER NOT NULL DEFAULT 0, victim_notes TEXT NOT NULL DEFAULT '',
  owning_unit_id TEXT NOT NULL REFERENCES units(id), created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL);
-- Every sortable column has an index (DESIGN.md §6); the unit-led ones serve supervisors.
CREATE INDEX cases_updated ON cases(updated_at, id);
CREATE INDEX cases_created ON cases(created_at, id);
CREATE INDEX cases_title ON cases(title, id);
CREATE INDEX cases_unit_updated ON cases(owning_unit_id, updated_at, id);
CREATE INDEX cases_state ON cases(state);
CREATE INDEX cases_category ON cases(category);
CREATE TABLE case_counters (unit_id TEXT NOT NULL, year INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (unit_id, year));
CREATE TABLE case_team (
  case_id TEXT NOT NULL REFERENCES cases(id), user_id TEXT NOT NULL REFERENCES users(id),
  team_role TEXT NOT NULL, grants TEXT NOT NULL DEFAULT '[]', added_at INTEGER NOT NULL,
  PRIMARY KEY (case_id, user_id));
CREATE INDEX case_team_user ON case_team(user_id, case_id);
CREATE TABLE case_shares (
  case_id TEXT NOT NULL REFERENCES cases(id), user_id TEXT NOT NULL REFERENCES users(id),
  shared_by TEXT NOT NULL, shared_at INTEGER NOT NULL, PRIMARY KEY (case_id, user_id));
CREATE INDEX case_shares_user ON case_shares(user_id, case_id);
CREATE TABLE case_links (
  case_id TEXT NOT NULL REFERENCES cases(id), other_case_id TEXT NOT NULL REFERENCES cases(id),
  reason TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
  PRIMARY KEY (case_id, other_case_id));
CREATE TABLE case_history (
  case_id TEXT NOT NULL REFERENCES cases(id), version INTEGER NOT NULL, changed_by TEXT NOT NULL,
  at INTEGER NOT NULL, changes TEXT NOT NULL, PRIMARY KEY (case_id, version));
-- Free text over the fields every reader of the case may see. Restricted fields are never
-- indexed, so a search can never reveal them through a hit or a snippet.
CREATE VIRTUAL TABLE cases_fts USING fts5(reference, title, summary, tokenize='unicode61 remove_diacritics 2');
)SQL"},
      {3, "audit", R"SQL(
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_id TEXT NOT NULL, username TEXT NOT NULL,
  action TEXT NOT NULL, outcome TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
  ip TEXT NOT NULL, records TEXT NOT NULL, detail TEXT NOT NULL, alert INTEGER NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX audit_user ON audit_log(user_id, seq);
CREATE INDEX audit_alert ON audit_log(alert, seq) WHERE alert = 1;
-- "Who has seen this case": one row per record named by an audit row.
CREATE TABLE audit_records (record TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (record, seq)) WITHOUT ROWID;
CREATE TABLE audit_checkpoints (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL, mac TEXT NOT NULL, at INTEGER NOT NULL);
)SQL"},
      {4, "case list by unit for every sort", R"SQL(
-- A supervisor's list walks the unit's cases in sort order; one index per sortable column.
CREATE INDEX cases_unit_created ON cases(owning_unit_id, created_at, id);
CREATE INDEX cases_unit_title ON cases(owning_unit_id, title, id);
CREATE INDEX cases_unit_reference ON cases(owning_unit_id, reference, id);
)SQL"},
      {5, "entities", R"SQL(
-- The case file's records, FollowTheMoney-shaped: one row per entity, one per value. A value
-- is never updated in place: a change closes it (until_version) and opens a new one, which is
-- the field-level history.
CREATE TABLE entities (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), schema TEXT NOT NULL,
  caption TEXT NOT NULL DEFAULT '', caption_latin TEXT NOT NULL DEFAULT '',
  caption_prop TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX entities_case ON entities(case_id, id);
CREATE INDEX entities_case_schema ON entities(case_id, schema, id);
CREATE TABLE entity_values (
  entity_id TEXT NOT NULL REFERENCES entities(id), prop TEXT NOT NULL, value TEXT NOT NULL,
  normalized TEXT NOT NULL DEFAULT '', latin TEXT NOT NULL DEFAULT '', flags TEXT NOT NULL DEFAULT '[]',
  recorded_by TEXT NOT NULL, recorded_at INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '',
  grade TEXT NOT NULL DEFAULT '', since_version INTEGER NOT NULL, until_version INTEGER NOT NULL DEFAULT 0);
CREATE INDEX entity_values_entity ON entity_values(entity_id, until_version, prop);
-- Pivots: the same phone, account, passport number or linked record across the store.
CREATE INDEX entity_values_normalized ON entity_values(normalized, prop) WHERE normalized <> '' AND until_version = 0;
CREATE TABLE entity_history (
  entity_id TEXT NOT NULL REFERENCES entities(id), version INTEGER NOT NULL, changed_by TEXT NOT NULL,
  at INTEGER NOT NULL, changes TEXT NOT NULL, PRIMARY KEY (entity_id, version));
CREATE TABLE case_involvements (
  case_id TEXT NOT NULL REFERENCES cases(id), entity_id TEXT NOT NULL REFERENCES entities(id),
  role TEXT NOT NULL, network_role TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
  added_by TEXT NOT NULL, added_at INTEGER NOT NULL, PRIMARY KEY (case_id, entity_id, role));
CREATE INDEX case_involvements_entity ON case_involvements(entity_id);
)SQL"},
      {6, "exhibits", R"SQL(
-- The exhibit register and each exhibit's chain of custody. Custody events are only ever
-- appended; each carries the hash of its content and of the event before it.
CREATE TABLE exhibits (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), number TEXT NOT NULL,
  evidence_type TEXT NOT NULL, description TEXT NOT NULL, seized_at INTEGER NOT NULL,
  seized_place TEXT NOT NULL, seized_by TEXT NOT NULL, authority TEXT NOT NULL,
  warrant_number TEXT NOT NULL DEFAULT '', packaging TEXT NOT NULL DEFAULT '',
  seal_numbers TEXT NOT NULL DEFAULT '[]', created_by TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL,
  UNIQUE (case_id, number));
CREATE TABLE exhibit_history (
  exhibit_id TEXT NOT NULL REFERENCES exhibits(id), version INTEGER NOT NULL, changed_by TEXT NOT NULL,
  at INTEGER NOT NULL, changes TEXT NOT NULL, PRIMARY KEY (exhibit_id, version));
CREATE TABLE custody_events (
  id TEXT PRIMARY KEY, exhibit_id TEXT NOT NULL REFERENCES exhibits(id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL, at INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users(id), holder TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '', seal_numbers TEXT NOT NULL DEFAULT '[]', note TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (exhibit_id, seq));
)SQL"},
      {7, "interviews", R"SQL(
-- Interview records and their statements. A statement is never updated: each correction is
-- a new (interview_id, version) row and the earlier ones stay.
CREATE TABLE interviews (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL,
  subject_entity_id TEXT NOT NULL REFERENCES entities(id), started_at INTEGER NOT NULL,
  ended_at INTEGER NOT NULL DEFAULT 0, place TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',
  peace_stage TEXT NOT NULL DEFAULT '', consent INTEGER NOT NULL DEFAULT 0, consent_note TEXT NOT NULL DEFAULT '',
  present TEXT NOT NULL DEFAULT '[]', checklist TEXT NOT NULL DEFAULT '[]', recordings TEXT NOT NULL DEFAULT '[]',
  created_by TEXT NOT NULL REFERENCES users(id), created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL);
CREATE INDEX interviews_case ON interviews(case_id, started_at);
CREATE TABLE interview_history (
  interview_id TEXT NOT NULL REFERENCES interviews(id), version INTEGER NOT NULL, changed_by TEXT NOT NULL,
  at INTEGER NOT NULL, changes TEXT NOT NULL, PRIMARY KEY (interview_id, version));
CREATE TABLE statements (
  interview_id TEXT NOT NULL REFERENCES interviews(id), version INTEGER NOT NULL, text TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', recorded_by TEXT NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL, PRIMARY KEY (interview_id, version));
)SQL"},
      {8, "charges", R"SQL(
-- Charges against the suspects of a case under an article of a jurisdiction's code.
CREATE TABLE charges (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
  suspect_entity_id TEXT NOT NULL REFERENCES entities(id), jurisdiction TEXT NOT NULL, article TEXT NOT NULL,
  status TEXT NOT NULL, prosecutor TEXT NOT NULL DEFAULT '', filed_at INTEGER NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL DEFAULT '', sentence TEXT NOT NULL DEFAULT '', sentence_months INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL REFERENCES users(id), created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL, version INTEGER NOT NULL);
CREATE INDEX charges_case ON charges(case_id, created_at);
CREATE TABLE charge_history (
  charge_id TEXT NOT NULL REFERENCES charges(id), version INTEGER NOT NULL, changed_by TEXT NOT NULL,
  at INTEGER NOT NULL, changes TEXT NOT NULL, PRIMARY KEY (charge_id, version));
)SQL"},
      {9, "documents", R"SQL(
-- Stored files, one row per content (named by SHA-256; the encrypted bytes live in the file
-- store), their extracted text, and the documents of cases that point at them.
CREATE TABLE stored_files (
  sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, media_type TEXT NOT NULL, text_status TEXT NOT NULL,
  text_chars INTEGER NOT NULL DEFAULT 0, stored_at INTEGER NOT NULL);
CREATE TABLE stored_file_text (sha256 TEXT PRIMARY KEY REFERENCES stored_files(sha256), text TEXT NOT NULL);
CREATE TABLE documents (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), sha256 TEXT NOT NULL REFERENCES stored_files(sha256),
  name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', declared_type TEXT NOT NULL DEFAULT '',
  name_mismatch INTEGER NOT NULL DEFAULT 0, exhibit_id TEXT NOT NULL DEFAULT '', interview_id TEXT NOT NULL DEFAULT '',
  uploaded_by TEXT NOT NULL REFERENCES users(id), uploaded_at INTEGER NOT NULL);
CREATE INDEX documents_case ON documents(case_id, uploaded_at);
CREATE INDEX documents_sha ON documents(sha256);
)SQL"},
      {10, "search", R"SQL(
-- The case-file search index. An item's id is (case seq << 24) | (n << 1) | guarded, so the
-- need-to-know filter needs only the id of a hit, and guarded items (restricted content)
-- are known without reading them. search_cases gives each case a stable small number.
CREATE TABLE search_cases (seq INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE);
-- terms and title_terms: the item's tokens (as the tokenizer gives them to FTS5), hashed and
-- sorted, so a caller who sees few cases is answered from their items alone.
CREATE TABLE search_items (
  id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, kind TEXT NOT NULL, guard TEXT NOT NULL,
  title TEXT NOT NULL, text TEXT NOT NULL, terms BLOB NOT NULL, title_terms BLOB NOT NULL);
CREATE INDEX search_items_record ON search_items(record_id);
CREATE VIRTUAL TABLE search_fts USING fts5(title, text, content='search_items', content_rowid='id',
  tokenize='ariadne_stem');
CREATE TABLE store_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL"},
      {11, "workflows", R"SQL(
-- Every workflow definition a case has run under, as loaded: a case keeps its version even
-- after the file changes or goes.
CREATE TABLE workflow_definitions (workflow_id TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL,
  sha256 TEXT NOT NULL, PRIMARY KEY (workflow_id, version));
CREATE TABLE case_workflows (case_id TEXT PRIMARY KEY REFERENCES cases(id), workflow_id TEXT NOT NULL,
  version INTEGER NOT NULL, state TEXT NOT NULL, entered_at INTEGER NOT NULL, rev INTEGER NOT NULL);
CREATE INDEX case_workflows_version ON case_workflows(workflow_id, version);
CREATE TABLE workflow_events (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), at INTEGER NOT NULL,
  user_id TEXT NOT NULL, kind TEXT NOT NULL, transition TEXT NOT NULL, from_state TEXT NOT NULL,
  to_state TEXT NOT NULL, workflow_id TEXT NOT NULL, version INTEGER NOT NULL, note TEXT NOT NULL);
CREATE INDEX workflow_events_case ON workflow_events(case_id, at);
CREATE TABLE checklist_marks (case_id TEXT NOT NULL REFERENCES cases(id), checklist_id TEXT NOT NULL,
  item_id TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL, user_id TEXT NOT NULL, at INTEGER NOT NULL,
  PRIMARY KEY (case_id, checklist_id, item_id)) WITHOUT ROWID;
CREATE TABLE tasks (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, unit_id TEXT NOT NULL, entity_id TEXT NOT NULL,
  title TEXT NOT NULL, title_ru TEXT NOT NULL, description TEXT NOT NULL, assignee_id TEXT NOT NULL,
  due_at INTEGER NOT NULL, priority TEXT NOT NULL, status TEXT NOT NULL, origin TEXT NOT NULL,
  created_by TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL,
  overdue_notified INTEGER NOT NULL DEFAULT 0);
CREATE INDEX tasks_case ON tasks(case_id, due_at);
CREATE INDEX tasks_assignee ON tasks(assignee_id, status, due_at);
CREATE INDEX tasks_unit ON tasks(unit_id, status, due_at);
CREATE INDEX tasks_overdue ON tasks(due_at) WHERE overdue_notified = 0 AND status IN ('open', 'in_progress') AND due_at > 0;
CREATE TABLE timers (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), name TEXT NOT NULL,
  label TEXT NOT NULL, label_ru TEXT NOT NULL, started_at INTEGER NOT NULL, due_at INTEGER NOT NULL,
  stopped_at INTEGER NOT NULL DEFAULT 0, due_notified INTEGER NOT NULL DEFAULT 0);
CREATE INDEX timers_case ON timers(case_id, name);
CREATE INDEX timers_due ON timers(due_at) WHERE stopped_at = 0;
CREATE TABLE approvals (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), subject TEXT NOT NULL,
  state_entered_at INTEGER NOT NULL, requested_by TEXT NOT NULL, requested_at INTEGER NOT NULL, note TEXT NOT NULL,
  status TEXT NOT NULL, decided_by TEXT NOT NULL, decided_at INTEGER NOT NULL, reason TEXT NOT NULL,
  version INTEGER NOT NULL);
CREATE INDEX approvals_case ON approvals(case_id, requested_at);
CREATE INDEX approvals_status ON approvals(status, requested_at);
CREATE TABLE notifications (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, case_id TEXT NOT NULL, kind TEXT NOT NULL,
  message TEXT NOT NULL, message_ru TEXT NOT NULL, link TEXT NOT NULL, created_at INTEGER NOT NULL,
  read_at INTEGER NOT NULL DEFAULT 0);
CREATE INDEX notifications_user ON notifications(user_id, read_at, created_at);
)SQL"},
      {12, "victim protection", R"SQL(
CREATE TABLE partner_orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
  region TEXT NOT NULL, services TEXT NOT NULL, contacts TEXT NOT NULL, unit_id TEXT NOT NULL, active INTEGER NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL);
CREATE INDEX partner_orgs_unit ON partner_orgs(unit_id);
CREATE TABLE protection_files (id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, owner_unit_id TEXT NOT NULL,
  case_id TEXT NOT NULL, entity_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, person TEXT NOT NULL,
  forms TEXT NOT NULL, cooperation TEXT NOT NULL, note TEXT NOT NULL, assistance_status TEXT NOT NULL,
  procedural_status TEXT NOT NULL, reflection_started_at INTEGER NOT NULL, reflection_ends_at INTEGER NOT NULL,
  reflection_days INTEGER NOT NULL, guardian TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL, version INTEGER NOT NULL);
CREATE INDEX protection_files_case ON protection_files(case_id);
CREATE INDEX protection_files_unit ON protection_files(owner_unit_id);
CREATE INDEX protection_files_creator ON protection_files(created_by);
CREATE TABLE protection_records (id TEXT PRIMARY KEY, file_id TEXT NOT NULL REFERENCES protection_files(id),
  kind TEXT NOT NULL, subtype TEXT NOT NULL, state TEXT NOT NULL, organisation_id TEXT NOT NULL, body TEXT NOT NULL,
  created_by TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, due_at INTEGER NOT NULL,
  version INTEGER NOT NULL);
CREATE INDEX protection_records_file ON protection_records(file_id, created_at);
CREATE INDEX protection_records_org ON protection_records(organisation_id, kind, state);
CREATE INDEX protection_records_due ON protection_records(kind, state, due_at);
CREATE TABLE screenings (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, entity_id TEXT NOT NULL, report_id TEXT NOT NULL,
  file_id TEXT NOT NULL, sets TEXT NOT NULL, observations TEXT NOT NULL, result TEXT NOT NULL,
  recommendation TEXT NOT NULL, note TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX screenings_case ON screenings(case_id, entity_id, created_at);
CREATE INDEX screenings_report ON screenings(report_id, created_at);
CREATE INDEX screenings_file ON screenings(file_id, created_at);
CREATE TABLE legal_assessments (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
  subject_entity_id TEXT NOT NULL, jurisdiction TEXT NOT NULL, input TEXT NOT NULL, result TEXT NOT NULL,
  proposal TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX legal_assessments_case ON legal_assessments(case_id, created_at);
CREATE TABLE frontline_reports (id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, author_id TEXT NOT NULL,
  author_unit_id TEXT NOT NULL, target_unit_id TEXT NOT NULL, state TEXT NOT NULL, blocks TEXT NOT NULL,
  location TEXT NOT NULL, observed_at INTEGER NOT NULL, case_id TEXT NOT NULL, handed_over_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL);
CREATE INDEX frontline_reports_author ON frontline_reports(author_id, created_at);
CREATE INDEX frontline_reports_target ON frontline_reports(target_unit_id, handed_over_at);
CREATE TABLE jurisdiction_confirmations (country TEXT NOT NULL, item TEXT NOT NULL, confirmed_by TEXT NOT NULL,
  confirmed_at INTEGER NOT NULL, note TEXT NOT NULL, PRIMARY KEY (country, item));
)SQL"},
      {13, "entity resolution", R"SQL(
CREATE TABLE match_pairs (
  id TEXT PRIMARY KEY, a_entity TEXT NOT NULL REFERENCES entities(id), b_entity TEXT NOT NULL REFERENCES entities(id),
  a_case TEXT NOT NULL REFERENCES cases(id), b_case TEXT NOT NULL REFERENCES cases(id), schema TEXT NOT NULL,
  score REAL NOT NULL, reasons TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL, decided_by TEXT NOT NULL DEFAULT '', decided_at INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL, UNIQUE (a_entity, b_entity), CHECK (a_entity < b_entity));
CREATE INDEX match_pairs_b ON match_pairs(b_entity);
CREATE INDEX match_pairs_status ON match_pairs(status, updated_at, id);
CREATE INDEX match_pairs_a_case ON match_pairs(a_case);
CREATE INDEX match_pairs_b_case ON match_pairs(b_case);
CREATE TABLE match_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, pair_id TEXT NOT NULL REFERENCES match_pairs(id), action TEXT NOT NULL,
  by_user TEXT NOT NULL, at INTEGER NOT NULL, reason TEXT NOT NULL);
CREATE INDEX match_events_pair ON match_events(pair_id, seq);
CREATE TABLE deconfliction_notices (
  id TEXT PRIMARY KEY, pair_id TEXT NOT NULL REFERENCES match_pairs(id), unit_id TEXT NOT NULL REFERENCES units(id),
  case_id TEXT NOT NULL REFERENCES cases(id), entity_id TEXT NOT NULL, other_unit_id TEXT NOT NULL REFERENCES units(id),
  triggered_by TEXT NOT NULL, created_at INTEGER NOT NULL, withheld INTEGER NOT NULL);
CREATE INDEX deconfliction_unit ON deconfliction_notices(unit_id, created_at);
CREATE INDEX deconfliction_trigger ON deconfliction_notices(triggered_by, created_at);
)SQL"},
      {14, "intelligence", R"SQL(
ALTER TABLE units ADD COLUMN agency TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT 'police';
UPDATE units SET agency = code WHERE agency = '';
ALTER TABLE frontline_reports ADD COLUMN cycle TEXT NOT NULL DEFAULT '';
ALTER TABLE frontline_reports ADD COLUMN grading TEXT NOT NULL DEFAULT '{}';
ALTER TABLE frontline_reports ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE frontline_reports ADD COLUMN items TEXT NOT NULL DEFAULT '[]';
ALTER TABLE frontline_reports ADD COLUMN originator_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE frontline_reports ADD COLUMN risk_assessment TEXT NOT NULL DEFAULT 'null';
ALTER TABLE frontline_reports ADD COLUMN sanitised_from TEXT NOT NULL DEFAULT '';
UPDATE frontline_reports SET cycle = 'collected' WHERE state != 'draft';
CREATE INDEX frontline_reports_cycle ON frontline_reports(cycle, handed_over_at);
CREATE INDEX frontline_reports_sanitised ON frontline_reports(sanitised_from) WHERE sanitised_from <> '';
-- What happened to a report as intelligence: grading, cycle, risk assessment, dissemination,
-- sanitising (on the original only), cases and tasks from it.
CREATE TABLE intel_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT NOT NULL REFERENCES frontline_reports(id),
  at INTEGER NOT NULL, by_user TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);
CREATE INDEX intel_events_report ON intel_events(report_id, seq);
CREATE TABLE intel_disseminations (
  id TEXT PRIMARY KEY, report_id TEXT NOT NULL REFERENCES frontline_reports(id), unit_id TEXT NOT NULL REFERENCES units(id),
  path TEXT NOT NULL, handling TEXT NOT NULL, by_user TEXT NOT NULL, by_originator INTEGER NOT NULL, at INTEGER NOT NULL,
  note TEXT NOT NULL, acknowledged_by TEXT NOT NULL DEFAULT '', acknowledged_at INTEGER NOT NULL DEFAULT 0);
CREATE INDEX intel_disseminations_report ON intel_disseminations(report_id, at);
CREATE INDEX intel_disseminations_unit ON intel_disseminations(unit_id, at);
-- Every search that touched intelligence (a database check is a dissemination: ICMPD reader).
CREATE TABLE intel_searches (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL, terms TEXT NOT NULL, folded TEXT NOT NULL, results INTEGER NOT NULL,
  at INTEGER NOT NULL);
CREATE INDEX intel_searches_at ON intel_searches(at);
-- Deconfliction of intelligence: a unit told that another unit holds intelligence or a case on
-- the same target. `pair_key` makes each pair of records notify each unit once.
CREATE TABLE intel_notices (
  id TEXT PRIMARY KEY, unit_id TEXT NOT NULL REFERENCES units(id), report_id TEXT NOT NULL, case_id TEXT NOT NULL,
  item_id TEXT NOT NULL, other_unit_id TEXT NOT NULL REFERENCES units(id), pair_key TEXT NOT NULL,
  created_at INTEGER NOT NULL, UNIQUE (unit_id, pair_key));
CREATE INDEX intel_notices_unit ON intel_notices(unit_id, created_at);
)SQL"},
      {15, "link analysis", R"SQL(
-- Column mappings saved per source format (an operator's CDR layout, a bank's statement).
CREATE TABLE import_mappings (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, doc TEXT NOT NULL, created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, UNIQUE (kind, name));
-- A file imported into a case. Its rows are invisible until status = 'published'.
CREATE TABLE import_jobs (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL, file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL, size INTEGER NOT NULL, mapping TEXT NOT NULL, on_error TEXT NOT NULL, status TEXT NOT NULL,
  rows_ok INTEGER NOT NULL DEFAULT 0, rows_bad INTEGER NOT NULL DEFAULT 0, resume_offset INTEGER NOT NULL DEFAULT 0,
  resume_line INTEGER NOT NULL DEFAULT 1, errors TEXT NOT NULL DEFAULT '[]', created_by TEXT NOT NULL,
  document_id TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, published_at INTEGER NOT NULL DEFAULT 0);
CREATE INDEX import_jobs_case ON import_jobs(case_id, created_at);
-- The same file into the same case once: a second import finds the first (to resume it or to add nothing).
CREATE UNIQUE INDEX import_jobs_file ON import_jobs(case_id, kind, sha256) WHERE status IN ('staging', 'published');
CREATE TABLE call_records (
  id INTEGER PRIMARY KEY, job_id TEXT NOT NULL, case_id TEXT NOT NULL, caller TEXT NOT NULL, callee TEXT NOT NULL,
  start INTEGER NOT NULL, duration INTEGER NOT NULL, cell TEXT NOT NULL, location TEXT NOT NULL,
  latitude REAL, longitude REAL, line INTEGER NOT NULL);
CREATE INDEX call_records_caller ON call_records(caller, start);
CREATE INDEX call_records_callee ON call_records(callee, start);
CREATE INDEX call_records_job ON call_records(job_id);
CREATE TABLE bank_transactions (
  id INTEGER PRIMARY KEY, job_id TEXT NOT NULL, case_id TEXT NOT NULL, from_account TEXT NOT NULL,
  to_account TEXT NOT NULL, from_name TEXT NOT NULL, to_name TEXT NOT NULL, amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL, at INTEGER NOT NULL, reference TEXT NOT NULL, line INTEGER NOT NULL);
CREATE INDEX bank_transactions_from ON bank_transactions(from_account, at);
CREATE INDEX bank_transactions_to ON bank_transactions(to_account, at);
CREATE INDEX bank_transactions_job ON bank_transactions(job_id);
CREATE TABLE link_charts (
  id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), name TEXT NOT NULL, doc TEXT NOT NULL,
  created_by TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL);
CREATE INDEX link_charts_case ON link_charts(case_id, updated_at);
-- The change feed the in-memory graph follows (api/graph_service.cc): the triggers write it in
-- the same transaction as the change, whichever route or command made it, so no writer can
-- forget to tell the graph.
CREATE TABLE graph_feed (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, id TEXT NOT NULL);
CREATE TRIGGER graph_feed_entity_insert AFTER INSERT ON entities BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('entity', NEW.id); END;
CREATE TRIGGER graph_feed_entity_update AFTER UPDATE ON entities BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('entity', NEW.id); END;
CREATE TRIGGER graph_feed_involvement_insert AFTER INSERT ON case_involvements BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('entity', NEW.entity_id); END;
CREATE TRIGGER graph_feed_involvement_delete AFTER DELETE ON case_involvements BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('entity', OLD.entity_id); END;
CREATE TRIGGER graph_feed_match AFTER UPDATE OF status ON match_pairs BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('match', NEW.id); END;
CREATE TRIGGER graph_feed_import AFTER UPDATE OF status ON import_jobs WHEN NEW.status = 'published' BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('import', NEW.id); END;
CREATE TRIGGER graph_feed_case_insert AFTER INSERT ON cases BEGIN
  INSERT INTO graph_feed(kind, id) VALUES ('case', NEW.id); END;
)SQL"},
      {16, "import staging", R"SQL(
-- An import's chunks are staged here, in tables without indexes (an append costs one page, not a
-- walk down three B-trees), and moved into call_records / bank_transactions when the job is
-- published (sqlite_links.cc PublishImportRows). Rows of jobs staged before this migration move.
CREATE TABLE call_records_staging (
  job_id TEXT NOT NULL, case_id TEXT NOT NULL, caller TEXT NOT NULL, callee TEXT NOT NULL,
  start INTEGER NOT NULL, duration INTEGER NOT NULL, cell TEXT NOT NULL, location TEXT NOT NULL,
  latitude REAL, longitude REAL, line INTEGER NOT NULL);
CREATE TABLE bank_transactions_staging (
  job_id TEXT NOT NULL, case_id TEXT NOT NULL, from_account TEXT NOT NULL, to_account TEXT NOT NULL,
  from_name TEXT NOT NULL, to_name TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,
  at INTEGER NOT NULL, reference TEXT NOT NULL, line INTEGER NOT NULL);
INSERT INTO call_records_staging
  SELECT r.job_id, r.case_id, r.caller, r.callee, r.start, r.duration, r.cell, r.location, r.latitude, r.longitude, r.line
  FROM call_records r JOIN import_jobs j ON j.id = r.job_id AND j.status = 'staging' ORDER BY r.id;
DELETE FROM call_records WHERE job_id IN (SELECT id FROM import_jobs WHERE status = 'staging');
INSERT INTO bank_transactions_staging
  SELECT r.job_id, r.case_id, r.from_account, r.to_account, r.from_name, r.to_name, r.amount_minor, r.currency, r.at,
         r.reference, r.line
  FROM bank_transactions r JOIN import_jobs j ON j.id = r.job_id AND j.status = 'staging' ORDER BY r.id;
DELETE FROM bank_transactions WHERE job_id IN (SELECT id FROM import_jobs WHERE status = 'staging');
)SQL"},
      {17, "import rows keyed by job number", R"SQL(
-- Every imported row carried its job and its case as two 36-character ids: at 10 M calls, 720 MB
-- of the same two strings and a 450 MB index on one of them, written twice (WAL, then database)
-- when an import is published. A row now names its job by a number; the case is the job's.
ALTER TABLE import_jobs ADD COLUMN num INTEGER;
UPDATE import_jobs SET num = rowid;
CREATE UNIQUE INDEX import_jobs_num ON import_jobs(num);
CREATE TABLE call_records_v17 (
  id INTEGER PRIMARY KEY, job INTEGER NOT NULL, caller TEXT NOT NULL, callee TEXT NOT NULL,
  start INTEGER NOT NULL, duration INTEGER NOT NULL, cell TEXT NOT NULL, location TEXT NOT NULL,
  latitude REAL, longitude REAL, line INTEGER NOT NULL);
INSERT INTO call_records_v17
  SELECT r.id, j.num, r.caller, r.callee, r.start, r.duration, r.cell, r.location, r.latitude, r.longitude, r.line
  FROM call_records r JOIN import_jobs j ON j.id = r.job_id;
DROP TABLE call_records;
ALTER TABLE call_records_v17 RENAME TO call_records;
CREATE INDEX call_records_caller ON call_records(caller, start);
CREATE INDEX call_records_callee ON call_records(callee, start);
CREATE INDEX call_records_job ON call_records(job);
CREATE TABLE bank_transactions_v17 (
  id INTEGER PRIMARY KEY, job INTEGER NOT NULL, from_account TEXT NOT NULL, to_account TEXT NOT NULL,
  from_name TEXT NOT NULL, to_name TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,
  at INTEGER NOT NULL, reference TEXT NOT NULL, line INTEGER NOT NULL);
INSERT INTO bank_transactions_v17
  SELECT r.id, j.num, r.from_account, r.to_account, r.from_name, r.to_name, r.amount_minor, r.currency, r.at,
         r.reference, r.line
  FROM bank_transactions r JOIN import_jobs j ON j.id = r.job_id;
DROP TABLE bank_transactions;
ALTER TABLE bank_transactions_v17 RENAME TO bank_transactions;
CREATE INDEX bank_transactions_from ON bank_transactions(from_account, at);
CREATE INDEX bank_transactions_to ON bank_transactions(to_account, at);
CREATE INDEX bank_transactions_job ON bank_transactions(job);
CREATE TABLE call_records_staging_v17 (
  job INTEGER NOT NULL, caller TEXT NOT NULL, callee TEXT NOT NULL, start INTEGER NOT NULL,
  duration INTEGER NOT NULL, cell TEXT NOT NULL, location TEXT NOT NULL, latitude REAL, longitude REAL,
  line INTEGER NOT NULL);
INSERT INTO call_records_staging_v17
  SELECT j.num, r.caller, r.callee, r.start, r.duration, r.cell, r.location, r.latitude, r.longitude, r.line
  FROM call_records_staging r JOIN import_jobs j ON j.id = r.job_id ORDER BY r.rowid;
DROP TABLE call_records_staging;
ALTER TABLE call_records_staging_v17 RENAME TO call_records_staging;
CREATE TABLE bank_transactions_staging_v17 (
  job INTEGER NOT NULL, from_account TEXT NOT NULL, to_account TEXT NOT NULL, from_name TEXT NOT NULL,
  to_name TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, at INTEGER NOT NULL,
  reference TEXT NOT NULL, line INTEGER NOT NULL);
INSERT INTO bank_transactions_staging_v17
  SELECT j.num, r.from_account, r.to_account, r.from_name, r.to_name, r.amount_minor, r.currency, r.at,
         r.reference, r.line
  FROM bank_transactions_staging r JOIN import_jobs j ON j.id = r.job_id ORDER BY r.rowid;
DROP TABLE bank_transactions_staging;
ALTER TABLE bank_transactions_staging_v17 RENAME TO bank_transactions_staging;
)SQL"},
      {18, "import rows found by id range", R"SQL(
-- A row's id is given when it is staged, above every id in use, and kept when it is published;
-- a job's rows lie between its row_lo and row_hi (those of jobs staged at the same time may lie
-- there too, hence the job column). That range replaces the (job) indexes, which cost an index
-- build over every row at publishing. The staging tables take the published tables' exact shape,
-- so that a large import into a table holding fewer rows can become the table (PublishImportRows).
ALTER TABLE import_jobs ADD COLUMN row_lo INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_jobs ADD COLUMN row_hi INTEGER NOT NULL DEFAULT -1;
UPDATE import_jobs SET
  row_lo = COALESCE((SELECT MIN(id) FROM call_records WHERE job = num),
                    (SELECT MIN(id) FROM bank_transactions WHERE job = num), 0),
  row_hi = COALESCE((SELECT MAX(id) FROM call_records WHERE job = num),
                    (SELECT MAX(id) FROM bank_transactions WHERE job = num), -1);
DROP INDEX call_records_job;
DROP INDEX bank_transactions_job;
CREATE TABLE call_records_staging_v18 (
  id INTEGER PRIMARY KEY, job INTEGER NOT NULL, caller TEXT NOT NULL, callee TEXT NOT NULL,
  start INTEGER NOT NULL, duration INTEGER NOT NULL, cell TEXT NOT NULL, location TEXT NOT NULL,
  latitude REAL, longitude REAL, line INTEGER NOT NULL);
INSERT INTO call_records_staging_v18
  SELECT (SELECT COALESCE(MAX(id), 0) FROM call_records) + r.rowid, r.job, r.caller, r.callee, r.start, r.duration,
         r.cell, r.location, r.latitude, r.longitude, r.line
  FROM call_records_staging r ORDER BY r.rowid;
DROP TABLE call_records_staging;
ALTER TABLE call_records_staging_v18 RENAME TO call_records_staging;
CREATE TABLE bank_transactions_staging_v18 (
  id INTEGER PRIMARY KEY, job INTEGER NOT NULL, from_account TEXT NOT NULL, to_account TEXT NOT NULL,
  from_name TEXT NOT NULL, to_name TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,
  at INTEGER NOT NULL, reference TEXT NOT NULL, line INTEGER NOT NULL);
INSERT INTO bank_transactions_staging_v18
  SELECT (SELECT COALESCE(MAX(id), 0) FROM bank_transactions) + r.rowid, r.job, r.from_account, r.to_account,
         r.from_name, r.to_name, r.amount_minor, r.currency, r.at, r.reference, r.line
  FROM bank_transactions_staging r ORDER BY r.rowid;
DROP TABLE bank_transactions_staging;
ALTER TABLE bank_transactions_staging_v18 RENAME TO bank_transactions_staging;
UPDATE import_jobs SET
  row_lo = COALESCE((SELECT MIN(id) FROM call_records_staging WHERE job = num),
                    (SELECT MIN(id) FROM bank_transactions_staging WHERE job = num), 0),
  row_hi = COALESCE((SELECT MAX(id) FROM call_records_staging WHERE job = num),
                    (SELECT MAX(id) FROM bank_transactions_staging WHERE job = num), -1)
  WHERE status = 'staging';
)SQL"},
  };
  return all;
}

Result<int> ApplyMigrations(Db& db, const std::vector<Migration>& migrations, int64_t now_ms) {
  ARIADNE_RETURN_IF_ERROR(db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at INTEGER NOT NULL)"));
  int current = 0;
  {
    auto s = db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (!s) return Fail(s.error());
    StmtGuard g(**s);
    auto row = g->Step();
    if (!row) return Fail(row.error());
    current = static_cast<int>(g->Int(0));
  }
  for (const auto& m : migrations) {
    if (m.version <= current) continue;
    ARIADNE_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    auto applied = [&]() -> Status {
      ARIADNE_RETURN_IF_ERROR(db.Exec(m.sql));
      auto s = db.Prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)");
      if (!s) return Fail(s.error());
      StmtGuard g(**s);
      return g->Bind(1, m.version).Bind(2, m.name).Bind(3, now_ms).Run();
    }();
    if (!applied) {
      (void)db.Exec("ROLLBACK");
      Error e = applied.error();
      e.message = "migration " + std::to_string(m.version) + " (" + m.name + ") failed: " + e.message;
      return Fail(e);
    }
    ARIADNE_RETURN_IF_ERROR(db.Exec("COMMIT"));
    current = m.version;
  }
  return current;
}

}  // namespace ariadne::sqlite
