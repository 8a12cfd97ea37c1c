#include "api/router.h"

namespace ariadne {
namespace {

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 1;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    parts.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

bool MatchPattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params) {
  auto pp = Split(pattern), ps = Split(path);
  if (pp.size() != ps.size()) return false;
  std::map<std::string, std::string> found;
  for (size_t i = 0; i < pp.size(); ++i) {
    if (pp[i].size() > 2 && pp[i].front() == '{' && pp[i].back() == '}') {
      if (ps[i].empty()) return false;
      found[pp[i].substr(1, pp[i].size() - 2)] = ps[i];
    } else if (pp[i] != ps[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

const Route* Router::Match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& path_known) const {
  path_known = false;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> p;
    if (!MatchPattern(r.pattern, path, p)) continue;
    path_known = true;
    if (r.method == method || (method == "HEAD" && r.method == "GET")) {
      params = std::move(p);
      return &r;
    }
  }
  return nullptr;
}

}  // namespace ariadne
