// `ariadne demo`: a fictional, realistic dataset for trying Ariadne. Every name, place and
// story here is invented; the shapes follow the source documents (recruitment abroad,
// withheld passports, debt bondage, border crossings).
#include <algorithm>
#include <cstdio>
#include <random>

#include "base/ids.h"
#include "api/workflow_runner.h"
#include "cli/commands.h"
#include "cli/demo_case_file.h"
#include "api/resolver.h"
#include "cli/demo_intelligence.h"
#include "cli/demo_protection.h"

namespace ariadne {
namespace {

Status PlaceDemoCase(const AppServices& app, StoreWriter& w, const Case& c, const WorkflowDefinition& def,
                     const std::string& user_id, int64_t entered) {
  ARIADNE_RETURN_IF_ERROR(StartWorkflow(app, w, c, def, user_id, c.created_at));
  const WorkflowState* target = nullptr;
  for (const auto& s : def.states)
    if (s.case_state == c.state) {
      target = &s;
      break;
    }
  if (!target || target->id == def.initial) return Ok();
  ARIADNE_RETURN_IF_ERROR(w.UpdateCaseWorkflow({c.id, def.id, def.version, target->id, entered, 2}, 1));
  ARIADNE_RETURN_IF_ERROR(w.InsertWorkflowEvent({NewUuidV7(*app.env), c.id, entered, user_id, "transition", "demo",
                                                 def.initial, target->id, def.id, def.version,
                                                 "demo data: placed at its phase"}));
  return EnterState(app, w, c, def, *target, entered);
}

}  // namespace

namespace {

struct DemoUser {
  const char* username;
  const char* display_name;
  Role role;
  const char* unit;
};

constexpr const char* kDemoPassword = "Ariadne-demo-2026";

const DemoUser kUsers[] = {
    {"admin", "Администратор системы", Role::kAdministrator, "KZ-ALM-CTU"},
    {"auditor", "Gulnara Seitkali (DPO)", Role::kAuditor, "KZ-ALM-CTU"},
    {"supervisor", "Ерлан Жумабаев", Role::kSupervisor, "KZ-ALM-CTU"},
    {"investigator", "Aigerim Nurlanova", Role::kInvestigator, "KZ-ALM-CTU"},
    {"investigator2", "Дмитрий Ким", Role::kInvestigator, "KZ-ALM-CTU"},
    {"analyst", "Madina Tokhtarova", Role::kAnalyst, "KZ-ALM-CTU"},
    {"prosecutor", "Серик Абдрахманов", Role::kProsecutor, "KZ-ALM-CTU"},
    {"frontline", "Nursultan Bekov", Role::kFrontlineOfficer, "KZ-AST-BORDER"},
    {"supervisor.kg", "Азамат Токтогулов", Role::kSupervisor, "KG-BSK-TIP"},
    {"investigator.kg", "Aida Sydykova", Role::kInvestigator, "KG-BSK-TIP"},
    {"ngo", "Shelter 'Sana Sezim' caseworker", Role::kReferralPartner, "KZ-ALM-NGO"},
    {"coordinator", "Асель Касымова (NRM)", Role::kReferralCoordinator, "KZ-NRM"},
};

struct Story {
  const char* title;
  const char* summary;
  const char* category;
  std::vector<std::string> forms;
  const char* origin;
  const char* destination;
  const char* victim_notes;
};

const Story kStories[] = {
    {"Вербовка официанток в Анталью — Рахимов Ботир",
     "Три девушки из Шымкента завербованы через объявление о работе официанткой; паспорта изъяты по прибытии.",
     "tip", {"sexual"}, "KZ", "TR", "Потерпевшая Ж. находится в приюте, контакт только через координатора."},
    {"Construction site debt bondage — Rakhimov Botir",
     "Twelve men recruited in Osh for a building site; wages withheld against a 'travel debt', passports kept by the foreman.",
     "tip", {"labour"}, "KG", "KZ", "Two victims in hospital; addresses known to the NGO only."},
    {"Домашнее подневольное состояние — семья Каримовых",
     "Несовершеннолетняя работала в частном доме без оплаты, не выходила на улицу, документов не имела.",
     "tip", {"domestic_servitude"}, "UZ", "KZ", "Ребёнок передан органам опеки; законный представитель назначен."},
    {"Border crossing with forged visas — Khorgos",
     "Group of eight migrants stopped at the crossing with visas from the same forger; fee of 2,000 USD each.",
     "som", {}, "AF", "KZ", ""},
    {"Попрошайничество детей на рынке Барахолка",
     "Дети из Таджикистана вынуждены просить милостыню; выручку забирает взрослый куратор.",
     "tip", {"begging"}, "TJ", "KZ", "Двое детей, 9 и 11 лет, размещены в центре адаптации."},
    {"Marriage agency 'Bakhyt' — brides abroad",
     "An agency in Almaty sends young women to 'marry' abroad; two later reported being sold on.",
     "tip", {"forced_marriage", "sexual"}, "KZ", "AE", "Victim S. in contact through the embassy hotline."},
    {"Сельхозработы в Туркестанской области — Юлдашев Шухрат",
     "Мигранты из Узбекистана на хлопковых полях, долговая кабала, угрозы депортацией.",
     "mixed", {"labour"}, "UZ", "KZ", ""},
    {"Transit via Almaty to Moscow — Yuldashev Shukhrat",
     "Smuggling route for Uzbek nationals through Almaty to Russia by bus; driver paid per passenger.",
     "som", {}, "UZ", "RU", ""},
    {"Анонимное сообщение о массажном салоне",
     "Сообщение о девушках без документов в салоне на ул. Абая; требуется проверка.",
     "undetermined", {}, "KG", "KZ", ""},
    {"Fishing fleet forced labour — Aral region",
     "Men held on fishing boats for months; wages withheld; one escaped and reported to the labour inspectorate.",
     "tip", {"labour"}, "KZ", "KZ", ""},
};

const char* kStates[] = {"open", "investigation", "investigation", "prosecution", "suspended", "closed"};
const char* kApproaches[] = {"reactive", "proactive", "disruptive"};
const char* kTriggers[] = {"complaint", "anonymous_tip", "patrol", "referral", "intelligence", "other_agency"};

}  // namespace

int RunDemo(const CommonOptions& o) {
  auto rt = OpenRuntime(ResolvePaths(o.data_dir, o.keys_dir, o.config_dir), Env::Default(), true);
  if (!rt) {
    std::fprintf(stderr, "ariadne: %s\n", rt.error().message.c_str());
    return 1;
  }
  Runtime& r = **rt;
  Actor actor{"", "cli:demo", "CLI", "demo", "local"};
  struct U {
    const char* code;
    const char* name;
    const char* country;
    const char* region;
    const char* agency;
    const char* kind;
  } units[] = {
      {"KZ-ALM-CTU", "Департамент полиции г. Алматы — отдел по борьбе с торговлей людьми", "KZ", "Almaty", "KZ-MVD", "police"},
      {"KZ-AST-BORDER", "Border Service — Astana airport post", "KZ", "Astana", "KZ-BORDER", "border"},
      {"KG-BSK-TIP", "ГУВД г. Бишкек — отдел по противодействию торговле людьми", "KG", "Bishkek", "KG-MVD", "police"},
      {"KZ-ALM-NGO", "Shelter 'Sana Sezim' (NGO)", "KZ", "Almaty", "NGO-SANA-SEZIM", "ngo"},
      {"KZ-NRM", "National referral mechanism — coordinator's office", "KZ", "Astana", "KZ-NRM", "social"},
  };
  std::map<std::string, std::string> unit_ids;
  for (const auto& u : units) {
    auto made = r.accounts->CreateUnit(actor, u.code, u.name, u.country, u.region, u.agency, u.kind);
    if (!made) {
      std::fprintf(stderr, "ariadne: %s (is the demo already loaded?)\n", made.error().message.c_str());
      return 1;
    }
    unit_ids[u.code] = made->id;
  }
  std::map<std::string, User> users;
  for (const auto& d : kUsers) {
    auto made = r.accounts->CreateUser(actor, d.username, d.display_name, d.role, d.unit, kDemoPassword);
    if (!made) {
      std::fprintf(stderr, "ariadne: %s\n", made.error().message.c_str());
      return 1;
    }
    users[d.username] = *made;
  }

  if (auto st = SyncWorkflowDefinitions(r); !st) {
    std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
    return 1;
  }
  AppServices app;  // what starting a workflow needs: the clock and ids
  app.env = r.env;
  app.store = r.store.get();
  std::mt19937 rng(2026);
  const int64_t now = r.env->NowMillis();
  const int64_t day = 24LL * 3600 * 1000;
  DemoVictim first_case;
  for (int i = 0; i < 60; ++i) {
    const Story& s = kStories[i % std::size(kStories)];
    bool kg = i % 5 == 4;
    const User& owner = kg ? users["investigator.kg"] : (i % 3 == 2 ? users["investigator2"] : users["investigator"]);
    Case c;
    c.id = NewUuidV7(*r.env);
    c.title = s.title;
    if (i >= static_cast<int>(std::size(kStories))) c.title += " (" + std::to_string(i / std::size(kStories) + 1) + ")";
    c.summary = s.summary;
    c.category = s.category;
    c.forms_of_exploitation = s.forms;
    c.approach = kApproaches[rng() % 3];
    c.trigger = kTriggers[rng() % 6];
    c.jurisdiction_country = kg ? "KG" : "KZ";
    c.jurisdiction_region = kg ? "Bishkek" : "Almaty";
    c.countries_of_origin = {s.origin};
    c.countries_of_destination = {s.destination};
    if (std::string(s.category) == "som") c.countries_of_transit = {"KZ"};
    c.state = kStates[rng() % 6];
    c.covert = i % 17 == 0;
    c.victim_notes = s.victim_notes;
    c.owning_unit_id = owner.unit_id;
    c.created_by = owner.id;
    c.created_at = now - (200 - i * 3) * day - static_cast<int64_t>(rng() % 1000) * 60000;
    c.updated_at = c.created_at + static_cast<int64_t>(rng() % 30) * day;
    c.version = 1;
    auto st = r.store->Write([&](StoreWriter& w) -> Status {
      ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
      TeamMember lead;
      lead.user_id = owner.id;
      lead.team_role = "lead";
      lead.grants = {"victim_data"};
      ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, lead, c.created_at));
      if (!kg && i % 4 == 0) {
        TeamMember helper;
        helper.user_id = users["analyst"].id;
        helper.team_role = "member";  // no victim_data grant: the restricted notes stay hidden
        ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, helper, c.created_at));
      }
      // Each case runs the workflow of its category and approach, at the first state that
      // shows as its phase, with the tasks and notices of entering it.
      Case with_team = c;
      with_team.team = {lead};
      if (const WorkflowDefinition* def = WorkflowForNewCase(r.workflows, c))
        ARIADNE_RETURN_IF_ERROR(PlaceDemoCase(app, w, with_team, *def, owner.id, std::min(c.updated_at, now)));
      if (!kg && std::string(c.state) == "prosecution")
        ARIADNE_RETURN_IF_ERROR(w.PutShare(c.id, users["prosecutor"].id, owner.id, c.updated_at));
      ARIADNE_RETURN_IF_ERROR(
          w.InsertCaseHistory(c.id, {1, owner.id, c.created_at, R"([{"field":"*","after":"created"}])"}));
      // The waitress-recruitment story gets a whole case file: people, timeline, exhibit, interview, charge.
      if (i % static_cast<int>(std::size(kStories)) == 0) {
        std::string victim;
        ARIADNE_RETURN_IF_ERROR(AddDemoCaseFile(r, w, c, owner.id, c.created_at, &victim));
        if (i == 0) first_case = {c.id, victim, owner.id};
      }
      if (i == 4) ARIADNE_RETURN_IF_ERROR(AddDemoCrossBorderSuspect(r, w, c, owner.id, c.created_at));
      AuditEvent e;
      e.username = "cli:demo";
      e.action = "case.create";
      e.outcome = "ok";
      e.method = "CLI";
      e.path = "demo";
      e.ip = "local";
      e.records = {"case:" + c.id};
      return r.audit->Append(w, e);
    });
    if (!st) {
      std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
      return 1;
    }
  }
  if (auto st = AddDemoProtection(r, users, unit_ids, first_case, now); !st) {
    std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
    return 1;
  }
  if (auto st = AddDemoLinks(r, first_case.case_id, first_case.user_id, now); !st) {
    std::fprintf(stderr, "ariadne: demo links: %s\n", st.error().message.c_str());
    return 1;
  }
  auto intelligence = AddDemoIntelligence(r, users, unit_ids, now);
  if (!intelligence) {
    std::fprintf(stderr, "ariadne: %s\n", intelligence.error().message.c_str());
    return 1;
  }
  // The resolution engine's first pass: the demo's records matched across cases and units, and
  // the intelligence's people against them.
  {
    Resolver resolver(r.match_config);
    const ResolverDeps deps{r.env, r.authz.get(), r.audit.get()};
    auto proposed = resolver.MatchAll(deps, *r.store);
    if (!proposed) {
      std::fprintf(stderr, "ariadne: %s\n", proposed.error().message.c_str());
      return 1;
    }
    if (auto st = r.store->Write([&](StoreWriter& w) -> Status {
          for (const auto& rep : *intelligence)
            ARIADNE_RETURN_IF_ERROR(resolver.MatchReport(deps, w, rep, nullptr, now));
          return Ok();
        });
        !st) {
      std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
      return 1;
    }
  }
  // Placing 60 cases at their phases sent their notices; a new user should not open a bell
  // with sixty of them. They are kept, read; what happens from now on arrives unread.
  if (auto st = r.store->Write([&](StoreWriter& w) -> Status {
        for (const auto& [name, u] : users) ARIADNE_RETURN_IF_ERROR(w.MarkNotificationsRead(u.id, "", now));
        return Ok();
      });
      !st) {
    std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
    return 1;
  }
  std::printf("Demo data loaded: 5 units, %zu users, 60 cases (six with a full case file), 4 partners, 3 protection files, 6 intelligence reports.\n\nDemo logins (password for all: %s)\n",
              std::size(kUsers), kDemoPassword);
  for (const auto& d : kUsers) std::printf("  %-16s %-18s %s\n", d.username, std::string(RoleId(d.role)).c_str(), d.unit);
  return 0;
}

}  // namespace ariadne
