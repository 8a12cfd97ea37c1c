// Cases, their team, shares, links, field-level history and the access-filtered list.
#include <unordered_set>
#include <variant>

#include <nlohmann/json.hpp>

#include "base/encoding.h"
#include "base/time_format.h"
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kCaseColumns =
    "c.id, c.reference, c.title, c.summary, c.category, c.forms_of_exploitation, c.approach, c.trigger_kind, "
    "c.jurisdiction_country, c.jurisdiction_region, c.countries_of_origin, c.countries_of_transit, "
    "c.countries_of_destination, c.state, c.covert, c.victim_notes, c.owning_unit_id, c.created_by, "
    "c.created_at, c.updated_at, c.version";

std::string ToJson(const std::vector<std::string>& v) { return json(v).dump(); }

Case ReadCase(Stmt& s) {
  Case c;
  c.id = s.Text(0);
  c.reference = s.Text(1);
  c.title = s.Text(2);
  c.summary = s.Text(3);
  c.category = s.Text(4);
  c.forms_of_exploitation = StringList(s.Text(5));
  c.approach = s.Text(6);
  c.trigger = s.Text(7);
  c.jurisdiction_country = s.Text(8);
  c.jurisdiction_region = s.Text(9);
  c.countries_of_origin = StringList(s.Text(10));
  c.countries_of_transit = StringList(s.Text(11));
  c.countries_of_destination = StringList(s.Text(12));
  c.state = s.Text(13);
  c.covert = s.Int(14) != 0;
  c.victim_notes = s.Text(15);
  c.owning_unit_id = s.Text(16);
  c.created_by = s.Text(17);
  c.created_at = s.Int(18);
  c.updated_at = s.Int(19);
  c.version = s.Int(20);
  return c;
}

// Each whitespace-separated word becomes a quoted prefix term, so user text can never be read
// as FTS5 query syntax.
std::string FtsQuery(const std::string& text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string quoted = "\"";
    for (char ch : word) {
      if (ch == '"') quoted += "\"\"";
      else quoted += ch;
    }
    quoted += "\"*";
    if (!out.empty()) out += ' ';
    out += quoted;
    word.clear();
  };
  for (char ch : text) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') flush();
    else word += ch;
  }
  flush();
  return out;
}

struct SortSpec {
  std::string column;
  bool text = false;
  bool descending = true;
};

std::optional<SortSpec> ParseSort(const std::string& sort) {
  bool desc = !sort.empty() && sort[0] == '-';
  std::string name = desc ? sort.substr(1) : sort;
  if (name == "updated_at") return SortSpec{"c.updated_at", false, desc};
  if (name == "created_at") return SortSpec{"c.created_at", false, desc};
  if (name == "reference") return SortSpec{"c.reference", true, desc};
  if (name == "title") return SortSpec{"c.title", true, desc};
  return std::nullopt;
}

using BindValue = std::variant<std::string, int64_t>;

void BindAll(Stmt& s, const std::vector<BindValue>& values) {
  int i = 1;
  for (const auto& v : values) {
    if (std::holds_alternative<std::string>(v)) s.Bind(i++, std::get<std::string>(v));
    else s.Bind(i++, std::get<int64_t>(v));
  }
}

}  // namespace

Status SqliteConnection::IndexCaseText(const Case& c, bool replace) {
  if (replace) {
    PREPARE(d, "DELETE FROM cases_fts WHERE rowid = (SELECT rowid FROM cases WHERE id = ?)");
    ARIADNE_RETURN_IF_ERROR(d->Bind(1, c.id).Run());
  }
  PREPARE(s,
          "INSERT INTO cases_fts(rowid, reference, title, summary) SELECT rowid, ?, ?, ? FROM cases WHERE id = ?");
  return s->Bind(1, c.reference).Bind(2, c.title).Bind(3, c.summary).Bind(4, c.id).Run();
}

