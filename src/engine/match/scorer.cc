#include "engine/match/scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ariadne {
namespace {

enum Feature {
  kNameSimilarity, kNameExact, kNamePartMissing, kInitialOnly, kPatronymicSame, kPatronymicDiffers, kGenderDiffers,
  kBirthSame, kBirthCompatible, kBirthNear, kBirthDiffers, kSharedDocument, kSharedPhone, kSharedEmail,
  kDocumentDiffers, kCommonName, kSinglePartName, kIdentifierNamesDiffer, kFeatureCount
};

struct NameComparison {
  double similarity = 0;  // mean over aligned full parts
  bool exact = false, swapped = false, transliterated = false;
  int missing = 0, initials = 0, full_pairs = 0;
  int patronymic = 0;  // 1 same, -1 differs, 0 not on both
  bool single = false;
  uint32_t scheme = 0;  // script marks of the Latin side
};

bool Core(const NamePart& p) { return p.kind != NamePartKind::kPatronymic; }

double PartSimilarity(const NamePart& a, const NamePart& b) {
  if (a.kind == NamePartKind::kInitial || b.kind == NamePartKind::kInitial)
    return a.folded[0] == b.folded[0] ? 0.85 : 0.0;
  if (a.folded == b.folded) return 1.0;
  double s = JaroWinkler(a.folded, b.folded);
  // Rakhimov / Rakhimova / Rahimzoda: one family name with another ending.
  if (a.stem == b.stem && a.stem.size() >= 3) s = std::max(s, 0.93);
  else if (a.key == b.key && a.key.size() >= 3) s = std::max(s, 0.9);
  return s;
}

constexpr int kMaxParts = 5;

// Best one-to-one assignment of core parts (at most five a side) over a precomputed similarity
// matrix, by exhaustive search: 5! paths at worst, no allocation.
void Assign(const double (&sim)[kMaxParts][kMaxParts], int na, int nb, int i, int (&cur)[kMaxParts], unsigned used,
            double sum, double& best, int (&best_map)[kMaxParts]) {
  if (i == na) {
    if (sum > best) {
      best = sum;
      for (int k = 0; k < na; ++k) best_map[k] = cur[k];
    }
    return;
  }
  // Leaving a part unaligned is allowed (one record has a middle name the other lacks).
  cur[i] = -1;
  Assign(sim, na, nb, i + 1, cur, used, sum, best, best_map);
  for (int j = 0; j < nb; ++j) {
    if ((used >> j) & 1 || sim[i][j] < 0.7) continue;
    cur[i] = j;
    Assign(sim, na, nb, i + 1, cur, used | (1u << j), sum + sim[i][j], best, best_map);
  }
  cur[i] = -1;
}

NameComparison CompareNames(const PersonName& x, const PersonName& y) {
  NameComparison c;
  const NamePart* a[kMaxParts];
  const NamePart* b[kMaxParts];
  int na = 0, nb = 0;
  for (const NamePart& p : x.parts)
    if (Core(p) && na < kMaxParts) a[na++] = &p;
  for (const NamePart& p : y.parts)
    if (Core(p) && nb < kMaxParts) b[nb++] = &p;
  c.single = na == 1 || nb == 1;
  if (na == 0 || nb == 0) return c;
  double sim[kMaxParts][kMaxParts];
  for (int i = 0; i < na; ++i)
    for (int j = 0; j < nb; ++j) sim[i][j] = PartSimilarity(*a[i], *b[j]);
  int cur[kMaxParts], best_map[kMaxParts];
  for (int k = 0; k < kMaxParts; ++k) cur[k] = best_map[k] = -1;
  double best = -1;
  Assign(sim, na, nb, 0, cur, 0, 0, best, best_map);
  double full_sum = 0;
  int aligned = 0;
  bool all_equal = true;
  for (int i = 0; i < na; ++i) {
    const int j = best_map[i];
    if (j < 0) continue;
    ++aligned;
    if (j != i) c.swapped = true;
    if (a[i]->kind == NamePartKind::kInitial || b[j]->kind == NamePartKind::kInitial) {
      ++c.initials;
      all_equal = false;
      continue;
    }
    ++c.full_pairs;
    full_sum += sim[i][j];
    if (a[i]->folded != b[j]->folded) all_equal = false;
  }
  c.missing = na + nb - 2 * aligned;
  c.similarity = c.full_pairs ? full_sum / c.full_pairs : 0;
  c.exact = all_equal && c.missing == 0 && c.full_pairs > 0;
  const NamePart* pa = nullptr;
  const NamePart* pb = nullptr;
  for (const NamePart& p : x.parts)
    if (p.kind == NamePartKind::kPatronymic) pa = pa ? pa : &p;
  for (const NamePart& p : y.parts)
    if (p.kind == NamePartKind::kPatronymic) pb = pb ? pb : &p;
  if (pa && pb) c.patronymic = JaroWinkler(pa->stem, pb->stem) >= 0.88 ? 1 : -1;
  const bool xc = x.script & kScriptCyrillic, yc = y.script & kScriptCyrillic;
  const bool xl = x.script & kScriptLatin, yl = y.script & kScriptLatin;
  c.transliterated = (xc && !xl && yl) || (yc && !yl && xl) || (xl && yl && x.script != y.script);
  c.scheme = (xl ? x.script : 0) | (yl ? y.script : 0);
  return c;
}

// 2: same full date; 1: compatible (a partial date contains the other); 3: near (year off by
// one, or day and month swapped); -1: differ; 0: not on both.
int CompareBirths(const std::vector<DateRange>& a, const std::vector<DateRange>& b, int& year_gap) {
  int best = 0;
  year_gap = 0;
  auto rank = [](int r) { return r == 2 ? 4 : r == 1 ? 3 : r == 3 ? 2 : r == -1 ? 1 : 0; };
  for (const DateRange& x : a) {
    for (const DateRange& y : b) {
      int r = -1;
      if (x.full() && y.full() && x.first == y.first) r = 2;
      else if (x.first <= y.last && y.first <= x.last) r = 1;
      else if (x.full() && y.full() && ((x.day == y.month && x.month == y.day && x.year == y.year) ||
                                        (x.month == y.month && x.day == y.day && std::abs(x.year - y.year) == 1)))
        r = 3;
      else if ((!x.full() || !y.full()) && std::abs(x.year - y.year) == 1)
        r = 3;
      if (rank(r) > rank(best)) {
        best = r;
        year_gap = std::abs(x.year - y.year);
      }
    }
  }
  return best;
}

bool SameDocument(IdKind a, IdKind b) {
  auto personal = [](IdKind k) { return k == IdKind::kPassport || k == IdKind::kNationalId; };
  return a == b || (personal(a) && personal(b));
}

void Reason(MatchScore& s, bool explain, const char* code, const char* strength, std::string en, std::string ru) {
  if (explain) s.reasons.push_back({code, strength, std::move(en), std::move(ru)});
}

double Logistic(const MatchFeatures& f, const MatchConfig& c) {
  double z = c.bias;
  for (size_t i = 0; i < f.size() && i < c.feature_weights.size(); ++i) z += c.feature_weights[i] * f[i];
  return 1.0 / (1.0 + std::exp(-z));
}

const char* IdText(IdKind k, bool ru) {
  switch (k) {
    case IdKind::kPassport: return ru ? "тот же номер паспорта" : "same passport number";
    case IdKind::kNationalId: return ru ? "тот же идентификационный номер" : "same ID number";
    case IdKind::kAccount: return ru ? "тот же номер счёта" : "same account number";
    case IdKind::kPlate: return ru ? "тот же госномер" : "same registration plate";
    case IdKind::kEmail: return ru ? "тот же адрес e-mail" : "same e-mail address";
    case IdKind::kRegistration: return ru ? "тот же регистрационный номер" : "same registration number";
  }
  return "";
}

}  // namespace

