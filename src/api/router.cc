#include "api/router.h"

#include <string_view>

namespace ariadne {
namespace {

// The segments after the leading slash, as views into `path` (no copies: this runs for every
// route on every request).
void Split(std::string_view path, std::vector<std::string_view>& parts) {
  parts.clear();
  size_t start = 1;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    parts.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
}

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool Matches(const std::vector<std::string_view>& pattern, const std::vector<std::string_view>& path) {
  if (pattern.size() != path.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (IsParam(pattern[i]) ? path[i].empty() : pattern[i] != path[i]) return false;
  }
  return true;
}

}  // namespace

const Route* Router::Match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& path_known) const {
  path_known = false;
  std::vector<std::string_view> ps, pp;
  ps.reserve(12);
  pp.reserve(12);
  Split(path, ps);
  for (const auto& r : routes_) {
    Split(r.pattern, pp);
    if (!Matches(pp, ps)) continue;
    path_known = true;
    if (r.method == method || (method == "HEAD" && r.method == "GET")) {
      params.clear();
      for (size_t i = 0; i < pp.size(); ++i)
        if (IsParam(pp[i])) params[std::string(pp[i].substr(1, pp[i].size() - 2))] = std::string(ps[i]);
      return &r;
    }
  }
  return nullptr;
}

}  // namespace ariadne