Result<std::vector<TeamMember>> SqliteConnection::LoadTeam(const std::string& case_id) {
  PREPARE(s,
          "SELECT t.user_id, u.username, u.display_name, u.role, t.team_role, t.grants FROM case_team t "
          "JOIN users u ON u.id = t.user_id WHERE t.case_id = ? ORDER BY t.added_at, u.username");
  s->Bind(1, case_id);
  std::vector<TeamMember> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    TeamMember m;
    m.user_id = s->Text(0);
    m.username = s->Text(1);
    m.display_name = s->Text(2);
    m.role = ParseRole(s->Text(3)).value_or(Role::kInvestigator);
    m.team_role = s->Text(4);
    m.grants = StringList(s->Text(5));
    out.push_back(std::move(m));
  }
  return out;
}

Result<Case> SqliteConnection::GetCase(const std::string& id) {
  Case c;
  {
    PREPARE(s, std::string("SELECT ") + kCaseColumns + " FROM cases c WHERE c.id = ?");
    s->Bind(1, id);
    STEP_OR_RETURN(s, row);
    if (!*row) return Fail(Error::NotFound("case"));
    c = ReadCase(*s);
  }
  auto team = LoadTeam(id);
  if (!team) return Fail(team.error());
  c.team = std::move(*team);
  {
    PREPARE(s,
            "SELECT sh.user_id, u.username, u.display_name, u.role FROM case_shares sh JOIN users u ON u.id = sh.user_id "
            "WHERE sh.case_id = ? ORDER BY sh.shared_at, u.username");
    s->Bind(1, id);
    while (true) {
      STEP_OR_RETURN(s, row);
      if (!*row) break;
      c.shares.push_back({s->Text(0), s->Text(1), s->Text(2), ParseRole(s->Text(3)).value_or(Role::kProsecutor)});
    }
  }
  {
    PREPARE(s,
            "SELECT l.other_case_id, o.reference, o.title, l.reason FROM case_links l JOIN cases o ON o.id = l.other_case_id "
            "WHERE l.case_id = ? ORDER BY l.created_at");
    s->Bind(1, id);
    while (true) {
      STEP_OR_RETURN(s, row);
      if (!*row) break;
      c.links.push_back({s->Text(0), s->Text(1), s->Text(2), s->Text(3)});
    }
  }
  return c;
}

Result<CaseAccessFacts> SqliteConnection::GetCaseAccess(const std::string& case_id, const std::string& user_id) {
  CaseAccessFacts f;
  {
    PREPARE(s, "SELECT id, owning_unit_id, covert, jurisdiction_country FROM cases WHERE id = ?");
    s->Bind(1, case_id);
    STEP_OR_RETURN(s, row);
    if (!*row) return Fail(Error::NotFound("case"));
    f.case_id = s->Text(0);
    f.owning_unit_id = s->Text(1);
    f.covert = s->Int(2) != 0;
    f.jurisdiction_country = s->Text(3);
  }
  {
    PREPARE(s, "SELECT t.team_role, t.grants, u.role FROM case_team t JOIN users u ON u.id = t.user_id "
               "WHERE t.case_id = ? AND t.user_id = ?");
    s->Bind(1, case_id).Bind(2, user_id);
    STEP_OR_RETURN(s, row);
    if (*row) {
      TeamMember m;
      m.user_id = user_id;
      m.team_role = s->Text(0);
      m.grants = StringList(s->Text(1));
      m.role = ParseRole(s->Text(2)).value_or(Role::kInvestigator);
      f.membership = m;
    }
  }
  {
    PREPARE(s, "SELECT 1 FROM case_shares WHERE case_id = ? AND user_id = ?");
    s->Bind(1, case_id).Bind(2, user_id);
    STEP_OR_RETURN(s, row);
    f.shared_with_caller = *row;
  }
  return f;
}

Result<std::optional<std::string>> SqliteConnection::OwnCasesMatching(const std::string& user_id, const std::string& fts) {
  constexpr size_t kMaxOwn = 5000;  // beyond this, the subquery is the cheaper plan
  std::unordered_set<int64_t> own;
  {
    PREPARE(s, "SELECT c.rowid FROM cases c WHERE c.id IN (SELECT case_id FROM case_team WHERE user_id = ? "
               "UNION ALL SELECT case_id FROM case_shares WHERE user_id = ?)");
    s->Bind(1, user_id).Bind(2, user_id);
    while (true) {
      STEP_OR_RETURN(s, row);
      if (!*row) break;
      own.insert(s->Int(0));
      if (own.size() > kMaxOwn) return std::optional<std::string>();
    }
  }
  json hits = json::array();
  if (!own.empty()) {
    PREPARE(s, "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?");
    s->Bind(1, fts);
    while (true) {
      STEP_OR_RETURN(s, row);
      if (!*row) break;
      if (own.count(s->Int(0))) hits.push_back(s->Int(0));
    }
  }
  return std::optional<std::string>(hits.dump());
}

