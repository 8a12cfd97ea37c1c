// Fills a data directory with the benchmark dataset of issue 2: 100,000 cases over 6 units
// (skewed: one unit holds half), 20,000,000 audit rows with a valid chain, and the user the
// benchmarks run as — an ordinary investigator on ~300 cases.
//
//   bench_seed --data DIR [--cases N] [--audit N]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

#include "base/ids.h"
#include "cli/runtime.h"
#include "bench_args.h"

using namespace ariadne;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

const char* kSurnames[] = {"Рахимов", "Rakhimov", "Юлдашев", "Yuldashev", "Каримова", "Karimova", "Ким", "Kim",
                           "Абдуллаев", "Abdullaev", "Токтогулов", "Toktogulov", "Нурланова", "Nurlanova"};
const char* kPlaces[] = {"Алматы", "Almaty", "Шымкент", "Osh", "Бишкек", "Tashkent", "Анталья", "Dubai", "Москва"};
const char* kCategories[] = {"tip", "tip", "tip", "som", "mixed", "undetermined"};
const char* kStates[] = {"open", "investigation", "investigation", "prosecution", "suspended", "closed"};

int64_t Arg(int argc, char** argv, const char* name, int64_t fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return std::stoll(argv[i + 1]);
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = StrArg(argc, argv, "--data");
  if (data.empty()) {
    std::fprintf(stderr, "usage: bench_seed --data DIR [--cases N] [--audit N]\n");
    return 2;
  }
  const int64_t n_cases = Arg(argc, argv, "--cases", 100000);
  const int64_t n_audit = Arg(argc, argv, "--audit", 20000000);
  StoreOptions bulk;
  bulk.writer_cache_mb = 4096;
  auto rt = OpenRuntime(ResolvePaths(data, "", ""), Env::Default(), true, bulk);
  if (!rt) Die(rt.error());
  Runtime& r = **rt;
  Actor actor{"", "bench", "CLI", "bench", "local"};
  std::vector<Unit> units;
  for (int i = 0; i < 6; ++i) {
    auto u = r.accounts->CreateUnit(actor, "BENCH-U" + std::to_string(i), "Bench unit " + std::to_string(i),
                                    i < 4 ? "KZ" : "KG", "");
    if (!u) Die(u.error());
    units.push_back(*u);
  }
  // Investigators: one we measure as, and 199 others who own the rest of the cases.
  std::vector<User> investigators;
  for (int i = 0; i < 200; ++i) {
    std::string name = i == 0 ? "bench.investigator" : "inv" + std::to_string(i);
    auto u = r.accounts->CreateUser(actor, name, name, Role::kInvestigator, units[i % 2 == 0 ? 0 : (i % 6)].code,
                                    "bench-password-2026");
    if (!u) Die(u.error());
    investigators.push_back(*u);
  }
  auto sup = r.accounts->CreateUser(actor, "bench.supervisor", "bench.supervisor", Role::kSupervisor, units[0].code,
                                    "bench-password-2026");
  if (!sup) Die(sup.error());

  std::mt19937_64 rng(7);
  const int64_t now = r.env->NowMillis();
  std::vector<std::string> case_ids;
  case_ids.reserve(static_cast<size_t>(n_cases));
  auto t0 = std::chrono::steady_clock::now();
  const int64_t batch = 2000;
  for (int64_t start = 0; start < n_cases; start += batch) {
    auto st = r.store->Write([&](StoreWriter& w) -> Status {
      for (int64_t i = start; i < std::min(n_cases, start + batch); ++i) {
        // Skew: half the cases in unit 0; the measured investigator leads every 330th case.
        const User& owner = (i % 330 == 0) ? investigators[0] : investigators[1 + rng() % 199];
        Case c;
        c.id = NewUuidV7(*r.env);
        c.title = std::string(kSurnames[rng() % std::size(kSurnames)]) + " — " + kPlaces[rng() % std::size(kPlaces)] +
                  " #" + std::to_string(i);
        c.summary = "Recruitment via job advert; passports withheld; " + std::string(kPlaces[rng() % std::size(kPlaces)]);
        c.category = kCategories[rng() % std::size(kCategories)];
        c.approach = "reactive";
        c.trigger = "complaint";
        c.jurisdiction_country = "KZ";
        c.state = kStates[rng() % std::size(kStates)];
        c.owning_unit_id = (rng() % 2 == 0) ? units[0].id : units[rng() % 6].id;
        c.created_by = owner.id;
        c.created_at = now - static_cast<int64_t>(rng() % (3LL * 365 * 86400000));
        c.updated_at = c.created_at + static_cast<int64_t>(rng() % (30LL * 86400000));
        ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
        TeamMember m;
        m.user_id = owner.id;
        m.team_role = "lead";
        m.grants = {"victim_data"};
        ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, m, c.created_at));
        case_ids.push_back(c.id);
      }
      return Ok();
    });
    if (!st) Die(st.error());
  }
  auto t1 = std::chrono::steady_clock::now();
  std::printf("cases: %lld in %.1f s\n", static_cast<long long>(n_cases), std::chrono::duration<double>(t1 - t0).count());

  // Large batches: every audit row adds a row to the "who saw this case" index at a random
  // place, so each transaction rewrites most of that index's pages once whatever its size.
  const int64_t audit_batch = 500000;
  for (int64_t start = 0; start < n_audit; start += audit_batch) {
    auto st = r.store->Write([&](StoreWriter& w) -> Status {
      for (int64_t i = start; i < std::min(n_audit, start + audit_batch); ++i) {
        const User& who = investigators[rng() % investigators.size()];
        AuditEvent e;
        e.user_id = who.id;
        e.username = who.username;
        e.action = "case.read";
        e.outcome = "ok";
        e.method = "GET";
        const std::string& id = case_ids[rng() % case_ids.size()];
        e.path = "/api/v1/cases/" + id;
        e.ip = "10.0.0." + std::to_string(rng() % 250);
        e.records = {"case:" + id};
        ARIADNE_RETURN_IF_ERROR(r.audit->Append(w, e));
      }
      return Ok();
    });
    if (!st) Die(st.error());
    {
      std::printf("audit: %lld rows\r", static_cast<long long>(start + audit_batch));
      std::fflush(stdout);
    }
  }
  auto t2 = std::chrono::steady_clock::now();
  std::printf("\naudit: %lld rows in %.1f s\n", static_cast<long long>(n_audit),
              std::chrono::duration<double>(t2 - t1).count());
  return 0;
}
