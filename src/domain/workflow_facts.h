// The bridges between the workflow engine and the rest of the domain: what a definition may
// name (from lookups and roles) and which case fields a guard sees as filled.
#pragma once

#include <set>
#include <string>

#include "domain/checklist.h"
#include "domain/lookups.h"
#include "domain/model.h"
#include "domain/workflow.h"

namespace ariadne {

// The case fields a workflow guard may require.
const std::set<std::string>& WorkflowCaseFields();
std::set<std::string> FilledCaseFields(const Case& c);

WorkflowVocabulary MakeWorkflowVocabulary(const Lookups& lookups, const ChecklistCatalogue* checklists);

}  // namespace ariadne