Result<CasePage> SqliteConnection::ListCases(const CaseListQuery& q) {
  auto sort = ParseSort(q.sort);
  if (!sort) return Fail(Error::Invalid("invalid_value", "unknown sort '" + q.sort + "'", "sort"));
  // Below 1 there is no last item to make the next cursor from.
  if (q.limit < 1) return Fail(Error::Invalid("invalid_value", "limit must be at least 1", "limit"));

  // Filters the caller chose.
  std::string filters;
  std::vector<BindValue> filter_binds;
  if (!q.state.empty()) {
    filters += " AND c.state = ?";
    filter_binds.push_back(q.state);
  }
  if (!q.category.empty()) {
    filters += " AND c.category = ?";
    filter_binds.push_back(q.category);
  }
  if (!q.unit_code.empty()) {
    filters += " AND c.owning_unit_id = (SELECT id FROM units WHERE code = ?)";
    filter_binds.push_back(q.unit_code);
  }
  const std::string fts = FtsQuery(q.text);

  // Need-to-know first: a case the viewer may not see never enters the result or the total.
  // The scope is split into disjoint branches — the caller's team and shares, and (for a
  // supervisor) the unit's cases outside those — so each branch can walk its own index in
  // sort order instead of one OR that forces a scan of every case.
  struct Branch {
    std::string where;
    std::vector<BindValue> binds;
  };
  std::vector<Branch> branches;
  {
    Branch mine;
    mine.where = "c.id IN (SELECT case_id FROM case_team WHERE user_id = ? UNION ALL "
                 "SELECT case_id FROM case_shares WHERE user_id = ?)";
    mine.binds = {q.scope.user_id, q.scope.user_id};
    if (q.scope.supervised_unit) {
      mine.where += " AND c.owning_unit_id <> ?";
      mine.binds.push_back(*q.scope.supervised_unit);
      branches.push_back({"c.owning_unit_id = ?", {*q.scope.supervised_unit}});
    }
    branches.push_back(std::move(mine));
  }
  for (auto& b : branches) {
    b.where += filters;
    b.binds.insert(b.binds.end(), filter_binds.begin(), filter_binds.end());
  }
  if (!fts.empty()) {
    // Free text. A unit's cases are many: there the matches are collected by a subquery. The
    // caller's own cases are few, and a common word matches tens of thousands of cases, which
    // SQLite would materialise twice (total and page): instead the matches are streamed once
    // and kept only when they are among the caller's cases.
    for (size_t i = 0; i + 1 < branches.size(); ++i) {
      branches[i].where += " AND c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)";
      branches[i].binds.push_back(fts);
    }
    auto matches = OwnCasesMatching(q.scope.user_id, fts);
    if (!matches) return Fail(matches.error());
    if (*matches) {
      branches.back().where += " AND c.rowid IN (SELECT value FROM json_each(?))";
      branches.back().binds.push_back(**matches);
    } else {
      branches.back().where += " AND c.rowid IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)";
      branches.back().binds.push_back(fts);
    }
  }

  CasePage page;
  for (const auto& b : branches) {
    auto s = db_->Prepare("SELECT COUNT(*) FROM cases c WHERE " + b.where);
    if (!s) return Fail(s.error());
    StmtGuard g(**s);
    BindAll(*g, b.binds);
    auto row = g->Step();
    if (!row) return Fail(row.error());
    page.total += g->Int(0);
  }

  std::string cursor_where;
  std::vector<BindValue> cursor_binds;
  if (!q.cursor.empty()) {
    auto raw = Base64UrlDecode(q.cursor);
    json cur = raw ? json::parse(*raw, nullptr, false) : json();
    if (!cur.is_array() || cur.size() != 2 || !cur[1].is_string() ||
        (sort->text ? !cur[0].is_string() : !cur[0].is_number_integer()))
      return Fail(Error::Invalid("invalid_value", "the cursor is not valid for this sort", "cursor"));
    const char* op = sort->descending ? "<" : ">";
    cursor_where = " AND (" + sort->column + " " + op + " ? OR (" + sort->column + " = ? AND c.id " + op + " ?))";
    BindValue v = sort->text ? BindValue(cur[0].get<std::string>()) : BindValue(cur[0].get<int64_t>());
    cursor_binds = {v, v, cur[1].get<std::string>()};
  }
  const char* dir = sort->descending ? " DESC" : " ASC";
  const int64_t fetch = q.limit + 1;  // one more tells whether there is a next page
  std::string sql;
  std::vector<BindValue> page_binds;
  for (const auto& b : branches) {
    if (!sql.empty()) sql += " UNION ALL ";
    sql += std::string("SELECT * FROM (SELECT ") + kCaseColumns + " FROM cases c WHERE " + b.where + cursor_where +
           " ORDER BY " + sort->column + dir + ", c.id" + dir + " LIMIT ?)";
    page_binds.insert(page_binds.end(), b.binds.begin(), b.binds.end());
    page_binds.insert(page_binds.end(), cursor_binds.begin(), cursor_binds.end());
    page_binds.push_back(fetch);
  }
  if (branches.size() > 1) {
    const std::string outer = sort->column.substr(2);  // result column name without "c."
    sql = "SELECT * FROM (" + sql + ") ORDER BY " + outer + dir + ", id" + dir + " LIMIT ?";
    page_binds.push_back(fetch);
  }
  auto s = db_->Prepare(sql);
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  BindAll(*g, page_binds);
  while (true) {
    auto row = g->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    Case c = ReadCase(*g);
    c.victim_notes.clear();  // lists never carry restricted fields
    page.items.push_back(std::move(c));
  }
  if (static_cast<int>(page.items.size()) > q.limit) {
    page.items.resize(static_cast<size_t>(q.limit));
    const Case& last = page.items.back();
    json key = json::array();
    if (sort->column == "c.updated_at") key.push_back(last.updated_at);
    else if (sort->column == "c.created_at") key.push_back(last.created_at);
    else if (sort->column == "c.reference") key.push_back(last.reference);
    else key.push_back(last.title);
    key.push_back(last.id);
    page.next_cursor = Base64UrlEncode(key.dump());
  }
  return page;
}

