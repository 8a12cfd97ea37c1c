// The demo's link-analysis data: call records and a bank statement in the first case, imported
// through the same pipeline as a user's file, so a new user's link chart, paths, money flow and
// call analysis have something to show at once.
#include <random>

#include "api/import_service.h"
#include "cli/demo_case_file.h"

namespace ariadne {

namespace {

using nlohmann::json;

// The recruiter of the case file (+998 90 123 45 67) never calls the second suspect directly:
// a driver stands between them. A taxi call centre is called by everyone (a hub).
constexpr const char* kRecruiter = "+998901234567";
constexpr const char* kDriver = "+77017000101";
constexpr const char* kSecond = "+77017000202";
constexpr const char* kTaxi = "+77272500000";

std::string Stamp(int64_t epoch_s) {
  char buf[32];
  time_t t = static_cast<time_t>(epoch_s);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

std::string CallsCsv(int64_t start) {
  std::mt19937 rng(8);
  std::string csv = "A number,B number,Start,Duration,Cell,Location\n";
  auto add = [&](const std::string& a, const std::string& b, int64_t at, int dur, const char* cell, const char* place) {
    csv += a + "," + b + "," + Stamp(at) + "," + std::to_string(dur) + "," + cell + "," + place + "\n";
  };
  int64_t t = start;
  for (int i = 0; i < 12; ++i) add(kRecruiter, kDriver, t += 3600 * 7, 40 + i * 11, "ALM-0412", "Almaty, Raiymbek ave");
  for (int i = 0; i < 9; ++i) add(kDriver, kSecond, t += 3600 * 5, 65 + i * 7, "ALM-0077", "Almaty, Sayran bus station");
  for (int i = 0; i < 3; ++i) add(kSecond, "+77017654321", t += 3600 * 9, 20, "ALM-0101", "Almaty, Tole bi st");
  // Everyone calls the taxi: 240 other numbers, and the three above.
  for (int i = 0; i < 240; ++i) {
    const std::string n = "+7701" + std::to_string(7100000 + static_cast<int>(rng() % 899999));
    add(n, kTaxi, start + static_cast<int64_t>(rng() % (86400 * 30)), 30 + static_cast<int>(rng() % 90), "ALM-0200", "Almaty");
    if (i % 3 == 0) add(n, "+7701" + std::to_string(7100000 + static_cast<int>(rng() % 899999)),
                        start + static_cast<int64_t>(rng() % (86400 * 30)), 10 + static_cast<int>(rng() % 300), "ALM-0201", "Almaty");
  }
  for (const char* n : {kRecruiter, kDriver, kSecond}) add(n, kTaxi, t += 600, 45, "ALM-0200", "Almaty");
  return csv;
}

// The agency pays the recruiter's account; the recruiter passes most of it on to the driver's
// and the second suspect's accounts, after it arrived (and paid rent before it did).
std::string StatementCsv(int64_t start) {
  std::string csv = "Payer account,Payee account,Amount,Currency,Value date,Reference,Payer,Payee\n";
  auto add = [&](const char* a, const char* b, const char* amount, int64_t at, const char* ref, const char* pa,
                 const char* pb) {
    csv += std::string(a) + "," + b + "," + amount + ",KZT," + Stamp(at) + "," + ref + "," + pa + "," + pb + "\n";
  };
  const char* agency = "KZ86125KZT5004100100";
  const char* recruiter = "KZ75125KZT2069100100";
  const char* driver = "KZ35826A1KZTD2012345";
  const char* second = "KZ37826A1KZTD2067890";
  const char* landlord = "KZ34926180219T620005";
  add(recruiter, landlord, "150000.00", start + 86400 * 1, "rent", "Rakhimov B.", "Landlord");
  add(agency, recruiter, "2400000.00", start + 86400 * 3, "consulting services", "Zhuldyz Travel", "Rakhimov B.");
  add(recruiter, driver, "600000.00", start + 86400 * 4, "transport", "Rakhimov B.", "Driver");
  add(recruiter, second, "1200000.00", start + 86400 * 5, "loan", "Rakhimov B.", "Karimov A.");
  add(second, landlord, "300000.00", start + 86400 * 6, "rent, flat 12", "Karimov A.", "Landlord");
  add(agency, recruiter, "800000.00", start + 86400 * 10, "consulting services", "Zhuldyz Travel", "Rakhimov B.");
  add(recruiter, second, "700000.00", start + 86400 * 11, "loan", "Rakhimov B.", "Karimov A.");
  return csv;
}

Result<json> Mapping(Runtime& r, const char* file) { return LoadJsonFile(r.paths.config_dir + "/imports/" + file); }

}  // namespace

Status AddDemoLinks(Runtime& r, const std::string& case_id, const std::string& user_id, int64_t now) {
  const int64_t start = now / 1000 - 86400 * 40;
  // The second suspect and the accounts, as the case file records them.
  ARIADNE_RETURN_IF_ERROR(r.store->Write([&](StoreWriter& w) -> Status {
    auto c = w.GetCase(case_id);
    if (!c) return Fail(c.error());
    auto second = AddDemoRecord(r, w, *c, user_id, now,
                                {{"schema", "Person"},
                                 {"properties", {{"name", {"Каримов Азамат"}}, {"phone", {kSecond}}, {"nationality", {"KZ"}}}},
                                 {"source", "call records"}});
    if (!second) return Fail(second.error());
    ARIADNE_RETURN_IF_ERROR(w.PutInvolvement({case_id, *second, "suspect", "transporter", "", user_id, now}));
    auto account = AddDemoRecord(r, w, *c, user_id, now,
                                 {{"schema", "BankAccount"},
                                  {"properties", {{"iban", {"KZ86125KZT5004100100"}}, {"bankName", {"Halyk Bank"}}}},
                                  {"source", "bank statement"}});
    if (!account) return Fail(account.error());
    return Ok();
  }));
  for (const auto& [kind, file, data, name] :
       {std::tuple{"calls", "generic-calls.json", CallsCsv(start), "cdr-operator-2026.csv"},
        std::tuple{"transactions", "generic-transactions.json", StatementCsv(start), "statement-halyk.csv"}}) {
    auto mapping = Mapping(r, file);
    if (!mapping) return Fail(mapping.error());
    ImportInput in;
    in.case_id = case_id;
    in.kind = kind;
    in.file_name = name;
    in.mapping = *mapping;
    in.user_id = user_id;
    in.username = "cli:demo";
    in.path = "demo";
    in.ip = "local";
    auto out = RunImport(*r.store, *r.env, r.audit.get(), data, in);
    if (!out) return Fail(out.error());
  }
  return Ok();
}

}  // namespace ariadne
