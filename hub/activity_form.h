// The desk's form for one activity: its fields as the editor typed them, turned into an entry
// of activities.json and back, and checked first in Dutch, field by field, then by the kiosk's
// own reading of activities.json (shared/), so the desk accepts exactly what a kiosk accepts.
#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace bk::hub {

// The languages a text may be written in on the desk; Dutch first and required.
const std::vector<std::string>& desk_languages();

struct ActivityForm {
    std::string id; // "" until saved once; then fixed (sign-ups refer to it)
    std::map<std::string, std::string> title;       // language -> text
    std::map<std::string, std::string> description; // language -> text
    std::string category = "ontmoeting";
    std::string place;
    std::string kind = "weekly"; // "weekly" or "once"
    std::string weekday = "maandag";
    std::string date; // once: YYYY-MM-DD
    std::string start, end;
    std::string from, until; // weekly, optional
    std::string except;      // weekly: dates it does not happen, one per line
    std::string capacity;    // "" = walk in, no sign-up
    std::string image;       // path in the bundle, "" = none
    std::string url;
    bool imported = false; // from an agenda feed or import-ics: shown, not edited here
};

// The form of an entry of activities.json.
ActivityForm form_of(const nlohmann::json& activity);
// The form as posted: `field(name)` gives a field's value ("" when absent).
ActivityForm form_of(const std::function<std::string(const std::string&)>& field);

struct ActivityCheck {
    nlohmann::json activity;                   // the entry, when `errors` is empty
    std::map<std::string, std::string> errors; // form field name -> Dutch message
};

// Checks `form` as a new or changed entry among `others` (the group's other activities, for a
// unique id) in the draft folder `folder` (where its picture must be). A new form gets its id
// from its Dutch title.
ActivityCheck check_activity(ActivityForm form, const nlohmann::json& others,
                             const std::filesystem::path& folder);

// Dutch weekday names as activities.json takes them, Monday first.
const std::vector<std::string>& weekday_names();

} // namespace bk::hub