Result<std::vector<CaseHistoryEntry>> SqliteConnection::CaseHistory(const std::string& case_id) {
  PREPARE(s, "SELECT version, changed_by, at, changes FROM case_history WHERE case_id = ? ORDER BY version");
  s->Bind(1, case_id);
  std::vector<CaseHistoryEntry> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back({s->Int(0), s->Text(1), s->Int(2), s->Text(3)});
  }
  return out;
}

Status SqliteConnection::InsertCase(Case& c) {
  MarkForIndex("case", c.id);
  if (c.reference.empty()) {
    auto unit = GetUnit(c.owning_unit_id);
    if (!unit) return Fail(unit.error());
    int64_t year = std::stoll(FormatTime(c.created_at).substr(0, 4));
    PREPARE(n,
            "INSERT INTO case_counters(unit_id, year, n) VALUES (?, ?, 1) "
            "ON CONFLICT(unit_id, year) DO UPDATE SET n = n + 1 RETURNING n");
    n->Bind(1, c.owning_unit_id).Bind(2, year);
    STEP_OR_RETURN(n, row);
    char buf[32];
    std::snprintf(buf, sizeof buf, "-%04lld-%04lld", static_cast<long long>(year), static_cast<long long>(n->Int(0)));
    c.reference = unit->code + buf;
  }
  {
    PREPARE(s,
            "INSERT INTO cases(id, reference, title, summary, category, forms_of_exploitation, approach, trigger_kind, "
            "jurisdiction_country, jurisdiction_region, countries_of_origin, countries_of_transit, "
            "countries_of_destination, state, covert, victim_notes, owning_unit_id, created_by, created_at, "
            "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, c.id).Bind(2, c.reference).Bind(3, c.title).Bind(4, c.summary)
                                .Bind(5, c.category).Bind(6, ToJson(c.forms_of_exploitation)).Bind(7, c.approach)
                                .Bind(8, c.trigger).Bind(9, c.jurisdiction_country).Bind(10, c.jurisdiction_region)
                                .Bind(11, ToJson(c.countries_of_origin)).Bind(12, ToJson(c.countries_of_transit))
                                .Bind(13, ToJson(c.countries_of_destination)).Bind(14, c.state).Bind(15, c.covert)
                                .Bind(16, c.victim_notes).Bind(17, c.owning_unit_id).Bind(18, c.created_by)
                                .Bind(19, c.created_at).Bind(20, c.updated_at).Bind(21, c.version).Run());
  }
  return IndexCaseText(c, false);
}