NameAgreement CompareNameStrings(std::string_view a, std::string_view b) {
  MatchInput ia, ib;
  ia.schema = ib.schema = "Person";
  ia.names = {std::string(a)};
  ib.names = {std::string(b)};
  const PreparedRecord ra = Prepare(ia), rb = Prepare(ib);
  if (ra.names.empty() || rb.names.empty()) return {};
  PersonName x = ra.names[0], y = rb.names[0];
  NameComparison c = CompareNames(x, y);
  for (const PersonName& p : ra.names)
    for (const PersonName& q : rb.names)
      if (NameComparison d = CompareNames(p, q); d.similarity > c.similarity) {
        c = d;
        x = p;
        y = q;
      }
  NameAgreement out;
  out.similarity = c.similarity;
  out.exact = c.exact;
  out.patronymic_differs = c.patronymic == -1;
  out.gender_differs = x.gender && y.gender && x.gender != y.gender;
  out.missing = c.missing;
  return out;
}

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 1;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  bool ma[64] = {}, mb[64] = {};
  if (la > 64 || lb > 64) return a == b ? 1 : 0;
  int matches = 0;
  for (int i = 0; i < la; ++i) {
    const int lo = std::max(0, i - window), hi = std::min(lb - 1, i + window);
    for (int j = lo; j <= hi; ++j) {
      if (mb[j] || a[i] != b[j]) continue;
      ma[i] = mb[j] = true;
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0;
  int t = 0;
  for (int i = 0, k = 0; i < la; ++i) {
    if (!ma[i]) continue;
    while (!mb[k]) ++k;
    if (a[i] != b[k]) ++t;
    ++k;
  }
  const double m = matches;
  const double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1 - jaro);
}

