// The OpenAPI 3 document, generated from the route table so it cannot drift from the routes.
#include "api/app.h"
#include "domain/permissions.h"

namespace ariadne {

using nlohmann::json;

json OpenApiDocument(const Router& router) {
  json paths = json::object();
  for (const auto& r : router.routes()) {
    std::string method = r.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    json op = {{"summary", r.summary},
               {"tags", {r.tag}},
               {"x-permission", r.permission},
               {"responses",
                {{"200", {{"description", "success"}}},
                 {"default", {{"description", "problem"},
                              {"content", {{"application/problem+json",
                                            {{"schema", {{"$ref", "#/components/schemas/Problem"}}}}}}}}}}}};
    if (!r.audit_action.empty()) op["x-audit-action"] = r.audit_action;
    if (r.permission == perm::kPublic) op["security"] = json::array();
    json params = json::array();
    size_t pos = 0;
    while ((pos = r.pattern.find('{', pos)) != std::string::npos) {
      size_t end = r.pattern.find('}', pos);
      params.push_back({{"name", r.pattern.substr(pos + 1, end - pos - 1)}, {"in", "path"}, {"required", true},
                        {"schema", {{"type", "string"}}}});
      pos = end;
    }
    if (!params.empty()) op["parameters"] = params;
    if (!r.request_schema.is_null())
      op["requestBody"] = {{"required", true}, {"content", {{"application/json", {{"schema", r.request_schema}}}}}};
    paths[r.pattern][method] = op;
  }
  return {
      {"openapi", "3.0.3"},
      {"info", {{"title", "Ariadne API"}, {"version", "1"},
                {"description", "Case management and intelligence for trafficking and smuggling investigations."}}},
      {"paths", paths},
      {"components",
       {{"securitySchemes",
         {{"session", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "ariadne_session"}}},
          {"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
        {"schemas",
         {{"Problem",
           {{"type", "object"},
            {"properties", {{"type", {{"type", "string"}}}, {"title", {{"type", "string"}}},
                            {"status", {{"type", "integer"}}}, {"detail", {{"type", "string"}}},
                            {"code", {{"type", "string"}}}, {"field", {{"type", "string"}}}}}}},
          {"CaseInput",
           {{"type", "object"},
            {"properties",
             {{"version", {{"type", "integer"}}}, {"title", {{"type", "string"}}}, {"summary", {{"type", "string"}}},
              {"category", {{"type", "string"}}}, {"forms_of_exploitation", {{"type", "array"}}},
              {"approach", {{"type", "string"}}}, {"trigger", {{"type", "string"}}},
              {"jurisdiction", {{"type", "object"}}}, {"countries_of_origin", {{"type", "array"}}},
              {"countries_of_transit", {{"type", "array"}}}, {"countries_of_destination", {{"type", "array"}}},
              {"covert", {{"type", "boolean"}}}, {"victim_notes", {{"type", "string"}}},
              {"state", {{"type", "string"}}}}}}},
          {"EntityInput",
           {{"type", "object"},
            {"description", "Properties are lists of strings, named as in config/schema/entities.json (FollowTheMoney)."},
            {"properties",
             {{"schema", {{"type", "string"}}}, {"version", {{"type", "integer"}}},
              {"properties", {{"type", "object"}, {"additionalProperties", {{"type", "array"}, {"items", {{"type", "string"}}}}}}},
              {"source", {{"type", "string"}}}, {"grade", {{"type", "string"}}}}}}}}}}},
      {"security", json::array({{{"session", json::array()}}, {{"bearer", json::array()}}})}};
}

}  // namespace ariadne
