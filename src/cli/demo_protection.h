// The demo's victim protection: the partner directory, and three protection files — a victim
// of the first demo case (presumed, consent given, referred to the shelter), an adult who
// declined criminal follow-up (no case, assisted anyway), and a child of uncertain age with
// a guardian.
#pragma once

#include <map>
#include <string>

#include "cli/runtime.h"

namespace ariadne {

struct DemoVictim {
  std::string case_id, entity_id, user_id;
};

Status AddDemoProtection(Runtime& r, const std::map<std::string, User>& users,
                         const std::map<std::string, std::string>& unit_ids, const DemoVictim& victim, int64_t now);

}  // namespace ariadne
