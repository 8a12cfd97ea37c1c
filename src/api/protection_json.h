// How protection files, their records and screenings look in API answers.
#pragma once

#include <nlohmann/json.hpp>

#include "api/protection_access.h"

namespace ariadne {

nlohmann::json UserRef(StoreReader& r, const std::string& user_id);
nlohmann::json PartnerRef(StoreReader& r, const std::string& partner_id);
nlohmann::json ReferralJson(StoreReader& r, const ProtectionRecord& rec, int64_t now, bool with_notes);
nlohmann::json ScreeningJson(StoreReader& r, const IndicatorCatalogue& catalogue, const Screening& s);
// The whole file as the caller may see it (a.view): the case part leaves out needs
// assessments and the notes of consents and referrals.
nlohmann::json FileJson(RequestContext& ctx, StoreReader& r, const FileAccess& a);
// One row of a list.
nlohmann::json FileSummaryJson(StoreReader& r, const ProtectionFile& f, const ChildDetermination& child);
// The file answer of a change (after the write): reads it again under the caller's view.
Result<HttpResponse> RenderFile(RequestContext& ctx, const std::string& file_id, int status);

}  // namespace ariadne
