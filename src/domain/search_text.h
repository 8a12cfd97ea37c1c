// What of each case-file record goes into the search index, and behind which guard (store.h,
// SearchItem). Pure: the store's indexer feeds records in, the store writes the items.
#pragma once

#include <string>
#include <vector>

#include "domain/custody.h"
#include "domain/document.h"
#include "domain/entity.h"
#include "domain/entity_schema.h"
#include "domain/interview.h"
#include "domain/model.h"

namespace ariadne {

// One piece of searchable text of a record. `guard` says which check a reader must pass
// beyond seeing the case: "" none; "statement:<interview kind>" for what a person said;
// "property:<name>" for values of a property some involvement restricts (entities.json);
// "field:<name>" for a restricted case field (case.json).
struct SearchItem {
  std::string kind;  // case, entity, statement, document, exhibit, interview
  std::string record_id;
  std::string guard;
  std::string title;  // for open items only; guarded ones are titled when shown, after the check
  std::string text;
};

std::vector<SearchItem> CaseSearchItems(const Case& c);
// Values grouped by guard: the properties no rule restricts in one open item, each property
// some rule may restrict in its own guarded item (so a person who later becomes an informant
// is protected without re-indexing). Latin transliterations are indexed beside the values.
std::vector<SearchItem> EntitySearchItems(const Entity& e, const EntitySchema& schema);
// The interview's own facts (open) and every version of its statement (guarded).
std::vector<SearchItem> InterviewSearchItems(const Interview& iv, const std::vector<Statement>& statements);
std::vector<SearchItem> ExhibitSearchItems(const Exhibit& x);
// A document attached to an interview is guarded as that interview's statements are.
std::vector<SearchItem> DocumentSearchItems(const Document& d, const std::string& text, const std::string& interview_kind);

}  // namespace ariadne
