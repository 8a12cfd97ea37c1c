#include "domain/custody.h"

#include <set>

#include "domain/body_fields.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<std::optional<std::vector<std::string>>> Seals(const json& body) {
  if (!body.contains("seal_numbers") || body["seal_numbers"].is_null()) return std::optional<std::vector<std::string>>();
  const auto& j = body["seal_numbers"];
  if (!j.is_array() || j.size() > 50)
    return Fail(Error::BadRequest("wrong_type", "seal_numbers must be a list of at most 50 strings", "seal_numbers"));
  std::vector<std::string> out;
  for (const auto& s : j) {
    if (!s.is_string() || s.get<std::string>().empty() || s.get<std::string>().size() > 100)
      return Fail(Error::Invalid("invalid_value", "each seal number is a non-empty string", "seal_numbers"));
    out.push_back(s.get<std::string>());
  }
  return std::optional<std::vector<std::string>>(out);
}

bool IsDisposal(const std::string& kind) { return kind == "destroyed" || kind == "returned"; }

}  // namespace

std::string CustodyCanonical(const CustodyEvent& e) {
  return json::array({e.exhibit_id, e.seq, e.kind, e.at, e.recorded_at, e.recorded_by, e.holder, e.location,
                      e.seal_numbers, e.note, e.prev_hash})
      .dump();
}

std::vector<CustodyFlag> AnalyseCustody(const std::vector<CustodyEvent>& events, const CustodyHasher& hash) {
  std::vector<CustodyFlag> flags;
  std::string prev(64, '0');
  int64_t expected = 1;
  const CustodyEvent* open_transfer = nullptr;
  const CustodyEvent* disposal = nullptr;
  for (const auto& e : events) {
    if (e.seq != expected)
      flags.push_back({e.seq, "out_of_order", "event " + std::to_string(expected) + " is missing or events were re-ordered"});
    expected = e.seq + 1;
    if (e.prev_hash != prev || hash(e) != e.hash)
      flags.push_back({e.seq, "altered", "the event does not match its hash or the event before it"});
    prev = e.hash;
    if (e.seq == 1 && e.kind != "seized")
      flags.push_back({e.seq, "not_seized_first", "the chain does not start with the seizure"});
    if (disposal)
      flags.push_back({e.seq, "after_disposal",
                       "recorded after the exhibit was " + disposal->kind + " (event " + std::to_string(disposal->seq) + ")"});
    if (e.kind == "received") {
      if (!open_transfer) flags.push_back({e.seq, "receipt_without_transfer", "a receipt with no transfer before it"});
      open_transfer = nullptr;
    } else if (open_transfer) {
      flags.push_back({open_transfer->seq, "transfer_not_received",
                       "the transfer to " + open_transfer->holder + " has no receipt before the next event"});
      open_transfer = nullptr;
    }
    if (e.kind == "transferred") open_transfer = &e;
    if (IsDisposal(e.kind) && !disposal) disposal = &e;
  }
  if (open_transfer)
    flags.push_back({open_transfer->seq, "transfer_not_received",
                     "the transfer to " + open_transfer->holder + " has not been received yet"});
  return flags;
}

std::string CustodyState(const std::vector<CustodyEvent>& events) {
  std::string state = "in_custody";
  for (const auto& e : events) {
    if (e.kind == "transferred") state = "in_transfer";
    else if (e.kind == "received") state = "in_custody";
    else if (e.kind == "destroyed") return "destroyed";
    else if (e.kind == "returned") return "returned";
  }
  return state;
}

