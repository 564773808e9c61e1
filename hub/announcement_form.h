// The desk's form for one announcement: its fields as the editor typed them, turned into an
// entry of announcements.json and back, and checked first in Dutch, field by field, then by the
// kiosk's own reading of announcements.json (shared/), so the desk accepts exactly what a kiosk
// accepts.
#pragma once
#include "buurtkiosk/domain/calendar.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>

namespace bk::hub {

struct AnnouncementForm {
    std::string id;                          // "" until saved once; then fixed
    std::map<std::string, std::string> text; // language -> text
    std::string from, until;                 // YYYY-MM-DD, optional: "" = always
};

// The form of an entry of announcements.json.
AnnouncementForm announcement_form_of(const nlohmann::json& announcement);
// The form as posted: `field(name)` gives a field's value ("" when absent). Fields: id,
// text_<language>, from, until.
AnnouncementForm announcement_form_of(const std::function<std::string(const std::string&)>& field);

struct AnnouncementCheck {
    nlohmann::json announcement;               // the entry, when `errors` is empty
    std::map<std::string, std::string> errors; // form field name -> Dutch message
};

// Checks `form` as a new or changed entry among `others` (the group's other announcements, for a
// unique id) on `today`: one whose last day has passed is refused, since no kiosk would show it.
// A new form gets its id from the first words of its Dutch text.
AnnouncementCheck check_announcement(AnnouncementForm form, const nlohmann::json& others,
                                     Date today);

} // namespace bk::hub
