#include "store/new_entity.h"

namespace ariadne {

Status InsertNewEntity(StoreWriter& w, const EntityInput& in, const SchemaDef& def, const std::string& user_id,
                       int64_t now, Entity& e, std::vector<PropertyChange>& changes) {
  e.schema = in.schema;
  e.created_by = user_id;
  e.created_at = now;
  e.updated_at = now;
  e.version = 1;
  std::vector<EntityValue> closed;
  changes = ApplyEntityInput(in, def, user_id, now, 1, e, closed);
  ARIADNE_RETURN_IF_ERROR(CheckRequired(def, e));
  ARIADNE_RETURN_IF_ERROR(w.InsertEntity(e));
  return w.InsertEntityHistory(e.id, {1, user_id, now, ChangesJson(changes).dump()});
}

}  // namespace ariadne
