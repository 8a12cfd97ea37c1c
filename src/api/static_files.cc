// Serves the built web client. Paths are confined to the static directory; any path that is
// not a file gets index.html, because the client routes itself.
#include <fstream>
#include <sstream>

#include "api/app.h"
#include "api/problem.h"

namespace ariadne {
namespace {

std::string ContentType(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  if (ends(".woff2")) return "font/woff2";
  return "application/octet-stream";
}

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

HttpResponse ServeStatic(const std::string& static_dir, const std::string& path) {
  HttpResponse r;
  if (path.find("..") != std::string::npos || path.find('\0') != std::string::npos)
    return ProblemResponse(Error::NotFound("no such page"));
  std::string file = static_dir + (path == "/" ? "/index.html" : path);
  if (path != "/" && ReadFile(file, r.body)) {
    r.content_type = ContentType(file);
    if (path.rfind("/assets/", 0) == 0) r.headers.push_back({"Cache-Control", "public, max-age=31536000, immutable"});
    return r;
  }
  if (!ReadFile(static_dir + "/index.html", r.body)) {
    r.status = 503;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "The web client is not built. Run `make run` (or `npm --prefix web run build`).\n";
    return r;
  }
  r.content_type = "text/html; charset=utf-8";
  r.headers.push_back({"Content-Security-Policy",
                       "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"});
  return r;
}

}  // namespace ariadne