Result<ExhibitInput> ParseExhibitInput(const json& body, const Lookups& lookups, ExhibitInputMode mode) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {"version", "evidence_type", "description", "seized_at", "seized_place",
                                               "seized_by", "authority", "warrant_number", "packaging", "seal_numbers"};
  for (const auto& [key, value] : body.items())
    if (!kKnown.count(key)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  ExhibitInput in;
  if (body.contains("version")) {
    if (!body["version"].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
    in.version = body["version"].get<int64_t>();
  }
  if (mode == ExhibitInputMode::kUpdate && !in.version)
    return Fail(Error::Invalid("required", "version is required", "version"));
#define ARIADNE_EXHIBIT_TEXT(field, max)       \
  {                                            \
    auto r = OptionalText(body, #field, max);          \
    if (!r) return Fail(r.error());            \
    in.field = *r;                             \
  }
  ARIADNE_EXHIBIT_TEXT(evidence_type, 50)
  ARIADNE_EXHIBIT_TEXT(description, 20000)
  ARIADNE_EXHIBIT_TEXT(seized_place, 500)
  ARIADNE_EXHIBIT_TEXT(seized_by, 200)
  ARIADNE_EXHIBIT_TEXT(authority, 500)
  ARIADNE_EXHIBIT_TEXT(warrant_number, 100)
  ARIADNE_EXHIBIT_TEXT(packaging, 1000)
#undef ARIADNE_EXHIBIT_TEXT
  auto seized_at = OptionalTime(body, "seized_at");
  if (!seized_at) return Fail(seized_at.error());
  in.seized_at = *seized_at;
  auto seals = Seals(body);
  if (!seals) return Fail(seals.error());
  in.seal_numbers = *seals;
  if (in.evidence_type && !lookups.Has("evidence_types", *in.evidence_type))
    return Fail(Error::Invalid("invalid_value", "unknown evidence type '" + *in.evidence_type + "'", "evidence_type"));
  if (mode == ExhibitInputMode::kCreate) {
    // The seizure is the first link of the chain: without where, when, by whom and under
    // which authority an exhibit may not stand up in court.
    const std::pair<const char*, bool> required[] = {
        {"evidence_type", in.evidence_type && !in.evidence_type->empty()},
        {"description", in.description && !in.description->empty()},
        {"seized_at", in.seized_at.has_value()},
        {"seized_place", in.seized_place && !in.seized_place->empty()},
        {"seized_by", in.seized_by && !in.seized_by->empty()},
        {"authority", in.authority && !in.authority->empty()}};
    for (const auto& [field, present] : required)
      if (!present) return Fail(Error::Invalid("required", std::string(field) + " is required", field));
  }
  return in;
}

std::vector<std::string> ApplyExhibitInput(const ExhibitInput& in, Exhibit& x) {
  std::vector<std::string> changed;
  auto set = [&](const char* name, const auto& from, auto& to) {
    if (from && *from != to) {
      to = *from;
      changed.push_back(name);
    }
  };
  set("evidence_type", in.evidence_type, x.evidence_type);
  set("description", in.description, x.description);
  set("seized_at", in.seized_at, x.seized_at);
  set("seized_place", in.seized_place, x.seized_place);
  set("seized_by", in.seized_by, x.seized_by);
  set("authority", in.authority, x.authority);
  set("warrant_number", in.warrant_number, x.warrant_number);
  set("packaging", in.packaging, x.packaging);
  set("seal_numbers", in.seal_numbers, x.seal_numbers);
  return changed;
}

Result<CustodyEvent> ParseCustodyEvent(const json& body, const Lookups& lookups, int64_t now) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {"kind", "at", "holder", "location", "seal_numbers", "note"};
  for (const auto& [key, value] : body.items())
    if (!kKnown.count(key)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  CustodyEvent e;
  auto kind = OptionalText(body, "kind", 50);
  if (!kind) return Fail(kind.error());
  if (!*kind || (*kind)->empty()) return Fail(Error::Invalid("required", "kind is required", "kind"));
  if (!lookups.Has("custody_events", **kind))
    return Fail(Error::Invalid("invalid_value", "unknown custody event '" + **kind + "'", "kind"));
  e.kind = **kind;
  auto at = OptionalTime(body, "at");
  if (!at) return Fail(at.error());
  e.at = at->value_or(now);
  if (e.at > now + 60'000) return Fail(Error::Invalid("invalid_date", "at may not be in the future", "at"));
  for (auto [key, target, max] : {std::tuple{"holder", &e.holder, size_t{200}}, std::tuple{"location", &e.location, size_t{500}},
                                  std::tuple{"note", &e.note, size_t{5000}}}) {
    auto v = OptionalText(body, key, max);
    if (!v) return Fail(v.error());
    *target = v->value_or("");
  }
  if ((e.kind == "transferred" || e.kind == "received") && e.holder.empty())
    return Fail(Error::Invalid("required", "a " + e.kind + " event names the holder", "holder"));
  auto seals = Seals(body);
  if (!seals) return Fail(seals.error());
  e.seal_numbers = seals->value_or(std::vector<std::string>{});
  if (e.kind == "sealed" && e.seal_numbers.empty())
    return Fail(Error::Invalid("required", "a sealed event names the seal numbers", "seal_numbers"));
  return e;
}

}  // namespace ariadne