Status SqliteConnection::UpdateCase(const Case& c, int64_t expected_version) {
  MarkForIndex("case", c.id);
  {
    // The version check is the UPDATE's own condition, so two servers on one store cannot both
    // win (DESIGN.md §7).
    PREPARE(s,
            "UPDATE cases SET title = ?, summary = ?, category = ?, forms_of_exploitation = ?, approach = ?, "
            "trigger_kind = ?, jurisdiction_country = ?, jurisdiction_region = ?, countries_of_origin = ?, "
            "countries_of_transit = ?, countries_of_destination = ?, state = ?, covert = ?, victim_notes = ?, "
            "updated_at = ?, version = ? WHERE id = ? AND version = ?");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, c.title).Bind(2, c.summary).Bind(3, c.category)
                                .Bind(4, ToJson(c.forms_of_exploitation)).Bind(5, c.approach).Bind(6, c.trigger)
                                .Bind(7, c.jurisdiction_country).Bind(8, c.jurisdiction_region)
                                .Bind(9, ToJson(c.countries_of_origin)).Bind(10, ToJson(c.countries_of_transit))
                                .Bind(11, ToJson(c.countries_of_destination)).Bind(12, c.state).Bind(13, c.covert)
                                .Bind(14, c.victim_notes).Bind(15, c.updated_at).Bind(16, c.version).Bind(17, c.id)
                                .Bind(18, expected_version).Run());
  }
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the case was changed by someone else; reload it", "version"));
  return IndexCaseText(c, true);
}

Status SqliteConnection::InsertCaseHistory(const std::string& case_id, const CaseHistoryEntry& e) {
  PREPARE(s, "INSERT INTO case_history(case_id, version, changed_by, at, changes) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, case_id).Bind(2, e.version).Bind(3, e.changed_by).Bind(4, e.at).Bind(5, e.changes_json).Run();
}

Status SqliteConnection::PutTeamMember(const std::string& case_id, const TeamMember& m, int64_t now) {
  PREPARE(s,
          "INSERT INTO case_team(case_id, user_id, team_role, grants, added_at) VALUES (?, ?, ?, ?, ?) "
          "ON CONFLICT(case_id, user_id) DO UPDATE SET team_role = excluded.team_role, grants = excluded.grants");
  return s->Bind(1, case_id).Bind(2, m.user_id).Bind(3, m.team_role).Bind(4, ToJson(m.grants)).Bind(5, now).Run();
}

Status SqliteConnection::RemoveTeamMember(const std::string& case_id, const std::string& user_id) {
  PREPARE(s, "DELETE FROM case_team WHERE case_id = ? AND user_id = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, case_id).Bind(2, user_id).Run());
  if (db_->Changes() == 0) return Fail(Error::NotFound("team member"));
  return Ok();
}

Status SqliteConnection::PutShare(const std::string& case_id, const std::string& user_id, const std::string& by,
                                  int64_t now) {
  PREPARE(s,
          "INSERT INTO case_shares(case_id, user_id, shared_by, shared_at) VALUES (?, ?, ?, ?) "
          "ON CONFLICT(case_id, user_id) DO NOTHING");
  return s->Bind(1, case_id).Bind(2, user_id).Bind(3, by).Bind(4, now).Run();
}

Status SqliteConnection::PutLink(const std::string& case_id, const std::string& other, const std::string& reason,
                                 const std::string& by, int64_t now) {
  PREPARE(s,
          "INSERT INTO case_links(case_id, other_case_id, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
          "ON CONFLICT(case_id, other_case_id) DO UPDATE SET reason = excluded.reason");
  return s->Bind(1, case_id).Bind(2, other).Bind(3, reason).Bind(4, by).Bind(5, now).Run();
}

}  // namespace ariadne::sqlite
