// Investigator Actions Checklists (config/checklists/*.json): templates drawn from the source
// documents, each item citing the document and lines it paraphrases. A workflow state attaches
// checklists to a case; officers tick items with a note, or mark them not applicable with a
// reason; a transition guard may require items (domain/workflow.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

struct LocalText {
  std::string en, ru;
};

struct ChecklistItem {
  std::string id;
  std::string group;
  std::string document;  // seed file the item paraphrases
  std::string lines;     // "N" or "N-M" in that document
  LocalText label, hint;
};

struct ChecklistTemplate {
  std::string id;
  int version = 0;
  LocalText label;
  std::vector<ChecklistItem> items;  // in template order, groups in order
  nlohmann::json doc;                // as loaded (groups, labels), for clients

  const ChecklistItem* Find(const std::string& item_id) const;
};

// One item's state on a case. An item without a mark is open.
struct ChecklistMark {
  std::string case_id, checklist_id, item_id;
  std::string status;  // "done" | "not_applicable"
  std::string note;    // required for not_applicable: the reason
  std::string by;      // user id
  int64_t at = 0;
};

// Validates a mark before it is stored: a known item, a known status, a reason for
// "not applicable". `status` "open" means: clear the mark.
Status ValidateChecklistMark(const ChecklistTemplate& t, const std::string& item_id, const std::string& status,
                             const std::string& note);

struct ChecklistProgress {
  int total = 0, done = 0, not_applicable = 0;
};
ChecklistProgress ProgressOf(const ChecklistTemplate& t, const std::vector<ChecklistMark>& marks);

class ChecklistCatalogue {
 public:
  // `files`: file name → parsed document. Refuses, naming the file and the field, a template
  // with unknown keys, a missing en/ru label, a duplicate item id or a bad line range.
  static Result<ChecklistCatalogue> FromJson(const std::map<std::string, nlohmann::json>& files);

  const ChecklistTemplate* Find(const std::string& id) const;
  const std::map<std::string, ChecklistTemplate>& all() const { return templates_; }

 private:
  std::map<std::string, ChecklistTemplate> templates_;
};

}  // namespace ariadne