MatchScore ScorePair(const PreparedRecord& a, const PreparedRecord& b, const MatchConfig& config, int name_frequency,
                     bool explain) {
  static_assert(kFeatureCount == kMatchFeatureCount);
  MatchScore s;
  auto& f = s.features;

  // Identifiers and phones.
  bool shared_doc = false, doc_on_both = false;
  IdKind shared_kind = IdKind::kPassport;
  for (const PreparedId& x : a.ids) {
    for (const PreparedId& y : b.ids) {
      if (!SameDocument(x.kind, y.kind)) continue;
      if (x.kind != IdKind::kEmail) doc_on_both = true;
      if (x.value != y.value) continue;
      if (x.kind == IdKind::kEmail) {
        if (!f[kSharedEmail]) Reason(s, explain, "same_email", "strong", IdText(x.kind, false), IdText(x.kind, true));
        f[kSharedEmail] = 1;
      } else if (!shared_doc) {
        shared_doc = true;
        shared_kind = x.kind;
        Reason(s, explain, x.kind == IdKind::kPassport ? "same_passport" : "same_identifier", "strong",
               IdText(x.kind, false), IdText(x.kind, true));
      }
    }
  }
  bool shared_phone = false;
  for (const std::string& x : a.phones)
    for (const std::string& y : b.phones) shared_phone = shared_phone || x == y;
  if (shared_phone) Reason(s, explain, "same_phone", "strong", "same phone number", "тот же номер телефона");

  if (a.kind != MatchKind::kPerson && a.kind != MatchKind::kOrganization) {
    // An account, a vehicle or a document is its number.
    s.probability = shared_doc ? config.object_same_identifier : 0;
    (void)shared_kind;
    return s;
  }
  f[kSharedDocument] = shared_doc ? 1 : 0;
  f[kSharedPhone] = shared_phone ? 1 : 0;
  f[kDocumentDiffers] = doc_on_both && !shared_doc ? 1 : 0;
  if (f[kDocumentDiffers])
    Reason(s, explain, "document_differs", "against", "different document numbers", "разные номера документов");

  int gap = 0;
  switch (CompareBirths(a.births, b.births, gap)) {
    case 2:
      f[kBirthSame] = 1;
      Reason(s, explain, "birth_same", "supporting", "same birth date", "та же дата рождения");
      break;
    case 1:
      f[kBirthCompatible] = 1;
      Reason(s, explain, "birth_compatible", "supporting", "birth dates compatible (one is partial)",
             "даты рождения совместимы (одна неполная)");
      break;
    case 3:
      f[kBirthNear] = 1;
      if (gap == 1) Reason(s, explain, "birth_year_differs", "supporting", "birth year differs by 1", "год рождения отличается на 1");
      else Reason(s, explain, "birth_day_month_swapped", "supporting", "day and month of birth swapped", "день и месяц рождения переставлены");
      break;
    case -1:
      f[kBirthDiffers] = 1;
      Reason(s, explain, "birth_differs", "against", "birth dates differ", "даты рождения различаются");
      break;
    default: break;
  }
  f[kCommonName] = std::log10(std::max(1, name_frequency));
  if (a.kind == MatchKind::kPerson && a.gender && b.gender && a.gender != b.gender) {
    f[kGenderDiffers] = 1;
    Reason(s, explain, "gender_differs", "against", "different gender", "разный пол");
  }
  // Without explanations (the batch, the live index's first pass): a pair whose names could not
  // lift it to the review threshold even if they were the same is not compared by name at all.
  if (!explain && config.review > 0.01) {
    double z = config.bias, best_names = 0;
    const auto& w = config.feature_weights;
    for (size_t i = 0; i < f.size() && i < w.size(); ++i) z += w[i] * f[i];
    for (int k : {kNameSimilarity, kNameExact, kPatronymicSame})
      if (static_cast<size_t>(k) < w.size() && w[k] > 0) best_names += w[k];
    if (z + best_names < std::log(config.review / (1 - config.review))) {
      s.probability = 1.0 / (1.0 + std::exp(-(z + best_names)));
      return s;
    }
  }

  // Names: the best pair of the two records' names.
  NameComparison best;
  double best_value = -1;
  for (const PersonName& x : a.names) {
    for (const PersonName& y : b.names) {
      NameComparison c = CompareNames(x, y);
      const double v = c.similarity * c.full_pairs + 0.5 * c.initials - 0.3 * c.missing + (c.patronymic == 1 ? 0.2 : 0);
      if (v > best_value) {
        best_value = v;
        best = c;
      }
    }
  }
  f[kNameSimilarity] = best.full_pairs ? std::clamp((best.similarity - 0.8) / 0.2, -1.0, 1.0) : -1.0;
  f[kNameExact] = best.exact ? 1 : 0;
  f[kNamePartMissing] = std::min(best.missing, 3);
  f[kInitialOnly] = best.initials > 0 ? 1 : 0;
  f[kPatronymicSame] = best.patronymic == 1 ? 1 : 0;
  f[kPatronymicDiffers] = best.patronymic == -1 ? 1 : 0;
  f[kSinglePartName] = best.single ? 1 : 0;
  if (explain && best.full_pairs > 0) {
    const std::string scheme = SchemeName(best.scheme, false), scheme_ru = SchemeName(best.scheme, true);
    if (best.exact && best.transliterated && !scheme.empty())
      Reason(s, explain, "names_transliterated", "supporting", "names match under " + scheme,
             "имена совпадают при " + scheme_ru);
    else if (best.exact && best.transliterated)
      Reason(s, explain, "names_transliterated", "supporting", "names match across scripts", "имена совпадают в разных алфавитах");
    else if (best.exact)
      Reason(s, explain, "names_same", "supporting", "names are the same", "имена совпадают");
    else {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.2f", best.similarity);
      Reason(s, explain, "names_similar", best.similarity >= 0.9 ? "supporting" : "against",
             std::string("names similar (") + buf + ")", std::string("имена похожи (") + buf + ")");
    }
    if (best.swapped) Reason(s, explain, "name_order_swapped", "supporting", "name order swapped", "порядок имён переставлен");
    if (best.initials) Reason(s, explain, "initial", "supporting", "a name given as an initial", "имя указано инициалом");
    if (best.missing)
      Reason(s, explain, "name_part_missing", "against", "a name part on one record only", "часть имени есть только в одной записи");
  }
  if (best.patronymic == 1) Reason(s, explain, "patronymic_same", "supporting", "same patronymic", "то же отчество");
  if (best.patronymic == -1) Reason(s, explain, "patronymic_differs", "against", "different patronymics", "разные отчества");

  if (explain && name_frequency >= 20)
    Reason(s, explain, "common_name", "against", "a common name (" + std::to_string(name_frequency) + " records)",
           "распространённое имя (" + std::to_string(name_frequency) + " записей)");
  // A passport or a phone in another person's name is what traffickers carry: a shared
  // identifier counts only with names that agree, and is never enough alone.
  // Agree: the aligned parts are close and none is left over — or two or more parts align, or
  // one record names the person by a single part.
  const bool names_agree = best.full_pairs > 0 && best.similarity >= 0.8 &&
                           (best.missing == 0 || best.full_pairs + best.initials >= 2 || (best.single && best.missing <= 1));
  if ((shared_doc || shared_phone || f[kSharedEmail]) && !names_agree) {
    f[kIdentifierNamesDiffer] = 1;
    Reason(s, explain, "identifier_names_differ", "against", "a shared identifier, but the names do not agree",
           "общий идентификатор, но имена не совпадают");
  }
  std::stable_sort(s.reasons.begin(), s.reasons.end(), [](const MatchReason& x, const MatchReason& y) {
    auto rank = [](const std::string& st) { return st == "strong" ? 0 : st == "supporting" ? 1 : 2; };
    return rank(x.strength) < rank(y.strength);
  });
  s.probability = Logistic(f, config);
  if (f[kIdentifierNamesDiffer]) s.probability = std::min(s.probability, config.review * 0.98);
  return s;
}

}  // namespace ariadne
