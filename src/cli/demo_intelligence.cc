#include "cli/demo_intelligence.h"

#include <cstdio>

#include "base/ids.h"
#include "base/time_format.h"

namespace ariadne {
namespace {

using nlohmann::json;

constexpr int64_t kDay = 24LL * 3600 * 1000;

struct DemoReport {
  const char* exploitation;
  const char* persons;
  const char* routes;
  const char* modus_text;
  Grading grading;
  const char* cycle;  // where the demo leaves it
  std::vector<std::string> forms;
  std::vector<std::pair<std::string, std::string>> countries;  // code, role
  std::vector<std::string> modus;
  json items;
  int days_ago;
};

std::vector<DemoReport> Reports() {
  return {
      {"Трудовая эксплуатация на стройке, долг за дорогу", "Вербовщик Рахимов Ботир, около 35 лет, приметы: шрам на левой руке",
       "Ташкент — Шымкент автобусом, далее Алматы", "Объявление о работе, паспорта забирают на границе",
       {"C", "3", "H3"}, "collected", {"labour"}, {{"UZ", "origin"}, {"KZ", "destination"}}, {"job_advert", "document_retention", "debt_bondage"},
       json::array({{{"kind", "person"}, {"fields", {{"name", "Рахимов Ботир"}, {"nationality", "UZ"}, {"birth_date", "1988"},
                                                      {"phone", "+998 90 123 45 67"}, {"passport", "AB1234567"}}}},
                    {{"kind", "vehicle"}, {"fields", {{"plate", "01 A 777 AA"}, {"description", "Белый автобус Yutong"}}}}}),
       3},
      {"Sexual exploitation: young women moved to Antalya through Almaty", "Two women from Osh, one minor; a woman called 'Madina' recruits",
       "Osh — Bishkek — Almaty by car, then flight to Antalya", "Offers of waitress jobs on social media; tickets paid, debt of 3,000 USD",
       {"B", "2", "H1"}, "disseminated", {"sexual"}, {{"KG", "origin"}, {"KZ", "transit"}, {"TR", "destination"}}, {"social_media", "debt_bondage"},
       json::array({{{"kind", "phone"}, {"fields", {{"number", "+996 555 123 456"}, {"description", "Recruiter's WhatsApp"}}}}}),
       9},
      {"Labour exploitation on cotton fields", "Group of about 20 Uzbek men; foreman known as 'Shukhrat aka'",
       "Samarkand — Turkestan region by minibus", "Wages withheld, threats of deportation", {"C", "3", "H3"}, "analysed",
       {"labour"}, {{"UZ", "origin"}, {"KZ", "destination"}}, {"debt_bondage", "threats"}, json::array(), 15},
      {"Forced begging at the Barakholka market", "Children aged 8 to 12; adult woman collects the money",
       "Dushanbe — Almaty by train", "Escorted travel, children kept in a rented flat", {"B", "3", "H3"}, "evaluated",
       {"begging"}, {{"TJ", "origin"}, {"KZ", "destination"}}, {"escorted_travel", "isolation"}, json::array(), 21},
      {"Domestic servitude in a private house", "A girl of about 15 from Uzbekistan, not allowed out",
       "Unknown, probably by car through the Zhibek Zholy post", "Recruited by a relative", {"D", "4", "H3"}, "archived",
       {"domestic_servitude"}, {{"UZ", "origin"}, {"KZ", "destination"}}, {"acquaintance", "isolation"}, json::array(), 40},
      {"Informant reports a brothel in a sauna, Abay street", "Informant 'Aibek' (do not disclose), 4-5 women from Kyrgyzstan",
       "Bishkek — Almaty", "Documents taken, women kept indoors", {"B", "2", "H5"}, "collected",
       {"sexual"}, {{"KG", "origin"}, {"KZ", "destination"}}, {"document_retention", "isolation"}, json::array(), 1},
  };
}

}  // namespace

Result<std::vector<FrontlineReport>> AddDemoIntelligence(Runtime& r, const std::map<std::string, User>& users,
                                                         const std::map<std::string, std::string>& unit_ids, int64_t now) {
  std::vector<FrontlineReport> made;
  Env& env = *r.env;
  const std::string officer = users.at("frontline").id, analyst = users.at("analyst").id;
  const std::string border = unit_ids.at("KZ-AST-BORDER"), ctu = unit_ids.at("KZ-ALM-CTU"), kg = unit_ids.at("KG-BSK-TIP");
  ARIADNE_RETURN_IF_ERROR(r.store->Write([&](StoreWriter& w) -> Status {
    int n = 0;
    const std::string series = "FR-" + FormatTime(now).substr(0, 4) + "-";
    auto count = w.CountReferences("frontline_reports", "FR-" + FormatTime(now).substr(0, 4));
    if (!count) return Fail(count.error());
    for (const DemoReport& d : Reports()) {
      FrontlineReport rep;
      rep.id = NewUuidV7(env);
      char num[32];
      std::snprintf(num, sizeof num, "%06lld", static_cast<long long>(*count + ++n));
      rep.reference = series + num;
      rep.author_id = officer;
      rep.author_unit_id = border;
      rep.target_unit_id = ctu;
      rep.state = "handed_over";
      rep.cycle = d.cycle;
      rep.blocks = {{"exploitation_type", d.exploitation}, {"persons", d.persons}, {"routes", d.routes},
                    {"modus_operandi", d.modus_text}, {"officer", "Nursultan Bekov, Astana airport post, +7 7172 55 10 10"}};
      rep.grading = d.grading;
      json countries = json::array();
      for (const auto& [code, role] : d.countries) countries.push_back({{"code", code}, {"role", role}});
      rep.facts = {{"exploitation_forms", d.forms}, {"countries", countries}, {"modus", d.modus}};
      rep.items = d.items;
      for (auto& it : rep.items) it["id"] = NewUuidV7(env);
      rep.originator_contact = "Nursultan Bekov, +7 7172 55 10 10";
      rep.location = "Astana airport";
      rep.created_at = rep.observed_at = now - d.days_ago * kDay;
      rep.handed_over_at = rep.updated_at = rep.created_at + 3600 * 1000;
      ARIADNE_RETURN_IF_ERROR(w.InsertFrontlineReport(rep));
      auto event = [&](int64_t at, const std::string& by, const std::string& kind, json detail) {
        return w.InsertIntelEvent({rep.id, at, by, kind, std::move(detail)});
      };
      ARIADNE_RETURN_IF_ERROR(event(rep.created_at, officer, "created", {{"grading", GradingJson(rep.grading)}}));
      ARIADNE_RETURN_IF_ERROR(event(rep.handed_over_at, officer, "handed_over", {{"unit", "KZ-ALM-CTU"}}));
      // The analyst's steps up to where the demo leaves the report.
      const std::string cycle = d.cycle;
      const std::string goal = cycle == "disseminated" ? "analysed" : cycle == "archived" ? "evaluated" : cycle;
      std::string at = "collected";
      for (const char* next : {"evaluated", "collated", "analysed"}) {
        if (at == goal) break;
        ARIADNE_RETURN_IF_ERROR(event(rep.handed_over_at + kDay, analyst, "cycle", {{"from", at}, {"to", next}, {"reason", ""}}));
        at = next;
      }
      if (std::string(d.cycle) == "archived")
        ARIADNE_RETURN_IF_ERROR(event(rep.handed_over_at + 2 * kDay, analyst, "cycle",
                                      {{"from", at}, {"to", "archived"}, {"reason", "no new lines of enquiry"}}));
      if (std::string(d.cycle) == "disseminated") {
        IntelDissemination x;
        x.id = NewUuidV7(env);
        x.report_id = rep.id;
        x.unit_id = kg;
        x.path = "share_abroad";
        x.handling = rep.grading.handling;
        x.by = analyst;
        x.at = rep.handed_over_at + 2 * kDay;
        x.note = "The recruiters work from Osh; please check your records.";
        ARIADNE_RETURN_IF_ERROR(w.InsertDissemination(x));
        ARIADNE_RETURN_IF_ERROR(event(x.at, analyst, "disseminated",
                                      {{"unit", "KG-BSK-TIP"}, {"path", x.path}, {"handling", x.handling}}));
      }
      made.push_back(rep);
    }
    return Ok();
  }));
  return made;
}

}  // namespace ariadne
