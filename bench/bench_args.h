// What every benchmark program needs from its command line, and how it gives up: one copy here
// instead of one per program.
#pragma once

#include <cerrno>  // program_invocation_short_name (glibc)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "base/error.h"

namespace ariadne::bench {

// The value after `name` (--data DIR), or `fallback`.
inline std::string StrArg(int argc, char** argv, const char* name, const std::string& fallback = {}) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
  return fallback;
}

// Whether `name` (--no-money) is on the command line.
inline bool Flag(int argc, char** argv, const char* name) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return true;
  return false;
}

[[noreturn]] inline void Die(const std::string& what) {
  std::fprintf(stderr, "%s: %s\n", program_invocation_short_name, what.c_str());
  std::exit(1);
}
[[noreturn]] inline void Die(const Error& e) { Die(e.message); }

}  // namespace ariadne::bench
